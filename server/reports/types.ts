/**
 * The verdict report of one article as plain data: built once (server/services/build-article-report.ts)
 * and rendered to each format by the pure modules beside this file and by components/reports.
 * Every string in it is untrusted text from articles, people or sources: renderers escape it.
 */

export const reportIncludes = ["all", "published"] as const;
/** "all": every checked claim, drafts marked; "published": only published fact-checks (the public page). */
export type ReportInclude = (typeof reportIncludes)[number];

/** Where a report entry stands: published, approved but not yet published, a draft verdict, or not checked. */
export type ReportStage = "published" | "approved" | "draft" | "unchecked";

export interface ReportSpeaker {
  name: string;
  kind: "person" | "organization";
  title: string | null;
  role: string | null;
}

export interface ReportSource {
  title: string;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  stance: "supports" | "refutes" | "context";
  excerpt: string;
  accessedAt: string;
}

export interface ReportVerdict {
  label: string;
  labelDescription: string | null;
  /** ClaimReview ratingValue, on worstRating..bestRating of the verdict's scale. */
  value: number;
  worstRating: number;
  bestRating: number;
  scaleName: string;
  /** Markdown, as written. */
  rationale: string;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReportEntry {
  claimId: string;
  /** The exact text of the claim in the article. */
  text: string;
  kind: string;
  status: string;
  stage: ReportStage;
  speaker: ReportSpeaker | null;
  /** The quote the claim was made in, when it was. */
  quote: { type: "direct" | "indirect" | "according_to"; text: string } | null;
  verdict: ReportVerdict | null;
  sources: ReportSource[];
  approvedBy: string | null;
  approvedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
}

/** A claim or quote as a place in the article text, for the Web Annotation export. */
export interface ReportSpan {
  id: string;
  type: "claim" | "quote";
  /** JavaScript string indices into the article text. */
  start: number;
  end: number;
  /** The same place counted in Unicode code points, as W3C TextPositionSelector counts. */
  codePointStart: number;
  codePointEnd: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Claim kind or quote type. */
  category: string;
  speaker: ReportSpeaker | null;
  createdAt: string;
}

export interface ArticleReport {
  generatedAt: string;
  include: ReportInclude;
  team: { id: string; name: string };
  article: {
    id: string;
    title: string;
    publisher: string | null;
    sourceUrl: string | null;
    publishedAt: string | null;
    importedAt: string;
    wordCount: number;
  };
  /** The public page of this report, when the caller knows it (ClaimReview needs it as its url). */
  reportUrl: string | null;
  /** Checked and quote-linked claims in text order, filtered by `include`. */
  entries: ReportEntry[];
  /** Every claim and quote of the article, in text order. */
  spans: ReportSpan[];
}

export const stageLabels: Record<ReportStage, string> = {
  published: "Published",
  approved: "Approved, not yet published",
  draft: "Draft",
  unchecked: "Not checked",
};

export const stanceLabels: Record<ReportSource["stance"], string> = { supports: "Supports", refutes: "Refutes", context: "Context" };

/** The link target of an untrusted URL: only web addresses are ever linked. */
export function safeWebUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "3 February 2026"; renderers use one date style so every format reads the same. */
export function reportDate(iso: string | null): string {
  return iso ? dateFormat.format(new Date(iso)) : "—";
}

export function speakerLine(speaker: ReportSpeaker | null): string {
  if (!speaker) return "Unattributed";
  const details = [speaker.title, speaker.role].filter((part): part is string => Boolean(part?.trim()));
  return details.length ? `${speaker.name} (${details.join(", ")})` : speaker.name;
}

export function ratingLine(verdict: ReportVerdict): string {
  return `${verdict.value} on a scale of ${verdict.worstRating} to ${verdict.bestRating} (${verdict.scaleName})`;
}

export function reportFileName(report: ArticleReport, extension: string): string {
  const slug = report.article.title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `factdesk-report-${slug || report.article.id}.${extension}`;
}
