import type { PrismaClient } from "@/server/repositories/client";
import { lockNextUnassignedClaim, type QueueFilters } from "@/server/repositories/queue";
import type { Role } from "@/server/repositories/users";
import { findTeamMember } from "@/server/repositories/workflow";
import { AppError } from "@/server/errors";
import { assertTransitionAllowed, commitTransition, loadClaimForAction } from "./claim-transition";
import { transitionRefusal } from "./claim-workflow";

export interface TakeNextClaimOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  actorRole: Role;
  filters: QueueFilters;
  /** "score": the most check-worthy first; "age": the longest waiting first. */
  order: "score" | "age";
}

/**
 * Assigns the best unassigned claim matching the filters to the actor, or returns null when none is
 * left. The row is locked with SKIP LOCKED before it is assigned, so people taking at the same moment
 * each get a different claim instead of waiting on (or overwriting) each other. The assignment itself
 * is the workflow's "assign", recorded as "claim.take".
 */
export async function takeNextClaim(options: TakeNextClaimOptions): Promise<{ claimId: string } | null> {
  const { teamId, actorId, actorRole } = options;
  const refusal = transitionRefusal("assign", { status: "new", role: actorRole, userId: actorId, assigneeId: null, verdictAuthorId: null });
  if (refusal) throw new AppError("forbidden", refusal);
  return options.prisma.$transaction(async (tx) => {
    const locked = await lockNextUnassignedClaim(tx, { teamId, filters: options.filters, order: options.order });
    if (!locked) return null;
    // The row lock is held until commit, so the version read here is the one the update checks.
    const [claim, actor] = await Promise.all([loadClaimForAction(tx, { teamId, actorId, claimId: locked.id }), findTeamMember(tx, teamId, actorId)]);
    await assertTransitionAllowed(tx, { teamId, actorId, actorRole, action: "assign", claim, targetUserId: actorId });
    const at = new Date();
    await commitTransition(tx, {
      teamId,
      actorId,
      action: "assign",
      claim,
      write: { assigneeId: actorId, assignedAt: at, reviewerId: null },
      assigneeName: actor?.name ?? null,
      auditAction: "claim.take",
      at,
    });
    return { claimId: claim.id };
  });
}
