/** Orchestrates the analysis: sentences → quote marks → quotes and reported speech → speakers → claims. */

import { scoreSentence } from "./claims";
import { findFullName, findNameOccurrences, type NameOccurrence } from "./names";
import { findQuoteSegments } from "./quote-marks";
import { clauseFloor, findDirectQuotes, findReportedSpeech, type AnalysisContext, type RawQuote } from "./quotes";
import { splitParagraphs, splitSentences } from "./sentences";
import { resolveSpeakers, type NameSource } from "./speakers";
import { contextAfter, contextBefore, findSpanIndex } from "./text";
import { tokenize, withoutPartyTags, type Token } from "./tokens";
import type { AnalysisResult, Claim, Quote, Span } from "./types";

/** Sentences scoring below this are not reported as claims at all; the UI shows those ≥ 0.5 as check-worthy. */
export const MIN_CLAIM_SCORE = 0.3;

/** Sorted, non-overlapping spans with a fast "how much of [start, end) do they cover" query. */
class SpanCoverage {
  private readonly spans: Span[];
  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const span of sorted) {
      const last = merged[merged.length - 1];
      if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ start: span.start, end: span.end });
    }
    this.spans = merged;
  }

  covered(start: number, end: number): number {
    let total = 0;
    for (let index = Math.max(0, findSpanIndex(this.spans, start)); index < this.spans.length; index++) {
      const span = this.spans[index];
      if (span === undefined || span.start >= end) break;
      total += Math.max(0, Math.min(end, span.end) - Math.max(start, span.start));
    }
    return total;
  }
}

