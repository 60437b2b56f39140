/**
 * Finds direct quotes (with their attribution before, after or around them) and reported speech
 * ("X said that ...", "..., X said.", "according to X"). Produces raw quotes whose speaker is still a
 * phrase; speakers.ts resolves phrases to article-wide speakers.
 */

import {
  AUDIENCE_VERBS,
  CUE_ADVERBS,
  DETERMINERS,
  MONTHS,
  PARTICIPIAL_CUES,
  PARTICLE_REQUIRED,
  PHRASAL_CUES,
  SPEECH_PARTICIPLES,
  REPORTING_VERBS,
  SPEECH_VERBS,
  TIME_NOUNS,
  WEEKDAYS,
} from "./lexicon";
import { describeMention, isSourceDocumentPhrase, phraseAfter, subjectBefore, type MentionInfo, type NounPhrase } from "./noun-phrases";
import type { QuoteSegment } from "./quote-marks";
import type { Token } from "./tokens";
import { tokenize } from "./tokens";
import type { QuoteType, Span } from "./types";
import { findSpanIndex, isSpaceCode } from "./text";

export interface RawQuote {
  type: QuoteType;
  start: number;
  end: number;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  mention: MentionInfo | null;
  /** Index into the raw quote list of a quote whose speaker this one shares (continuations). */
  sameSpeakerAs: number | null;
  /** Whether an explicit attribution was found (vs. inherited or none). */
  attributed: boolean;
  /** A partial quote inside reported speech ("said the plan was “a disaster”"): the reported clause is the quote. */
  embedded: boolean;
}

export interface AnalysisContext {
  text: string;
  sentences: Span[];
  paragraphs: Span[];
  sentenceTokens: (index: number) => Token[];
}

interface Cue {
  /** Index of the first token of the cue. */
  index: number;
  /** Index of the last token of the cue ("pointed out" spans two). */
  lastIndex: number;
  start: number;
  end: number;
  text: string;
}

/** Quotes of at most this many words are scare quotes or titles unless an attribution sits right beside them. */
const SHORT_QUOTE_WORDS = 3;
/** How far (in tokens) the speaker may sit from the quote in "..., the minister for X, Jane Doe, said". */
const ATTRIBUTION_WINDOW_TOKENS = 24;

function cueAt(text: string, tokens: readonly Token[], index: number, verbs: ReadonlySet<string>): Cue | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== "word" || !verbs.has(token.lower)) return null;
  const particle = PHRASAL_CUES.get(token.lower);
  const next = tokens[index + 1];
  if (particle !== undefined && next !== undefined && next.lower === particle) {
    return { index, lastIndex: index + 1, start: token.start, end: next.end, text: text.slice(token.start, next.end) };
  }
  if (PARTICLE_REQUIRED.has(token.lower)) return null;
  return { index, lastIndex: index, start: token.start, end: token.end, text: token.text };
}

function accordingToAt(text: string, tokens: readonly Token[], index: number): Cue | null {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined || token.lower !== "according" || next.lower !== "to") return null;
  return { index, lastIndex: index + 1, start: token.start, end: next.end, text: text.slice(token.start, next.end) };
}

function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let inWord = false;
  for (let index = start; index < end; index++) {
    const space = isSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Skips time and place adverbials after a cue ("said on Monday in a statement"), returning the next token index. */
function skipAdverbials(tokens: readonly Token[], index: number, ceiling: number): number {
  for (let round = 0; round < 5 && index < ceiling; round++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token === undefined) break;
    const lower = token.lower;
    if (token.kind === "punct" && token.text === ",") {
      index++;
      continue;
    }
    const timeWord = next !== undefined && (WEEKDAYS.has(next.lower) || TIME_NOUNS.has(next.lower) || MONTHS.has(next.lower.replace(/\.$/, "")));
    if ((lower === "on" || lower === "last" || lower === "this" || lower === "late" || lower === "early" || lower === "next" || lower === "earlier" || lower === "in") && timeWord) {
      index += 2;
      const after = tokens[index];
      if (after !== undefined && (TIME_NOUNS.has(after.lower) || after.kind === "number")) index++;
      continue;
    }
    if (CUE_ADVERBS.has(lower) || lower === "yesterday" || lower === "today" || lower === "tonight" || lower === "now" || lower === "recently" || WEEKDAYS.has(lower)) {
      index++;
      continue;
    }
    if ((lower === "in" || lower === "at" || lower === "during" || lower === "on" || lower === "via" || lower === "through" || lower === "with" || lower === "to" || lower === "from") && next !== undefined) {
      const phraseStart = index + 1;
      const phrase = phraseAfter(tokens, phraseStart, ceiling);
      if (phrase === null) break;
      const after = tokens[phrase.last + 1];
      // Only a real adverbial if something that can start content follows ("that", a comma, another preposition).
      if (after === undefined || after.lower === "that" || after.text === "," || after.lower === "on" || after.lower === "in" || after.lower === "with" || after.lower === "at" || DETERMINERS.has(after.lower) || after.capitalized || after.kind === "number" || after.text === ":") {
        index = phrase.last + 1;
        continue;
      }
      break;
    }
    break;
  }
  return index;
}

