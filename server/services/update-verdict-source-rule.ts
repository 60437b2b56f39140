import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findVerdictNeedsSource, updateVerdictNeedsSource } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";

export interface UpdateVerdictSourceRuleOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  verdictNeedsSource: boolean;
}

/** Turns the team's rule "a verdict needs at least one source" on or off. */
export async function updateVerdictSourceRule(options: UpdateVerdictSourceRuleOptions): Promise<void> {
  await options.prisma.$transaction(async (tx) => {
    const before = await findVerdictNeedsSource(tx, options.teamId);
    if (before === null) throw new AppError("not_found", "That team does not exist.");
    if (before === options.verdictNeedsSource) return;
    await updateVerdictNeedsSource(tx, options.teamId, options.verdictNeedsSource);
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "team.verdict_needs_source",
      entityType: "team",
      entityId: options.teamId,
      before: { verdictNeedsSource: before },
      after: { verdictNeedsSource: options.verdictNeedsSource },
    });
  });
}
