import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { deleteSpeaker, findSpeaker, reassignSpeakerWork, updateSpeakerAtVersion } from "@/server/repositories/speakers";
import { AppError } from "@/server/errors";
import { missingError, staleError } from "./span-rules";
import { distinctAliases } from "./update-speaker";

export interface MergeSpeakersOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  /** The speaker that disappears. */
  sourceId: string;
  sourceVersion: number;
  /** The speaker that keeps everything. */
  targetId: string;
}

/**
 * Merges one speaker into another: every quote and claim moves over, the merged speaker's name and
 * aliases become aliases of the one kept (so later imports find them), and the merged speaker is deleted.
 */
export async function mergeSpeakers(options: MergeSpeakersOptions): Promise<{ targetId: string; quotes: number; claims: number }> {
  const { teamId, sourceId, targetId } = options;
  if (sourceId === targetId) throw new AppError("validation", "Choose another speaker to merge into.");
  return options.prisma.$transaction(async (tx) => {
    const source = await findSpeaker(tx, teamId, sourceId);
    if (!source) throw missingError("speaker");
    if (source.version !== options.sourceVersion) throw staleError("speaker");
    const target = await findSpeaker(tx, teamId, targetId);
    if (!target) throw new AppError("not_found", "The speaker to merge into does not exist.");
    const moved = await reassignSpeakerWork(tx, teamId, sourceId, targetId);
    const aliases = distinctAliases([...target.aliases, source.name, ...source.aliases], target.name);
    const data = { aliases, title: target.title ?? source.title, role: target.role ?? source.role };
    if (!(await updateSpeakerAtVersion(tx, { teamId, id: targetId, version: target.version, data }))) throw staleError("speaker");
    if (!(await deleteSpeaker(tx, teamId, sourceId))) throw staleError("speaker");
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: "speaker.merge",
      entityType: "speaker",
      entityId: targetId,
      before: {
        source: { id: source.id, name: source.name, kind: source.kind, title: source.title, role: source.role, aliases: source.aliases },
        target: { id: target.id, name: target.name, title: target.title, role: target.role, aliases: target.aliases },
      },
      after: { ...data, movedQuotes: moved.quotes, movedClaims: moved.claims },
    });
    return { targetId, ...moved };
  });
}
