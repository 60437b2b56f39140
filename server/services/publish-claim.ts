import { runClaimAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";

/** An editor publishes an approved fact-check. */
export async function publishClaim(options: ClaimActionOptions): Promise<ClaimTransitionResult> {
  return runClaimAction(options, "publish", { write: (_claim, at) => ({ publishedAt: at }) });
}
