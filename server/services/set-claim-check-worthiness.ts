import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findClaimForEdit, updateClaimAtVersion, type ClaimStatus } from "@/server/repositories/spans";
import { AppError } from "@/server/errors";
import { missingError, staleError } from "./span-rules";

export interface SetClaimCheckWorthinessOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  claimId: string;
  version: number;
  checkWorthy: boolean;
}

// Once a claim is in review or has a verdict, dropping it is an editorial decision the workflow owns.
const decidedStatuses: ClaimStatus[] = ["ready_for_review", "approved", "published"];

/** Marks a claim as not worth checking (dimmed, out of the queues) or brings it back as a new claim. */
export async function setClaimCheckWorthiness(options: SetClaimCheckWorthinessOptions): Promise<{ status: ClaimStatus }> {
  const { teamId, claimId } = options;
  return options.prisma.$transaction(async (tx) => {
    const current = await findClaimForEdit(tx, teamId, claimId);
    if (!current) throw missingError("claim");
    if (current.version !== options.version) throw staleError("claim");
    const isMarked = current.status === "not_check_worthy";
    if (options.checkWorthy === !isMarked) return { status: current.status };
    if (!options.checkWorthy && (decidedStatuses.includes(current.status) || current.hasResearch)) {
      throw new AppError("conflict", "This claim already has research, a verdict or a review under way, so it cannot be marked not check-worthy.");
    }
    const status: ClaimStatus = options.checkWorthy ? "new" : "not_check_worthy";
    if (!(await updateClaimAtVersion(tx, { teamId, id: claimId, version: options.version, data: { status, origin: "human" } }))) throw staleError("claim");
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: options.checkWorthy ? "claim.mark_check_worthy" : "claim.mark_not_check_worthy",
      entityType: "claim",
      entityId: claimId,
      before: { status: current.status, origin: current.origin },
      after: { status, origin: "human" },
    });
    return { status };
  });
}
