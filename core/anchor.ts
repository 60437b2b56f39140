/**
 * Re-finds a text-quote selector (W3C Web Annotation TextQuoteSelector: exact + prefix + suffix, plus an
 * optional position hint) in a text that may have changed since the selector was made.
 */

import type { Span } from "./types";

export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Where the quote was last seen; checked first. */
  start?: number;
}

/** Stop scoring after this many candidate positions: enough for any real document, bounded for pathological ones. */
const MAX_CANDIDATES = 10_000;

function commonSuffixLength(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[a.length - 1 - count] === b[b.length - 1 - count]) count++;
  return count;
}

function commonPrefixLength(a: string, b: string): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}

export function reanchor(text: string, selector: QuoteSelector): Span | null {
  const { exact } = selector;
  if (typeof text !== "string" || typeof exact !== "string" || exact === "") return null;
  const prefix = selector.prefix ?? "";
  const suffix = selector.suffix ?? "";
  const hint = typeof selector.start === "number" && Number.isFinite(selector.start) ? Math.trunc(selector.start) : null;

  if (hint !== null && hint >= 0 && hint + exact.length <= text.length && text.startsWith(exact, hint)) {
    const before = text.slice(Math.max(0, hint - prefix.length), hint);
    const after = text.slice(hint + exact.length, hint + exact.length + suffix.length);
    // The hint wins when its context still agrees (or no context was given), which is the common case after a re-run.
    if ((prefix === "" || before.endsWith(prefix) || commonSuffixLength(before, prefix) > 0) && (suffix === "" || after.startsWith(suffix) || commonPrefixLength(after, suffix) > 0)) {
      return { start: hint, end: hint + exact.length };
    }
  }

  let best: Span | null = null;
  let bestScore = -Infinity;
  let from = 0;
  for (let candidates = 0; candidates < MAX_CANDIDATES; candidates++) {
    const start = text.indexOf(exact, from);
    if (start < 0) break;
    const end = start + exact.length;
    const before = text.slice(Math.max(0, start - prefix.length), start);
    const after = text.slice(end, end + suffix.length);
    let score = commonSuffixLength(before, prefix) + commonPrefixLength(after, suffix);
    // Position only breaks ties between equally good contexts.
    if (hint !== null) score -= Math.min(0.999, Math.abs(start - hint) / (text.length + 1));
    if (score > bestScore) {
      bestScore = score;
      best = { start, end };
    }
    from = start + 1;
  }
  return best;
}
