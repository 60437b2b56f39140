import { runClaimAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";

/** The assignee hands the verdict to a second reviewer; whoever reviews it next is not known yet. */
export async function submitClaimForReview(options: ClaimActionOptions): Promise<ClaimTransitionResult> {
  return runClaimAction(options, "submit_for_review", { write: () => ({ reviewerId: null }) });
}
