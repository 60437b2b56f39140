/**
 * A linear, single-pass sentence splitter tuned for news copy: a line break always ends a sentence
 * (headline, dateline paragraphs), and a period only ends one when the next word can start a sentence
 * and the word before it is not an abbreviation, title or initial.
 */

import { SENTENCE_STARTERS } from "./lexicon";
import type { Span } from "./types";
import { CLASS_LINE_BREAK, CLASS_LOWER, CLASS_SPACE, CLASS_UPPER, CLASS_WORD, charClass as textCharClass } from "./text";

// Module-local aliases: the splitter runs per character, so it avoids cross-module look-ups in its loops.
const charClass = textCharClass;
const SPACE = CLASS_SPACE;
const LINE_BREAK = CLASS_LINE_BREAK;
const WORD = CLASS_WORD;
const UPPER = CLASS_UPPER;
const LOWER = CLASS_LOWER;
const STARTERS: ReadonlySet<string> = SENTENCE_STARTERS;

/** Longer runs are cut at a space: real sentences are shorter, and it bounds the cost of later per-sentence rules. */
export const MAX_SENTENCE_LENGTH = 1500;

/** Abbreviations that precede a name or number and so never end a sentence. */
const NEVER_FINAL_ABBREVIATIONS = new Set(
  `mr mrs ms mx dr gen maj sen rep gov lt col capt cpt sgt prof rev hon st mt ft adm brig cmdr cdr cpl pvt supt det insp
   rt messrs mme mmes msgr smt tmt thiru shri vs v fig figs approx dept univ ave blvd gov's pres sec cllr atty gens reps sens ald
   nos vol vols pp ch art sect para cf ca est`.split(/\s+/),
);

/** Abbreviations that usually precede a number ("No. 10", "Jan. 5") but may end a sentence otherwise. */
const BEFORE_NUMBER_ABBREVIATIONS = new Set(
  `no jan feb mar apr jun jul aug sep sept oct nov dec p op rs sh shs tk`.split(/\s+/),
);

/** Abbreviations that can legitimately close a sentence ("... of Apple Inc. The company"). */
const MAYBE_FINAL_ABBREVIATIONS = new Set(
  `inc corp ltd co jr sr etc bros llc plc al e.g i.e a.m p.m
   ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
   okla ore pa tenn tex va vt wash wis wyo`.split(/\s+/),
);


/** . ! ? … ‽ */
function isTerminatorCode(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203d;
}

/** Full-width and other-script terminators that end a sentence even without a following space: 。！？؟۔।． */
function isWideTerminatorCode(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x061f || code === 0x06d4 || code === 0x0964 || code === 0xff0e;
}

/** " ' ” ’ » › ) ] } 」 』 */
function isCloserCode(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 0x203a || code === 41 || code === 93 || code === 125 || code === 0x300d || code === 0x300f;
}

/** " ' “ ‘ « ‹ ( [ „ 「 『 */
function isOpenerCode(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201c || code === 0x2018 || code === 0xab || code === 0x2039 || code === 40 || code === 91 || code === 0x201e || code === 0x300c || code === 0x300e;
}

function isLineBreak(code: number): boolean {
  return code < 14 ? code === 10 || code === 13 : code === 0x85 || code === 0x2028 || code === 0x2029;
}

function isWordCharCode(code: number): boolean {
  return (charClass(code) & WORD) !== 0;
}

function wordBefore(text: string, periodIndex: number): string {
  let start = periodIndex;
  // Dotted acronyms ("U.S", "e.g") keep their inner periods; 12 characters is plenty for an abbreviation.
  while (start > 0 && periodIndex - start < 12) {
    const previous = start - 1;
    if (isWordCharCode(text.charCodeAt(previous)) || (text.charCodeAt(previous) === 46 && previous > 0 && isWordCharCode(text.charCodeAt(previous - 1)))) start--;
    else break;
  }
  return text.slice(start, periodIndex);
}

