import { recordAudit } from "@/server/repositories/audit";
import { lockClaim } from "@/server/repositories/evidence";
import { hasRatedClaim, insertReview, type ReviewDto } from "@/server/repositories/reviews";
import { findTeamLabel } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";
import { canGiveBlindRating } from "./blind-review";
import { checkTransition } from "./claim-workflow";
import { claimMissing, loadClaimForAction, type ClaimActionOptions } from "./claim-transition";
import { cleanReviewComment } from "./review-comment";

export interface GiveBlindRatingOptions extends ClaimActionOptions {
  /** A label of one of the team's scales: the reviewer's own rating, before seeing the verdict's. */
  labelId: string;
  comment: string;
}

/**
 * On a blind-review team, a would-be second reviewer rates the claim themselves before the verdict is shown
 * to them; the two ratings are then compared side by side. It changes nothing of the claim's status.
 */
export async function giveBlindRating(options: GiveBlindRatingOptions): Promise<ReviewDto> {
  const comment = cleanReviewComment(options.comment);
  const { teamId, actorId, actorRole, claimId, expectedVersion } = options;
  return options.prisma.$transaction(async (tx) => {
    // One rating per reviewer: a double submit waits here and then finds the first.
    if (!(await lockClaim(tx, teamId, claimId))) throw claimMissing();
    const claim = await loadClaimForAction(tx, { teamId, actorId, claimId, expectedVersion });
    if (!claim.blindReview) throw new AppError("validation", "Your team does not review blind: read the verdict and approve it or request changes.");
    if (await hasRatedClaim(tx, teamId, claimId, actorId)) throw new AppError("conflict", "You have already given your rating of this claim.");
    // Whoever could request changes may rate: the same role, state and second-pair-of-eyes rules.
    const refusal = checkTransition("request_changes", { status: claim.status, role: actorRole, userId: actorId, assigneeId: claim.assigneeId, verdictAuthorId: claim.verdictAuthorId, hasVerdict: claim.hasVerdict });
    const allowed = canGiveBlindRating({ ...claim, viewerId: actorId, viewerRole: actorRole, viewerHasRated: false });
    if (refusal || !allowed) throw new AppError(refusal?.kind === "state" ? "conflict" : "forbidden", refusal?.message ?? "Only a second reviewer rates a claim waiting for review.");
    const label = await findTeamLabel(tx, teamId, options.labelId);
    if (!label) throw new AppError("validation", "Choose one of the listed ratings.");
    const review = await insertReview(tx, { teamId, claimId, reviewerId: actorId, decision: null, labelId: label.id, comment, createdAt: new Date() });
    await recordAudit(tx, {
      teamId,
      actorId,
      action: "review.rate",
      entityType: "review",
      entityId: review.id,
      after: { claimId, labelId: label.id, label: label.name, value: label.value, comment },
    });
    return review;
  });
}
