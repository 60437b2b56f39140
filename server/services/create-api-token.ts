import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/repositories/client";
import { insertApiToken } from "@/server/repositories/api-tokens";
import { recordAudit } from "@/server/repositories/audit";
import { AppError } from "@/server/errors";

export const apiTokenPrefix = "fdk_";

export interface CreateApiTokenOptions {
  prisma: PrismaClient;
  userId: string;
  teamId: string;
  name: string;
  /** Days until it stops working; null for no expiry. */
  expiresInDays: number | null;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Creates a personal API token and returns it once; only its hash is stored. */
export async function createApiToken(options: CreateApiTokenOptions): Promise<{ id: string; token: string }> {
  const name = options.name.trim();
  if (!name) throw new AppError("validation", "Name the token, e.g. after the script that will use it.");
  if (name.length > 100) throw new AppError("validation", "The token name is longer than 100 characters.");
  if (options.expiresInDays !== null && (!Number.isInteger(options.expiresInDays) || options.expiresInDays < 1 || options.expiresInDays > 3650)) {
    throw new AppError("validation", "The expiry must be between 1 and 3650 days.");
  }
  const token = apiTokenPrefix + randomBytes(32).toString("base64url");
  const expiresAt = options.expiresInDays === null ? null : new Date(Date.now() + options.expiresInDays * 86_400_000);
  return options.prisma.$transaction(async (tx) => {
    const { id } = await insertApiToken(tx, {
      userId: options.userId,
      teamId: options.teamId,
      name,
      tokenHash: hashApiToken(token),
      prefix: token.slice(0, apiTokenPrefix.length + 6),
      expiresAt,
    });
    await recordAudit(tx, { teamId: options.teamId, actorId: options.userId, action: "api_token.create", entityType: "api_token", entityId: id, after: { name, expiresAt } });
    return { id, token };
  });
}
