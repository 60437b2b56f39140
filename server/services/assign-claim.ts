import type { PrismaClient } from "@/server/repositories/client";
import type { Role } from "@/server/repositories/users";
import { findTeamMember } from "@/server/repositories/workflow";
import { AppError } from "@/server/errors";
import { assertTransitionAllowed, commitTransition, loadClaimForAction, type ClaimTransitionResult } from "./claim-transition";

export interface AssignClaimOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  actorRole: Role;
  claimId: string;
  /** A fact-checker, editor or admin of the same team; fact-checkers may only name themselves. */
  assigneeId: string;
  /** The claim version the user saw (a queue passes the one it listed); absent, the current one is used. */
  expectedVersion?: number;
}

export interface AssignClaimResult extends ClaimTransitionResult {
  /** False when the claim was already assigned to that person (nothing written). */
  changed: boolean;
}

/**
 * Assigns a claim to one fact-checker (taking it, for a fact-checker): it becomes "assigned" to them and
 * any earlier assignee lets go of it.
 */
export async function assignClaim(options: AssignClaimOptions): Promise<AssignClaimResult> {
  const { teamId, actorId, actorRole, claimId, assigneeId } = options;
  return options.prisma.$transaction(async (tx) => {
    const claim = await loadClaimForAction(tx, { teamId, actorId, claimId, expectedVersion: options.expectedVersion });
    if (claim.assigneeId === assigneeId && claim.status !== "new") {
      return { claimId, status: claim.status, version: claim.version, assigneeId, reviewerId: claim.reviewerId, changed: false };
    }
    const assignee = await findTeamMember(tx, teamId, assigneeId);
    if (!assignee || assignee.role === "viewer") throw new AppError("validation", "Claims can only be assigned to a fact-checker, editor or admin of your team.");
    await assertTransitionAllowed(tx, { teamId, actorId, actorRole, action: "assign", claim, targetUserId: assigneeId });
    const at = new Date();
    const result = await commitTransition(tx, {
      teamId,
      actorId,
      action: "assign",
      claim,
      write: { assigneeId, assignedAt: at, reviewerId: null },
      assigneeName: assignee.name,
      at,
    });
    return { ...result, changed: true };
  });
}
