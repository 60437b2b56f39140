import type { PrismaClient } from "@/server/repositories/client";
import { findClaimForReview, loadClaimEvidence, type ClaimForReviewDto, type SourceDto, type VerdictDto } from "@/server/repositories/evidence";
import { hasRatedClaim } from "@/server/repositories/reviews";
import { findClaimWorkflow, type ClaimWorkflowDto } from "@/server/repositories/workflow";
import type { Role } from "@/server/repositories/users";
import { isVerdictHidden } from "./blind-review";

export interface LoadClaimDetailOptions {
  prisma: PrismaClient;
  teamId: string;
  viewerId: string;
  viewerRole: Role;
  claimId: string;
}

export interface ClaimDetailDto {
  claim: ClaimForReviewDto;
  workflow: Omit<ClaimWorkflowDto, "verdictAuthorId">;
  sources: SourceDto[];
  /** Null when there is none, or while blind review hides it from this viewer. */
  verdict: VerdictDto | null;
  verdictHidden: boolean;
}

/** One claim with its context, sources and verdict as this viewer may see them; null when it is not the team's. */
export async function loadClaimDetail(options: LoadClaimDetailOptions): Promise<ClaimDetailDto | null> {
  const { prisma: db, teamId, viewerId, viewerRole, claimId } = options;
  const [claim, workflow, evidence] = await Promise.all([
    findClaimForReview(db, teamId, claimId),
    findClaimWorkflow(db, teamId, claimId),
    loadClaimEvidence(db, teamId, [claimId]),
  ]);
  if (!claim || !workflow) return null;
  const viewerHasRated = workflow.blindReview && workflow.hasVerdict ? await hasRatedClaim(db, teamId, claimId, viewerId) : false;
  const verdictHidden = isVerdictHidden({ ...workflow, viewerId, viewerRole, viewerHasRated });
  const { verdictAuthorId: _author, ...shown } = workflow;
  const entry = evidence[claimId];
  return { claim, workflow: shown, sources: entry?.sources ?? [], verdict: verdictHidden ? null : (entry?.verdict ?? null), verdictHidden };
}
