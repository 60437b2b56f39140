/**
 * Scores each sentence for check-worthiness: concrete numbers, dates, named entities, past-tense events,
 * comparisons and causes raise the score; questions, predictions, opinions and bare attributions lower it.
 */

import { MONTHS, SENTENCE_STARTERS, WEEKDAYS } from "./lexicon";
import { isRegexSpaceCode } from "./text";
import type { Token } from "./tokens";
import type { ClaimKind } from "./types";
import { vocabularyIndex, vocabularyWords, wordSet } from "./words";

function set(words: string): ReadonlySet<string> {
  return wordSet(words);
}

const NUMBER_WORDS = set(`
  two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy
  eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
  scores half third quarter double doubled tripled percent per cent
`);
const STATISTIC_WORDS = set(`percent per cent percentage rate average median poll survey gdp inflation unemployment ratio share index`);
const EVENT_VERBS = set(`
  killed kill kills wounded injured died dies arrested detained charged convicted sentenced jailed
  fired launched struck strikes attacked bombed shelled invaded captured seized raided
  won wins lost loses beat defeated elected appointed resigned resigns sacked dismissed
  signed approved passed rejected vetoed ruled banned announced launched opened closed shut
  rose rises fell falls increased decreased declined dropped grew surged soared plunged jumped climbed slumped
  reached hit topped exceeded doubled tripled halved cut raised reduced
  began begun started ended finished completed held met visited hosted
  carried conducted destroyed damaged collapsed erupted exploded crashed flooded burned
  filed sued acquired bought sold merged invested paid spent earned reported recorded
  discovered found published released issued imposed lifted withdrew deployed stationed evacuated
  approved agreed negotiated voted adopted introduced enacted confirmed denied admitted
  occurred happened took place broke set established founded built
`);
const COMPARISON_PATTERNS = /\b(more than|less than|fewer than|greater than|higher than|lower than|as many as|as much as|at least|at most|up to|compared (?:with|to)|the (?:highest|lowest|largest|biggest|smallest|most|least|first|worst|best|fastest|slowest)|record|since \d{4}|than)\b/i;
const CAUSAL_PATTERNS = /\b(because|due to|as a result|in retaliation for|in response to|led to|leading to|caused|causing|resulted in|result of|owing to|thanks to|blamed (?:on|for)|triggered|sparked|prompted|following)\b/i;
const FUTURE_PATTERNS = /\b(will|would|may|might|could|should|shall|plans? to|planning to|intends? to|expects? to|expected to|aims? to|going to|hopes? to|wants? to|likely to|set to|is to|are to|proposed|proposal)\b/i;
const OPINION_PATTERNS = /\b(i think|i believe|we believe|we think|i feel|in my (?:view|opinion)|important|should|must|need to|needs to|ought|hope|wish|unfortunately|fortunately|clearly|obviously|great|terrible|wonderful|shameful|disgrace|best interests?|we continue|i['\u2019]m|i am|we are|we['\u2019]re|right now)\b/i;
const DATE_PATTERN = /\b(1[89]\d\d|20\d\d|yesterday|last (?:week|month|year|night|\w+day)|this (?:week|month|year)|earlier this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** "is assembling", "were fleeing": an action in progress is an event too. */
const PROGRESSIVE_PATTERN = /\b(?:is|are|was|were|has been|have been)\s+(?!going\b)\w{3,}ing\b/i;

/*
 * The phrase patterns above are tested without scanning the sentence once per pattern. Every alternative of
 * each pattern starts, right after its \b, with a whole ASCII word (a maximal run of [A-Za-z0-9_]): "than",
 * "plans" in "plans? to", "i" in "i['’]m", a year in "1[89]\d\d". So a pattern can only match at the start of a
 * run that is one of its first words (case-insensitively, ASCII only, as /i without /u does). Such a run lies
 * inside one word or number token, and is the whole token unless the token has other characters ("I’m",
 * "record-breaking"). The token pass below collects those runs; the sticky copy of a pattern is then tried at
 * those positions only. This is exactly pattern.test(sentence), at a fraction of the cost.
 */
const COMPARISON = 1;
const CAUSAL = 2;
const FUTURE = 4;
const OPINION = 8;
const DATE = 16;
const PROGRESSIVE = 32;
const PATTERN_BITS = 63;

/** Each pattern with its bit in the result of matchingPatterns (exported for the equivalence test). */
export const SCORED_PATTERNS: readonly (readonly [number, RegExp])[] = [
  [COMPARISON, COMPARISON_PATTERNS],
  [CAUSAL, CAUSAL_PATTERNS],
  [FUTURE, FUTURE_PATTERNS],
  [OPINION, OPINION_PATTERNS],
  [DATE, DATE_PATTERN],
  [PROGRESSIVE, PROGRESSIVE_PATTERN],
];

/** Sticky copies, by bit position (bit 1 << i at index i). */
const STICKY: readonly RegExp[] = SCORED_PATTERNS.map(([, pattern]) => new RegExp(pattern.source, "iy"));

const FIRST_WORDS: readonly (readonly [number, string])[] = [
  [COMPARISON, "more less fewer greater higher lower as at up compared the record since than"],
  [CAUSAL, "because due as in led leading caused causing resulted result owing thanks blamed triggered sparked prompted following"],
  [FUTURE, "will would may might could should shall plan plans planning intend intends expect expects expected aim aims going hope hopes want wants likely set is are proposed proposal"],
  [OPINION, "i we in important should must need needs ought hope wish unfortunately fortunately clearly obviously great terrible wonderful shameful disgrace best right"],
  [DATE, "yesterday last this earlier monday tuesday wednesday thursday friday saturday sunday"],
  [PROGRESSIVE, "is are was were has have"],
];

// Word features, looked up once per word: the pattern bits above (first words) and these.
const NUMBER_WORD = 1 << 8;
const STATISTIC_WORD = 1 << 9;
const EVENT_VERB = 1 << 10;
const WEEKDAY = 1 << 11;
const MONTH = 1 << 12;

const WORD_FEATURES = new Map<string, number>();
function addFeature(words: Iterable<string>, bit: number): void {
  for (const word of words) WORD_FEATURES.set(word, (WORD_FEATURES.get(word) ?? 0) | bit);
}
for (const [bit, words] of FIRST_WORDS) addFeature(vocabularyWords(words.split(" ")), bit);
addFeature(NUMBER_WORDS, NUMBER_WORD);
addFeature(STATISTIC_WORDS, STATISTIC_WORD);
addFeature(EVENT_VERBS, EVENT_VERB);
addFeature(WEEKDAYS, WEEKDAY);
addFeature(MONTHS, MONTH);

/** WORD_FEATURES by vocabulary index (every key is a vocabulary word), read through a token's wordIndex. */
const FEATURES_BY_WORD_INDEX = new Int32Array(Math.max(0, ...[...WORD_FEATURES.keys()].map(vocabularyIndex)) + 1);
for (const [word, features] of WORD_FEATURES) FEATURES_BY_WORD_INDEX[vocabularyIndex(word)] = features;

/** A module-local alias of the lexicon set used per sentence. */
const STARTERS: ReadonlySet<string> = SENTENCE_STARTERS;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** /^(1[89]|20)\d\d$/ on [start, start + 4) */
function isYearAt(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return ((first === 49 && (second === 56 || second === 57)) || (first === 50 && second === 48)) && isDigit(text.charCodeAt(start + 2)) && isDigit(text.charCodeAt(start + 3));
}

/** Which patterns can start at a run of ASCII word characters, given its lower-case text. */
function runPatterns(run: string): number {
  if (run.length === 4 && isYearAt(run, 0)) return DATE;
  return (WORD_FEATURES.get(run) ?? 0) & PATTERN_BITS;
}

/** Reused between calls: sentence positions and pattern bits of the candidate runs of one sentence. */
let candidateStarts = new Int32Array(64);
let candidateBits = new Int32Array(64);
let candidateCount = 0;

function addCandidate(position: number, bits: number): void {
  if (candidateCount === candidateStarts.length) {
    const starts = new Int32Array(candidateCount * 2);
    starts.set(candidateStarts);
    candidateStarts = starts;
    const masks = new Int32Array(candidateCount * 2);
    masks.set(candidateBits);
    candidateBits = masks;
  }
  candidateStarts[candidateCount] = position;
  candidateBits[candidateCount] = bits;
  candidateCount++;
}

/**
 * Adds the runs of ASCII word characters inside a token that has other characters too, returning their bits.
 * `offset` is the token's position in the sentence.
 */
function addRunsInside(tokenText: string, offset: number): number {
  let union = 0;
  let index = 0;
  while (index < tokenText.length) {
    const code = tokenText.charCodeAt(index);
    if (!isAlphanumericCode(code) && code !== 95) {
      index++;
      continue;
    }
    const start = index;
    while (index < tokenText.length) {
      const next = tokenText.charCodeAt(index);
      if (!isAlphanumericCode(next) && next !== 95) break;
      index++;
    }
    const bits = index - start <= 13 ? runPatterns(tokenText.slice(start, index).toLowerCase()) : 0;
    if (bits !== 0) {
      addCandidate(offset + start, bits);
      union |= bits;
    }
  }
  return union;
}

/** Tries the sticky patterns at the collected candidates; returns the bits of the patterns that match. */
function testCandidates(sentence: string, union: number): number {
  let found = 0;
  for (let candidate = 0; candidate < candidateCount && found !== union; candidate++) {
    const bits = (candidateBits[candidate] ?? 0) & ~found;
    if (bits === 0) continue;
    const position = candidateStarts[candidate] ?? 0;
    for (let bit = 0; bit < STICKY.length; bit++) {
      if ((bits & (1 << bit)) === 0) continue;
      const sticky = STICKY[bit] as RegExp;
      sticky.lastIndex = position;
      if (sticky.test(sentence)) found |= 1 << bit;
    }
  }
  return found;
}

/**
 * A bit set of the patterns (COMPARISON, CAUSAL...) that match somewhere in the sentence: the same as testing
 * each of SCORED_PATTERNS on it. Exported for the equivalence test.
 */
export function matchingPatterns(sentence: string): number {
  candidateCount = 0;
  let union = 0;
  let index = 0;
  const length = sentence.length;
  while (index < length) {
    const code = sentence.charCodeAt(index);
    if (!isAlphanumericCode(code) && code !== 95) {
      index++;
      continue;
    }
    const start = index;
    while (index < length) {
      const next = sentence.charCodeAt(index);
      if (!isAlphanumericCode(next) && next !== 95) break;
      index++;
    }
    const bits = index - start <= 13 ? runPatterns(sentence.slice(start, index).toLowerCase()) : 0;
    if (bits !== 0) {
      addCandidate(start, bits);
      union |= bits;
    }
  }
  return union === 0 ? 0 : testCandidates(sentence, union);
}

/** /\?\s*["'”’]?\s*$/: the sentence ends with a question mark, maybe followed by a closing quote. */
function endsWithQuestion(sentence: string): boolean {
  let index = sentence.length - 1;
  while (index >= 0 && isRegexSpaceCode(sentence.charCodeAt(index))) index--;
  const code = sentence.charCodeAt(index);
  if (code === 34 || code === 39 || code === 0x201d || code === 0x2019) {
    index--;
    while (index >= 0 && isRegexSpaceCode(sentence.charCodeAt(index))) index--;
  }
  return sentence.charCodeAt(index) === 63;
}

export interface ClaimScore {
  score: number;
  kind: ClaimKind;
}

/**
 * @param sentence the sentence text, `text.slice(sentenceStart, end)`.
 * @param tokens the tokens of the sentence, with offsets into the whole text (tokenize(text, sentenceStart, end)).
 * @param isHeadline the article's first line, when it has no closing punctuation.
 * @param insideDirectQuote the sentence is (mostly) a direct quotation: first-person talk is rarely checkable.
 */
export function scoreSentence(sentence: string, sentenceStart: number, tokens: readonly Token[], isHeadline: boolean, insideDirectQuote: boolean): ClaimScore {
  let words = 0;
  let numbers = 0;
  let entities = 0;
  let events = 0;
  let statistic = false;
  let dates = 0;
  candidateCount = 0;
  let candidates = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const kind = token.kind;
    if (kind === "punct") {
      if (token.text === "%") statistic = true;
      continue;
    }
    if (kind !== "word" && kind !== "number") continue;
    const tokenText = token.text;
    // Whether the token is all ASCII letters and digits (read from the sentence: one string for all tokens).
    const offset = token.start - sentenceStart;
    const tokenEnd = token.end - sentenceStart;
    let pure = true;
    for (let char = offset; char < tokenEnd; char++) {
      if (!isAlphanumericCode(sentence.charCodeAt(char))) {
        pure = false;
        break;
      }
    }
    if (kind === "number") {
      numbers++;
      const year = tokenText.length === 4 && isYearAt(tokenText, 0);
      if (year) dates++;
      if (!pure) candidates |= addRunsInside(tokenText, offset);
      else if (year) {
        addCandidate(offset, DATE);
        candidates |= DATE;
      }
      continue;
    }
    words++;
    const lower = token.lower;
    const features = token.wordIndex < 0 ? 0 : (FEATURES_BY_WORD_INDEX[token.wordIndex] ?? 0);
    if (!pure) candidates |= addRunsInside(tokenText, offset);
    else if ((features & PATTERN_BITS) !== 0) {
      // A pure ASCII word's lower case is its run, folded.
      addCandidate(offset, features & PATTERN_BITS);
      candidates |= features & PATTERN_BITS;
    }
    if (features > PATTERN_BITS) {
      if ((features & NUMBER_WORD) !== 0) numbers++;
      if ((features & STATISTIC_WORD) !== 0) statistic = true;
      if ((features & EVENT_VERB) !== 0) events++;
      if ((features & WEEKDAY) !== 0 || ((features & MONTH) !== 0 && token.capitalized && lower !== "may")) dates++;
    }
    if (token.capitalized && ((index > 0 && tokens[index - 1]?.kind !== "punct") || (index === 0 && !STARTERS.has(lower)))) entities++;
  }
  if (words < 4) return { score: 0, kind: "other" };

  const patterns = candidates === 0 ? 0 : testCandidates(sentence, candidates);
  const comparison = (patterns & COMPARISON) !== 0;
  const causal = (patterns & CAUSAL) !== 0;
  const future = (patterns & FUTURE) !== 0;
  const opinion = (patterns & OPINION) !== 0;
  if ((patterns & DATE) !== 0) dates++;
  const ongoingEvent = (patterns & PROGRESSIVE) !== 0;
  const question = endsWithQuestion(sentence);

  let score = 0.2;
  if (numbers > 0) score += 0.3;
  if (statistic) score += 0.1;
  if (dates > 0) score += 0.12;
  if (events > 0) score += 0.25 + Math.min(0.1, (events - 1) * 0.05);
  if (ongoingEvent && events === 0) score += 0.12;
  if (comparison) score += 0.1;
  if (causal) score += 0.12;
  score += Math.min(0.15, entities * 0.04);
  if (future) score -= events > 0 || numbers > 0 ? 0.08 : 0.25;
  if (opinion) score -= 0.25;
  if (question) score -= 0.4;
  if (isHeadline) score -= 0.3;
  if (insideDirectQuote) score -= 0.15;
  score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));

  let kind: ClaimKind = "other";
  if (statistic && numbers > 0) kind = "statistic";
  else if (numbers > 0) kind = "numeric";
  else if (events > 0) kind = "event";
  else if (comparison) kind = "comparison";
  else if (causal) kind = "causal";
  return { score, kind };
}
