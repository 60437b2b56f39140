export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  quoteId: string | null;
  claimId: string | null;
  /** True on the first segment of a span, where its anchor id goes. */
  quoteStarts: boolean;
  claimStarts: boolean;
}

/**
 * Cuts the text at every span boundary so overlapping quotes and claims render as flat, nested-free
 * segments; within a segment the innermost (latest-starting) quote and claim win.
 */
export function segmentText(length: number, quotes: HighlightSpan[], claims: HighlightSpan[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const span of [...quotes, ...claims]) {
    if (span.start >= 0 && span.end <= length && span.start < span.end) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covering = (spans: HighlightSpan[], start: number, end: number): HighlightSpan | null => {
    let best: HighlightSpan | null = null;
    for (const span of spans) if (span.start <= start && span.end >= end && (!best || span.start > best.start)) best = span;
    return best;
  };
  const sortedQuotes = [...quotes].sort((a, b) => a.start - b.start);
  const sortedClaims = [...claims].sort((a, b) => a.start - b.start);
  const seenQuotes = new Set<string>();
  const seenClaims = new Set<string>();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const quote = covering(sortedQuotes, start, end);
    const claim = covering(sortedClaims, start, end);
    const quoteStarts = quote !== null && !seenQuotes.has(quote.id);
    const claimStarts = claim !== null && !seenClaims.has(claim.id);
    if (quote) seenQuotes.add(quote.id);
    if (claim) seenClaims.add(claim.id);
    segments.push({ start, end, quoteId: quote?.id ?? null, claimId: claim?.id ?? null, quoteStarts, claimStarts });
  }
  return segments;
}
