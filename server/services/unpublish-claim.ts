import { runClaimAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";

/** An editor takes a fact-check offline again; it stays approved. */
export async function unpublishClaim(options: ClaimActionOptions): Promise<ClaimTransitionResult> {
  return runClaimAction(options, "unpublish", { write: () => ({ publishedAt: null }) });
}
