import type { PrismaClient, Prisma } from "@/generated/prisma/client";

type DirectQuery = (text: string, values: unknown[]) => Promise<unknown[]>;
const directQueries = new WeakMap<object, DirectQuery>();

/**
 * Lets the hottest read statements of a client skip Prisma's engine and go to the driver: at load,
 * Prisma's per-statement cost (about 0.7 ms of CPU) is more than the statement takes in PostgreSQL.
 */
export function registerDirectQuery(prisma: PrismaClient, query: DirectQuery): void {
  directQueries.set(prisma, query);
}

/**
 * Rows of a raw statement, through the driver when the client has a direct path, else through Prisma
 * (inside a transaction, and on the embedded database). Only for statements whose columns are text,
 * integers, floats, booleans and timestamps, which both paths return alike.
 */
export async function queryRows<Row>(db: DbClient, statement: Prisma.Sql): Promise<Row[]> {
  const direct = directQueries.get(db);
  return direct ? ((await direct(statement.text, statement.values)) as Row[]) : db.$queryRaw<Row[]>(statement);
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
