import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { countClaimSources, deleteSourceRow, findClaimVerdict, findSource, lockClaim } from "@/server/repositories/evidence";
import { findVerdictNeedsSource } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";
import { staleVersionError } from "./source-verdict-conflict";

export interface DeleteSourceOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  sourceId: string;
  /** The version the fact-checker saw: a source changed since then is not deleted unseen. */
  version: number;
}

/**
 * Deletes a source. When the team requires a source for a verdict, the last source of a claim that has a
 * verdict stays: the verdict would otherwise rest on nothing.
 */
export async function deleteSource(options: DeleteSourceOptions): Promise<{ claimId: string }> {
  return options.prisma.$transaction(async (tx) => {
    const source = await findSource(tx, options.teamId, options.sourceId);
    if (!source) throw new AppError("not_found", "That source does not exist; it may have been deleted already.");
    if (!(await lockClaim(tx, options.teamId, source.claimId))) throw new AppError("not_found", "That claim does not exist.");
    if ((await findVerdictNeedsSource(tx, options.teamId)) && (await countClaimSources(tx, options.teamId, source.claimId)) === 1 && (await findClaimVerdict(tx, options.teamId, source.claimId))) {
      throw new AppError("conflict", "This is the only source of the claim's verdict: attach another source before deleting it.");
    }
    if (!(await deleteSourceRow(tx, { teamId: options.teamId, sourceId: options.sourceId, version: options.version }))) {
      throw await staleVersionError(tx, { teamId: options.teamId, actorId: options.actorId, entityType: "source", entityId: options.sourceId, deleting: true });
    }
    const { id: _id, version: _version, createdAt: _created, updatedAt: _updated, ...snapshot } = source;
    await recordAudit(tx, { teamId: options.teamId, actorId: options.actorId, action: "source.delete", entityType: "source", entityId: options.sourceId, before: snapshot });
    return { claimId: source.claimId };
  });
}
