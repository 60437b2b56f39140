import type { PrismaClient } from "@/server/repositories/client";
import { revokeApiTokenRow } from "@/server/repositories/api-tokens";
import { recordAudit } from "@/server/repositories/audit";
import { AppError } from "@/server/errors";

export async function revokeApiToken(options: { prisma: PrismaClient; userId: string; teamId: string; tokenId: string }): Promise<void> {
  await options.prisma.$transaction(async (tx) => {
    const revoked = await revokeApiTokenRow(tx, { id: options.tokenId, userId: options.userId, teamId: options.teamId });
    if (!revoked) throw new AppError("not_found", "That token does not exist or is already revoked.");
    await recordAudit(tx, { teamId: options.teamId, actorId: options.userId, action: "api_token.revoke", entityType: "api_token", entityId: options.tokenId });
  });
}
