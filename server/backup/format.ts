import { z } from "zod";

/**
 * A FactDesk backup is JSON Lines:
 *   line 1          the header (format, version, migrations, creation time, scope);
 *   per table       {"$table": NAME, "columns": [...]}, one line per row (the row as a JSON object), {"$end": NAME, "rows": N};
 *   last line       {"$trailer": true, "tables": {NAME: N}, "sha256": HEX}, the hash of every byte before it.
 * Tables come parents first, so rows can be inserted in file order. A file without its trailer, or whose
 * hash or counts do not match, is refused: a truncated or edited backup never half-restores.
 */
export const backupFormat = "factdesk-backup";
export const backupFormatVersion = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(backupFormat),
  version: z.number().int(),
  createdAt: z.string(),
  /** The last migration applied where the backup was made, and the whole list. */
  migration: z.string(),
  migrations: z.array(z.string()),
  scope: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("all") }),
    z.object({ kind: z.literal("team"), teamId: z.string(), slug: z.string(), name: z.string() }),
  ]),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupScope = BackupHeader["scope"];

export const tableStartSchema = z.object({ $table: z.string(), columns: z.array(z.string()) });
export const tableEndSchema = z.object({ $end: z.string(), rows: z.number().int().min(0) });
export const trailerSchema = z.object({ $trailer: z.literal(true), tables: z.record(z.string(), z.number().int().min(0)), sha256: z.string() });

/** Rows the file and the trailer report per table, for the CLI's summary line. */
export function describeCounts(tables: Record<string, number>): string {
  const total = Object.values(tables).reduce((sum, count) => sum + count, 0);
  const parts = Object.entries(tables)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${table} ${count.toLocaleString("en")}`);
  return `${total.toLocaleString("en")} rows (${parts.join(", ") || "none"})`;
}
