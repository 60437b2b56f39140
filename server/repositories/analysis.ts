import { randomUUID } from "node:crypto";
import type { AnalysisResult } from "@/core/types";
import type { DbClient } from "./client";

/**
 * Stores an analysis of an article: team-wide speakers (matched by name, aliases merged),
 * then the article's quotes and claims, linked to them. Run inside the import transaction.
 */
export async function storeAnalysis(
  db: DbClient,
  input: { teamId: string; articleId: string; analysis: AnalysisResult },
): Promise<{ speakers: number; quotes: number; claims: number }> {
  const { teamId, articleId, analysis } = input;
  const speakerIds = new Map<string, string>();
  for (const speaker of analysis.speakers) {
    const aliases = [...new Set(speaker.aliases.filter((alias) => alias !== speaker.name))];
    const existing = await db.speaker.findUnique({
      where: { teamId_name: { teamId, name: speaker.name } },
      select: { id: true, aliases: true, title: true, role: true },
    });
    if (existing) {
      const merged = [...new Set([...existing.aliases, ...aliases])];
      if (merged.length !== existing.aliases.length || (!existing.title && speaker.title) || (!existing.role && speaker.role)) {
        await db.speaker.update({
          where: { id: existing.id },
          data: { aliases: merged, title: existing.title ?? speaker.title, role: existing.role ?? speaker.role, version: { increment: 1 } },
        });
      }
      speakerIds.set(speaker.id, existing.id);
    } else {
      const created = await db.speaker.create({
        data: { teamId, name: speaker.name, kind: speaker.kind, title: speaker.title, role: speaker.role, aliases },
        select: { id: true },
      });
      speakerIds.set(speaker.id, created.id);
    }
  }
  const resolveSpeaker = (id: string | null): string | null => (id === null ? null : (speakerIds.get(id) ?? null));

  const quoteIds = new Map<string, string>();
  const quotes = analysis.quotes.map((quote) => {
    const id = randomUUID();
    quoteIds.set(quote.id, id);
    return {
      id,
      teamId,
      articleId,
      type: quote.type,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      prefix: quote.prefix,
      suffix: quote.suffix,
      cue: quote.cue,
      cueStart: quote.cueStart,
      cueEnd: quote.cueEnd,
      speakerId: resolveSpeaker(quote.speakerId),
    };
  });
  if (quotes.length) await db.quote.createMany({ data: quotes });

  const claims = analysis.claims.map((claim) => ({
    id: randomUUID(),
    teamId,
    articleId,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    prefix: claim.prefix,
    suffix: claim.suffix,
    kind: claim.kind,
    score: claim.score,
    quoteId: claim.quoteId === null ? null : (quoteIds.get(claim.quoteId) ?? null),
    speakerId: resolveSpeaker(claim.speakerId),
  }));
  if (claims.length) await db.claim.createMany({ data: claims });

  return { speakers: speakerIds.size, quotes: quotes.length, claims: claims.length };
}
