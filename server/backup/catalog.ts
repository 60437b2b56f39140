import type { DbClient } from "../repositories/client";

/**
 * What a backup needs to know about the schema, read from the database's own catalog rather than listed
 * by hand: a table added by a later migration is backed up (or refused clearly) without anyone having to
 * remember this file.
 */
export interface TableInfo {
  name: string;
  /** Columns a row is written with, in table order; generated columns (search vectors) are left out. */
  columns: string[];
  generatedColumns: string[];
  primaryKey: string;
  /** Single-column foreign keys: column -> referenced table. */
  references: Map<string, string>;
}

/**
 * Tables a backup never carries: Prisma's migration bookkeeping (the target has its own, and the header
 * names the migrations instead), and the rate-limit counters, which are transient and rebuilt by use.
 */
export const tablesNotBackedUp = new Set(["_prisma_migrations", "RateLimit"]);

export async function readCatalog(db: DbClient): Promise<Map<string, TableInfo>> {
  const columns = await db.$queryRawUnsafe<{ table: string; column: string; generated: string }[]>(
    `SELECT c.table_name AS "table", c.column_name AS "column", c.is_generated AS "generated"
       FROM information_schema.columns c
       JOIN pg_class k ON k.relname = c.table_name AND k.relnamespace = current_schema()::regnamespace AND k.relkind = 'r'
      WHERE c.table_schema = current_schema()
      ORDER BY c.table_name, c.ordinal_position`,
  );
  const keys = await db.$queryRawUnsafe<{ table: string; column: string; type: string; parent: string | null; width: number }[]>(
    `SELECT child.relname AS "table", a.attname AS "column", con.contype::text AS "type", parent.relname AS "parent",
            cardinality(con.conkey)::int AS "width"
       FROM pg_constraint con
       JOIN pg_class child ON child.oid = con.conrelid
       JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = ANY (con.conkey)
       LEFT JOIN pg_class parent ON parent.oid = con.confrelid
      WHERE con.contype IN ('p', 'f') AND child.relnamespace = current_schema()::regnamespace`,
  );
  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    let table = tables.get(row.table);
    if (!table) {
      table = { name: row.table, columns: [], generatedColumns: [], primaryKey: "", references: new Map() };
      tables.set(row.table, table);
    }
    (row.generated === "NEVER" ? table.columns : table.generatedColumns).push(row.column);
  }
  for (const key of keys) {
    const table = tables.get(key.table);
    if (!table) continue;
    if (key.type === "p") table.primaryKey = key.width === 1 ? key.column : "";
    else if (key.parent && key.width === 1) table.references.set(key.column, key.parent);
  }
  return tables;
}

/** The tables a backup carries, parents before children, so a restore can insert them in file order. */
export function backupOrder(catalog: Map<string, TableInfo>): TableInfo[] {
  const pending = new Map([...catalog].filter(([name]) => !tablesNotBackedUp.has(name)));
  const ordered: TableInfo[] = [];
  while (pending.size) {
    const ready = [...pending.values()]
      .filter((table) => [...table.references.values()].every((parent) => parent === table.name || !pending.has(parent)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (!ready.length) throw new Error(`Cannot order tables for a backup: a reference cycle among ${[...pending.keys()].join(", ")}.`);
    for (const table of ready) {
      if (!table.primaryKey) throw new Error(`Table "${table.name}" has no single-column primary key, which a streamed backup needs.`);
      ordered.push(table);
      pending.delete(table.name);
    }
  }
  return ordered;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A SQL condition (on `alias`) selecting one team's rows of a table, with the team id as $1: the Team row
 * itself, rows with a teamId, rows under a team-scoped parent (rating labels under a scale), and the
 * users the team's rows name (members, and authors or actors who have since left), so every reference
 * in the backup holds. Null when the table cannot be tied to a team.
 */
export function teamCondition(catalog: Map<string, TableInfo>, table: TableInfo, alias: string, depth = 0): string | null {
  if (depth > 8) return null;
  const column = (name: string) => `${alias}.${quoteIdent(name)}`;
  if (table.name === "Team") return `${column("id")} = $1`;
  if (table.name === "User") {
    const sources: string[] = [];
    for (const other of catalog.values()) {
      if (other.name === "User" || other.name === "Team" || tablesNotBackedUp.has(other.name)) continue;
      const otherAlias = `u${depth}_${sources.length}`;
      const scope = teamCondition(catalog, other, otherAlias, depth + 1);
      if (!scope) continue;
      for (const [fk, parent] of other.references) {
        if (parent === "User") sources.push(`SELECT ${otherAlias}.${quoteIdent(fk)} FROM ${quoteIdent(other.name)} ${otherAlias} WHERE ${scope}`);
      }
    }
    return sources.length ? `${column("id")} IN (${sources.join(" UNION ")})` : "false";
  }
  if (table.columns.includes("teamId")) return `${column("teamId")} = $1`;
  for (const [fk, parentName] of table.references) {
    const parent = catalog.get(parentName);
    if (!parent || parent.name === "User" || parent.name === table.name) continue;
    const parentAlias = `p${depth}`;
    const scope = teamCondition(catalog, parent, parentAlias, depth + 1);
    if (scope) return `${column(fk)} IN (SELECT ${parentAlias}.${quoteIdent(parent.primaryKey)} FROM ${quoteIdent(parent.name)} ${parentAlias} WHERE ${scope})`;
  }
  return null;
}

/** Names of the migrations applied to this database, in order: a backup restores only onto the same list. */
export async function appliedMigrationNames(db: DbClient): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT migration_name AS "name" FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}
