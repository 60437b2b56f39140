import { runClaimAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";

/** The assignee takes a claim sent back for changes into research again. */
export async function reworkClaim(options: ClaimActionOptions): Promise<ClaimTransitionResult> {
  return runClaimAction(options, "rework");
}