function endWithoutTerminalPunctuation(text: string, start: number, end: number): number {
  while (end > start) {
    const char = text[end - 1] ?? "";
    if (".!?;:,\u2026\u201d\u2019\"')".includes(char) || isSpaceCode(text.charCodeAt(end - 1))) {
      // Keep a closing bracket or quote that has its opener inside the content.
      if (char === ")" && text.lastIndexOf("(", end - 1) >= start) break;
      if ((char === "\u201d" || char === '"') && (text.lastIndexOf("\u201c", end - 1) >= start || text.slice(start, end - 1).includes('"'))) break;
      end--;
      continue;
    }
    break;
  }
  return end;
}

/** Clause-start token index of a sentence, skipping a dateline ("Baghdad (IraqiNews.com) –", "LONDON (Reuters) -"). */
export function clauseFloor(tokens: readonly Token[], isParagraphStart: boolean): number {
  if (!isParagraphStart) return 0;
  const limit = Math.min(tokens.length, 14);
  for (let index = 1; index < limit; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "punct" && (token.text === "\u2013" || token.text === "\u2014" || token.text === "-" || token.text === "\u2015")) {
      const before = tokens[index - 1];
      if (before !== undefined && (before.text === ")" || before.capitalized || before.kind === "number")) return index + 1;
    }
    if (token.kind === "word" && !token.capitalized && !/^(de|al|el|of)$/.test(token.lower)) break;
  }
  return 0;
}

/** Whether the token before a subject phrase lets it start a clause. */
function startsClause(tokens: readonly Token[], phraseFirst: number, floor: number): boolean {
  if (phraseFirst <= floor) return true;
  const previous = tokens[phraseFirst - 1];
  if (previous === undefined) return true;
  if (previous.kind === "punct") return ",;:(\u2014\u2013-".includes(previous.text);
  if (previous.kind === "close-quote") return true;
  return previous.lower === "and" || previous.lower === "but" || previous.lower === "while" || previous.lower === "as" || previous.lower === "however" || previous.lower === "yet";
}

function mentionFor(text: string, tokens: readonly Token[], phrase: NounPhrase | null): MentionInfo | null {
  if (phrase === null) return null;
  const sourceStart = isSourceDocumentPhrase(tokens, phrase);
  if (sourceStart >= 0) {
    const source = phraseAfter(tokens, sourceStart, tokens.length);
    if (source !== null) return describeMention(text, tokens, source);
  }
  return describeMention(text, tokens, phrase);
}

// ---------------------------------------------------------------------------------------------
// Direct quotes

interface DirectAttribution {
  cue: Cue;
  mention: MentionInfo;
  /** The cue sits right beside the quote (not just somewhere in the sentence). */
  adjacent: boolean;
  /** The quote continues a reported clause after the cue rather than standing as the speech itself. */
  embedded?: boolean;
}

