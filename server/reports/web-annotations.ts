import { ratingLine, safeWebUrl, speakerLine, stageLabels, type ArticleReport, type ReportEntry, type ReportSpan } from "./types";

export const annotationContext = "http://www.w3.org/ns/anno.jsonld";

export interface TextualBody {
  type: "TextualBody";
  purpose: "tagging" | "describing" | "assessing" | "commenting" | "classifying";
  value: string;
  format?: "text/plain" | "text/markdown";
  language?: string;
}

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  /** Unicode code points from the start of the article text, as the W3C model counts them. */
  start: number;
  end: number;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "assessing" | "highlighting";
  created: string;
  modified?: string;
  generator: { type: "Software"; name: string };
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  "@context": typeof annotationContext;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

const generator = { type: "Software", name: "Factdesk" } as const;

/** The article's address for targets: its source URL when it has a web one, else a stable URN of its id. */
export function articleTargetSource(report: ArticleReport): string {
  return safeWebUrl(report.article.sourceUrl) ?? `urn:factdesk:article:${report.article.id}`;
}

function tag(value: string): TextualBody {
  return { type: "TextualBody", purpose: "tagging", value };
}

function bodies(span: ReportSpan, entry: ReportEntry | undefined): TextualBody[] {
  const result: TextualBody[] = [tag(span.type), tag(span.type === "claim" ? `claim-kind:${span.category}` : `quote-type:${span.category}`)];
  if (span.speaker) result.push({ type: "TextualBody", purpose: "describing", value: `Speaker: ${speakerLine(span.speaker)}`, format: "text/plain" });
  const verdict = entry?.verdict;
  if (entry && verdict) {
    result.push({ type: "TextualBody", purpose: "assessing", value: `${verdict.label} (${ratingLine(verdict)})`, format: "text/plain" });
    if (entry.stage !== "published") result.push(tag(`status:${stageLabels[entry.stage].toLowerCase()}`));
    if (verdict.rationale.trim()) result.push({ type: "TextualBody", purpose: "commenting", value: verdict.rationale, format: "text/markdown" });
  }
  return result;
}

/**
 * The article's claims and quotes as a W3C Web Annotation collection: each target carries a
 * TextQuoteSelector (exact text with prefix and suffix, to re-find it if the text changes) and a
 * TextPositionSelector; a claim's body has its verdict when the report includes one.
 */
export function buildWebAnnotations(report: ArticleReport): AnnotationCollection {
  const source = articleTargetSource(report);
  const entries = new Map(report.entries.map((entry) => [entry.claimId, entry]));
  const collectionId = `urn:factdesk:article:${report.article.id}:annotations`;
  const items = report.spans.map((span): WebAnnotation => {
    const entry = span.type === "claim" ? entries.get(span.id) : undefined;
    const annotation: WebAnnotation = {
      id: `urn:factdesk:${span.type}:${span.id}`,
      type: "Annotation",
      motivation: entry?.verdict ? "assessing" : "highlighting",
      created: span.createdAt,
      generator,
      body: bodies(span, entry),
      target: {
        source,
        selector: [
          { type: "TextQuoteSelector", exact: span.exact, prefix: span.prefix, suffix: span.suffix },
          { type: "TextPositionSelector", start: span.codePointStart, end: span.codePointEnd },
        ],
      },
    };
    if (entry?.verdict) annotation.modified = entry.verdict.updatedAt;
    return annotation;
  });
  return {
    "@context": annotationContext,
    id: collectionId,
    type: "AnnotationCollection",
    label: `Claims and quotes in “${report.article.title}”`,
    total: items.length,
    first: { id: `${collectionId}:page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
