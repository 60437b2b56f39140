/**
 * A linear, single-pass sentence splitter tuned for news copy: a line break always ends a sentence
 * (headline, dateline paragraphs), and a period only ends one when the next word can start a sentence
 * and the word before it is not an abbreviation, title or initial.
 */

import { SENTENCE_STARTERS } from "./lexicon";
import type { Span } from "./types";
import { isDigitCode, isLineBreakCode, isLowerAt, isSpaceCode, isUncasedLetterAt, isUpperAt, isWordCharAt, trimSpan } from "./text";

/** Longer runs are cut at a space: real sentences are shorter, and it bounds the cost of later per-sentence rules. */
export const MAX_SENTENCE_LENGTH = 1500;

/** Abbreviations that precede a name or number and so never end a sentence. */
const NEVER_FINAL_ABBREVIATIONS = new Set(
  `mr mrs ms mx dr gen maj sen rep gov lt col capt cpt sgt prof rev hon st mt ft adm brig cmdr cdr cpl pvt supt det insp
   rt messrs mme mmes msgr vs v fig figs approx dept univ ave blvd gov's pres sec cllr atty gens reps sens
   nos vol vols pp ch art sect para cf ca est`.split(/\s+/),
);

/** Abbreviations that usually precede a number ("No. 10", "Jan. 5") but may end a sentence otherwise. */
const BEFORE_NUMBER_ABBREVIATIONS = new Set(
  `no jan feb mar apr jun jul aug sep sept oct nov dec p op`.split(/\s+/),
);

/** Abbreviations that can legitimately close a sentence ("... of Apple Inc. The company"). */
const MAYBE_FINAL_ABBREVIATIONS = new Set(
  `inc corp ltd co jr sr etc bros llc plc al e.g i.e a.m p.m
   ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
   okla ore pa tenn tex va vt wash wis wyo`.split(/\s+/),
);

const TERMINATORS = new Set([".", "!", "?", "\u2026", "\u203d"]);
/** Full-width and other-script terminators that end a sentence even without a following space. */
const WIDE_TERMINATORS = new Set(["\u3002", "\uff01", "\uff1f", "\u061f", "\u06d4", "\u0964", "\uff0e"]);
const CLOSERS = new Set(['"', "'", "\u201d", "\u2019", "\u00bb", "\u203a", ")", "]", "}", "\u300d", "\u300f"]);
const OPENERS = new Set(['"', "'", "\u201c", "\u2018", "\u00ab", "\u2039", "(", "[", "\u201e", "\u300c", "\u300e"]);

function wordBefore(text: string, periodIndex: number): string {
  let start = periodIndex;
  // Dotted acronyms ("U.S", "e.g") keep their inner periods; 12 characters is plenty for an abbreviation.
  while (start > 0 && periodIndex - start < 12) {
    const previous = start - 1;
    if (isWordCharAt(text, previous) || (text[previous] === "." && previous > 0 && isWordCharAt(text, previous - 1))) start--;
    else break;
  }
  return text.slice(start, periodIndex);
}

function wordAt(text: string, index: number): string {
  let end = index;
  while (end < text.length && end - index < 16 && isWordCharAt(text, end)) end++;
  return text.slice(index, end);
}

/**
 * Whether a single period at `periodIndex` ends the sentence, given the first non-space character
 * after it is at `nextIndex`.
 */
