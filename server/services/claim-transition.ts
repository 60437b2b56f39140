import type { Prisma } from "@/generated/prisma/client";
import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findLastChange } from "@/server/repositories/evidence";
import { hasRatedClaim } from "@/server/repositories/reviews";
import type { Role } from "@/server/repositories/users";
import { applyClaimTransition, findClaimWorkflow, type ClaimTransitionWrite, type ClaimWorkflowDto } from "@/server/repositories/workflow";
import { AppError, type ErrorCode } from "@/server/errors";
import { checkTransition, transitions, type RefusalKind, type WorkflowAction } from "./claim-workflow";

// Shared by the workflow services (assign-claim.ts, approve-claim.ts, ...): one checked, audited status change.

/** What every workflow service is given: who acts, in which team, on which claim and which version of it. */
export interface ClaimActionOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  actorRole: Role;
  claimId: string;
  /** The claim version the user saw; a change since is refused, naming who made it. */
  expectedVersion: number;
}

export interface ClaimTransitionResult {
  claimId: string;
  status: ClaimWorkflowDto["status"];
  version: number;
  assigneeId: string | null;
  reviewerId: string | null;
}

const refusalCodes: Record<RefusalKind, ErrorCode> = { role: "forbidden", actor: "forbidden", state: "conflict", precondition: "validation" };

const statusWords: Record<ClaimWorkflowDto["status"], string> = {
  new: "new",
  assigned: "assigned",
  in_research: "in research",
  ready_for_review: "ready for review",
  changes_requested: "back for changes",
  approved: "approved",
  published: "published",
  not_check_worthy: "marked not check-worthy",
};

export function claimMissing(): AppError {
  return new AppError("not_found", "That claim does not exist (or was deleted).");
}

/**
 * The refusal for a save based on an old version of the claim: who changed it since (from the audit log),
 * where it stands now, and what to do.
 */
export async function staleClaimError(db: Prisma.TransactionClient, input: { teamId: string; actorId: string; claimId: string }): Promise<AppError> {
  const [change, now] = await Promise.all([findLastChange(db, input.teamId, "claim", input.claimId), findClaimWorkflow(db, input.teamId, input.claimId)]);
  if (!now) return claimMissing();
  const by = !change ? "someone else" : change.actorId === input.actorId ? "you, in another tab or window," : (change.actorName ?? "someone else");
  return new AppError("conflict", `This claim was changed by ${by} since you opened it: it is now ${statusWords[now.status]}. Nothing was saved; review the new state and try again.`);
}

/** The claim's workflow state, checked against the version the user saw. */
export async function loadClaimForAction(
  tx: Prisma.TransactionClient,
  input: { teamId: string; actorId: string; claimId: string; expectedVersion?: number },
): Promise<ClaimWorkflowDto> {
  const claim = await findClaimWorkflow(tx, input.teamId, input.claimId);
  if (!claim) throw claimMissing();
  if (input.expectedVersion !== undefined && input.expectedVersion !== claim.version) throw await staleClaimError(tx, input);
  return claim;
}

/** Refuses the action with the workflow table's reason and the matching error code. */
export async function assertTransitionAllowed(
  tx: Prisma.TransactionClient,
  input: { teamId: string; actorId: string; actorRole: Role; action: WorkflowAction; claim: ClaimWorkflowDto; targetUserId?: string },
): Promise<void> {
  const { claim } = input;
  const blindRatingPending = transitions[input.action].review === true && claim.blindReview && !(await hasRatedClaim(tx, input.teamId, claim.id, input.actorId));
  const refusal = checkTransition(input.action, {
    status: claim.status,
    role: input.actorRole,
    userId: input.actorId,
    assigneeId: claim.assigneeId,
    verdictAuthorId: claim.verdictAuthorId,
    hasVerdict: claim.hasVerdict,
    blindRatingPending,
    targetUserId: input.targetUserId,
  });
  if (refusal) throw new AppError(refusalCodes[refusal.kind], refusal.message);
}

/**
 * Applies the status change as a compare-and-set on the version and status just checked, and records it
 * in the audit log as "claim.<action>" with the status and assignee before and after.
 */
export async function commitTransition(
  tx: Prisma.TransactionClient,
  input: {
    teamId: string;
    actorId: string;
    action: WorkflowAction;
    claim: ClaimWorkflowDto;
    write?: Omit<ClaimTransitionWrite, "status">;
    /** The assignee's name after the change, for the history ("Ana assigned it to Ben"). */
    assigneeName?: string | null;
    /** Extra facts for the audit entry (a reviewer's comment, the reason). */
    details?: Record<string, unknown>;
    /** The audit action when it differs from "claim.<action>" (kept for entries older than the workflow). */
    auditAction?: string;
    at?: Date;
  },
): Promise<ClaimTransitionResult> {
  const { claim } = input;
  const rule = transitions[input.action];
  const at = input.at ?? new Date();
  const write: ClaimTransitionWrite = { ...input.write, status: rule.to };
  const moved = await applyClaimTransition(tx, { teamId: input.teamId, claimId: claim.id, version: claim.version, from: rule.from, write, at });
  if (!moved) throw await staleClaimError(tx, { teamId: input.teamId, actorId: input.actorId, claimId: claim.id });
  const assigneeId = write.assigneeId !== undefined ? write.assigneeId : claim.assigneeId;
  const assigneeName = write.assigneeId !== undefined ? (input.assigneeName ?? null) : claim.assigneeName;
  const reviewerId = write.reviewerId !== undefined ? write.reviewerId : claim.reviewerId;
  await recordAudit(tx, {
    teamId: input.teamId,
    actorId: input.actorId,
    action: input.auditAction ?? `claim.${input.action}`,
    entityType: "claim",
    entityId: claim.id,
    before: { status: claim.status, assigneeId: claim.assigneeId, assignee: claim.assigneeName },
    after: { status: rule.to, assigneeId, assignee: assigneeName, ...input.details },
  });
  return { claimId: claim.id, status: rule.to, version: claim.version + 1, assigneeId, reviewerId };
}

/** The common case: load, check and apply one action in its own transaction. */
export async function runClaimAction(
  options: ClaimActionOptions,
  action: WorkflowAction,
  change: { write?: (claim: ClaimWorkflowDto, at: Date) => Omit<ClaimTransitionWrite, "status">; details?: Record<string, unknown>; auditAction?: string } = {},
): Promise<ClaimTransitionResult> {
  const { teamId, actorId, actorRole, claimId, expectedVersion } = options;
  return options.prisma.$transaction(async (tx) => {
    const claim = await loadClaimForAction(tx, { teamId, actorId, claimId, expectedVersion });
    await assertTransitionAllowed(tx, { teamId, actorId, actorRole, action, claim });
    const at = new Date();
    return commitTransition(tx, { teamId, actorId, action, claim, write: change.write?.(claim, at), details: change.details, auditAction: change.auditAction, at });
  });
}
