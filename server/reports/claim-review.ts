import { safeWebUrl, type ArticleReport, type ReportEntry } from "./types";

/** Google shows claimReviewed on one line on phones up to about this many characters. */
export const claimReviewedMaxLength = 75;

/**
 * A claim shortened for claimReviewed: unchanged when it fits, else cut at the last word boundary that
 * leaves room for an ellipsis (never inside a word), without a dangling comma or dash. A first word
 * longer than the limit is kept whole: the limit is advice, a broken word is wrong.
 */
export function shortenClaim(text: string, maxLength = claimReviewedMaxLength): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= maxLength) return clean;
  const room = clean.slice(0, maxLength); // the ellipsis takes the place of the space at the cut
  const cut = room.lastIndexOf(" ");
  const kept = cut > 0 ? clean.slice(0, cut) : clean.slice(0, clean.search(/\s|$/));
  const trimmed = kept.replace(/[\s,;:\-–—(\[{"“‘']+$/u, "");
  return `${trimmed || kept}…`;
}

export interface ClaimReviewRefusal {
  claimId: string;
  reasons: string[];
}

export interface ClaimReviewExport {
  items: ClaimReviewItem[];
  refused: ClaimReviewRefusal[];
}

export interface ClaimReviewItem {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string };
  reviewRating: { "@type": "Rating"; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: {
    "@type": "Claim";
    author: { "@type": "Person" | "Organization"; name: string; jobTitle?: string };
    datePublished?: string;
    appearance: { "@type": "CreativeWork"; url: string; headline?: string; datePublished?: string };
  };
}

function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

function refusalReasons(report: ArticleReport, entry: ReportEntry): string[] {
  const reasons: string[] = [];
  if (entry.stage !== "published") reasons.push("datePublished: the fact-check is not published");
  if (!entry.verdict) reasons.push("reviewRating: the claim has no verdict");
  if (!entry.text.trim()) reasons.push("claimReviewed: the claim has no text");
  if (!entry.speaker?.name.trim()) reasons.push("itemReviewed.author: the claim has no speaker");
  if (!report.article.sourceUrl) reasons.push("appearance: the article has no source URL");
  else if (!safeWebUrl(report.article.sourceUrl)) reasons.push("appearance: the article's source URL is not a web address");
  if (!report.reportUrl) reasons.push("url: the report has no public page (create a public link, or give the URL where the fact-check is published)");
  if (!report.team.name.trim()) reasons.push("author: the team has no name");
  return reasons;
}

/**
 * schema.org ClaimReview for each published verdict of the report, as Google documents it, and the
 * reasons for every entry that cannot be exported (a missing required or recommended field is refused
 * rather than guessed, so nothing half-true reaches a search engine).
 */
export function buildClaimReviews(report: ArticleReport): ClaimReviewExport {
  const items: ClaimReviewItem[] = [];
  const refused: ClaimReviewRefusal[] = [];
  for (const entry of report.entries) {
    const reasons = refusalReasons(report, entry);
    if (reasons.length > 0 || !entry.verdict || !entry.speaker || !report.reportUrl) {
      refused.push({ claimId: entry.claimId, reasons });
      continue;
    }
    const appearanceUrl = safeWebUrl(report.article.sourceUrl)!;
    const speakerTitle = [entry.speaker.title, entry.speaker.role].filter((part): part is string => Boolean(part?.trim())).join(", ");
    const url = new URL(report.reportUrl);
    url.hash = `claim-${entry.claimId}`;
    items.push({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: url.toString(),
      claimReviewed: shortenClaim(entry.text),
      datePublished: isoDay(entry.publishedAt ?? entry.approvedAt ?? entry.verdict.updatedAt),
      author: { "@type": "Organization", name: report.team.name },
      reviewRating: {
        "@type": "Rating",
        ratingValue: entry.verdict.value,
        bestRating: entry.verdict.bestRating,
        worstRating: entry.verdict.worstRating,
        alternateName: entry.verdict.label,
      },
      itemReviewed: {
        "@type": "Claim",
        author: {
          "@type": entry.speaker.kind === "organization" ? "Organization" : "Person",
          name: entry.speaker.name,
          ...(speakerTitle && entry.speaker.kind === "person" ? { jobTitle: speakerTitle } : {}),
        },
        ...(report.article.publishedAt ? { datePublished: isoDay(report.article.publishedAt) } : {}),
        appearance: {
          "@type": "CreativeWork",
          url: appearanceUrl,
          headline: report.article.title,
          ...(report.article.publishedAt ? { datePublished: isoDay(report.article.publishedAt) } : {}),
        },
      },
    });
  }
  return { items, refused };
}

/**
 * JSON for a <script type="application/ld+json"> element: every "<" is written as \u003c (and the two
 * JavaScript line separators escaped), so no text inside can close the script element or open a comment.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
