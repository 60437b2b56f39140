/** Character classes and small span helpers shared by the analysis modules. */

import type { AnchoredSpan } from "./types";

export const CONTEXT_LENGTH = 32;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Bits of CHAR_CLASS. KNOWN marks a computed entry: classes are computed on first use of each code unit. */
export const CLASS_KNOWN = 1;
export const CLASS_UPPER = 2;
export const CLASS_LOWER = 4;
/** Letters, marks and digits of any script, and surrogate halves (see isWordCharAt). */
export const CLASS_WORD = 8;
export const CLASS_SPACE = 16;
export const CLASS_LINE_BREAK = 32;

const CHAR_CLASS = new Uint8Array(65536);

function computeClass(code: number): number {
  const char = String.fromCharCode(code);
  let flags = CLASS_KNOWN;
  if (UPPER.test(char)) flags |= CLASS_UPPER;
  if (LOWER.test(char)) flags |= CLASS_LOWER;
  if ((code >= 0xd800 && code <= 0xdfff) || LETTER_OR_DIGIT.test(char)) flags |= CLASS_WORD;
  if (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12 || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
    code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0xfeff || code === 0x85
  ) {
    flags |= CLASS_SPACE;
  }
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) flags |= CLASS_LINE_BREAK;
  CHAR_CLASS[code] = flags;
  return flags;
}

for (let code = 0; code < 128; code++) computeClass(code);

/**
 * The CLASS_* bits of a UTF-16 code unit (0 for NaN, i.e. an index outside the text). One typed-array read
 * once a code unit has been seen: the hot loops test these bits instead of running regexes per character.
 */
export function charClass(code: number): number {
  const flags = CHAR_CLASS[code];
  if (flags === undefined) return 0;
  return flags !== 0 ? flags : computeClass(code);
}

export function isUpperAt(text: string, index: number): boolean {
  return (charClass(text.charCodeAt(index)) & CLASS_UPPER) !== 0;
}

export function isLowerAt(text: string, index: number): boolean {
  return (charClass(text.charCodeAt(index)) & CLASS_LOWER) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Letters, marks and digits of any script. Surrogate halves count as word characters so that
 * astral-plane letters (and, harmlessly, emoji) never split a word into broken halves.
 */
export function isWordCharAt(text: string, index: number): boolean {
  return (charClass(text.charCodeAt(index)) & CLASS_WORD) !== 0;
}

/** Letters of scripts without letter case (Arabic, CJK...): they can start a sentence too. */
export function isUncasedLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return false;
  return (charClass(code) & (CLASS_WORD | CLASS_UPPER | CLASS_LOWER)) === CLASS_WORD;
}

export function isSpaceCode(code: number): boolean {
  return (charClass(code) & CLASS_SPACE) !== 0;
}

export function isLineBreakCode(code: number): boolean {
  return (charClass(code) & CLASS_LINE_BREAK) !== 0;
}

/** Whether a code unit is matched by the regex class \s (which differs from isSpaceCode: it has U+1680, not U+0085). */
export function isRegexSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** lower.replace(/\.$/, ""), without a regex. */
export function withoutFinalPeriod(lower: string): string {
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/** Narrows [start, end) so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** The CONTEXT_LENGTH characters before `start` (fewer at the start of the text). */
export function contextBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - CONTEXT_LENGTH), start);
}

/** The CONTEXT_LENGTH characters after `end` (fewer at the end of the text). */
export function contextAfter(text: string, end: number): string {
  return text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH));
}

export function anchoredSpan(text: string, start: number, end: number): AnchoredSpan {
  return { start, end, text: text.slice(start, end), prefix: contextBefore(text, start), suffix: contextAfter(text, end) };
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
