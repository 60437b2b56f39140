import type { PrismaClient } from "@/server/repositories/client";
import type { ClaimStatus } from "@/server/repositories/spans";
import type { Role } from "@/server/repositories/users";
import { assertTransitionAllowed, commitTransition, loadClaimForAction } from "./claim-transition";

export interface SetClaimCheckWorthinessOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  actorRole: Role;
  claimId: string;
  version: number;
  checkWorthy: boolean;
}

/**
 * Marks a claim as not worth checking (dimmed, out of the queues, off its assignee's desk) or reopens it
 * as a new claim: the workflow's mark_not_check_worthy and reopen, under the same rules as every other
 * step (a claim in review or approved is no longer the fact-checker's to drop).
 */
export async function setClaimCheckWorthiness(options: SetClaimCheckWorthinessOptions): Promise<{ status: ClaimStatus }> {
  const { teamId, actorId, actorRole, claimId, checkWorthy } = options;
  return options.prisma.$transaction(async (tx) => {
    const claim = await loadClaimForAction(tx, { teamId, actorId, claimId, expectedVersion: options.version });
    if (checkWorthy === (claim.status !== "not_check_worthy")) return { status: claim.status };
    const action = checkWorthy ? "reopen" : "mark_not_check_worthy";
    await assertTransitionAllowed(tx, { teamId, actorId, actorRole, action, claim });
    const result = await commitTransition(tx, {
      teamId,
      actorId,
      action,
      claim,
      write: checkWorthy ? { origin: "human" } : { origin: "human", assigneeId: null, assignedAt: null, reviewerId: null },
      // The article's history has always called reopening "mark_check_worthy".
      auditAction: checkWorthy ? "claim.mark_check_worthy" : undefined,
    });
    return { status: result.status };
  });
}
