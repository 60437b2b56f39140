import type { Role } from "@/server/repositories/users";
import type { ClaimStatus } from "./claim-workflow";

// Blind second review: while a claim's verdict is open (drafted, in review or back for changes) it is hidden
// from everyone but its author and the assignee until they give their own rating, so a reviewer's
// judgement is their own. Once approved, everyone sees it.
const blindStatuses: readonly ClaimStatus[] = ["assigned", "in_research", "ready_for_review", "changes_requested"];

export interface BlindViewer {
  blindReview: boolean;
  status: ClaimStatus;
  hasVerdict: boolean;
  viewerId: string;
  viewerRole: Role;
  assigneeId: string | null;
  verdictAuthorId: string | null;
  /** Whether the viewer has given their own rating of the claim. */
  viewerHasRated: boolean;
}

export function isVerdictHidden(viewer: BlindViewer): boolean {
  if (!viewer.blindReview || !viewer.hasVerdict || !blindStatuses.includes(viewer.status)) return false;
  if (viewer.viewerId === viewer.assigneeId || viewer.viewerId === viewer.verdictAuthorId) return false;
  return !viewer.viewerHasRated;
}

/** Whether the viewer may give their own rating now: a would-be second reviewer of a claim waiting for review. */
export function canGiveBlindRating(viewer: BlindViewer): boolean {
  return isVerdictHidden(viewer) && viewer.status === "ready_for_review" && viewer.viewerRole !== "viewer";
}
