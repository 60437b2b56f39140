import { createHash } from "node:crypto";
import { createWriteStream, renameSync, rmSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { AppError } from "../errors";
import type { PrismaClient } from "../repositories/client";
import { appliedMigrationNames, backupOrder, quoteIdent, readCatalog, teamCondition } from "./catalog";
import { backupFormat, backupFormatVersion, type BackupHeader } from "./format";

export type BackupRequest = { kind: "all" } | { kind: "team"; slug: string };

export interface WriteBackupOptions {
  prisma: PrismaClient;
  scope: BackupRequest;
  /** Absolute path of the file to write; it appears only once the backup is complete. */
  out: string;
  /** Rows read per query: memory stays flat whatever the size of the team. */
  batchSize?: number;
  now?: Date;
}

export interface BackupSummary {
  file: string;
  header: BackupHeader;
  tables: Record<string, number>;
}

// A backup can take long on a big database; it reads one snapshot, so it must not be cut off midway.
const backupTimeoutMs = 6 * 60 * 60 * 1000;

/**
 * Streams one team's rows (or the whole database's) to a JSON Lines file, one table at a time, parents
 * first, read in one repeatable-read snapshot so the file is consistent even while people keep working.
 */
export async function writeBackup({ prisma, scope, out, batchSize = 2_000, now = new Date() }: WriteBackupOptions): Promise<BackupSummary> {
  const partial = `${out}.partial`;
  let stream: WriteStream | undefined;
  try {
    const summary = await prisma.$transaction(
      async (tx) => {
        // Must be the transaction's first statement; keeps every table's read in the same snapshot.
        await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        const catalog = await readCatalog(tx);
        const tables = backupOrder(catalog);
        const migrations = await appliedMigrationNames(tx);
        let header: BackupHeader;
        const conditions = new Map<string, string>();
        if (scope.kind === "team") {
          const teams = await tx.$queryRawUnsafe<{ id: string; slug: string; name: string }[]>(`SELECT id, slug, name FROM "Team" WHERE slug = $1`, scope.slug);
          const team = teams[0];
          if (!team) throw new AppError("not_found", `No team with the slug "${scope.slug}". Run "npm run --silent admin -- team:list" for the list.`);
          header = { ...baseHeader(now, migrations), scope: { kind: "team", teamId: team.id, slug: team.slug, name: team.name } };
          for (const table of tables) {
            const condition = teamCondition(catalog, table, "t");
            if (!condition) {
              throw new AppError(
                "conflict",
                `Table "${table.name}" has no teamId column and no reference to a team's rows, so a team backup cannot tell whose rows are whose. Use --all, or give the table a teamId.`,
              );
            }
            conditions.set(table.name, condition);
          }
        } else {
          header = { ...baseHeader(now, migrations), scope: { kind: "all" } };
        }

        stream = createWriteStream(partial, { mode: 0o600 });
        const hash = createHash("sha256");
        const write = async (line: string) => {
          const bytes = line + "\n";
          hash.update(bytes);
          if (!stream!.write(bytes)) await once(stream!, "drain");
        };
        await write(JSON.stringify(header));
        const counts: Record<string, number> = {};
        const teamId = header.scope.kind === "team" ? header.scope.teamId : undefined;
        for (const table of tables) {
          await write(JSON.stringify({ $table: table.name, columns: table.columns }));
          const key = quoteIdent(table.primaryKey);
          const scoped = conditions.get(table.name);
          const generated = table.generatedColumns.length ? ` - ARRAY[${table.generatedColumns.map(sqlString).join(", ")}]::text[]` : "";
          let count = 0;
          let after: string | null = null;
          for (;;) {
            // Keyset pages by primary key: constant memory, and no OFFSET rescans on a table of millions.
            const where: string = [scoped, after === null ? null : `t.${key} > $${teamId ? 2 : 1}`].filter(Boolean).join(" AND ") || "true";
            const params: unknown[] = [...(teamId ? [teamId] : []), ...(after === null ? [] : [after])];
            const rows: { key: string; row: string }[] = await tx.$queryRawUnsafe<{ key: string; row: string }[]>(
              `SELECT t.${key}::text AS "key", (to_jsonb(t)${generated})::text AS "row" FROM ${quoteIdent(table.name)} t WHERE ${where} ORDER BY t.${key} LIMIT ${batchSize}`,
              ...params,
            );
            for (const row of rows) await write(row.row);
            count += rows.length;
            if (rows.length < batchSize) break;
            after = rows[rows.length - 1]!.key;
          }
          counts[table.name] = count;
          await write(JSON.stringify({ $end: table.name, rows: count }));
        }
        const trailer = JSON.stringify({ $trailer: true, tables: counts, sha256: hash.digest("hex") });
        if (!stream.write(trailer + "\n")) await once(stream, "drain");
        await new Promise<void>((resolve, reject) => stream!.end((error?: Error | null) => (error ? reject(error) : resolve())));
        return { header, tables: counts };
      },
      { maxWait: 60_000, timeout: backupTimeoutMs },
    );
    renameSync(partial, out);
    return { file: out, ...summary };
  } catch (error) {
    stream?.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

function baseHeader(now: Date, migrations: string[]) {
  return { format: backupFormat, version: backupFormatVersion, createdAt: now.toISOString(), migration: migrations.at(-1) ?? "", migrations } as const;
}

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;
