import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findBlindReview, updateBlindReview } from "@/server/repositories/workflow";
import { AppError } from "@/server/errors";

export interface SetBlindReviewOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  blindReview: boolean;
}

/** Turns the team's blind second review on or off (admins only, checked by the caller). */
export async function setBlindReview(options: SetBlindReviewOptions): Promise<void> {
  await options.prisma.$transaction(async (tx) => {
    const before = await findBlindReview(tx, options.teamId);
    if (before === null) throw new AppError("not_found", "That team does not exist.");
    if (before === options.blindReview) return;
    await updateBlindReview(tx, options.teamId, options.blindReview);
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "team.blind_review",
      entityType: "team",
      entityId: options.teamId,
      before: { blindReview: before },
      after: { blindReview: options.blindReview },
    });
  });
}
