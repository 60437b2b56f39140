/**
 * Finds the stretches of text inside quotation marks, in one pass. Handles curly, straight, guillemet and
 * low-9 double marks; single marks only at top level (inside double quotes they are nested quotes or
 * apostrophes); and quotes that run over several paragraphs, where each paragraph reopens the quote and
 * only the last one closes it.
 */

import { isLineBreakCode, isLowerAt, isSpaceCode, isWordCharAt, trimSpan } from "./text";

export interface QuoteSegment {
  openMark: number;
  /** Index of the closing mark, or -1 when the paragraph ended with the quote still open. */
  closeMark: number;
  innerStart: number;
  innerEnd: number;
  /** Index (in the returned list) of the previous paragraph of the same multi-paragraph quote. */
  continuesFrom: number | null;
  singleMarks: boolean;
}

const DOUBLE_OPENERS = new Set(["\u201c", "\u201e", "\u00ab", '"', "\u201f"]);
const CLOSER_FOR: Record<string, string> = {
  "\u201c": "\u201d",
  "\u201f": "\u201d",
  "\u201e": "\u201c",
  "\u00ab": "\u00bb",
  '"': '"',
  "\u2018": "\u2019",
  "'": "'",
};

function isOpeningContext(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  if (isSpaceCode(before)) return true;
  const char = text[index - 1] ?? "";
  return "([{\u2014\u2013-:/".includes(char);
}

/**
 * Whether a ’ (or ') at `index`, inside an open single-quoted span, is an apostrophe rather than the closing
 * mark: inside a word ("don’t"), or a plural possessive before a lower-case word ("the players’ commitment",
 * "the 1990s’ reforms", "Jones’ car").
 */
function isApostrophe(text: string, index: number): boolean {
  const next = index + 1;
  if (next < text.length && isWordCharAt(text, next)) return true;
  // "rock 'n' roll": the second mark of a short elision that opened with one.
  let wordStart = index;
  while (wordStart > 0 && index - wordStart < 3 && isWordCharAt(text, wordStart - 1)) wordStart--;
  const before = text[wordStart - 1];
  if (wordStart < index && (before === "'" || before === "\u2019" || before === "\u2018") && (wordStart < 2 || isSpaceCode(text.charCodeAt(wordStart - 2)))) return true;
  if (index === 0 || text[index - 1] !== "s") return false;
  let after = next;
  while (after < text.length && text.charCodeAt(after) === 32) after++;
  if (after === next || after >= text.length) return false;
  return isLowerAt(text, after) && !startsSpeechVerb(text, after) && !startsFunctionWord(text, after);
}

