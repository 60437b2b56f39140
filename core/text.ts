/** Character classes and small span helpers shared by the analysis modules. */

import type { AnchoredSpan } from "./types";

export const CONTEXT_LENGTH = 32;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(text[index] ?? "");
}

export function isLowerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(text[index] ?? "");
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Letters, marks and digits of any script. Surrogate halves count as word characters so that
 * astral-plane letters (and, harmlessly, emoji) never split a word into broken halves.
 */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(text[index] ?? "");
}

/** Letters of scripts without letter case (Arabic, CJK...): they can start a sentence too. */
export function isUncasedLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return false;
  return isWordCharAt(text, index) && !isUpperAt(text, index) && !isLowerAt(text, index);
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff ||
    code === 0x85
  );
}

export function isLineBreakCode(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;
}

/** Narrows [start, end) so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

export function anchoredSpan(text: string, start: number, end: number): AnchoredSpan {
  return {
    start,
    end,
    text: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH)),
  };
}

/** Index of the first sentence/span whose end is after `position` (spans sorted, non-overlapping). */
export function findSpanIndex(spans: readonly { start: number; end: number }[], position: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined) break;
    if (span.end <= position) low = middle + 1;
    else {
      found = middle;
      high = middle - 1;
    }
  }
  return found;
}