function analyzeText(text: string): AnalysisResult {
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const tokenCache: (Token[] | undefined)[] = new Array<Token[] | undefined>(sentences.length);
  const sentenceTokens = (index: number): Token[] => {
    let tokens = tokenCache[index];
    if (tokens === undefined) {
      const sentence = sentences[index];
      tokens = sentence === undefined ? [] : tokenize(text, sentence.start, sentence.end);
      tokenCache[index] = tokens;
    }
    return tokens;
  };
  // Attribution reads past party-and-state tags ("Sen. Jane Doe (D-Minn.) said"); claims score the sentence as written.
  const attributionTokenCache: (Token[] | undefined)[] = new Array<Token[] | undefined>(sentences.length);
  const attributionTokens = (index: number): Token[] => {
    let tokens = attributionTokenCache[index];
    if (tokens === undefined) {
      tokens = withoutPartyTags(sentenceTokens(index));
      attributionTokenCache[index] = tokens;
    }
    return tokens;
  };
  const context: AnalysisContext = { text, sentences, paragraphs, sentenceTokens: attributionTokens };

  const allDirect = findDirectQuotes(context, findQuoteSegments(text));
  const directCoverage = new SpanCoverage(allDirect);
  // Cues of partial quotes inside reported speech stay free: the reported clause around them is the quote.
  const usedCues = new Set(allDirect.filter((quote) => !quote.embedded).map((quote) => quote.cueStart).filter((start): start is number => start !== null));
  const reported = findReportedSpeech(context, {
    mostlyQuoted: (start, end) => directCoverage.covered(start, end) * 10 > (end - start) * 9,
    usedCue: (start) => usedCues.has(start) || directCoverage.covered(start, start + 1) > 0,
  });
  // A phrase in quote marks inside reported speech ("said the ships had become “a national embarrassment”") is
  // also a direct quote of its own: the words inside the marks are the speaker's, verbatim, and checkable as such.
  const direct = allDirect;

  // The quotes found above are this analysis's own objects: their indices are renumbered in place (copying each
  // quote object cost more than the renumbering).
  const directCount = direct.length;
  const combined: RawQuote[] = direct;
  for (const quote of reported) {
    if (quote.sameSpeakerAs !== null) quote.sameSpeakerAs += directCount;
    combined.push(quote);
  }
  const order = combined.map((_, index) => index).sort((a, b) => (combined[a]?.start ?? 0) - (combined[b]?.start ?? 0) || a - b);
  const newIndex = new Map(order.map((oldIndex, position) => [oldIndex, position]));
  const rawQuotes: RawQuote[] = order.map((oldIndex) => combined[oldIndex] as RawQuote);
  for (const quote of rawQuotes) if (quote.sameSpeakerAs !== null) quote.sameSpeakerAs = newIndex.get(quote.sameSpeakerAs) ?? null;

  const occurrenceCache = new Map<number, NameOccurrence[]>();
  const fullNameCache = new Map<string, string | undefined>();
  const names: NameSource = {
    fullNameFor: (surname, near) => {
      const key = surname.toLowerCase();
      if (fullNameCache.has(key)) return fullNameCache.get(key);
      const found = findFullName(text, surname, near);
      fullNameCache.set(key, found);
      return found;
    },
    occurrencesBetween: (from, to) => {
      const found: NameOccurrence[] = [];
      for (let index = Math.max(0, findSpanIndex(sentences, from)); index < sentences.length; index++) {
        const sentence = sentences[index];
        if (sentence === undefined || sentence.start >= to) break;
        let cached = occurrenceCache.get(index);
        if (cached === undefined) {
          const tokens = attributionTokens(index);
          const paragraph = paragraphs[findSpanIndex(paragraphs, sentence.start)];
          cached = findNameOccurrences(tokens, clauseFloor(tokens, paragraph?.start === sentence.start));
          occurrenceCache.set(index, cached);
        }
        for (const occurrence of cached) found.push(occurrence);
      }
      return found;
    },
  };
  const { speakers, speakerIdByQuote } = resolveSpeakers(text, rawQuotes, names);

  const quotes: Quote[] = rawQuotes.map((raw, index) => ({
    id: `q${index + 1}`,
    type: raw.type,
    start: raw.start,
    end: raw.end,
    text: text.slice(raw.start, raw.end),
    prefix: contextBefore(text, raw.start),
    suffix: contextAfter(text, raw.end),
    speakerId: speakerIdByQuote[index] ?? null,
    cue: raw.cue,
    cueStart: raw.cueStart,
    cueEnd: raw.cueEnd,
    speakerMention: raw.mention === null ? null : { start: raw.mention.start, end: raw.mention.end, text: raw.mention.text },
  }));

  // Each claim belongs to the quote that covers most of its sentence; quotes are walked once, sentence by sentence.
  const ownerBySentence: (Quote | undefined)[] = new Array<Quote | undefined>(sentences.length);
  const ownerOverlap = new Float64Array(sentences.length);
  for (const quote of quotes) {
    for (let index = Math.max(0, findSpanIndex(sentences, quote.start)); index < sentences.length; index++) {
      const sentence = sentences[index];
      if (sentence === undefined || sentence.start >= quote.end) break;
      const overlap = Math.min(quote.end, sentence.end) - Math.max(quote.start, sentence.start);
      if (overlap > (ownerOverlap[index] ?? 0)) {
        ownerOverlap[index] = overlap;
        ownerBySentence[index] = quote;
      }
    }
  }

  const claims: Claim[] = [];
  const firstParagraph = paragraphs[0];
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Span;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const isHeadline = index === 0 && firstParagraph !== undefined && firstParagraph.end === sentence.end && !/[.!?]["'\u201d\u2019]?$/.test(sentenceText);
    const length = sentence.end - sentence.start;
    const insideDirectQuote = directCoverage.covered(sentence.start, sentence.end) * 2 > length;
    const { score, kind } = scoreSentence(sentenceText, sentence.start, sentenceTokens(index), isHeadline, insideDirectQuote);
    if (score < MIN_CLAIM_SCORE) continue;
    const owner = ownerBySentence[index] ?? null;
    claims.push({
      id: `c${claims.length + 1}`,
      start: sentence.start,
      end: sentence.end,
      text: sentenceText,
      prefix: contextBefore(text, sentence.start),
      suffix: contextAfter(text, sentence.end),
      kind,
      score,
      quoteId: owner?.id ?? null,
      speakerId: owner?.speakerId ?? null,
    });
  }

  return { text, sentences, speakers, quotes, claims };
}

/** Analyses an article. Total: any string gives a valid result, never an exception. */
export function analyze(input: string): AnalysisResult {
  const text = typeof input === "string" ? input : String(input ?? "");
  try {
    return analyzeText(text);
  } catch {
    // A bug must not take the workbench down; an empty analysis is still a valid one.
    let sentences: Span[] = [];
    try {
      sentences = splitSentences(text);
    } catch {
      sentences = [];
    }
    return { text, sentences, speakers: [], quotes: [], claims: [] };
  }
}
