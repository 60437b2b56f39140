import type { PrismaClient, Prisma } from "@/generated/prisma/client";

/** A Prisma client or an open transaction: repositories accept either, so services can compose them. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
export type { PrismaClient };