function wordAt(text: string, index: number): string {
  let end = index;
  while (end < text.length && end - index < 16 && isWordCharCode(text.charCodeAt(end))) end++;
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
  const nextIsDigit = nextCode >= 48 && nextCode <= 57;
  const nextWord = wordAt(text, nextIndex).toLowerCase();
  const nextIsStarter = STARTERS.has(nextWord);

  if (NEVER_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (BEFORE_NUMBER_ABBREVIATIONS.has(lower)) return !nextIsDigit && (lower !== "no" || nextIsStarter);
  // A lone capital is an initial ("J. R. R. Tolkien", "George W. Bush") unless a plain sentence opener follows.
  if (word.length === 1 && (charClass(word.charCodeAt(0)) & UPPER) !== 0) return nextIsStarter && (charClass(text.charCodeAt(nextIndex + 1)) & UPPER) === 0;
  if (MAYBE_FINAL_ABBREVIATIONS.has(lower) || lower.includes(".")) return nextIsStarter;
  return true;
}

/** Pushes [start, end) narrowed to exclude surrounding whitespace, unless nothing is left. */
function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && (charClass(text.charCodeAt(start)) & SPACE) !== 0) start++;
  while (end > start && (charClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  if (end > start) spans.push({ start, end });
}

/** Splits text into trimmed, non-empty, non-overlapping sentence spans in document order. */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  const length = text.length;
  let sentenceStart = 0;

  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    // Fast path: printable ASCII other than space and . ! ? cannot end a sentence.
    if (code > 32 && code < 127 && code !== 46 && code !== 33 && code !== 63 && index - sentenceStart <= 2 * MAX_SENTENCE_LENGTH) {
      index++;
      continue;
    }
    const flags = charClass(code);
    if ((flags & LINE_BREAK) !== 0) {
      pushTrimmed(sentences, text, sentenceStart, index);
      sentenceStart = index + 1;
      index++;
      continue;
    }
    if ((flags & SPACE) !== 0) {
      if (index - sentenceStart > MAX_SENTENCE_LENGTH) {
        pushTrimmed(sentences, text, sentenceStart, index);
        sentenceStart = index + 1;
      }
      index++;
      continue;
    }
    if (isWideTerminatorCode(code)) {
      let end = index + 1;
      while (end < length && (isWideTerminatorCode(text.charCodeAt(end)) || isCloserCode(text.charCodeAt(end)))) end++;
      pushTrimmed(sentences, text, sentenceStart, end);
      sentenceStart = end;
      index = end;
      continue;
    }
    if (!isTerminatorCode(code)) {
      if (index - sentenceStart > 2 * MAX_SENTENCE_LENGTH) {
        // No space to cut at (garbage or unsegmented script): cut hard, keeping surrogate pairs whole.
        const cut = code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
        pushTrimmed(sentences, text, sentenceStart, cut);
        sentenceStart = cut;
        index = Math.max(cut, index + 1);
        continue;
      }
      index++;
      continue;
    }

    let runEnd = index;
    while (runEnd < length && isTerminatorCode(text.charCodeAt(runEnd))) runEnd++;
    let afterClosers = runEnd;
    while (afterClosers < length && isCloserCode(text.charCodeAt(afterClosers))) afterClosers++;
    if (afterClosers >= length) {
      pushTrimmed(sentences, text, sentenceStart, afterClosers);
      sentenceStart = afterClosers;
      index = afterClosers;
      continue;
    }
    if ((charClass(text.charCodeAt(afterClosers)) & SPACE) === 0) {
      index = afterClosers > index ? afterClosers : index + 1;
      continue;
    }
    let next = afterClosers;
    while (next < length && (charClass(text.charCodeAt(next)) & (SPACE | LINE_BREAK)) === SPACE) next++;
    if (next >= length || isLineBreak(text.charCodeAt(next))) {
      pushTrimmed(sentences, text, sentenceStart, afterClosers);
      sentenceStart = afterClosers;
      index = next;
      continue;
    }
    let firstOfNext = next;
    while (firstOfNext < length && isOpenerCode(text.charCodeAt(firstOfNext))) firstOfNext++;
    const firstCode = text.charCodeAt(firstOfNext);
    const firstFlags = charClass(firstCode);
    const startsLikeSentence =
      firstOfNext > next ||
      (firstFlags & UPPER) !== 0 ||
      (firstCode >= 48 && firstCode <= 57) ||
      // A letter of a script without case (Arabic, CJK...).
      (firstCode >= 128 && (firstFlags & (WORD | UPPER | LOWER)) === WORD);
    const lowerFollows = !startsLikeSentence && (firstFlags & LOWER) !== 0;
    let ends = !lowerFollows;
    if (ends && runEnd - index === 1 && code === 46 && afterClosers === runEnd) {
      ends = periodEndsSentence(text, index, firstOfNext);
    }
    if (ends) {
      pushTrimmed(sentences, text, sentenceStart, afterClosers);
      sentenceStart = next;
      index = next;
    } else {
      index = afterClosers;
    }
  }
  pushTrimmed(sentences, text, sentenceStart, length);
  return sentences;
}

/** Paragraph spans: runs of text between line breaks, trimmed, non-empty. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const length = text.length;
  let start = 0;
  for (let index = 0; index <= length; index++) {
    if (index === length) {
      pushTrimmed(paragraphs, text, start, index);
      break;
    }
    const code = text.charCodeAt(index);
    // Fast path: no code unit between CR and NEL is a line break.
    if (code > 13 && code < 0x85) continue;
    if (isLineBreak(code)) {
      pushTrimmed(paragraphs, text, start, index);
      start = index + 1;
    }
  }
  return paragraphs;
}
