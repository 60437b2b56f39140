import type { DbClient } from "@/server/repositories/client";
import { loadClaimEvidence, type VerdictDto } from "@/server/repositories/evidence";
import { findReportArticle, listClaimSignOffs, listReportSpans, type ReportClaimRow, type ReportSpeakerRow } from "@/server/repositories/reports";
import { AppError } from "@/server/errors";
import type { ArticleReport, ReportEntry, ReportInclude, ReportSpan, ReportSpeaker, ReportStage, ReportVerdict } from "@/server/reports/types";

export interface BuildArticleReportOptions {
  prisma: DbClient;
  teamId: string;
  articleId: string;
  include?: ReportInclude;
  /** The report's public page, when the caller knows it (the public page itself, or a URL given for ClaimReview). */
  reportUrl?: string | null;
  now?: Date;
}

function stageOf(claim: ReportClaimRow, verdict: VerdictDto | null): ReportStage {
  if (claim.status === "published") return "published";
  if (claim.status === "approved") return "approved";
  return verdict ? "draft" : "unchecked";
}

function toSpeaker(row: ReportSpeakerRow | null): ReportSpeaker | null {
  return row ? { name: row.name, kind: row.kind, title: row.title, role: row.role } : null;
}

function toVerdict(verdict: VerdictDto): ReportVerdict {
  return {
    label: verdict.labelName,
    labelDescription: verdict.labelDescription,
    value: verdict.labelValue,
    worstRating: verdict.worstRating,
    bestRating: verdict.bestRating,
    scaleName: verdict.scaleName,
    rationale: verdict.rationale,
    authorName: verdict.authorName,
    createdAt: verdict.createdAt,
    updatedAt: verdict.updatedAt,
  };
}

/**
 * JavaScript string indices to Unicode code point counts, in one pass over the text however many offsets
 * are asked (they differ only after a character outside the Basic Multilingual Plane, such as an emoji).
 */
export function codePointOffsets(text: string, offsets: number[]): Map<number, number> {
  const result = new Map<number, number>();
  if (!/[\uD800-\uDFFF]/.test(text)) {
    for (const offset of offsets) result.set(offset, offset);
    return result;
  }
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let index = 0;
  let codePoints = 0;
  for (const offset of sorted) {
    while (index < offset && index < text.length) {
      const code = text.charCodeAt(index);
      const isPair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
      index += isPair ? 2 : 1;
      codePoints += 1;
    }
    result.set(offset, codePoints);
  }
  return result;
}

/**
 * The verdict report of an article: its checked claims (with a verdict) and the claims made in quotes,
 * each with speaker, verdict, sources, who checked and who approved; plus every claim and quote as a
 * span for the annotation export. `include: "published"` keeps only published fact-checks.
 */
export async function buildArticleReport(options: BuildArticleReportOptions): Promise<ArticleReport> {
  const { prisma: db, teamId, articleId } = options;
  const include = options.include ?? "all";
  const article = await findReportArticle(db, teamId, articleId);
  if (!article) throw new AppError("not_found", "That article does not exist.");
  const { claims, quotes } = await listReportSpans(db, teamId, articleId);
  const evidence = await loadClaimEvidence(db, teamId, claims.map((claim) => claim.id));
  const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));

  const candidates = claims.filter((claim) => {
    const verdict = evidence[claim.id]?.verdict ?? null;
    if (include === "published") return claim.status === "published" && verdict !== null;
    return verdict !== null || claim.quoteId !== null;
  });
  const signOffs = await listClaimSignOffs(db, teamId, candidates.map((claim) => claim.id));

  const entries: ReportEntry[] = candidates.map((claim) => {
    const { verdict = null, sources = [] } = evidence[claim.id] ?? {};
    const quote = claim.quoteId ? quoteById.get(claim.quoteId) : undefined;
    const signOff = signOffs.get(claim.id);
    const stage = stageOf(claim, verdict);
    return {
      claimId: claim.id,
      text: claim.text,
      kind: claim.kind,
      status: claim.status,
      stage,
      speaker: toSpeaker(claim.speaker ?? quote?.speaker ?? null),
      quote: quote ? { type: quote.type, text: quote.text } : null,
      verdict: verdict ? toVerdict(verdict) : null,
      sources: sources.map((source) => ({
        title: source.title,
        url: source.url,
        publisher: source.publisher,
        publishedAt: source.publishedAt,
        stance: source.stance,
        excerpt: source.excerpt,
        accessedAt: source.accessedAt,
      })),
      // A claim sent back after approval keeps its old review rows; only a claim still approved or published shows them.
      approvedBy: stage === "published" || stage === "approved" ? (signOff?.approvedBy ?? null) : null,
      approvedAt: stage === "published" || stage === "approved" ? (signOff?.approvedAt ?? null) : null,
      publishedBy: stage === "published" ? (signOff?.publishedBy ?? null) : null,
      publishedAt: stage === "published" ? (claim.publishedAt ?? signOff?.publishedAt ?? null) : null,
    };
  });

  const offsets = codePointOffsets(article.body, [...claims, ...quotes].flatMap((span) => [span.start, span.end]));
  const spans: ReportSpan[] = [
    ...claims.map((claim) => ({ ...claim, type: "claim" as const, category: claim.kind, speaker: toSpeaker(claim.speaker ?? (claim.quoteId ? quoteById.get(claim.quoteId)?.speaker : null) ?? null) })),
    ...quotes.map((quote) => ({ ...quote, type: "quote" as const, category: quote.type, speaker: toSpeaker(quote.speaker) })),
  ]
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
    .map((span) => ({
      id: span.id,
      type: span.type,
      start: span.start,
      end: span.end,
      codePointStart: offsets.get(span.start) ?? span.start,
      codePointEnd: offsets.get(span.end) ?? span.end,
      exact: span.text,
      prefix: span.prefix,
      suffix: span.suffix,
      category: span.category,
      speaker: span.speaker,
      createdAt: span.createdAt,
    }));

  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    include,
    team: article.team,
    article: {
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt,
      importedAt: article.importedAt,
      wordCount: article.wordCount,
    },
    reportUrl: options.reportUrl ?? null,
    entries,
    spans,
  };
}
