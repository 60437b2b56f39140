import { randomUUID } from "node:crypto";
import type { AnalysisResult, Quote, Speaker } from "@/core/types";
import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "./client";
import { enrichSpeaker, matchSpeaker, nameKey } from "./speakers";

/**
 * Finds or creates the team speaker for each speaker of an analysis. A speaker is matched team-wide by
 * name or alias (case-insensitive), so one renamed or merged by a reviewer keeps being used; what the
 * article adds (new aliases, a title or role the team did not have) is merged into the team's record.
 * Returns the analysis speaker id → team speaker id.
 */
export async function resolveAnalysisSpeakers(db: DbClient, teamId: string, speakers: readonly Speaker[]): Promise<Map<string, string>> {
  // Two imports of one team running at once (bulk import workers, two reviewers) would both create a
  // new speaker of the same name, and one would fail on the unique name: take the team's turn until commit.
  if (speakers.length) await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`speakers:${teamId}`}))`;
  const known = await findSpeakerCandidates(db, teamId, speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases]));
  const resolved = new Map<string, string>();
  const created: Prisma.SpeakerCreateManyInput[] = [];
  for (const speaker of speakers) {
    const existing = matchSpeaker(known, speaker.name);
    if (!existing) {
      const aliases = uniqueNames(speaker.aliases, [speaker.name]);
      const id = randomUUID();
      created.push({ id, teamId, name: speaker.name, kind: speaker.kind, title: speaker.title, role: speaker.role, aliases });
      known.push({ id, name: speaker.name, aliases, title: speaker.title, role: speaker.role });
      resolved.set(speaker.id, id);
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
  // One insert for all new speakers: a round trip each was most of an import's time.
  if (created.length) await db.speaker.createMany({ data: created });
  return resolved;
}

/**
 * The team's speakers whose name or an alias matches one of `names` (case-insensitive), instead of
 * every speaker of the team, so an import costs the same in a team with ten or ten thousand speakers.
 */
async function findSpeakerCandidates(
  db: DbClient,
  teamId: string,
  names: readonly string[],
): Promise<{ id: string; name: string; aliases: string[]; title: string | null; role: string | null }[]> {
  const keys = [...new Set(names.map(nameKey).filter(Boolean))];
  if (!keys.length) return [];
  return db.$queryRaw`
    SELECT s.id, s.name, s.aliases, s.title, s.role FROM "Speaker" s
    WHERE s."teamId" = ${teamId}
      AND (lower(s.name) = ANY(${keys}::text[]) OR EXISTS (SELECT 1 FROM unnest(s.aliases) AS alias WHERE lower(alias) = ANY(${keys}::text[])))
    ORDER BY s."createdAt"`;
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

/** The row of a new analysis quote in an article, with a fresh id and the team speaker it resolved to. */
export function quoteRow(quote: Quote, context: { teamId: string; articleId: string; speakerId: string | null }) {
  return {
    id: randomUUID(),
    teamId: context.teamId,
    articleId: context.articleId,
    type: quote.type,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    prefix: quote.prefix,
    suffix: quote.suffix,
    cue: quote.cue,
    cueStart: quote.cueStart,
    cueEnd: quote.cueEnd,
    speakerId: context.speakerId,
  };
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
    const row = quoteRow(quote, { teamId, articleId, speakerId: resolveSpeaker(quote.speakerId) });
    quoteIds.set(quote.id, row.id);
    return row;
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
