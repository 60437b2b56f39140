import type { ClaimKind, ClaimStatus, Origin, QuoteType } from "@/generated/prisma/client";
import type { DbClient } from "./client";

// Quotes and claims are the spans a reviewer corrects in an article. Every write here checks the
// version it was based on and never touches a deleted (tombstoned) span.

export type { ClaimKind, ClaimStatus, Origin, QuoteType };

export interface EditableClaim {
  id: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  score: number;
  status: ClaimStatus;
  origin: Origin;
  version: number;
  speakerId: string | null;
  quoteId: string | null;
  /** True when research hangs on it (sources or a verdict), which re-analysis must keep. */
  hasResearch: boolean;
}

export interface EditableQuote {
  id: string;
  articleId: string;
  type: QuoteType;
  start: number;
  end: number;
  text: string;
  origin: Origin;
  version: number;
  speakerId: string | null;
}

export interface SpanRow {
  id: string;
  start: number;
  end: number;
  origin: Origin;
  deleted: boolean;
}

export interface ClaimSpanRow extends SpanRow {
  status: ClaimStatus;
  hasResearch: boolean;
  quoteId: string | null;
  speakerId: string | null;
}

export interface QuoteSpanRow extends SpanRow {
  type: QuoteType;
  speakerId: string | null;
}

export interface SpanWrite {
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
}

const claimEditSelect = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  text: true,
  kind: true,
  score: true,
  status: true,
  origin: true,
  version: true,
  speakerId: true,
  quoteId: true,
  verdict: { select: { id: true } },
  _count: { select: { sources: true } },
} as const;

export async function findClaimForEdit(db: DbClient, teamId: string, id: string): Promise<EditableClaim | null> {
  const row = await db.claim.findFirst({ where: { id, teamId, deletedAt: null }, select: claimEditSelect });
  if (!row) return null;
  const { verdict, _count, ...claim } = row;
  return { ...claim, hasResearch: verdict !== null || _count.sources > 0 };
}

export async function findQuoteForEdit(db: DbClient, teamId: string, id: string): Promise<EditableQuote | null> {
  return db.quote.findFirst({
    where: { id, teamId, deletedAt: null },
    select: { id: true, articleId: true, type: true, start: true, end: true, text: true, origin: true, version: true, speakerId: true },
  });
}

type ClaimChange = Partial<SpanWrite> & { status?: ClaimStatus; origin?: Origin; deletedAt?: Date; speakerId?: string | null; quoteId?: string | null };
type QuoteChange = Partial<SpanWrite> & { type?: QuoteType; origin?: Origin; deletedAt?: Date; speakerId?: string | null };

/** Applies the change only if the claim is live and still at `version`; false when someone else changed it first. */
export async function updateClaimAtVersion(db: DbClient, input: { teamId: string; id: string; version: number; data: ClaimChange }): Promise<boolean> {
  const result = await db.claim.updateMany({
    where: { id: input.id, teamId: input.teamId, version: input.version, deletedAt: null },
    data: { ...input.data, version: { increment: 1 } },
  });
  return result.count === 1;
}

export async function updateQuoteAtVersion(db: DbClient, input: { teamId: string; id: string; version: number; data: QuoteChange }): Promise<boolean> {
  const result = await db.quote.updateMany({
    where: { id: input.id, teamId: input.teamId, version: input.version, deletedAt: null },
    data: { ...input.data, version: { increment: 1 } },
  });
  return result.count === 1;
}

export async function insertClaim(
  db: DbClient,
  input: SpanWrite & { teamId: string; articleId: string; kind: ClaimKind; score: number; origin: Origin; quoteId: string | null; speakerId: string | null },
): Promise<{ id: string }> {
  return db.claim.create({ data: input, select: { id: true } });
}

export async function insertQuote(
  db: DbClient,
  input: SpanWrite & { teamId: string; articleId: string; type: QuoteType; origin: Origin; speakerId: string | null; cue?: string | null; cueStart?: number | null; cueEnd?: number | null },
): Promise<{ id: string }> {
  return db.quote.create({ data: input, select: { id: true } });
}