/** "“…,” she said" / "“…,” said Smith" / "“…,” the minister, Jane Doe, told reporters". */
function attributionAfter(text: string, from: number, to: number): DirectAttribution | null {
  const tokens = tokenize(text, from, to);
  let first = 0;
  while (first < tokens.length && tokens[first]?.kind === "punct" && ",\u2014\u2013-".includes(tokens[first]?.text ?? "")) first++;
  const head = tokens[first];
  if (head === undefined) return null;
  const according = accordingToAt(text, tokens, first);
  if (according !== null) {
    const mention = mentionFor(text, tokens, phraseAfter(tokens, first + 2, tokens.length));
    return mention === null ? null : { cue: according, mention, adjacent: true };
  }
  const inverted = cueAt(text, tokens, first, SPEECH_VERBS);
  if (inverted !== null) {
    const phraseStart = skipAdverbials(tokens, inverted.lastIndex + 1, tokens.length);
    const mention = mentionFor(text, tokens, phraseAfter(tokens, phraseStart, tokens.length));
    if (mention !== null && mention.kind !== "pronoun") return { cue: inverted, mention, adjacent: true };
    if (mention !== null && mention.kind === "pronoun" && phraseStart === inverted.lastIndex + 1) return { cue: inverted, mention, adjacent: true };
    return null;
  }
  const limit = Math.min(tokens.length, first + ATTRIBUTION_WINDOW_TOKENS);
  for (let index = first + 1; index < limit; index++) {
    const cue = cueAt(text, tokens, index, SPEECH_VERBS);
    if (cue === null) {
      const token = tokens[index];
      if (token !== undefined && token.kind === "punct" && ".!?;:".includes(token.text) && !(token.text === "." && index > 0 && tokens[index - 1]?.end === token.start)) break;
      continue;
    }
    const phrase = subjectBefore(tokens, index, first);
    if (phrase === null || phrase.first !== first) return null;
    const mention = mentionFor(text, tokens, phrase);
    return mention === null ? null : { cue, mention, adjacent: true };
  }
  return null;
}

/** "She said: “…”" / "Smith told reporters on Monday, “…”" / "He described the plan as “reckless”". */
function attributionBefore(text: string, from: number, to: number): DirectAttribution | null {
  const tokens = tokenize(text, from, to);
  for (let index = tokens.length - 1; index >= 0 && tokens.length - index <= ATTRIBUTION_WINDOW_TOKENS; index--) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "open-quote" || token.kind === "close-quote") break;
    const cue = cueAt(text, tokens, index, SPEECH_VERBS) ?? accordingToAt(text, tokens, index);
    if (cue === null) continue;
    if (cue.text.toLowerCase().startsWith("according")) {
      const mention = mentionFor(text, tokens, phraseAfter(tokens, cue.lastIndex + 1, tokens.length));
      if (mention === null) continue;
      return { cue, mention, adjacent: true };
    }
    let rest = cue.lastIndex + 1;
    if (AUDIENCE_VERBS.has(token.lower)) {
      const audience = phraseAfter(tokens, rest, tokens.length);
      if (audience !== null) rest = audience.last + 1;
    }
    rest = skipAdverbials(tokens, rest, tokens.length);
    const restToken = tokens[rest];
    const adjacent = rest >= tokens.length - 4 || (restToken !== undefined && (restToken.text === ":" || restToken.text === "," || restToken.lower === "that") && rest >= tokens.length - 1);
    // Partial quotes inside reported speech ("said the plan was “a disaster”") keep the speaker too.
    if (!adjacent && tokens.length - rest > 14) continue;
    const phrase = subjectBefore(tokens, index, 0);
    if (phrase === null || !startsClause(tokens, phrase.first, 0)) {
      // Inverted order before a quote: "Said Smith: “…”" is rare; give up on this cue.
      continue;
    }
    const mention = mentionFor(text, tokens, phrase);
    if (mention === null) continue;
    const gap = tokens.length - rest;
    return { cue, mention, adjacent, embedded: gap > 0 && REPORTING_VERBS.has(token.lower) && !(restToken !== undefined && (restToken.text === ":" || restToken.text === ",") && gap === 1) };
  }
  return null;
}

function looksLikeTitle(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 2 || words.length > 8) return false;
  if (/[.!?,;]$/.test(text.slice(start, end))) return false;
  const small = /^(a|an|the|of|and|in|on|for|to|at|by|with|or|from)$/;
  return words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && small.test(word)));
}

