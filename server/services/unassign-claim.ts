import { runClaimAction, type ClaimActionOptions, type ClaimTransitionResult } from "./claim-transition";

/** Takes the claim off its assignee's desk, back to new (the research done so far stays on it). */
export async function unassignClaim(options: ClaimActionOptions): Promise<ClaimTransitionResult> {
  return runClaimAction(options, "unassign", { write: () => ({ assigneeId: null, assignedAt: null }) });
}