function periodEndsSentence(text: string, periodIndex: number, nextIndex: number): boolean {
  const word = wordBefore(text, periodIndex);
  if (word === "") return true;
  const lower = word.toLowerCase();
  const nextCode = text.charCodeAt(nextIndex);
  const nextIsDigit = isDigitCode(nextCode);
  const nextWord = wordAt(text, nextIndex).toLowerCase();
  const nextIsStarter = SENTENCE_STARTERS.has(nextWord);

  if (NEVER_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (BEFORE_NUMBER_ABBREVIATIONS.has(lower)) return !nextIsDigit && (lower !== "no" || nextIsStarter);
  // A lone capital is an initial ("J. R. R. Tolkien", "George W. Bush") unless a plain sentence opener follows.
  if (word.length === 1 && isUpperAt(word, 0)) return nextIsStarter && !isUpperAt(text, nextIndex + 1);
  if (MAYBE_FINAL_ABBREVIATIONS.has(lower) || lower.includes(".")) return nextIsStarter;
  return true;
}

/** Splits text into trimmed, non-empty, non-overlapping sentence spans in document order. */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  const length = text.length;
  let sentenceStart = 0;

  const close = (end: number, nextStart: number): void => {
    const trimmed = trimSpan(text, sentenceStart, end);
    if (trimmed.end > trimmed.start) sentences.push(trimmed);
    sentenceStart = nextStart;
  };

  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    // Fast path: printable ASCII other than space and . ! ? cannot end a sentence.
    if (code > 32 && code < 127 && code !== 46 && code !== 33 && code !== 63 && index - sentenceStart <= 2 * MAX_SENTENCE_LENGTH) {
      index++;
      continue;
    }
    if (isLineBreakCode(code)) {
      close(index, index + 1);
      index++;
      continue;
    }
    if (isSpaceCode(code)) {
      if (index - sentenceStart > MAX_SENTENCE_LENGTH) {
        close(index, index + 1);
      }
      index++;
      continue;
    }
    const char = text[index] ?? "";
    if (WIDE_TERMINATORS.has(char)) {
      let end = index + 1;
      while (end < length && (WIDE_TERMINATORS.has(text[end] ?? "") || CLOSERS.has(text[end] ?? ""))) end++;
      close(end, end);
      index = end;
      continue;
    }
    if (!TERMINATORS.has(char)) {
      if (index - sentenceStart > 2 * MAX_SENTENCE_LENGTH) {
        // No space to cut at (garbage or unsegmented script): cut hard, keeping surrogate pairs whole.
        const cut = code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
        close(cut, cut);
        index = Math.max(cut, index + 1);
        continue;
      }
      index++;
      continue;
    }

    let runEnd = index;
    while (runEnd < length && TERMINATORS.has(text[runEnd] ?? "")) runEnd++;
    let afterClosers = runEnd;
    while (afterClosers < length && CLOSERS.has(text[afterClosers] ?? "")) afterClosers++;
    if (afterClosers >= length) {
      close(afterClosers, afterClosers);
      index = afterClosers;
      continue;
    }
    if (!isSpaceCode(text.charCodeAt(afterClosers))) {
      index = afterClosers > index ? afterClosers : index + 1;
      continue;
    }
    let next = afterClosers;
    while (next < length && isSpaceCode(text.charCodeAt(next)) && !isLineBreakCode(text.charCodeAt(next))) next++;
    if (next >= length || isLineBreakCode(text.charCodeAt(next))) {
      close(afterClosers, afterClosers);
      index = next;
      continue;
    }
    let firstOfNext = next;
    while (firstOfNext < length && OPENERS.has(text[firstOfNext] ?? "")) firstOfNext++;
    const startsLikeSentence =
      firstOfNext > next ||
      isUpperAt(text, firstOfNext) ||
      isDigitCode(text.charCodeAt(firstOfNext)) ||
      isUncasedLetterAt(text, firstOfNext);
    const lowerFollows = !startsLikeSentence && isLowerAt(text, firstOfNext);
    let ends = !lowerFollows;
    if (ends && runEnd - index === 1 && char === "." && afterClosers === runEnd) {
      ends = periodEndsSentence(text, index, firstOfNext);
    }
    if (ends) {
      close(afterClosers, next);
      index = next;
    } else {
      index = afterClosers;
    }
  }
  close(length, length);
  return sentences;
}

/** Paragraph spans: runs of text between line breaks, trimmed, non-empty. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || isLineBreakCode(text.charCodeAt(index))) {
      const trimmed = trimSpan(text, start, index);
      if (trimmed.end > trimmed.start) paragraphs.push(trimmed);
      start = index + 1;
    }
  }
  return paragraphs;
}
