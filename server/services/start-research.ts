import { runClaimAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";

/** The assignee starts researching the claim. */
export async function startResearch(options: ClaimActionOptions): Promise<ClaimTransitionResult> {
  return runClaimAction(options, "start_research");
}
