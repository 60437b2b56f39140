import type { PrismaClient } from "@/server/repositories/client";
import { findClaimsForAssignment, findMemberRole } from "@/server/repositories/queue";
import type { Role } from "@/server/repositories/users";
import { AppError } from "@/server/errors";
import { assignClaim } from "./assign-claim";

export const maxBulkAssign = 200;

export interface BulkAssignClaimsOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  actorRole: Role;
  assigneeId: string;
  /** Each claim with the version the selection was made from. */
  claims: readonly { id: string; version: number }[];
}

export type BulkAssignSkipReason = "changed" | "not_found" | "refused" | "already_assigned";

export interface BulkAssignResult {
  assigned: string[];
  skipped: { claimId: string; reason: BulkAssignSkipReason; message: string }[];
  /** One line for the person who asked: "Assigned 3 claims to Ana; skipped 1 (changed meanwhile)." */
  summary: string;
}

const assignerRoles: readonly Role[] = ["editor", "admin"];
const changedMessage = "Changed by someone else since you selected it.";

/**
 * Assigns a selection of claims to one team member, each through the workflow's assign-claim (its own
 * checked, audited transaction) at the version it was selected at. A claim someone changed meanwhile, or
 * one the workflow refuses, is skipped and reported rather than failing the rest of the selection.
 */
export async function bulkAssignClaims(options: BulkAssignClaimsOptions): Promise<BulkAssignResult> {
  const { prisma, teamId, actorId, actorRole, assigneeId } = options;
  if (!assignerRoles.includes(actorRole)) throw new AppError("forbidden", "Only editors and admins can assign claims to others.");
  if (options.claims.length === 0) throw new AppError("validation", "Select at least one claim.");
  if (options.claims.length > maxBulkAssign) throw new AppError("validation", `Assign at most ${maxBulkAssign} claims at once.`);
  // Whom they go to is the same for every claim: refuse once, up front, with their name.
  const assignee = await findMemberRole(prisma, teamId, assigneeId);
  if (!assignee) throw new AppError("validation", "That person is not a member of this team.");
  if (assignee.role === "viewer") throw new AppError("validation", `${assignee.name} is a viewer and cannot be assigned claims.`);

  const selected = new Map(options.claims.map((claim) => [claim.id, claim.version]));
  const current = new Map((await findClaimsForAssignment(prisma, teamId, [...selected.keys()])).map((claim) => [claim.id, claim]));
  const result: Omit<BulkAssignResult, "summary"> = { assigned: [], skipped: [] };
  for (const [claimId, version] of selected) {
    const claim = current.get(claimId);
    if (!claim) {
      result.skipped.push({ claimId, reason: "not_found", message: "Claim not found." });
      continue;
    }
    if (claim.version !== version) {
      result.skipped.push({ claimId, reason: "changed", message: changedMessage });
      continue;
    }
    try {
      const assigned = await assignClaim({ prisma, teamId, actorId, actorRole, claimId, assigneeId, expectedVersion: version });
      if (assigned.changed) result.assigned.push(claimId);
      else result.skipped.push({ claimId, reason: "already_assigned", message: `Already assigned to ${assignee.name}.` });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === "not_found") {
        result.skipped.push({ claimId, reason: "not_found", message: "Claim not found." });
        continue;
      }
      // A refusal on a claim that moved meanwhile is a race lost, not a rule broken: report it as changed.
      const now = (await findClaimsForAssignment(prisma, teamId, [claimId]))[0];
      if (now && now.version !== version) result.skipped.push({ claimId, reason: "changed", message: changedMessage });
      else result.skipped.push({ claimId, reason: "refused", message: error.message });
    }
  }
  return { ...result, summary: summarise(result, assignee.name) };
}

function summarise(result: Omit<BulkAssignResult, "summary">, assigneeName: string): string {
  const count = (n: number) => `${n} claim${n === 1 ? "" : "s"}`;
  const assigned = result.assigned.length ? `Assigned ${count(result.assigned.length)} to ${assigneeName}` : "Assigned nothing";
  if (!result.skipped.length) return `${assigned}.`;
  const reasons: Record<BulkAssignSkipReason, string> = {
    changed: "changed meanwhile",
    not_found: "no longer there",
    refused: "not assignable in their state",
    already_assigned: "already theirs",
  };
  const byReason = new Map<BulkAssignSkipReason, number>();
  for (const skip of result.skipped) byReason.set(skip.reason, (byReason.get(skip.reason) ?? 0) + 1);
  const details = [...byReason].map(([reason, n]) => `${n} ${reasons[reason]}`).join(", ");
  return `${assigned}; skipped ${result.skipped.length} (${details}).`;
}
