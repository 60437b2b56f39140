import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findClaimForEdit, findQuoteForEdit, updateClaimAtVersion, updateQuoteAtVersion } from "@/server/repositories/spans";
import { AppError } from "@/server/errors";
import { missingError, staleError, type SpanTarget } from "./span-rules";

export interface DeleteSpanOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  target: SpanTarget;
  id: string;
  version: number;
}

/**
 * Deletes a claim or quote from the article view. The row stays as a tombstone (deletedAt), so
 * re-running the analysis does not bring it back, and the audit entry keeps what it said.
 */
export async function deleteSpan(options: DeleteSpanOptions): Promise<void> {
  const { teamId, target, id } = options;
  await options.prisma.$transaction(async (tx) => {
    const current = target === "claim" ? await findClaimForEdit(tx, teamId, id) : await findQuoteForEdit(tx, teamId, id);
    if (!current) throw missingError(target);
    if (current.version !== options.version) throw staleError(target);
    if ("hasResearch" in current && current.hasResearch) {
      throw new AppError("conflict", "This claim has sources or a verdict, so it cannot be deleted: the research would lose its claim.");
    }
    const data = { deletedAt: new Date(), origin: "human" as const };
    const saved =
      target === "claim"
        ? await updateClaimAtVersion(tx, { teamId, id, version: options.version, data })
        : await updateQuoteAtVersion(tx, { teamId, id, version: options.version, data });
    if (!saved) throw staleError(target);
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: `${target}.delete`,
      entityType: target,
      entityId: id,
      before: { articleId: current.articleId, start: current.start, end: current.end, text: current.text, origin: current.origin },
      after: { deleted: true },
    });
  });
}
