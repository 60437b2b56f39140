import { createHash } from "node:crypto";
import { createReadStream, statSync, type ReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { AppError } from "../errors";
import { isConstraintViolation, type DbClient, type PrismaClient } from "../repositories/client";
import { appliedMigrationNames, quoteIdent, readCatalog, tablesNotBackedUp, type TableInfo } from "./catalog";
import { backupFormat, backupFormatVersion, backupHeaderSchema, tableEndSchema, tableStartSchema, trailerSchema, type BackupHeader } from "./format";

export interface RestoreBackupOptions {
  prisma: PrismaClient;
  /** Absolute path of a file written by writeBackup. */
  file: string;
  /** Rows inserted per statement. */
  batchSize?: number;
}

export interface RestoreSummary {
  header: BackupHeader;
  tables: Record<string, number>;
}

const restoreTimeoutMs = 6 * 60 * 60 * 1000;
// Also bounded in bytes: a batch of long article bodies must not become one enormous statement.
const maxBatchBytes = 4 * 1024 * 1024;

const refuse = (message: string) => new AppError("conflict", `Restore refused, nothing was changed: ${message}`);
const corrupt = (message: string) => new AppError("validation", `Restore refused, nothing was changed: the backup file is damaged or incomplete (${message}).`);

/**
 * Restores a backup in one transaction: every row or none. Refuses, before writing anything, a file of
 * another format version or schema migration, and a target that already holds the data (for a whole
 * database, any data at all; for a team, that team or any of its people); refuses a truncated or altered
 * file when it reaches the end, which rolls back what was inserted.
 */
export async function restoreBackup({ prisma, file, batchSize = 500 }: RestoreBackupOptions): Promise<RestoreSummary> {
  try {
    if (!statSync(file).isFile()) throw refuse(`${file} is not a file.`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  const input = createReadStream(file, { encoding: "utf8" });
  try {
    return await restoreFrom(prisma, input, file, batchSize);
  } finally {
    input.destroy();
  }
}

async function restoreFrom(prisma: PrismaClient, input: ReadStream, file: string, batchSize: number): Promise<RestoreSummary> {
  const lines: AsyncIterator<string> = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const hash = createHash("sha256");
  let lineNumber = 0;
  const nextLine = async (): Promise<string | null> => {
    const step = await lines.next();
    if (step.done) return null;
    lineNumber++;
    return step.value;
  };
  const parse = (line: string): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      throw corrupt(`line ${lineNumber} is not JSON`);
    }
  };

  const first = await nextLine();
  if (first === null) throw corrupt("the file is empty");
  const headerValue = parse(first) as Record<string, unknown>;
  if (headerValue?.format !== backupFormat) throw refuse(`${file} is not a FactDesk backup (its first line has no "format": "${backupFormat}").`);
  if (headerValue.version !== backupFormatVersion) {
    throw refuse(`the backup has format version ${String(headerValue.version)}; this FactDesk reads version ${backupFormatVersion}. Restore it with the FactDesk version that made it.`);
  }
  const headerParse = backupHeaderSchema.safeParse(headerValue);
  if (!headerParse.success) throw corrupt("the header does not have the expected fields");
  const header = headerParse.data;
  hash.update(first + "\n");

  return prisma.$transaction(
    async (tx) => {
      const migrations = await appliedMigrationNames(tx);
      if (migrations.join("\n") !== header.migrations.join("\n")) {
        throw refuse(
          `the backup was made at schema migration ${header.migration || "(none)"}, and this database is at ${migrations.at(-1) ?? "(none)"}. ` +
            "Restore it with the FactDesk version that made the backup, then upgrade.",
        );
      }
      const catalog = await readCatalog(tx);
      await checkTargetIsFree(tx, catalog, header);

      const counts: Record<string, number> = {};
      for (;;) {
        const line = await nextLine();
        if (line === null) throw corrupt("it ends before its trailer line, so it was cut short");
        const value = parse(line) as Record<string, unknown>;
        if (value && "$trailer" in value) {
          const trailer = trailerSchema.safeParse(value);
          if (!trailer.success) throw corrupt(`line ${lineNumber} is a malformed trailer`);
          if (trailer.data.sha256 !== hash.digest("hex")) throw corrupt("its checksum does not match its content");
          for (const [table, rows] of Object.entries(trailer.data.tables)) {
            if (counts[table] !== rows) throw corrupt(`the trailer counts ${rows} rows of ${table}, the file holds ${counts[table] ?? 0}`);
          }
          if ((await nextLine()) !== null) throw corrupt(`there is more after the trailer, at line ${lineNumber}`);
          return { header, tables: counts };
        }
        hash.update(line + "\n");
        const start = tableStartSchema.safeParse(value);
        if (!start.success) throw corrupt(`line ${lineNumber} should start a table`);
        const name = start.data.$table;
        const table = catalog.get(name);
        if (!table || tablesNotBackedUp.has(name)) throw refuse(`the backup has a table "${name}" that this database does not have.`);
        if (name in counts) throw corrupt(`table ${name} appears twice`);
        const unknown = start.data.columns.filter((column) => !table.columns.includes(column));
        if (unknown.length) throw refuse(`the backup's ${name} rows have columns this database does not have: ${unknown.join(", ")}.`);

        let batch: string[] = [];
        let batchBytes = 0;
        let rows = 0;
        const flush = async () => {
          if (!batch.length) return;
          await insertRows(tx, table, start.data.columns, batch, header);
          batch = [];
          batchBytes = 0;
        };
        for (;;) {
          const rowLine = await nextLine();
          if (rowLine === null) throw corrupt(`it ends inside table ${name}, so it was cut short`);
          const row = parse(rowLine) as Record<string, unknown>;
          hash.update(rowLine + "\n");
          if (row && typeof row === "object" && "$end" in row) {
            const end = tableEndSchema.safeParse(row);
            if (!end.success || end.data.$end !== name) throw corrupt(`line ${lineNumber} ends a table other than ${name}`);
            if (end.data.rows !== rows) throw corrupt(`table ${name} should have ${end.data.rows} rows, the file holds ${rows}`);
            break;
          }
          if (!row || typeof row !== "object" || Array.isArray(row)) throw corrupt(`line ${lineNumber} is not a row`);
          batch.push(rowLine);
          batchBytes += rowLine.length;
          rows++;
          if (batch.length >= batchSize || batchBytes >= maxBatchBytes) await flush();
        }
        await flush();
        counts[name] = rows;
      }
    },
    { maxWait: 60_000, timeout: restoreTimeoutMs },
  );
}

async function checkTargetIsFree(tx: DbClient, catalog: Map<string, TableInfo>, header: BackupHeader): Promise<void> {
  if (header.scope.kind === "all") {
    const occupied: string[] = [];
    for (const table of catalog.values()) {
      if (tablesNotBackedUp.has(table.name)) continue;
      const [row] = await tx.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM ${quoteIdent(table.name)}`);
      if (row && row.count > 0) occupied.push(`${table.name} ${row.count}`);
    }
    if (occupied.length) {
      throw refuse(`a whole-database backup goes into an empty database, and this one already has rows (${occupied.join(", ")}). Point DATA_DIR or DATABASE_URL at a new, empty database.`);
    }
    return;
  }
  const { teamId, slug, name } = header.scope;
  const clash = await tx.$queryRawUnsafe<{ id: string; slug: string }[]>(`SELECT id, slug FROM "Team" WHERE id = $1 OR slug = $2`, teamId, slug);
  if (clash.length) throw refuse(`this database already has the team "${name}" (slug ${slug}). Restore it into an instance that does not.`);
}

async function insertRows(tx: DbClient, table: TableInfo, columns: string[], rows: string[], header: BackupHeader): Promise<void> {
  if (table.name === "User") {
    // A person's account is global: restoring a team must not take over or duplicate an existing account.
    const people = rows.map((line) => JSON.parse(line) as { id?: string; email?: string });
    const existing = await tx.$queryRawUnsafe<{ email: string }[]>(
      `SELECT email FROM "User" WHERE id = ANY($1::text[]) OR email = ANY($2::text[]) ORDER BY email`,
      people.map((person) => person.id ?? ""),
      people.map((person) => person.email ?? ""),
    );
    if (existing.length) {
      const shown = existing.slice(0, 5).map((row) => row.email);
      const more = existing.length > shown.length ? ` and ${existing.length - shown.length} more` : "";
      throw refuse(`this database already has accounts that the backup ${header.scope.kind === "team" ? "team's people use" : "holds"}: ${shown.join(", ")}${more}.`);
    }
  }
  const list = columns.map(quoteIdent).join(", ");
  try {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${quoteIdent(table.name)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`,
      `[${rows.join(",")}]`,
    );
  } catch (error) {
    if (isConstraintViolation(error, "P2002")) throw refuse(`rows of ${table.name} in the backup clash with rows this database already has.`);
    if (isConstraintViolation(error, "P2003")) throw corrupt(`rows of ${table.name} refer to rows the backup does not hold`);
    throw error;
  }
}
