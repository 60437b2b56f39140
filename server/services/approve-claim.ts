import { insertReview } from "@/server/repositories/reviews";
import { assertTransitionAllowed, commitTransition, loadClaimForAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";
import { cleanReviewComment } from "./review-comment";

export interface ApproveClaimOptions extends ClaimActionOptions {
  comment?: string;
}

/** An editor other than the verdict's author approves it as the second reviewer. */
export async function approveClaim(options: ApproveClaimOptions): Promise<ClaimTransitionResult> {
  const comment = cleanReviewComment(options.comment ?? "");
  const { teamId, actorId, actorRole, claimId, expectedVersion } = options;
  return options.prisma.$transaction(async (tx) => {
    const claim = await loadClaimForAction(tx, { teamId, actorId, claimId, expectedVersion });
    await assertTransitionAllowed(tx, { teamId, actorId, actorRole, action: "approve", claim });
    const at = new Date();
    const result = await commitTransition(tx, { teamId, actorId, action: "approve", claim, write: { reviewerId: actorId }, details: comment ? { comment } : undefined, at });
    await insertReview(tx, { teamId, claimId, reviewerId: actorId, decision: "approve", labelId: null, comment, createdAt: at });
    return result;
  });
}