/** Words that cannot follow a possessive ("the assets’ and", "the workers’ to"): after them the mark closes a quote. */
const NON_POSSESSED = ["and", "or", "but", "that", "to", "in", "on", "at", "of", "for", "with", "by", "as", "is", "was", "were", "are", "he", "she", "they", "it", "which", "who", "when", "while", "if", "because", "so", "than", "then",
  // "it ‘fully accepts’ the audit’s findings": an article or possessive determiner never follows a possessive.
  "the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "our", "my", "your"];

function startsFunctionWord(text: string, index: number): boolean {
  for (const word of NON_POSSESSED) {
    if (text.startsWith(word, index) && !isWordCharAt(text, index + word.length)) return true;
  }
  return false;
}

const SAID_WORDS = ["said", "says", "say", "told", "added", "asked", "wrote", "explained", "insisted", "warned"];

/** "’ said Smith" / "’ he said" (rare without a comma): the mark closes a quote after all. */
function startsSpeechVerb(text: string, index: number): boolean {
  for (const word of SAID_WORDS) {
    if (text.startsWith(word, index) && !isWordCharAt(text, index + word.length)) return true;
  }
  return false;
}

/** A straight ' that can open a quote: at the start of a clause and before a letter ("'We won'", not "'90s"). */
function opensStraightSingle(text: string, index: number): boolean {
  if (!isOpeningContext(text, index)) return false;
  const next = index + 1;
  if (next >= text.length || !isWordCharAt(text, next)) return false;
  const code = text.charCodeAt(next);
  if (code >= 48 && code <= 57) return false;
  // Elisions that start a word: 'em, 'til, 'cause, 'n'.
  return !/^(?:em|til|cause|n|bout|round|tis)\b/i.test(text.slice(next, next + 6));
}

export function findQuoteSegments(text: string): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  const length = text.length;
  let openIndex = -1;
  let openChar = "";
  let carriedSegment: number | null = null;
  let atParagraphStart = true;
  let pendingContinuation: number | null = null;

  const push = (closeMark: number, end: number): number => {
    const inner = trimSpan(text, openIndex + 1, end);
    segments.push({
      openMark: openIndex,
      closeMark,
      innerStart: inner.start,
      innerEnd: inner.end,
      continuesFrom: pendingContinuation,
      singleMarks: openChar === "\u2018" || openChar === "'",
    });
    openIndex = -1;
    openChar = "";
    return segments.length - 1;
  };

  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    // Fast path: printable ASCII other than the straight quotes is never a mark we track.
    if (code > 32 && code < 127 && code !== 34 && code !== 39) {
      atParagraphStart = false;
      continue;
    }
    // A plain space is the commonest character that reaches here: neither a mark nor a line break.
    if (code === 32) continue;
    if (isLineBreakCode(code)) {
      // Blank lines between the paragraphs of a multi-paragraph quote keep the quote carried over.
      if (!atParagraphStart) carriedSegment = null;
      if (openIndex >= 0) {
        let next = index + 1;
        while (next < length && isSpaceCode(text.charCodeAt(next))) next++;
        // A quote over several paragraphs reopens each one with the same kind of mark (“ or ‘).
        const reopener = text[next] ?? "";
        const single = openChar === "\u2018" || openChar === "'";
        const reopens = single ? reopener === openChar : DOUBLE_OPENERS.has(reopener);
        const segmentIndex = push(-1, index);
        if (reopens) carriedSegment = segmentIndex;
      }
      pendingContinuation = null;
      atParagraphStart = true;
      continue;
    }
    if (isSpaceCode(code)) continue;
    const char = text[index] ?? "";
    const paragraphStart = atParagraphStart;
    atParagraphStart = false;

    if (openIndex >= 0) {
      if (char === CLOSER_FOR[openChar]) {
        if ((openChar === "\u2018" || openChar === "'") && isApostrophe(text, index)) continue;
        if (openChar === "'" && index > 0 && isSpaceCode(text.charCodeAt(index - 1))) continue;
        if (openChar === '"' && index > 0 && isSpaceCode(text.charCodeAt(index - 1)) && index + 1 < length && !isSpaceCode(text.charCodeAt(index + 1))) {
          // A straight mark after a space and before a word opens rather than closes: the earlier one was stray.
          openIndex = index;
          pendingContinuation = null;
          continue;
        }
        push(index, index);
        pendingContinuation = null;
        continue;
      }
      if ((char === "\u201c" || char === "\u00ab") && openChar !== "\u2018" && openChar !== "'" && openChar !== "\u201e" && isOpeningContext(text, index)) {
        // An opener while a quote is open: the earlier mark was never closed, so start again here.
        openIndex = index;
        openChar = char;
        pendingContinuation = null;
      }
      continue;
    }

    if (char === "'") {
      if (opensStraightSingle(text, index)) {
        openIndex = index;
        openChar = char;
        pendingContinuation = paragraphStart ? carriedSegment : null;
        carriedSegment = null;
      }
      continue;
    }
    if (DOUBLE_OPENERS.has(char)) {
      if (char === '"' && (index + 1 >= length || isSpaceCode(text.charCodeAt(index + 1)))) continue;
      openIndex = index;
      openChar = char;
      pendingContinuation = paragraphStart ? carriedSegment : null;
      carriedSegment = null;
      continue;
    }
    if (char === "\u2018" && isOpeningContext(text, index) && index + 1 < length && isWordCharAt(text, index + 1)) {
      openIndex = index;
      openChar = char;
      pendingContinuation = paragraphStart ? carriedSegment : null;
      carriedSegment = null;
    }
  }
  if (openIndex >= 0) push(-1, length);
  const kept: QuoteSegment[] = [];
  const keptIndex = new Map<number, number>();
  segments.forEach((segment, index) => {
    if (segment.innerEnd <= segment.innerStart) return;
    const previous = segment.continuesFrom === null ? undefined : keptIndex.get(segment.continuesFrom);
    keptIndex.set(index, kept.length);
    kept.push({ ...segment, continuesFrom: previous ?? null });
  });
  return kept;
}