/** The innermost live quote that contains [start, end), so a claim inside it is attributed to its speaker. */
export async function findQuoteContaining(db: DbClient, teamId: string, articleId: string, start: number, end: number): Promise<{ id: string; speakerId: string | null } | null> {
  return db.quote.findFirst({
    where: { teamId, articleId, deletedAt: null, start: { lte: start }, end: { gte: end } },
    orderBy: { start: "desc" },
    select: { id: true, speakerId: true },
  });
}

/** Claims inside a quote follow its speaker; their version moves too, so a stale claim edit is refused. */
export async function setSpeakerOfQuoteClaims(db: DbClient, teamId: string, quoteId: string, speakerId: string | null): Promise<string[]> {
  const claims = await db.claim.findMany({ where: { teamId, quoteId, deletedAt: null, NOT: { speakerId } }, select: { id: true } });
  if (claims.length) {
    await db.claim.updateMany({ where: { teamId, id: { in: claims.map((claim) => claim.id) } }, data: { speakerId, version: { increment: 1 } } });
  }
  return claims.map((claim) => claim.id);
}

/** Every quote and claim of an article, deleted ones included: what re-analysis has to reconcile with. */
export async function listArticleSpans(db: DbClient, teamId: string, articleId: string): Promise<{ quotes: QuoteSpanRow[]; claims: ClaimSpanRow[] }> {
  const [quotes, claims] = await Promise.all([
    db.quote.findMany({
      where: { teamId, articleId },
      select: { id: true, start: true, end: true, origin: true, deletedAt: true, type: true, speakerId: true },
    }),
    db.claim.findMany({
      where: { teamId, articleId },
      select: {
        id: true,
        start: true,
        end: true,
        origin: true,
        deletedAt: true,
        status: true,
        quoteId: true,
        speakerId: true,
        verdict: { select: { id: true } },
        _count: { select: { sources: true } },
      },
    }),
  ]);
  return {
    quotes: quotes.map(({ deletedAt, ...quote }) => ({ ...quote, deleted: deletedAt !== null })),
    claims: claims.map(({ deletedAt, verdict, _count, ...claim }) => ({ ...claim, deleted: deletedAt !== null, hasResearch: verdict !== null || _count.sources > 0 })),
  };
}

/** Removes analysis spans for good (re-analysis replaces them); human and deleted spans are never passed here. */
export async function removeAnalysisSpans(db: DbClient, teamId: string, input: { quoteIds: string[]; claimIds: string[] }): Promise<void> {
  if (input.claimIds.length) await db.claim.deleteMany({ where: { teamId, id: { in: input.claimIds }, origin: "analysis" } });
  if (input.quoteIds.length) await db.quote.deleteMany({ where: { teamId, id: { in: input.quoteIds }, origin: "analysis" } });
}

/** Refreshes what the analysis says about a span it found again (its score, kind, speaker), keeping its id. */
export async function refreshAnalysisClaim(db: DbClient, teamId: string, id: string, data: { kind: ClaimKind; score: number; quoteId: string | null; speakerId: string | null }): Promise<void> {
  await db.claim.updateMany({ where: { id, teamId, origin: "analysis" }, data });
}

export async function refreshAnalysisQuote(
  db: DbClient,
  teamId: string,
  id: string,
  data: { speakerId: string | null; cue: string | null; cueStart: number | null; cueEnd: number | null },
): Promise<void> {
  await db.quote.updateMany({ where: { id, teamId, origin: "analysis" }, data });
}

export async function insertAnalysisSpans(
  db: DbClient,
  input: {
    quotes: (SpanWrite & { id: string; teamId: string; articleId: string; type: QuoteType; speakerId: string | null; cue: string | null; cueStart: number | null; cueEnd: number | null })[];
    claims: (SpanWrite & { id: string; teamId: string; articleId: string; kind: ClaimKind; score: number; quoteId: string | null; speakerId: string | null })[];
  },
): Promise<void> {
  if (input.quotes.length) await db.quote.createMany({ data: input.quotes });
  if (input.claims.length) await db.claim.createMany({ data: input.claims });
}

export async function liveSpanExists(db: DbClient, teamId: string, articleId: string, target: "claim" | "quote", start: number, end: number): Promise<boolean> {
  const where = { teamId, articleId, start, end, deletedAt: null };
  const row = target === "claim" ? await db.claim.findFirst({ where, select: { id: true } }) : await db.quote.findFirst({ where, select: { id: true } });
  return row !== null;
}
