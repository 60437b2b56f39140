import type { PrismaClient, Prisma } from "@/generated/prisma/client";

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
