import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findQuoteForEdit, setSpeakerOfQuoteClaims, updateQuoteAtVersion } from "@/server/repositories/spans";
import { missingError, staleError } from "./span-rules";
import { resolveSpeakerChoice, type SpeakerChoice } from "./speaker-choice";

export interface ChangeQuoteSpeakerOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  quoteId: string;
  version: number;
  speaker: SpeakerChoice;
}

/** Attributes a quote to another speaker (or to nobody); the claims inside the quote follow it. */
export async function changeQuoteSpeaker(options: ChangeQuoteSpeakerOptions): Promise<{ speakerId: string | null }> {
  const { teamId, quoteId } = options;
  return options.prisma.$transaction(async (tx) => {
    const current = await findQuoteForEdit(tx, teamId, quoteId);
    if (!current) throw missingError("quote");
    if (current.version !== options.version) throw staleError("quote");
    const speaker = await resolveSpeakerChoice(tx, teamId, options.speaker);
    const speakerId = speaker?.id ?? null;
    if (speakerId === current.speakerId) return { speakerId };
    if (!(await updateQuoteAtVersion(tx, { teamId, id: quoteId, version: options.version, data: { speakerId, origin: "human" } }))) throw staleError("quote");
    const claimIds = await setSpeakerOfQuoteClaims(tx, teamId, quoteId, speakerId);
    if (speaker?.created) {
      await recordAudit(tx, { teamId, actorId: options.actorId, action: "speaker.create", entityType: "speaker", entityId: speaker.id, after: { name: speaker.name } });
    }
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: "quote.change_speaker",
      entityType: "quote",
      entityId: quoteId,
      before: { speakerId: current.speakerId, origin: current.origin },
      after: { speakerId, speakerName: speaker?.name ?? null, origin: "human", claimIds },
    });
    return { speakerId };
  });
}
