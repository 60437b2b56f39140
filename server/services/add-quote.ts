import type { PrismaClient } from "@/server/repositories/client";
import { findArticleBody } from "@/server/repositories/articles";
import { recordAudit } from "@/server/repositories/audit";
import { insertQuote, liveSpanExists, type QuoteType } from "@/server/repositories/spans";
import { AppError } from "@/server/errors";
import { missingError, pinSpan } from "./span-rules";
import { resolveSpeakerChoice, type SpeakerChoice } from "./speaker-choice";

export interface AddQuoteOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  articleId: string;
  start: number;
  end: number;
  type: QuoteType;
  speaker: SpeakerChoice;
}

/** Adds a quote a reviewer selected in the text, attributed to a team speaker (existing or new by name). */
export async function addQuote(options: AddQuoteOptions): Promise<{ quoteId: string; speakerId: string | null }> {
  const { teamId, articleId } = options;
  return options.prisma.$transaction(async (tx) => {
    const article = await findArticleBody(tx, teamId, articleId);
    if (!article) throw missingError("article");
    const span = pinSpan(article.body, options.start, options.end, "quote");
    if (await liveSpanExists(tx, teamId, articleId, "quote", span.start, span.end)) throw new AppError("conflict", "This text is already a quote.");
    const speaker = await resolveSpeakerChoice(tx, teamId, options.speaker);
    const quote = await insertQuote(tx, { teamId, articleId, ...span, type: options.type, origin: "human", speakerId: speaker?.id ?? null });
    if (speaker?.created) {
      await recordAudit(tx, { teamId, actorId: options.actorId, action: "speaker.create", entityType: "speaker", entityId: speaker.id, after: { name: speaker.name } });
    }
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: "quote.create",
      entityType: "quote",
      entityId: quote.id,
      after: { articleId, start: span.start, end: span.end, text: span.text, type: options.type, speakerId: speaker?.id ?? null, speakerName: speaker?.name ?? null },
    });
    return { quoteId: quote.id, speakerId: speaker?.id ?? null };
  });
}
