import { randomUUID } from "node:crypto";
import { analyze } from "@/core";
import type { PrismaClient } from "@/server/repositories/client";
import { quoteRow, resolveAnalysisSpeakers } from "@/server/repositories/analysis";
import { findArticleBody, markArticleAnalysed } from "@/server/repositories/articles";
import { recordAudit } from "@/server/repositories/audit";
import {
  insertAnalysisSpans,
  listArticleSpans,
  refreshAnalysisClaim,
  refreshAnalysisQuote,
  removeAnalysisSpans,
  type ClaimSpanRow,
  type QuoteSpanRow,
  type SpanRow,
} from "@/server/repositories/spans";
import { missingError, overlapRatio, staleError } from "./span-rules";

export interface ReanalyzeArticleOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  articleId: string;
  /** The article version the reviewer saw; when given, a re-run by someone else in between is refused. */
  version?: number;
}

export interface SpanChangeCounts {
  added: number;
  removed: number;
  refreshed: number;
  /** Human, deleted or researched spans left exactly as they were. */
  preserved: number;
}

export interface ReanalyzeArticleResult {
  quotes: SpanChangeCounts;
  claims: SpanChangeCounts;
}

/** A new analysis span this close to a span a person made or deleted is the same span: it is not added again. */
export const sameSpanOverlap = 0.8;

const spanKey = (span: { start: number; end: number }): string => `${span.start}:${span.end}`;

function isCoveredBy(span: { start: number; end: number }, protectedSpans: readonly SpanRow[]): SpanRow | undefined {
  return protectedSpans.find((other) => overlapRatio(span, other) >= sameSpanOverlap);
}

/**
 * Runs the analysis on the pinned text again and reconciles it with what reviewers did. Only spans the
 * analysis made and nobody touched are replaced (kept with their ids when found again, so links stay
 * valid); human spans, deleted spans (tombstones) and claims with research or a workflow status are
 * kept as they are, and a new span overlapping one of them is not added.
 */
export async function reanalyzeArticle(options: ReanalyzeArticleOptions): Promise<ReanalyzeArticleResult> {
  const { teamId, articleId } = options;
  const article = await findArticleBody(options.prisma, teamId, articleId);
  if (!article) throw missingError("article");
  if (options.version !== undefined && options.version !== article.version) throw staleError("article");
  const analysis = analyze(article.body);

  return options.prisma.$transaction(async (tx) => {
    const existing = await listArticleSpans(tx, teamId, articleId);
    const speakerIds = await resolveAnalysisSpeakers(tx, teamId, analysis.speakers);
    const speakerOf = (id: string | null): string | null => (id === null ? null : (speakerIds.get(id) ?? null));

    const replaceableQuotes = existing.quotes.filter((quote) => quote.origin === "analysis" && !quote.deleted);
    const protectedQuotes = existing.quotes.filter((quote) => quote.origin === "human" || quote.deleted);
    const quoteByKey = new Map(replaceableQuotes.map((quote) => [spanKey(quote), quote]));
    const quoteIds = new Map<string, string | null>();
    const keptQuotes = new Set<string>();
    const newQuotes: Parameters<typeof insertAnalysisSpans>[1]["quotes"] = [];
    const quotes: SpanChangeCounts = { added: 0, removed: 0, refreshed: 0, preserved: protectedQuotes.length };
    for (const quote of analysis.quotes) {
      const match = quoteByKey.get(spanKey(quote));
      if (match && !keptQuotes.has(match.id)) {
        keptQuotes.add(match.id);
        quoteIds.set(quote.id, match.id);
        await refreshAnalysisQuote(tx, teamId, match.id, { speakerId: speakerOf(quote.speakerId), cue: quote.cue, cueStart: quote.cueStart, cueEnd: quote.cueEnd });
        quotes.refreshed++;
        continue;
      }
      const covering = isCoveredBy(quote, protectedQuotes) as QuoteSpanRow | undefined;
      if (covering) {
        quoteIds.set(quote.id, covering.deleted ? null : covering.id);
        continue;
      }
      const row = quoteRow(quote, { teamId, articleId, speakerId: speakerOf(quote.speakerId) });
      quoteIds.set(quote.id, row.id);
      newQuotes.push(row);
      quotes.added++;
    }
    const staleQuoteIds = replaceableQuotes.filter((quote) => !keptQuotes.has(quote.id)).map((quote) => quote.id);
    quotes.removed = staleQuoteIds.length;

    // Claims someone is working on (research, a workflow status) count as human even if the analysis made them.
    const isUntouched = (claim: ClaimSpanRow): boolean => claim.origin === "analysis" && !claim.deleted && !claim.hasResearch && claim.status === "new";
    const replaceableClaims = existing.claims.filter(isUntouched);
    const protectedClaims = existing.claims.filter((claim) => !isUntouched(claim));
    const claimByKey = new Map(replaceableClaims.map((claim) => [spanKey(claim), claim]));
    const keptClaims = new Set<string>();
    const newClaims: Parameters<typeof insertAnalysisSpans>[1]["claims"] = [];
    const claims: SpanChangeCounts = { added: 0, removed: 0, refreshed: 0, preserved: protectedClaims.length };
    for (const claim of analysis.claims) {
      const quoteId = claim.quoteId === null ? null : (quoteIds.get(claim.quoteId) ?? null);
      const links = { kind: claim.kind, score: claim.score, quoteId, speakerId: speakerOf(claim.speakerId) };
      const match = claimByKey.get(spanKey(claim));
      if (match && !keptClaims.has(match.id)) {
        keptClaims.add(match.id);
        await refreshAnalysisClaim(tx, teamId, match.id, links);
        claims.refreshed++;
        continue;
      }
      if (isCoveredBy(claim, protectedClaims)) continue;
      newClaims.push({ id: randomUUID(), teamId, articleId, start: claim.start, end: claim.end, text: claim.text, prefix: claim.prefix, suffix: claim.suffix, ...links });
      claims.added++;
    }
    const staleClaimIds = replaceableClaims.filter((claim) => !keptClaims.has(claim.id)).map((claim) => claim.id);
    claims.removed = staleClaimIds.length;

    await removeAnalysisSpans(tx, teamId, { quoteIds: staleQuoteIds, claimIds: staleClaimIds });
    await insertAnalysisSpans(tx, { quotes: newQuotes, claims: newClaims });
    const sentences = analysis.sentences.map((sentence): [number, number] => [sentence.start, sentence.end]);
    if (!(await markArticleAnalysed(tx, { teamId, id: articleId, version: article.version, sentences }))) throw staleError("article");
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: "article.reanalyze",
      entityType: "article",
      entityId: articleId,
      before: { version: article.version },
      after: { version: article.version + 1, quotes, claims },
    });
    return { quotes, claims };
  });
}
