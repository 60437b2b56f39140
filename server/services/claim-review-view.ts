import type { PrismaClient } from "@/server/repositories/client";
import { loadClaimEvidence, type ClaimEvidenceDto } from "@/server/repositories/evidence";
import { listClaimReviews, type ReviewDto } from "@/server/repositories/reviews";
import type { Role } from "@/server/repositories/users";
import { findClaimWorkflow, listAssignableMembers, listClaimHistory, type ClaimWorkflowDto } from "@/server/repositories/workflow";
import { canGiveBlindRating, isVerdictHidden } from "./blind-review";
import { describeClaimHistory, type ClaimHistoryEntryDto } from "./claim-history";
import { allowedActions, checkVerdictEdit, type WorkflowAction } from "./claim-workflow";

export interface LoadClaimReviewViewOptions {
  prisma: PrismaClient;
  teamId: string;
  viewerId: string;
  viewerRole: Role;
  claimId: string;
}

/** The verdict next to one independent rating of it, for the side-by-side comparison. */
export interface RatingComparisonDto {
  verdict: { labelName: string; labelValue: number; worstRating: number; bestRating: number; rationale: string; authorName: string | null };
  ratings: (ReviewDto & { label: NonNullable<ReviewDto["label"]>; agrees: boolean })[];
}

export interface ClaimReviewViewDto {
  workflow: ClaimWorkflowDto;
  /** The buttons this viewer may use now; the services check the same rules again. */
  allowedActions: WorkflowAction[];
  /** Why this viewer cannot give or change the verdict now, or null when they can. */
  verdictEditRefusal: string | null;
  /** Sources and verdict; the verdict is null while blind review hides it from this viewer. */
  evidence: ClaimEvidenceDto;
  blind: { hidden: boolean; canRate: boolean };
  /** Only for editors and the people involved, once the viewer may see the verdict. */
  comparison: RatingComparisonDto | null;
  /** Approvals and requests for changes, oldest first (independent ratings are in the comparison). */
  decisions: ReviewDto[];
  history: ClaimHistoryEntryDto[];
  /** Whom an editor can assign the claim to. */
  assignableMembers: { id: string; name: string }[];
}

/**
 * Everything the claim page shows about the workflow, shaped for one viewer: with blind review on, a
 * would-be reviewer who has not rated the claim gets no verdict label or rationale at all (not in the
 * evidence, the ratings or the history), so nothing in the page's data gives it away.
 */
export async function loadClaimReviewView(options: LoadClaimReviewViewOptions): Promise<ClaimReviewViewDto | null> {
  const { prisma: db, teamId, viewerId, viewerRole, claimId } = options;
  const workflow = await findClaimWorkflow(db, teamId, claimId);
  if (!workflow) return null;
  const [evidenceById, reviews, events, members] = await Promise.all([
    loadClaimEvidence(db, teamId, [claimId]),
    listClaimReviews(db, teamId, claimId),
    listClaimHistory(db, teamId, claimId),
    viewerRole === "editor" || viewerRole === "admin" ? listAssignableMembers(db, teamId) : Promise.resolve([]),
  ]);
  const evidence = evidenceById[claimId] ?? { claimId, sources: [], verdict: null };
  const ratings = reviews.filter((review) => review.label !== null);
  const viewerHasRated = ratings.some((review) => review.reviewerId === viewerId);
  const blindViewer = { ...workflow, viewerId, viewerRole, viewerHasRated };
  const hidden = isVerdictHidden(blindViewer);
  const { verdictAuthorId } = workflow;
  const context = { status: workflow.status, role: viewerRole, userId: viewerId, assigneeId: workflow.assigneeId, verdictAuthorId, hasVerdict: workflow.hasVerdict };
  const isInvolved = viewerRole === "editor" || viewerRole === "admin" || viewerId === verdictAuthorId || viewerHasRated;
  const verdict = evidence.verdict;
  return {
    workflow,
    allowedActions: allowedActions({ ...context, blindRatingPending: workflow.blindReview && !viewerHasRated }),
    verdictEditRefusal: hidden ? "Your team reviews blind: the verdict stays with its author until the second review." : (checkVerdictEdit({ ...context, assigneeName: workflow.assigneeName })?.message ?? null),
    evidence: hidden ? { ...evidence, verdict: null } : evidence,
    blind: { hidden, canRate: canGiveBlindRating(blindViewer) },
    comparison:
      !hidden && verdict && isInvolved && ratings.length > 0
        ? {
            verdict: { labelName: verdict.labelName, labelValue: verdict.labelValue, worstRating: verdict.worstRating, bestRating: verdict.bestRating, rationale: verdict.rationale, authorName: verdict.authorName },
            ratings: ratings.flatMap((review) => (review.label ? [{ ...review, label: review.label, agrees: review.label.id === verdict.labelId }] : [])),
          }
        : null,
    decisions: reviews.filter((review) => review.decision !== null),
    history: describeClaimHistory(events, { revealVerdict: !hidden }),
    assignableMembers: members.map((member) => ({ id: member.userId, name: member.name })),
  };
}
