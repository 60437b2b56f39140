import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export interface LoggedQuery {
  sql: string;
  params: unknown[];
}

type QueryFn = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Records every SQL statement sent to either database while `work` runs, at the driver: the PGlite
 * instance's query() (what the embedded adapter calls) and pg's Client.query() (what the PostgreSQL pool
 * calls). Prisma's own query event is not emitted with driver adapters, and one Prisma call can send
 * several statements, so counting here is what shows an N+1. Meant for tests and scripts that run one
 * thing at a time: statements from anything else running meanwhile are counted too.
 */
export async function recordQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: LoggedQuery[] }> {
  const queries: LoggedQuery[] = [];
  const pgliteProto = PGlite.prototype as unknown as { query: QueryFn };
  const pgProto = pg.Client.prototype as unknown as { query: QueryFn };
  const originalPglite = pgliteProto.query;
  const originalPg = pgProto.query;
  pgliteProto.query = function (this: unknown, ...args: unknown[]) {
    queries.push({ sql: String(args[0]), params: (args[1] as unknown[] | undefined) ?? [] });
    return originalPglite.apply(this, args);
  };
  pgProto.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === "string") queries.push({ sql: first, params: Array.isArray(second) ? (second as unknown[]) : [] });
    else if (first && typeof first === "object" && "text" in first) {
      const config = first as { text: string; values?: unknown[] };
      queries.push({ sql: config.text, params: config.values ?? [] });
    }
    return originalPg.apply(this, args);
  };
  try {
    const result = await work();
    return { result, queries };
  } finally {
    pgliteProto.query = originalPglite;
    pgProto.query = originalPg;
  }
}
