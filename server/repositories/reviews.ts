import type { ReviewDecision } from "@/generated/prisma/client";
import { ratingBounds } from "@/server/services/rating-scale";
import type { DbClient } from "./client";

export type { ReviewDecision };

export interface ReviewDto {
  id: string;
  reviewerId: string | null;
  reviewerName: string | null;
  /** Null for a blind rating given before the reviewer saw the verdict. */
  decision: ReviewDecision | null;
  /** The reviewer's own rating, from a blind review. */
  label: { id: string; name: string; value: number; worstRating: number; bestRating: number } | null;
  comment: string;
  createdAt: string;
}

const reviewSelect = {
  id: true,
  reviewerId: true,
  decision: true,
  comment: true,
  createdAt: true,
  reviewer: { select: { name: true } },
  label: { select: { id: true, name: true, value: true, scale: { select: { labels: { select: { value: true } } } } } },
} as const;

type ReviewRow = {
  id: string;
  reviewerId: string | null;
  decision: ReviewDecision | null;
  comment: string;
  createdAt: Date;
  reviewer: { name: string } | null;
  label: { id: string; name: string; value: number; scale: { labels: { value: number }[] } } | null;
};

function toReviewDto(row: ReviewRow): ReviewDto {
  return {
    id: row.id,
    reviewerId: row.reviewerId,
    reviewerName: row.reviewer?.name ?? null,
    decision: row.decision,
    label: row.label ? { id: row.label.id, name: row.label.name, value: row.label.value, ...ratingBounds(row.label.scale.labels) } : null,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function insertReview(
  db: DbClient,
  input: { teamId: string; claimId: string; reviewerId: string; decision: ReviewDecision | null; labelId: string | null; comment: string; createdAt: Date },
): Promise<ReviewDto> {
  const row = await db.review.create({ data: input, select: reviewSelect });
  return toReviewDto(row);
}

/** Every review of the claim, oldest first: blind ratings, requests for changes and approvals. */
export async function listClaimReviews(db: DbClient, teamId: string, claimId: string): Promise<ReviewDto[]> {
  const rows = await db.review.findMany({ where: { teamId, claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: reviewSelect });
  return rows.map(toReviewDto);
}

/** Whether the user has given their own rating of the claim (a review carrying a label). */
export async function hasRatedClaim(db: DbClient, teamId: string, claimId: string, userId: string): Promise<boolean> {
  return (await db.review.count({ where: { teamId, claimId, reviewerId: userId, labelId: { not: null } } })) > 0;
}