export function findDirectQuotes(context: AnalysisContext, segments: readonly QuoteSegment[]): RawQuote[] {
  const { text, sentences, paragraphs } = context;
  const quotes: RawQuote[] = [];

  // A quote running over several paragraphs (reopened at each, closed only at the last) is one quote.
  const groups: QuoteSegment[][] = [];
  const groupOfSegment = new Map<number, QuoteSegment[]>();
  segments.forEach((segment, index) => {
    const previous = segment.continuesFrom === null ? undefined : groupOfSegment.get(segment.continuesFrom);
    if (previous !== undefined) previous.push(segment);
    else groups.push([segment]);
    groupOfSegment.set(index, previous ?? (groups[groups.length - 1] as QuoteSegment[]));
  });

  const attributionAfterSegment = (segment: QuoteSegment, nextOpenMark: number): DirectAttribution | null => {
    if (segment.closeMark < 0) return null;
    const paragraph = paragraphs[findSpanIndex(paragraphs, segment.closeMark)];
    if (paragraph === undefined) return null;
    let after = segment.closeMark + 1;
    while (after < paragraph.end && isSpaceCode(text.charCodeAt(after))) after++;
    const sentence = sentences[findSpanIndex(sentences, after)];
    // "“We won.” The team ..." starts a new sentence: nothing after the quote attributes it.
    if (sentence === undefined || sentence.start >= after) return null;
    let limit = Math.min(sentence.end, paragraph.end, after + 400);
    if (nextOpenMark >= 0 && nextOpenMark < limit) limit = nextOpenMark;
    return attributionAfter(text, segment.closeMark + 1, limit);
  };

  let previousParagraph = -1;
  let lastAttributedInParagraph: number | null = null;
  let previousSegmentEnd = -1;
  let nextGroupIndex = 1;
  for (const group of groups) {
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) continue;
    const following = groups[nextGroupIndex++]?.[0];
    const paragraphIndex = findSpanIndex(paragraphs, first.openMark);
    const paragraph = paragraphs[paragraphIndex];
    if (paragraph === undefined) continue;
    if (paragraphIndex !== previousParagraph) {
      lastAttributedInParagraph = null;
      previousSegmentEnd = -1;
    }
    const sameParagraphPrevious = previousParagraph === paragraphIndex;

    let attribution = attributionAfterSegment(last, following?.openMark ?? -1);
    if (attribution === null) {
      const sentence = sentences[findSpanIndex(sentences, first.openMark)];
      let floor = Math.max(paragraph.start, sentence !== undefined && sentence.start <= first.openMark ? sentence.start : paragraph.start);
      if (sameParagraphPrevious && previousSegmentEnd > floor) floor = previousSegmentEnd;
      floor = Math.max(floor, first.openMark - 400);
      if (first.openMark > floor) attribution = attributionBefore(text, floor, first.openMark);
    }
    previousParagraph = findSpanIndex(paragraphs, last.openMark);
    previousSegmentEnd = last.closeMark >= 0 ? last.closeMark + 1 : last.innerEnd;
    if (previousParagraph !== paragraphIndex) lastAttributedInParagraph = null;

    const words = wordCount(text, first.innerStart, last.innerEnd);
    const attributedBeside = attribution !== null && attribution.adjacent;
    if (group.length === 1) {
      if (words <= SHORT_QUOTE_WORDS && !attributedBeside) continue;
      if (attribution === null && looksLikeTitle(text, first.innerStart, first.innerEnd)) continue;
    }

    const sameSpeakerAs = attribution === null ? lastAttributedInParagraph : null;
    const quoteIndex = quotes.length;
    quotes.push({
      type: "direct",
      start: first.innerStart,
      end: last.innerEnd,
      cue: attribution?.cue.text ?? null,
      cueStart: attribution?.cue.start ?? null,
      cueEnd: attribution?.cue.end ?? null,
      mention: attribution?.mention ?? null,
      sameSpeakerAs,
      attributed: attribution !== null,
      embedded: attribution?.embedded === true,
    });
    if (attribution !== null || sameSpeakerAs !== null) lastAttributedInParagraph = quoteIndex;
  }
  return quotes;
}

