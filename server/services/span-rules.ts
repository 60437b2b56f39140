import { anchoredSpan, trimSpan } from "@/core/text";
import { AppError } from "@/server/errors";
import type { SpanWrite } from "@/server/repositories/spans";

// Shared by the services that create or move a claim or quote: what a valid span of a pinned body is.

export const maxSpanLength = { claim: 5_000, quote: 10_000 } as const;

export type SpanTarget = "claim" | "quote";

const noun: Record<SpanTarget, string> = { claim: "claim", quote: "quote" };

/**
 * Checks [start, end) against the pinned body and trims surrounding whitespace, returning the span with
 * its exact text and fresh prefix/suffix context. Offsets are JS string indices, as everywhere else.
 */
export function pinSpan(body: string, start: number, end: number, target: SpanTarget): SpanWrite {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new AppError("validation", `The ${noun[target]} must be a stretch of the article text (offsets 0 to ${body.length}, start before end).`);
  }
  const trimmed = trimSpan(body, start, end);
  if (trimmed.start >= trimmed.end) throw new AppError("validation", `Select some words for the ${noun[target]}, not only spaces.`);
  if (trimmed.end - trimmed.start > maxSpanLength[target]) {
    throw new AppError("validation", `A ${noun[target]} can be at most ${maxSpanLength[target].toLocaleString("en")} characters long.`);
  }
  if (isLowSurrogate(body.charCodeAt(trimmed.start)) || isLowSurrogate(body.charCodeAt(trimmed.end))) {
    throw new AppError("validation", `The ${noun[target]} cannot start or end inside a character.`);
  }
  const { start: s, end: e, text, prefix, suffix } = anchoredSpan(body, trimmed.start, trimmed.end);
  return { start: s, end: e, text, prefix, suffix };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function staleError(target: SpanTarget | "speaker" | "article"): AppError {
  const what = target === "article" ? "The analysis of this article was" : `This ${target} was`;
  return new AppError("conflict", `${what} changed by someone else since you opened it. Nothing was saved: review the new version and try again.`);
}

export function missingError(target: SpanTarget | "speaker" | "article"): AppError {
  const what = { claim: "This claim does not exist (or was deleted).", quote: "This quote does not exist (or was deleted).", speaker: "This speaker does not exist.", article: "This article does not exist." };
  return new AppError("not_found", what[target]);
}

/** The number of characters two spans share, over the length of the shorter one: 1 when one contains the other. */
export function overlapRatio(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / Math.min(a.end - a.start, b.end - b.start);
}
