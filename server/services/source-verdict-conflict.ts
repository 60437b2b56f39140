import type { DbClient } from "@/server/repositories/client";
import { findLastChange } from "@/server/repositories/evidence";
import { AppError } from "@/server/errors";

/**
 * The conflict raised when a save names an older version than the stored one: it says who changed it
 * (from the audit log) so the fact-checker knows whom to talk to, and that the new version is shown.
 */
export async function staleVersionError(
  db: DbClient,
  input: { teamId: string; actorId: string | null; entityType: "source" | "verdict"; entityId: string; deleting?: boolean },
): Promise<AppError> {
  const change = await findLastChange(db, input.teamId, input.entityType, input.entityId);
  const thing = input.entityType === "source" ? "This source" : "The verdict";
  const by = !change ? "someone else" : change.actorId !== null && change.actorId === input.actorId ? "you, in another tab or window," : (change.actorName ?? "someone else");
  const next = input.deleting ? "Review the new version before deleting it." : "Review the new version and make your change again.";
  return new AppError("conflict", `${thing} was changed by ${by} since you opened it. ${next}`);
}