// ---------------------------------------------------------------------------------------------
// Reported speech

export interface Coverage {
  /** Whether [start, end) is mostly inside direct quotes. */
  mostlyQuoted(start: number, end: number): boolean;
  /** Whether a cue at this position was already used to attribute a direct quote, or sits inside one. */
  usedCue(start: number): boolean;
}

/**
 * Where reported content ends early: at ", adding that ..." / ", describing ..." (a participle that starts
 * a new clause) or at "(, ) and warned that ..." (a second reporting verb for the same speaker).
 * `next` is the token index of the cue that continues the speech, or -1.
 */
function cutReportedContent(tokens: readonly Token[], contentFirst: number, contentEnd: number): { end: number; next: number } {
  for (let index = contentFirst + 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined || token.start >= contentEnd) break;
    const previous = tokens[index - 1];
    if (previous === undefined || token.kind !== "word") continue;
    if (PARTICIPIAL_CUES.has(token.lower) && previous.text === ",") {
      return { end: previous.start, next: SPEECH_PARTICIPLES.has(token.lower) ? index : -1 };
    }
    if (previous.lower === "and" && REPORTING_VERBS.has(token.lower) && /(ed|said|told|wrote)$/.test(token.lower)) {
      const beforeAnd = tokens[index - 2];
      const cutAt = beforeAnd !== undefined && beforeAnd.text === "," ? beforeAnd.start : previous.start;
      return { end: cutAt, next: index };
    }
  }
  return { end: contentEnd, next: -1 };
}

