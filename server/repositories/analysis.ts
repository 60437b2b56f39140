import { randomUUID } from "node:crypto";
import type { AnalysisResult, Speaker } from "@/core/types";
import type { DbClient } from "./client";
import { createSpeaker, enrichSpeaker, matchSpeaker, nameKey } from "./speakers";

/**
 * Finds or creates the team speaker for each speaker of an analysis. A speaker is matched team-wide by
 * name or alias (case-insensitive), so one renamed or merged by a reviewer keeps being used; what the
 * article adds (new aliases, a title or role the team did not have) is merged into the team's record.
 * Returns the analysis speaker id → team speaker id.
 */
export async function resolveAnalysisSpeakers(db: DbClient, teamId: string, speakers: readonly Speaker[]): Promise<Map<string, string>> {
  const known = await db.speaker.findMany({ where: { teamId }, select: { id: true, name: true, aliases: true, title: true, role: true } });
  const resolved = new Map<string, string>();
  for (const speaker of speakers) {
    const existing = matchSpeaker(known, speaker.name);
    if (!existing) {
      const aliases = uniqueNames(speaker.aliases, [speaker.name]);
      const created = await createSpeaker(db, { teamId, name: speaker.name, kind: speaker.kind, title: speaker.title, role: speaker.role, aliases });
      known.push({ id: created.id, name: speaker.name, aliases, title: speaker.title, role: speaker.role });
      resolved.set(speaker.id, created.id);
      continue;
    }
    const aliases = [...existing.aliases, ...uniqueNames([speaker.name, ...speaker.aliases], [existing.name, ...existing.aliases])];
    const title = existing.title ?? speaker.title;
    const role = existing.role ?? speaker.role;
    if (aliases.length !== existing.aliases.length || title !== existing.title || role !== existing.role) {
      await enrichSpeaker(db, { teamId, id: existing.id, aliases, title, role });
      Object.assign(existing, { aliases, title, role });
    }
    resolved.set(speaker.id, existing.id);
  }
  return resolved;
}

/** The names not already in `taken` (compared case-insensitively), without duplicates. */
function uniqueNames(names: readonly string[], taken: readonly string[]): string[] {
  const seen = new Set(taken.map(nameKey));
  const result: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(name.trim());
  }
  return result;
}

/**
 * Stores an analysis of an article: team-wide speakers (matched by name or alias, aliases merged),
 * then the article's quotes and claims, linked to them. Run inside the import transaction.
 */
export async function storeAnalysis(
  db: DbClient,
  input: { teamId: string; articleId: string; analysis: AnalysisResult },
): Promise<{ speakers: number; quotes: number; claims: number }> {
  const { teamId, articleId, analysis } = input;
  const speakerIds = await resolveAnalysisSpeakers(db, teamId, analysis.speakers);
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

  return { speakers: new Set(speakerIds.values()).size, quotes: quotes.length, claims: claims.length };
}
