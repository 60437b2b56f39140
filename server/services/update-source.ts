import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findSource, updateSourceRow, type SourceDto } from "@/server/repositories/evidence";
import { AppError } from "@/server/errors";
import { parseSourceInput, sourceAuditSnapshot, type SourceInput } from "./source-input";
import { staleVersionError } from "./source-verdict-conflict";

export interface UpdateSourceOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  sourceId: string;
  /** The version the edit was based on. */
  version: number;
  /** "keep" leaves the pinned copy as it is (the form does not load it), else `source.pinnedText` replaces it. */
  pinnedText: "keep" | "replace";
  source: SourceInput;
}

/** Saves an edited source if nobody changed it since it was opened. */
export async function updateSource(options: UpdateSourceOptions): Promise<SourceDto> {
  const { pinnedText, ...fields } = parseSourceInput(options.source);
  const data = options.pinnedText === "keep" ? fields : { ...fields, pinnedText };
  return options.prisma.$transaction(async (tx) => {
    const before = await findSource(tx, options.teamId, options.sourceId);
    if (!before) throw new AppError("not_found", "That source does not exist; it may have been deleted.");
    const saved = await updateSourceRow(tx, { teamId: options.teamId, sourceId: options.sourceId, version: options.version, data });
    if (!saved) throw await staleVersionError(tx, { teamId: options.teamId, actorId: options.actorId, entityType: "source", entityId: options.sourceId });
    const { id: _id, version: _version, createdByName: _by, createdAt: _created, updatedAt: _updated, ...previous } = before;
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "source.update",
      entityType: "source",
      entityId: options.sourceId,
      before: previous,
      after: { claimId: before.claimId, ...sourceAuditSnapshot(data) },
    });
    return (await findSource(tx, options.teamId, options.sourceId))!;
  });
}