export function findReportedSpeech(context: AnalysisContext, coverage: Coverage): RawQuote[] {
  const { text, sentences, paragraphs } = context;
  const quotes: RawQuote[] = [];
  let paragraphCursor = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    while (paragraphCursor < paragraphs.length && (paragraphs[paragraphCursor]?.end ?? 0) <= sentence.start) paragraphCursor++;
    const paragraph = paragraphs[paragraphCursor];
    const isParagraphStart = paragraph !== undefined && paragraph.start === sentence.start;
    const tokens = context.sentenceTokens(sentenceIndex);
    if (tokens.length < 4) return;
    const floor = clauseFloor(tokens, isParagraphStart);
    const sentenceEnd = endWithoutTerminalPunctuation(text, sentence.start, sentence.end);

    const emit = (type: QuoteType, cue: Cue, mention: MentionInfo | null, contentFirst: number, contentEnd: number): void => {
      const firstToken = tokens[contentFirst];
      if (firstToken === undefined) return;
      const cut = type === "according_to" ? { end: contentEnd, next: -1 } : cutReportedContent(tokens, contentFirst, contentEnd);
      const end = endWithoutTerminalPunctuation(text, firstToken.start, cut.end);
      if (firstToken.kind === "open-quote") return;
      if (wordCount(text, firstToken.start, end) < 3 || coverage.mostlyQuoted(firstToken.start, end)) return;
      if (coverage.usedCue(cue.start)) return;
      const index = quotes.length;
      quotes.push({ type, start: firstToken.start, end, cue: cue.text, cueStart: cue.start, cueEnd: cue.end, mention, sameSpeakerAs: null, attributed: mention !== null, embedded: false });
      const participle = tokens[cut.next];
      if (participle !== undefined && cut.next >= 0) {
        let next = cut.next + 1;
        if (tokens[next]?.lower === "that") next++;
        const nextToken = tokens[next];
        if (nextToken !== undefined && nextToken.kind !== "open-quote") {
          const participleEnd = endWithoutTerminalPunctuation(text, nextToken.start, contentEnd);
          if (wordCount(text, nextToken.start, participleEnd) >= 3 && !coverage.mostlyQuoted(nextToken.start, participleEnd)) {
            quotes.push({ type, start: nextToken.start, end: participleEnd, cue: participle.text, cueStart: participle.start, cueEnd: participle.end, mention: null, sameSpeakerAs: index, attributed: false, embedded: false });
          }
        }
      }
    };

    // "According to X, ..." / "..., according to X."
    for (let index = floor; index < tokens.length - 2; index++) {
      const cue = accordingToAt(text, tokens, index);
      if (cue === null) continue;
      const phrase = phraseAfter(tokens, index + 2, tokens.length);
      const mention = mentionFor(text, tokens, phrase);
      if (phrase === null || mention === null) return;
      if (index === floor) {
        const comma = tokens[phrase.last + 1];
        if (comma !== undefined && comma.text === ",") emit("according_to", cue, mention, phrase.last + 2, sentenceEnd);
        return;
      }
      const previous = tokens[index - 1];
      const contentLast = previous !== undefined && previous.text === "," ? index - 2 : index - 1;
      const lastContentToken = tokens[contentLast];
      if (lastContentToken !== undefined) emit("according_to", cue, mention, floor, lastContentToken.end);
      return;
    }

    // "X said (on Monday) (that) ..." with the speaker opening a clause.
    for (let index = floor + 1; index < tokens.length - 1; index++) {
      const cue = cueAt(text, tokens, index, REPORTING_VERBS);
      if (cue === null || coverage.usedCue(cue.start)) continue;
      const phrase = subjectBefore(tokens, index, floor);
      if (phrase === null || !startsClause(tokens, phrase.first, floor)) continue;
      const mention = mentionFor(text, tokens, phrase);
      if (mention === null) continue;
      let contentFirst = cue.lastIndex + 1;
      if (AUDIENCE_VERBS.has(tokens[index]?.lower ?? "")) {
        const audience = phraseAfter(tokens, contentFirst, tokens.length);
        if (audience === null) continue;
        contentFirst = audience.last + 1;
      }
      contentFirst = skipAdverbials(tokens, contentFirst, tokens.length);
      if (tokens[contentFirst]?.lower === "that") contentFirst++;
      const first = tokens[contentFirst];
      if (first === undefined || first.kind === "punct" || first.kind === "open-quote") {
        if (first !== undefined && (first.kind === "open-quote" || first.text === ":")) return;
        continue;
      }
      emit("indirect", cue, mention, contentFirst, sentenceEnd);
      return;
    }

    // "..., X said (on Monday)." / "..., said X."
    let commasTried = 0;
    for (let comma = tokens.length - 2; comma > floor + 2 && commasTried < 3; comma--) {
      const token = tokens[comma];
      if (token === undefined || token.text !== ",") continue;
      commasTried++;
      const tailFirst = comma + 1;
      const tail = tokens[tailFirst];
      if (tail === undefined) continue;
      let cue = cueAt(text, tokens, tailFirst, REPORTING_VERBS);
      let mention: MentionInfo | null = null;
      let afterTail = -1;
      if (cue !== null) {
        const phrase = phraseAfter(tokens, skipAdverbials(tokens, cue.lastIndex + 1, tokens.length), tokens.length);
        mention = mentionFor(text, tokens, phrase);
        afterTail = phrase === null ? -1 : phrase.last + 1;
      } else {
        for (let index = tailFirst + 1; index < tokens.length && index - tailFirst < ATTRIBUTION_WINDOW_TOKENS; index++) {
          cue = cueAt(text, tokens, index, REPORTING_VERBS);
          if (cue === null) continue;
          const phrase = subjectBefore(tokens, index, tailFirst);
          if (phrase === null || phrase.first !== tailFirst) {
            cue = null;
            break;
          }
          mention = mentionFor(text, tokens, phrase);
          let rest = cue.lastIndex + 1;
          if (AUDIENCE_VERBS.has(tokens[index]?.lower ?? "")) {
            const audience = phraseAfter(tokens, rest, tokens.length);
            if (audience !== null) rest = audience.last + 1;
          }
          afterTail = skipAdverbials(tokens, rest, tokens.length);
          break;
        }
      }
      if (cue === null || mention === null || coverage.usedCue(cue.start)) continue;
      // Nothing but closing punctuation may follow the attribution.
      let trailing = afterTail;
      while (trailing < tokens.length && tokens[trailing]?.kind !== "word" && tokens[trailing]?.kind !== "number") trailing++;
      if (afterTail < 0 || trailing < tokens.length) continue;
      const contentLast = tokens[comma - 1];
      if (contentLast === undefined) continue;
      emit("indirect", cue, mention, floor, contentLast.end);
      return;
    }
  });
  return quotes;
}
