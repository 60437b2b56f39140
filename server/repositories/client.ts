import type { PrismaClient, Prisma } from "@/generated/prisma/client";

type DirectQuery = (text: string, values: unknown[], options: QueryRowsOptions) => Promise<unknown[]>;

export interface QueryRowsOptions {
  /**
   * Keep the statement prepared on each connection, so PostgreSQL parses and plans it once rather than
   * on every call (for the token lookup that starts every API request, planning cost three times the
   * lookup). Only for statements whose every table is reached by a unique key: a prepared statement
   * soon runs one plan for all parameter values, which would be wrong for a listing whose best index
   * depends on its filters.
   */
  prepare?: boolean;
}
// One map per process on globalThis, not per module: the production server bundles this module into
// several chunks, each with its own module state, and a map filled where the database is opened would be
// empty where the routes look it up. Keyed by identity, so a transaction client (which forwards property
// reads to its parent client) never finds the parent's direct path and stays inside its transaction.
const directQueriesKey = Symbol.for("factdesk.directQueries");
const registry = globalThis as typeof globalThis & { [directQueriesKey]?: WeakMap<object, DirectQuery> };
const directQueries = (registry[directQueriesKey] ??= new WeakMap<object, DirectQuery>());

/**
 * Lets the hottest read statements of a client skip Prisma's engine and go to the driver: at load,
 * Prisma's per-statement cost (about 0.7 ms of CPU) is more than the statement takes in PostgreSQL.
 */
export function registerDirectQuery(prisma: PrismaClient, query: DirectQuery): void {
  directQueries.set(prisma, query);
}

/**
 * Rows of a raw statement, through the driver when the client has a direct path, else through Prisma
 * (inside a transaction). Only for statements whose columns are text,
 * integers, floats, booleans and timestamps, which both paths return alike.
 */
export async function queryRows<Row>(db: DbClient, statement: Prisma.Sql, options: QueryRowsOptions = {}): Promise<Row[]> {
  const direct = directQueries.get(db);
  return direct ? ((await direct(statement.text, statement.values, options)) as Row[]) : db.$queryRaw<Row[]>(statement);
}

/** A Prisma client or an open transaction: repositories accept either, so services can compose them. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
export type { PrismaClient };

const postgresCodes = { P2002: "23505", P2003: "23503" } as const;

/**
 * True for a unique (P2002) or foreign-key (P2003) violation. Prisma maps these on PostgreSQL, but the
 * embedded database's adapter passes PostgreSQL's own code (23505, 23503) through unmapped: check both.
 */
export function isConstraintViolation(error: unknown, code: keyof typeof postgresCodes): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code: prismaCode, cause } = error as { code?: unknown; cause?: { kind?: unknown; code?: unknown } };
  return prismaCode === code || (cause?.kind === "postgres" && cause.code === postgresCodes[code]);
}
