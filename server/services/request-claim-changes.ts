import { insertReview } from "@/server/repositories/reviews";
import { AppError } from "@/server/errors";
import { assertTransitionAllowed, commitTransition, loadClaimForAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";
import { cleanReviewComment } from "./review-comment";

export interface RequestClaimChangesOptions extends ClaimActionOptions {
  /** What has to change: required, the assignee works from it. */
  comment: string;
}

/** A second reviewer (not the verdict's author) sends the verdict back to its fact-checker with what to change. */
export async function requestClaimChanges(options: RequestClaimChangesOptions): Promise<ClaimTransitionResult> {
  const comment = cleanReviewComment(options.comment);
  if (!comment) throw new AppError("validation", "Say what has to change, so the fact-checker knows what to rework.");
  const { teamId, actorId, actorRole, claimId, expectedVersion } = options;
  return options.prisma.$transaction(async (tx) => {
    const claim = await loadClaimForAction(tx, { teamId, actorId, claimId, expectedVersion });
    await assertTransitionAllowed(tx, { teamId, actorId, actorRole, action: "request_changes", claim });
    const at = new Date();
    const result = await commitTransition(tx, { teamId, actorId, action: "request_changes", claim, write: { reviewerId: actorId }, details: { comment }, at });
    await insertReview(tx, { teamId, claimId, reviewerId: actorId, decision: "request_changes", labelId: null, comment, createdAt: at });
    return result;
  });
}
