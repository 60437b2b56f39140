/**
 * Finds direct quotes (with their attribution before, after or around them) and reported speech
 * ("X said that ...", "..., X said.", "according to X"). Produces raw quotes whose speaker is still a
 * phrase; speakers.ts resolves phrases to article-wide speakers.
 */

import {
  AUDIENCE_VERBS,
  CUE_ADVERBS,
  DETERMINERS,
  GROUP_HEADS,
  MONTHS,
  ORGANIZATION_WORDS,
  PARTICIPIAL_CUES,
  PARTICLE_REQUIRED,
  PHRASAL_CUES,
  POSSESSIVE_END,
  QUOTING_VERBS,
  SPEECH_ACT_VERBS,
  SPEECH_PARTICIPLES,
  REPORTING_VERBS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SUBJECT_STOP_WORDS,
  TIME_NOUNS,
  WEEKDAYS,
} from "./lexicon";
import { appositionIsNounPhrase, clauseSubject, describeMention, documentMention, objectPronounMention, isSourceDocumentPhrase, phraseAfter, publisherStart, PUBLISHING_PARTICIPLES, SOURCE_DOCUMENT_NOUNS, relativeAntecedent, startsTimeAdverbial, subjectBefore, unnamedMention, walkBackOverPhrase, type MentionInfo, type NounPhrase } from "./noun-phrases";
import type { QuoteSegment } from "./quote-marks";
import type { Token } from "./tokens";
import { tokenize, withoutPartyTags } from "./tokens";
import type { QuoteType, Span } from "./types";
import { findSpanIndex, isLowerAt, isSpaceCode, isWordCharAt, withoutFinalPeriod } from "./text";
import { vocabularyIndex, wordSet } from "./words";

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
  /** A key unique to this quote (its start, and whether it is direct), that survives re-ordering and filtering. */
  key: number;
  /** The key of the quote whose speaker this one shares; unlike sameSpeakerAs it stays right when quotes are dropped. */
  sameSpeakerKey: number | null;
  /** Whether an explicit attribution was found (vs. inherited or none). */
  attributed: boolean;
  /** A partial quote inside reported speech ("said the plan was “a disaster”"): the reported clause is the quote. */
  embedded: boolean;
}

/** Direct and reported quotes never start at the same offset as another quote of their own family. */
export function quoteKey(type: QuoteType, start: number): number {
  return start * 2 + (type === "direct" ? 0 : 1);
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
/** How far into a reported clause a quoted phrase may sit and still be read as the reporting speaker's words. */
const EMBEDDED_QUOTE_GAP_TOKENS = 30;
/** Within this many tokens of its cue even a one-word quoted phrase is read as the speaker's. */
const NEAR_EMBEDDED_GAP_TOKENS = 14;

/** Words that carry on the clause an attribution interrupted ("Prices, the agency said, were rising"). */
const CLAUSE_CONTINUATIONS = wordSet(["was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "can", "should", "may", "might", "must", "did", "does", "do"]);

/** Words that open a relative clause after a name ("…, which deployed 120 observers, …"). */
const RELATIVE_OPENERS = wordSet(["which", "who", "whose"]);

/** Conjunctions that join a second clause to a sentence ("…, she said, but …"). */
const COORDINATORS = wordSet(["and", "but", "yet"]);
/** "…, he said, while a final report could take 18 months": a contrast joined after a parenthetical attribution. */
const CONTRASTIVE_CONJUNCTIONS = wordSet(["while", "whereas", "though", "although"]);

const NOMINATIVE_PRONOUNS = wordSet(["he", "she", "they", "we", "I", "He", "She", "They", "We"]);

/** Prepositions that cannot open reported content ("conceded in a brief speech", "described as"). */
const CONTENT_BLOCKERS = wordSet(["in", "at", "on", "during", "after", "before", "with", "for", "to", "from", "by", "as", "of", "into", "without", "through", "within", "goodbye", "farewell", "hello", "thanks", "sorry", "grace", "cheese"]);

function cueAt(text: string, tokens: readonly Token[], index: number, verbs: ReadonlySet<string>): Cue | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== "word" || !verbs.has(token.lower) || token.possessive) return null;
  const previous = tokens[index - 1];
  if (previous !== undefined && previous.kind === "word") {
    // "The United States called", "Notes": a capitalised word after a capitalised word is part of a name.
    if (token.capitalized && previous.capitalized) return null;
    // "The WMO's report was", "its statement", "a report": after a possessive or an article the word is a noun.
    if (previous.possessive || (DETERMINERS.has(previous.lower) && previous.lower !== "that")) return null;
  }
  const particle = PHRASAL_CUES.get(token.lower);
  const next = tokens[index + 1];
  // "a former governor of Minas Gerais state, dismissed …": a base form after a name, before a comma, is a noun.
  if (previous !== undefined && previous.capitalized && next !== undefined && next.kind === "punct" && isUninflected(token.lower)) return null;
  // "A preliminary report is expected", "the statement was": a word followed by a finite auxiliary is its subject.
  if (next !== undefined && next.kind === "word" && !next.capitalized && FINITE_AUXILIARIES.has(next.lower) && isUninflected(token.lower)) return null;
  // "a former state senator", "state media", "report card": an uninflected verb form before a noun is a modifier.
  if (next !== undefined && next.kind === "word" && !next.capitalized && isUninflected(token.lower) && (ROLE_NOUNS.has(next.lower) || GROUP_HEADS.has(next.lower) || ORGANIZATION_WORDS.has(next.lower))) return null;
  // "the NTSB’s preliminary report found that", "a company statement said": a verb after it makes the word a noun.
  if (next !== undefined && next.kind === "word" && !next.capitalized && isUninflected(token.lower) && (REPORTING_VERBS.has(next.lower) || FINDING_THAT_VERBS.has(next.lower)) && (!isUninflected(next.lower) || next.lower === "found")) return null;
  // "A city staff report released last month", "a separate state law": a base form after a singular noun or
  // adjective that follows an article, or before a publishing participle, is a noun (a singular subject takes "says").
  if (NOUN_CUES.has(token.lower) && previous !== undefined && previous.kind === "word" && !previous.capitalized && !previous.lower.endsWith("s") && DETERMINERS.has(tokens[index - 2]?.lower ?? "") && tokens[index - 2]?.lower !== "that") return null;
  if (NOUN_CUES.has(token.lower) && next !== undefined && PUBLISHING_PARTICIPLES.has(next.lower)) return null;
  // "the bill would add “at least 15 hours of paperwork”": after a modal, a bare "add" or "note" is no speech.
  if (previous !== undefined && MODALS.has(previous.lower) && (token.lower === "add" || token.lower === "note" || token.lower === "state")) return null;
  // "His teams won state championships": a base form right after a past-tense verb is its object's modifier.
  if (NOUN_CUES.has(token.lower) && previous !== undefined && previous.kind === "word" && !previous.capitalized && (IRREGULAR_PAST.has(previous.lower) || /[^e]ed$/.test(previous.lower))) return null;
  if (particle !== undefined && next !== undefined && next.lower === particle) {
    return { index, lastIndex: index + 1, start: token.start, end: next.end, text: text.slice(token.start, next.end) };
  }
  if (PARTICLE_REQUIRED.has(token.lower)) return null;
  return cueOf(text, tokens, index, index);
}

/** The cue spanning tokens first … last. */
function cueOf(text: string, tokens: readonly Token[], first: number, last: number): Cue {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return { index: first, lastIndex: last, start, end, text: text.slice(start, end) };
}

/** Reporting verbs whose base form is also a noun ("a state law", "the staff report", "a reply"). */
const NOUN_CUES = wordSet(["state", "report", "claim", "comment", "note", "answer", "reply", "estimate", "remark", "tweet", "post", "question", "charge", "warning", "statement"]);

const FINITE_AUXILIARIES = wordSet(["is", "was", "are", "were", "has", "had", "will", "would", "could", "can", "may", "might", "should", "must"]);

/** A verb's base form ("state", "report"), not "states", "stated", "said", "told". */
function isUninflected(lower: string): boolean {
  return !lower.endsWith("s") && !lower.endsWith("ed") && lower !== "said" && lower !== "told" && lower !== "wrote";
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
    const code = text.charCodeAt(index);
    const space = code === 32 || (code > 32 && code < 127 ? false : isSpaceCode(code));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** "(CMWSSB)", "(WHO)": the index after a short bracketed aside at `index`, or `index` when there is none. */
function afterParenthesis(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== "(") return index;
  for (let close = index + 1; close < tokens.length && close - index <= 6; close++) {
    const token = tokens[close];
    if (token === undefined) break;
    if (token.text === ")") return close + 1;
    if (token.kind === "punct" && token.text !== "." && token.text !== "&" && token.text !== "-") break;
  }
  return index;
}

/** Skips time and place adverbials after a cue ("said on Monday in a statement"), returning the next token index. */
/** "at least a dozen", "at most 40", "more than 300": a quantity opening the content, not a place or time adverbial. */
function opensQuantity(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return token !== undefined && next !== undefined && token.lower === "at" && (next.lower === "least" || next.lower === "most");
}

/** Prepositions that open a further time or place adverbial after one ("said in a statement after the release that"). */
const ADVERBIAL_PREPOSITIONS = wordSet(["on", "in", "with", "at", "after", "before", "during", "following", "via", "from", "to", "for"]);

function skipAdverbials(tokens: readonly Token[], index: number, ceiling: number, stopAtComma = false): number {
  for (let round = 0; round < 5 && index < ceiling; round++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token === undefined || opensQuantity(tokens, index)) break;
    const lower = token.lower;
    if (token.kind === "punct" && token.text === ",") {
      if (stopAtComma) break;
      // "said in a statement to the stock market regulator, the CMVM, that …": an apposition to the adverbial's noun.
      const apposition = phraseAfter(tokens, index + 1, ceiling);
      if (apposition !== null && tokens[apposition.last + 1]?.text === "," && tokens[apposition.last + 2]?.lower === "that") {
        index = apposition.last + 2;
        continue;
      }
      index++;
      continue;
    }
    const timeWord = next !== undefined && (WEEKDAYS.has(next.lower) || TIME_NOUNS.has(next.lower) || MONTHS.has(withoutFinalPeriod(next.lower)));
    // "published late on Monday", "said early in the day": "late" or "early" before a time adverbial.
    if ((lower === "late" || lower === "early" || lower === "later" || lower === "earlier") && next !== undefined && (next.lower === "on" || next.lower === "in") && startsTimeAdverbial(tokens, index + 1)) {
      index++;
      continue;
    }
    if ((lower === "on" || lower === "last" || lower === "this" || lower === "late" || lower === "early" || lower === "next" || lower === "earlier" || lower === "in") && timeWord) {
      index += 2;
      const after = tokens[index];
      if (after !== undefined && (TIME_NOUNS.has(after.lower) || after.kind === "number")) index++;
      continue;
    }
    // "said shortly before the news conference": a manner or time adverb.
    if (token.kind === "word" && !token.capitalized && /^[a-z]{3,}ly$/.test(lower) && next !== undefined && (next.lower === "before" || next.lower === "after")) {
      index++;
      continue;
    }
    if (CUE_ADVERBS.has(lower) || lower === "yesterday" || lower === "today" || lower === "tonight" || lower === "now" || lower === "recently" || WEEKDAYS.has(lower)) {
      index++;
      continue;
    }
    if ((lower === "in" || lower === "at" || lower === "during" || lower === "on" || lower === "via" || lower === "through" || lower === "with" || lower === "to" || lower === "from" || lower === "before" || lower === "after") && next !== undefined) {
      const phraseStart = index + 1;
      const bareNoun = tokens[phraseStart];
      // "wrote on X shortly after 10pm that", "said before noon that": a clock time.
      const clock = bareNoun !== undefined && (bareNoun.kind === "number" || bareNoun.lower === "noon" || bareNoun.lower === "midnight" || /^\d{1,2}(?:[.:]\d\d)?(?:am|pm)$/.test(bareNoun.lower));
      if (clock && (lower === "after" || lower === "before" || lower === "at") && (tokens[phraseStart + 1]?.lower === "that" || tokens[phraseStart + 1]?.text === "," || tokens[phraseStart + 1]?.lower === "on")) {
        index = phraseStart + 1;
        continue;
      }
      // "wrote in 2004 that": a year.
      if (bareNoun !== undefined && bareNoun.kind === "number" && /^(?:1[89]|20)\d\d$/.test(bareNoun.text) && (lower === "in" || lower === "before" || lower === "after") && (tokens[phraseStart + 1]?.lower === "that" || tokens[phraseStart + 1]?.text === ",")) {
        index = phraseStart + 1;
        continue;
      }
      // "in a note to clients that": a bare plural the phrase reader does not know, then "that" or a comma.
      // "argued in closing that": a gerund likewise.
      // "argued at trial that", "said in court that": any bare noun right before "that".
      if (bareNoun !== undefined && bareNoun.kind === "word" && !bareNoun.capitalized && ((/(?:[^s]s|ing|men|people|children)$/.test(bareNoun.lower) && tokens[phraseStart + 1]?.text === ",") || (tokens[phraseStart + 1]?.lower === "that" && !DETERMINERS.has(bareNoun.lower)))) {
        index = phraseStart + 1;
        continue;
      }
      const phrase = phraseAfter(tokens, phraseStart, ceiling);
      if (phrase === null) break;
      const after = tokens[phrase.last + 1];
      // "in a report published on Tuesday": the document's own participle belongs to the adverbial.
      if (after !== undefined && PUBLISHING_PARTICIPLES.has(after.lower) && SOURCE_DOCUMENT_NOUNS.has(tokens[phrase.last]?.lower ?? "")) {
        index = phrase.last + 2;
        continue;
      }
      // Only a real adverbial if something that can start content follows ("that", a comma, another preposition),
      // or nothing does ("..., the museum said in a statement.").
      if (after === undefined || after.lower === "that" || after.text === "," || (after.kind === "punct" && ".!?".includes(after.text) && phrase.last + 2 >= tokens.length) || ADVERBIAL_PREPOSITIONS.has(after.lower) || (after.kind === "word" && /^[a-z]{3,}ly$/.test(after.lower) && (tokens[phrase.last + 2]?.lower === "after" || tokens[phrase.last + 2]?.lower === "before")) || DETERMINERS.has(after.lower) || NOMINATIVE_PRONOUNS.has(after.text) || after.lower === "it" || after.capitalized || after.kind === "number" || after.text === ":" || startsTimeAdverbial(tokens, phrase.last + 1)) {
        index = phrase.last + 1;
        continue;
      }
      break;
    }
    break;
  }
  return index;
}

/**
 * The token index just after the audience of "told" ("told Reuters", "told reporters at a news
 * conference", "told the BBC's Today programme"), or -1. The audience is a short noun phrase; what follows
 * it (time and place adverbials, "that") is left for the caller.
 */
function afterAudience(tokens: readonly Token[], index: number): number {
  let at = index;
  const first = tokens[at];
  if (first === undefined || first.kind !== "word") return -1;
  if (DETERMINERS.has(first.lower) || first.possessive) at++;
  const start = at;
  while (at < tokens.length && at - start < 5) {
    const token = tokens[at];
    if (token === undefined || token.kind !== "word") break;
    if (at > start && startsTimeAdverbial(tokens, at)) break;
    // "told GhanaWeb she had not been paid": the reported clause's own subject.
    if (at > start && (NOMINATIVE_PRONOUNS.has(token.text) || token.text === "it")) break;
    if (!token.capitalized && (SUBJECT_STOP_WORDS.has(token.lower) || DETERMINERS.has(token.lower))) break;
    at++;
    if (token.possessive) continue;
    // "told KAUS 12 News that": a channel's number inside its name.
    if (tokens[at]?.kind === "number" && token.capitalized && tokens[at + 1]?.capitalized === true) at++;
  }
  return at > start ? at : -1;
}

/**
 * "told the Senate Commerce, Science and Transportation Committee that …": an audience whose name has commas goes
 * on to the "that" after it. The index of that "that", or `audienceEnd` when the audience ended there.
 */
function listedAudienceEnd(tokens: readonly Token[], audienceEnd: number): number {
  if (tokens[audienceEnd]?.text !== ",") return audienceEnd;
  for (let index = audienceEnd + 1; index < tokens.length && index - audienceEnd <= 8; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.lower === "that" && index > audienceEnd + 1 && tokens[index - 1]?.capitalized === true) return index;
    const inName = (token.kind === "word" && (token.capitalized || token.lower === "and" || token.lower === "of")) || token.text === "," || token.text === "&";
    if (!inName) break;
  }
  return audienceEnd;
}

/** Whether the tokens from `first` to the sentence's end are an appositive noun phrase ("resident surgeon at the hospital."). */
function describesSpeaker(tokens: readonly Token[], first: number): boolean {
  let last = tokens.length - 1;
  if (tokens[last]?.kind === "punct" && ".!?".includes(tokens[last]?.text ?? "")) last--;
  return last >= first && appositionIsNounPhrase(tokens, first, last);
}

const AUDIENCE_RELATIVES = wordSet(["who", "whom", "whose", "which", "where", "when"]);

/**
 * "told a rally of nearly 40,000 people at Mandya's district stadium that …", "told a press conference at
 * Vienna-Schwechat airport that …": the audience's complements run on to a "that" before any verb or pronoun. The
 * index of that "that", or `audienceEnd` when none follows so.
 */
function audienceComplementEnd(tokens: readonly Token[], audienceEnd: number): number {
  for (let index = audienceEnd; index < tokens.length && index - audienceEnd <= 14; index++) {
    const token = tokens[index];
    if (token === undefined || (token.kind !== "word" && token.kind !== "number")) return audienceEnd;
    if (token.lower === "that") return index > audienceEnd && isComplementizer(tokens, index) ? index : audienceEnd;
    if (AUXILIARIES.has(token.lower) || FINITE_AUXILIARIES.has(token.lower) || NOMINATIVE_PRONOUNS.has(token.text) || token.lower === "it" || REPORTING_VERBS.has(token.lower) || AUDIENCE_RELATIVES.has(token.lower)) return audienceEnd;
  }
  return audienceEnd;
}

/** Whether [start, end) holds a single opening quote mark: "‘" anywhere, or "'" starting a word. */
function opensSingleQuote(text: string, start: number, end: number): boolean {
  if (text.lastIndexOf("\u2018", end - 1) >= start) return true;
  for (let index = text.lastIndexOf("'", end - 1); index >= start; index = text.lastIndexOf("'", index - 1)) {
    if (index === start || isSpaceCode(text.charCodeAt(index - 1))) return true;
    if (index === 0) break;
  }
  return false;
}

function endWithoutTerminalPunctuation(text: string, start: number, end: number): number {
  while (end > start) {
    const char = text[end - 1] ?? "";
    if (".!?;:,\u2026\u201d\u2019\"')".includes(char) || isSpaceCode(text.charCodeAt(end - 1))) {
      // Keep a closing bracket or quote that has its opener inside the content.
      if (char === ")" && text.lastIndexOf("(", end - 1) >= start) break;
      if ((char === "\u201d" || char === '"') && (text.lastIndexOf("\u201c", end - 1) >= start || text.slice(start, end - 1).includes('"'))) break;
      // "process was 'fully transparent'": a single closing mark whose opener starts a word inside the content.
      if ((char === "\u2019" || char === "'") && opensSingleQuote(text, start, end - 1)) break;
      end--;
      continue;
    }
    break;
  }
  return end;
}

/** Lower-case words a dateline's place name may hold ("Ciudad de México", "Port of Spain"). */
const DATELINE_LOWER_WORDS = wordSet(["de", "al", "el", "of"]);

/** Clause-start token index of a sentence, skipping a dateline ("Baghdad (IraqiNews.com) –", "LONDON (Reuters) -"). */
export function clauseFloor(tokens: readonly Token[], isParagraphStart: boolean): number {
  if (!isParagraphStart) return 0;
  const limit = Math.min(tokens.length, 14);
  for (let index = 1; index < limit; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    // "HUBBALLI: Chief Minister …": an Indian-style dateline in capitals before a colon.
    if (token.kind === "punct" && token.text === ":" && tokens.slice(0, index).every((word) => word.kind === "word" && word.text.length > 1 && word.text === word.text.toUpperCase() && /\p{Lu}/u.test(word.text))) return index + 1;
    if (token.kind === "punct" && (token.text === "\u2013" || token.text === "\u2014" || token.text === "-" || token.text === "\u2015")) {
      const before = tokens[index - 1];
      // "LONDON (Reuters) -", "FAIRVIEW, Calif. —", "KYIV, Jan 5 -".
      const abbreviation = before?.text === "." && tokens[index - 2]?.capitalized === true;
      if (before !== undefined && (before.text === ")" || before.capitalized || before.kind === "number" || abbreviation)) return index + 1;
    }
    if (token.kind === "word" && !token.capitalized && !DATELINE_LOWER_WORDS.has(token.lower)) break;
  }
  return 0;
}

/** "X welcomed the decision but said ...", "X sued, and argued that ...": the verb shares the clause's subject. */
function coordinatedSubject(tokens: readonly Token[], cueIndex: number, floor: number): NounPhrase | null {
  const conjunction = tokens[cueIndex - 1];
  if (conjunction?.text === "," && isPresentTense(tokens[cueIndex]) && tokens[cueIndex + 1]?.kind === "word" && tokens[cueIndex + 1]?.capitalized === false) {
    // A headline's "Schools chief apologizes for breach, says district will not pay": a second verb, no conjunction.
    let verb = floor + 1;
    // The verb is the first "-s" word that a preposition or article follows ("apologizes for"; not "schools chief").
    while (verb < cueIndex - 2 && !(isPresentTense(tokens[verb]) && VERB_FOLLOWERS.has(tokens[verb + 1]?.lower ?? ""))) verb++;
    if (verb >= cueIndex - 2) return null;
    const phrase = subjectBefore(tokens, verb, floor);
    return phrase !== null && phrase.first === floor ? phrase : null;
  }
  if (conjunction === undefined || !(conjunction.lower === "and" || conjunction.lower === "but")) return null;
  const phrase = clauseSubject(tokens, floor, cueIndex - 1);
  if (phrase === null || phrase.last >= cueIndex - 2) return null;
  return phrase;
}

const VERB_FOLLOWERS = wordSet(["for", "to", "on", "in", "with", "over", "after", "at", "from", "as", "into", "amid", "against", "despite", "the", "a", "an", "his", "her", "its", "their", "new", "more", "up", "out", "down", "back"]);

/** "says", "apologizes": a third-person present verb, the tense of headlines. */
function isPresentTense(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && !token.capitalized && /[^s']s$/.test(token.lower) && token.lower.length > 3;
}

/** Where something was said, opening a sentence: "In a statement", "In an interview", "During a briefing". */
const SETTING_NOUNS = wordSet(["statement", "interview", "letter", "email", "e-mail", "post", "speech", "filing", "release", "briefing", "video", "memo", "message", "note", "tweet", "address", "broadcast", "submission", "testimony", "podcast", "op-ed", "column", "report", "affidavit", "newsletter"]);
const SETTING_OPENERS = wordSet(["in", "during"]);
const SETTING_DETERMINERS = wordSet(["a", "an", "the", "its", "his", "her", "their", "our"]);

/**
 * "In a statement on May 7th the ministry said …", "In an interview the mayor said …": a short opening phrase
 * naming where the words were given, with no comma before the subject. The index right after it, or -1.
 */
function settingOpenerEnd(tokens: readonly Token[], floor: number): number {
  const opener = tokens[floor];
  if (opener === undefined || !opener.capitalized || !SETTING_OPENERS.has(opener.lower)) return -1;
  let index = floor + 1;
  if (!SETTING_DETERMINERS.has(tokens[index]?.lower ?? "")) return -1;
  index++;
  // "In a joint statement", "In a written submission": one modifier before the noun.
  if (!SETTING_NOUNS.has(tokens[index]?.lower ?? "") && tokens[index]?.capitalized === false && SETTING_NOUNS.has(tokens[index + 1]?.lower ?? "")) index++;
  if (!SETTING_NOUNS.has(tokens[index]?.lower ?? "")) return -1;
  index++;
  // "… on May 7th", "… on Tuesday", "… last week": when, also without a comma.
  if (tokens[index]?.lower === "on" && startsTimeAdverbial(tokens, index)) {
    index += 2;
    while (tokens[index]?.kind === "number" || /^\d+(?:st|nd|rd|th)$/.test(tokens[index]?.lower ?? "")) index++;
  } else if (startsTimeAdverbial(tokens, index)) index += tokens[index]?.lower === "yesterday" || tokens[index]?.lower === "today" || tokens[index]?.lower === "tonight" ? 1 : 2;
  return index;
}

/** Whether the token before a subject phrase lets it start a clause. */
function startsClause(tokens: readonly Token[], phraseFirst: number, floor: number, afterRelative = false): boolean {
  if (phraseFirst <= floor) return true;
  // "Last month she announced ...", "what she called ...": a nominative pronoun is always a clause's subject.
  if (NOMINATIVE_PRONOUNS.has(tokens[phraseFirst]?.text ?? "")) return true;
  const previous = tokens[phraseFirst - 1];
  if (previous === undefined) return true;
  if (previous.text === ")") {
    // "NSW Rural Fire Service (RFS) Commissioner Rob Kellaway said": a name and its acronym before the title.
    for (let open = phraseFirst - 2; open > floor && phraseFirst - open <= 6; open--) {
      if (tokens[open]?.text !== "(") continue;
      const before = walkBackOverPhrase(tokens, open - 1, floor);
      return before >= 0 && tokens[before]?.capitalized === true && startsClause(tokens, before, floor);
    }
    return false;
  }
  if (previous.kind === "punct") return ",;:(\u2014\u2013-".includes(previous.text);
  // "In 2019 the World Health Organization concluded …", "On Monday the ministry said …": a short time adverbial
  // opening the clause without a comma.
  if (phraseFirst - floor <= 3 && (previous.kind === "number" || TIME_NOUNS.has(previous.lower) || WEEKDAYS.has(previous.lower) || MONTHS.has(withoutFinalPeriod(previous.lower)))) {
    const opener = tokens[floor];
    if (opener !== undefined && opener.capitalized && (opener.lower === "in" || opener.lower === "on" || opener.lower === "last" || opener.lower === "this" || opener.lower === "earlier" || startsTimeAdverbial(tokens, floor))) return true;
  }
  if (previous.kind === "close-quote") return true;
  if (settingOpenerEnd(tokens, floor) === phraseFirst) return true;
  // "…, when the NWS said winds should ease", "after the mayor said it would": a subordinate clause's subject;
  // "an account that Whitaker had described as “pure fiction”": a relative clause's.
  return previous.lower === "and" || previous.lower === "but" || previous.lower === "however" || previous.lower === "yet" || SUBORDINATORS.has(previous.lower) || (afterRelative && (previous.lower === "that" || previous.lower === "which" || previous.lower === "whom"));
}

/**
 * "the Department of Families, Fairness and Housing", "the Ministry of Culture, Sports and Tourism": an
 * office "of" a series of capitalised fields, which ends its clause, is one name whatever its commas.
 */
function withNamedSeries(tokens: readonly Token[], phrase: NounPhrase): NounPhrase {
  if (!tokens[phrase.last]?.capitalized || tokens[phrase.last + 1]?.text !== ",") return phrase;
  const hasOf = tokens.slice(phrase.first, phrase.last).some((token) => token.lower === "of" || token.lower === "for");
  let index = phrase.last + 2;
  let sawAnd = false;
  for (; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "word" && (token.capitalized || (token.lower === "and" && !sawAnd))) {
      if (token.lower === "and") sawAnd = true;
      continue;
    }
    // "the Ministry of Information, Communications and the Digital Economy".
    if (token.lower === "the" && sawAnd && tokens[index - 1]?.lower === "and" && tokens[index + 1]?.capitalized === true) continue;
    if (token.text === "," && !sawAnd) continue;
    break;
  }
  const next = tokens[index];
  const closes = next === undefined || (next.kind === "punct" && ".;!?".includes(next.text));
  // Past the end, a parenthesised acronym ("… Services Administration (PAGASA).") still closes the name.
  const last = index - 1;
  const lastToken = tokens[last];
  // "the Philippine Atmospheric, Geophysical and Astronomical Services Administration": without "of", the series
  // must end in an organisation's word to be one name.
  const namesOrganization = hasOf || (lastToken !== undefined && ORGANIZATION_WORDS.has(lastToken.lower));
  if (!sawAnd || !(closes || (next?.text === "(" && namesOrganization)) || !lastToken?.capitalized || !namesOrganization) return phrase;
  return { first: phrase.first, last, parts: [{ first: phrase.first, last }] };
}

/** The source after "according to": an unattributed document (no speaker) or a speaker phrase. */
function accordingSource(text: string, tokens: readonly Token[], first: number): { mention: MentionInfo | null; last: number } | null {
  const owned = ownedDocumentSource(text, tokens, first) ?? namedDocumentSource(text, tokens, first);
  if (owned !== null) return owned;
  const document = documentMention(text, tokens, first) ?? objectPronounMention(text, tokens, first);
  if (document !== null) return document;
  // "according to estimates by research firm TechInsights", "according to figures from the ministry", "according to
  // data compiled by Bloomberg": a bare document noun and "by"/"from" or its publisher, then the source.
  for (let index = first; index < tokens.length - 2 && index - first < 3; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "word" || token.capitalized) break;
    const preposition = tokens[index + 1]?.lower;
    const publisher = publisherStart(tokens, index);
    if (!SOURCE_DOCUMENT_NOUNS.has(token.lower) || (preposition !== "by" && preposition !== "from" && publisher < 0)) continue;
    const source = phraseAfter(tokens, publisher >= 0 ? publisher : index + 2, tokens.length);
    if (source !== null) return { mention: describeMention(text, tokens, source), last: source.last };
    break;
  }
  const found = phraseAfter(tokens, first, tokens.length);
  if (found === null) return null;
  const phrase = withNamedSeries(tokens, found);
  // "according to a press release issued by the Board (CMWSSB), ...": the source's phrase ends the attribution.
  const sourceStart = isSourceDocumentPhrase(tokens, phrase);
  const source = sourceStart >= 0 ? phraseAfter(tokens, sourceStart, tokens.length) : null;
  if (source !== null) return { mention: describeMention(text, tokens, source), last: source.last };
  return { mention: mentionFor(text, tokens, phrase), last: phrase.last };
}

/** Words before a document's source that describe the document ("a new Gallup poll", "the latest Reuters tally"). */
const DOCUMENT_MODIFIERS = wordSet(["new", "latest", "recent", "separate", "annual", "monthly", "weekly", "quarterly", "preliminary", "internal", "official", "fresh"]);

/**
 * "according to a new Holyrood Insights poll for The Scotsman", "a Reuters tally": a document named after the body
 * that made it; that body is the source. Null unless the phrase is such a name and document.
 */
function namedDocumentSource(text: string, tokens: readonly Token[], first: number): { mention: MentionInfo | null; last: number } | null {
  let index = first;
  if (!DETERMINERS.has(tokens[index]?.lower ?? "")) return null;
  index++;
  while (DOCUMENT_MODIFIERS.has(tokens[index]?.lower ?? "") && tokens[index]?.capitalized === false && index - first <= 3) index++;
  const nameFirst = index;
  while (tokens[index]?.capitalized === true && tokens[index]?.kind === "word" && !tokens[index]?.possessive && index - nameFirst < 4) index++;
  const noun = tokens[index];
  if (index === nameFirst || noun === undefined || noun.capitalized || !SOURCE_DOCUMENT_NOUNS.has(noun.lower)) return null;
  const mention = describeMention(text, tokens, { first: nameFirst, last: index - 1, parts: [{ first: nameFirst, last: index - 1 }] });
  if (mention === null || mention.name === null || mention.title !== null || (mention.kind !== "organization" && mention.kind !== "person")) return null;
  mention.kind = "organization";
  return { mention, last: index };
}

/**
 * "according to the city's draft tariff schedule", "the ministry's annual report on losses": a document of a body the
 * story names by its kind; that body is the source. Null unless the phrase is such an owner and document.
 */
function ownedDocumentSource(text: string, tokens: readonly Token[], first: number): { mention: MentionInfo | null; last: number } | null {
  let owner = first;
  if (DETERMINERS.has(tokens[owner]?.lower ?? "")) owner++;
  // "the Punjab Irrigation Department's", "Eskom's": a capitalised owner may take several words.
  while (tokens[owner]?.capitalized === true && tokens[owner]?.possessive === false && tokens[owner + 1]?.capitalized === true && owner - first < 6) owner++;
  const ownerToken = tokens[owner];
  if (ownerToken === undefined || !ownerToken.possessive || PRONOUNS_OWNING.has(ownerToken.lower)) return null;
  if (!ownerToken.capitalized && !DOCUMENT_OWNER_HEADS.has(ownerToken.lower)) return null;
  for (let index = owner + 1; index < tokens.length && index - owner <= 5; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== "word" || token.capitalized) return null;
    if (!SOURCE_DOCUMENT_NOUNS.has(token.lower) && !OWNED_DOCUMENT_NOUNS.has(token.lower)) continue;
    const mention = describeMention(text, tokens, { first, last: owner, parts: [{ first, last: owner }] });
    if (mention !== null && mention.name !== null) mention.name = mention.name.replace(POSSESSIVE_END, "");
    // A capitalised owner of a report is a body ("Eskom's weekly report") unless the phrase shows a person.
    if (mention !== null && ownerToken.capitalized && !mention.kindIsCertain && mention.kind === "person") mention.kind = "organization";
    return { mention, last: index };
  }
  return null;
}

/** Bodies a story names before calling them by their kind ("the city's", "the ministry's"). */
const DOCUMENT_OWNER_HEADS = wordSet(["city", "council", "parliament", "senate", "congress", "assembly", "legislature", "state", "county", "municipality", "ministry", "department", "company", "agency", "government", "commission", "board", "police", "court", "union", "university", "hospital", "bank", "regulator", "authority", "party", "firm", "group"]);

const PRONOUNS_OWNING = wordSet(["his", "her", "its", "their", "our", "my", "your"]);

/** Lower-case words inside an organisation's name ("Office of the Controller of Budget"). */
const NAME_JOINERS = wordSet(["of", "the", "and", "for", "on", "&"]);

const OWNED_DOCUMENT_NOUNS = wordSet(["schedule", "budget", "plan", "proposal", "website", "filing", "prospectus", "accounts", "minutes", "submission", "bulletin", "dashboard", "database", "register", "tally"]);

/** The whole stretch from `first` to the next comma (a few words, no verb-like punctuation) read as the source. */
function sourceUpToComma(text: string, tokens: readonly Token[], first: number): { mention: MentionInfo | null; last: number } | null {
  for (let index = first; index < tokens.length && index - first <= 8; index++) {
    const token = tokens[index] as Token;
    if (token.text === ",") {
      if (index === first) return null;
      const phrase: NounPhrase = { first, last: index - 1, parts: [{ first, last: index - 1 }] };
      return { mention: describeMention(text, tokens, phrase), last: index - 1 };
    }
    if (token.kind !== "word" && token.kind !== "number") return null;
  }
  return null;
}

function mentionFor(text: string, tokens: readonly Token[], phrase: NounPhrase | null): MentionInfo | null {
  if (phrase === null) return null;
  // "A city staff report released last month estimated …": a document only said to be published speaks for nobody named.
  for (let index = phrase.first; index < phrase.last; index++) {
    const token = tokens[index] as Token;
    if (!token.capitalized && SOURCE_DOCUMENT_NOUNS.has(token.lower) && PUBLISHING_PARTICIPLES.has(tokens[index + 1]?.lower ?? "") && tokens[index + 2]?.lower !== "by") return unnamedMention(text, tokens, phrase.first, phrase.last, "group", null);
  }
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
  /** The cue is far before the quote, at the end of a long reported clause. */
  distant?: boolean;
}

/** The attribution tokens of text[from, to): read afresh, or taken from the sentence already read (see findDirectQuotes). */
type TokenSource = (from: number, to: number) => Token[];

function tokensOf(text: string): TokenSource {
  return (from, to) => withoutPartyTags(tokenize(text, from, to));
}

/** "“…,” she said" / "“…,” said Smith" / "“…,” the minister, Jane Doe, told reporters". */
function attributionAfter(text: string, from: number, to: number, inHeadline = false, source: TokenSource = tokensOf(text)): DirectAttribution | null {
  const tokens = source(from, to);
  let first = 0;
  while (first < tokens.length && tokens[first]?.kind === "punct" && ",\u2014\u2013-".includes(tokens[first]?.text ?? "")) first++;
  const head = tokens[first];
  if (head === undefined) return null;
  if (inHeadline && head.text === ":") return headlineSpeakerAfterColon(text, tokens, first);
  const according = accordingToAt(text, tokens, first);
  if (according !== null) {
    const mention = accordingSource(text, tokens, first + 2)?.mention ?? null;
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
    // "‘… not a fugitive’, extradition court told": a passive "told" names the audience, not the speaker.
    const afterCue = tokens[cue.lastIndex + 1];
    if (AUDIENCE_VERBS.has(tokens[index]?.lower ?? "") && (afterCue === undefined || afterCue.kind === "punct")) return null;
    const mention = mentionFor(text, tokens, phrase);
    return mention === null ? null : { cue, mention, adjacent: true };
  }
  return null;
}

/**
 * "‘It was a proper striker’s goal’: Linnane hails debutant", "‘We will not back down’: Minister": a headline
 * names the speaker after a colon, alone or as the subject of a present-tense verb.
 */
function headlineSpeakerAfterColon(text: string, tokens: readonly Token[], colon: number): DirectAttribution | null {
  const phrase = phraseAfter(tokens, colon + 1, tokens.length);
  if (phrase === null || phrase.first !== colon + 1) return null;
  const next = tokens[phrase.last + 1];
  if (next !== undefined && !isPresentTense(next)) return null;
  const mention = mentionFor(text, tokens, phrase);
  if (mention === null || mention.kind === "pronoun" || mention.kind === "group") return null;
  const cueIndex = next === undefined ? colon : phrase.last + 1;
  const cueToken = tokens[cueIndex];
  if (cueToken === undefined) return null;
  return { cue: { index: cueIndex, lastIndex: cueIndex, start: cueToken.start, end: cueToken.end, text: cueToken.text }, mention, adjacent: true };
}

/** A sentence that is only a speaker and a speech verb, with adverbials at most ("Kowalczyk asked.", "said Smith."). */
function attributionSentence(text: string, from: number, to: number, source: TokenSource = tokensOf(text)): DirectAttribution | null {
  if (to - from > 120) return null;
  const attribution = attributionAfter(text, from, to, false, source);
  if (attribution === null) return null;
  const tokens = source(from, to);
  const cueEnd = attribution.cue.end;
  const afterCue = tokens.findIndex((token) => token.start >= cueEnd);
  if (afterCue < 0) return attribution;
  const rest = skipAdverbials(tokens, afterCue, tokens.length);
  const restToken = tokens[rest];
  return restToken === undefined || (restToken.kind === "punct" && ".!?".includes(restToken.text) && rest === tokens.length - 1) ? attribution : null;
}

/** "She said: “…”" / "Smith told reporters on Monday, “…”" / "He described the plan as “reckless”". */
function attributionBefore(text: string, from: number, to: number, source: TokenSource = tokensOf(text)): DirectAttribution | null {
  const tokens = source(from, to);
  for (let index = tokens.length - 1; index >= 0 && tokens.length - index <= EMBEDDED_QUOTE_GAP_TOKENS + 6; index--) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "open-quote" || token.kind === "close-quote") break;
    // Beyond the usual window only a reporting verb whose clause runs on to the quote is read (see EMBEDDED_QUOTE_GAP_TOKENS):
    // a participle or "according to" on the way frames that clause itself.
    if (tokens.length - index > ATTRIBUTION_WINDOW_TOKENS && token.lower === "according") break;
    // "it said residents should not return, warning that “…”": a participle's subject is the main clause's speaker.
    if (PARTICIPIAL_CUES.has(token.lower) && tokens[index - 1]?.text === "," && tokens.length - index <= 3) {
      const mention = mainClauseSpeaker(text, tokens, index - 1);
      if (mention !== null) return { cue: cueOf(text, tokens, index, index), mention, adjacent: true };
    }
    // "…, saying the board would “consider further adjustments”", "she said, adding that the bank was watching it
    // “very closely”": the participle's clause frames the quote, and its subject is the main clause's.
    if (PARTICIPIAL_CUES.has(token.lower) && tokens[index - 1]?.text === "," && tokens.length - index > 3) {
      const mention = mainClauseSpeaker(text, tokens, index - 1);
      if (mention === null) break;
      return { cue: cueOf(text, tokens, index, index), mention, adjacent: false, embedded: true, distant: tokens.length - index > NEAR_EMBEDDED_GAP_TOKENS };
    }
    const cue = cueAt(text, tokens, index, SPEECH_VERBS) ?? cueAt(text, tokens, index, QUOTING_VERBS) ?? accordingToAt(text, tokens, index);
    if (cue === null) continue;
    if (cue.text.toLowerCase().startsWith("according")) {
      const mention = accordingSource(text, tokens, cue.lastIndex + 1)?.mention ?? null;
      if (mention === null) continue;
      return { cue, mention, adjacent: true };
    }
    let rest = cue.lastIndex + 1;
    if (AUDIENCE_VERBS.has(token.lower)) {
      const audienceEnd = afterAudience(tokens, rest);
      if (audienceEnd >= 0) rest = audienceEnd;
    }
    // "promises to end ‘patch and pray’", "vowed to fight": an infinitive makes the verb an action, not the quote's frame.
    if (tokens[rest]?.lower === "to" && tokens[rest + 1]?.kind === "word" && !(tokens[rest + 1]?.capitalized ?? true)) continue;
    rest = skipAdverbials(tokens, rest, tokens.length);
    const restToken = tokens[rest];
    const adjacent = rest >= tokens.length - 4 || (restToken !== undefined && (restToken.text === ":" || restToken.text === "," || restToken.lower === "that") && rest >= tokens.length - 1);
    // Partial quotes inside reported speech ("said the plan was “a disaster”") keep the speaker too.
    if (!adjacent && tokens.length - rest > EMBEDDED_QUOTE_GAP_TOKENS) continue;
    let phrase = subjectBefore(tokens, index, 0);
    if (phrase === null || !startsClause(tokens, phrase.first, 0, true)) phrase = coordinatedSubject(tokens, index, 0);
    // "Raymond Hollis, a Springfield podcaster who claimed that a candidate had “lied under oath”": the relative
    // pronoun's antecedent.
    if (phrase === null && RELATIVE_OPENERS.has(tokens[index - 1]?.lower ?? "")) phrase = relativeAntecedent(tokens, index, 0);
    if (phrase === null) {
      // Inverted order before a quote: "Said Smith: “…”" is rare; give up on this cue.
      continue;
    }
    const mention = mentionFor(text, tokens, phrase);
    if (mention === null) continue;
    const gap = tokens.length - rest;
    // "accused the government of presenting the reform as a “fait accompli”": an accusation quotes its speaker too.
    const embedded = gap > 0 && (REPORTING_VERBS.has(token.lower) || ACCUSING_VERBS.has(token.lower)) && !(restToken !== undefined && (restToken.text === ":" || restToken.text === ",") && gap === 1);
    const distant = gap > NEAR_EMBEDDED_GAP_TOKENS;
    if (distant && !embedded) continue;
    return { cue, mention, adjacent, embedded, distant };
  }
  return colonIntroduction(text, tokens);
}

const ACCUSING_VERBS = wordSet(["accuse", "accuses", "accused", "accusing"]);
const SUBORDINATORS = wordSet(["until", "unless", "when", "whenever", "if", "because", "since", "after", "before", "while", "although", "though", "once", "as"]);

/** Whether the tokens hold ", adding" or another speech participle after a comma. */
function participleSincePreviousQuote(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => PARTICIPIAL_CUES.has(token.lower) && tokens[index - 1]?.text === ",");
}

/** The speaker of the last report before `before` in the same sentence ("it said …, warning that"), or null. */
function mainClauseSpeaker(text: string, tokens: readonly Token[], before: number): MentionInfo | null {
  for (let index = before - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token === undefined || token.kind === "open-quote") return null;
    // "She said the union would decide on “the next stage”, adding that …": a phrase quoted inside the main
    // clause is passed over, to its verb.
    if (token.kind === "close-quote") {
      let opener = index - 1;
      while (opener >= 0 && tokens[opener]?.kind !== "open-quote" && tokens[opener]?.kind !== "close-quote") opener--;
      if (tokens[opener]?.kind !== "open-quote") return null;
      index = opener;
      continue;
    }
    if (cueAt(text, tokens, index, SPEECH_VERBS) === null) continue;
    let phrase = subjectBefore(tokens, index, 0);
    if (phrase === null || !startsClause(tokens, phrase.first, 0)) phrase = coordinatedSubject(tokens, index, 0);
    // "… until officials declared them safe, warning": a verb inside a subordinate clause is not the main report.
    if (phrase === null || SUBORDINATORS.has(tokens[phrase.first - 1]?.lower ?? "")) continue;
    return mentionFor(text, tokens, phrase);
  }
  return null;
}

/** "She put it simply: “…”", "The minister was blunt: “…”": a clause ending in a colon introduces its subject's words. */
function colonIntroduction(text: string, tokens: readonly Token[]): DirectAttribution | null {
  const colon = tokens.length - 1;
  if (colon < 2 || tokens[colon]?.text !== ":") return null;
  let start = 0;
  for (let index = colon - 1; index >= 0; index--) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "open-quote" || token.kind === "close-quote" || (token.kind === "punct" && ".!?;".includes(token.text))) {
      start = index + 1;
      break;
    }
  }
  const phrase = clauseSubject(tokens, start, colon);
  if (phrase === null) return null;
  // "The hospital’s chief executive, Mark Tollefson, put it plainly …:": the verb follows the appositive's comma.
  const verbIndex = tokens[phrase.last + 1]?.text === "," && phrase.parts.length > 1 ? phrase.last + 2 : phrase.last + 1;
  const verb = tokens[verbIndex];
  if (verb === undefined || verb.kind !== "word" || verbIndex >= colon) return null;
  const mention = mentionFor(text, tokens, phrase);
  if (mention === null || mention.kind === "group") return null;
  // "… was quick to back his old club, posting on X:": the speech verb nearest the colon is the cue.
  let cueIndex = verbIndex;
  for (let index = colon - 1; index > verbIndex; index--) {
    const token = tokens[index];
    if (token !== undefined && token.kind === "word" && !token.capitalized && (SPEECH_VERBS.has(token.lower) || SPEECH_PARTICIPLES.has(token.lower) || token.lower === "posting")) {
      cueIndex = index;
      break;
    }
  }
  const cueToken = tokens[cueIndex] ?? verb;
  return { cue: { index: cueIndex, lastIndex: cueIndex, start: cueToken.start, end: cueToken.end, text: cueToken.text }, mention, adjacent: true };
}

/** Whether the quote mark at `openMark` follows a lower-case word of the same clause ("was “…”", "posed “…”"). */
function opensMidSentence(text: string, openMark: number): boolean {
  let index = openMark - 1;
  while (index >= 0 && isSpaceCode(text.charCodeAt(index))) index--;
  if (index < 0 || index === openMark - 1) return false;
  return isLowerAt(text, index);
}

/** The lower-case words (word characters, hyphens, apostrophes) that end right before `end`, nearest last, at most `count`. */
function wordsBefore(text: string, end: number, count: number): string[] {
  const words: string[] = [];
  let index = end;
  while (words.length < count) {
    while (index > 0 && isSpaceCode(text.charCodeAt(index - 1))) index--;
    let start = index;
    for (;;) {
      const code = text.charCodeAt(start - 1);
      if (start > 0 && (isWordCharAt(text, start - 1) || code === 45 || code === 39 || code === 0x2019)) start--;
      else break;
    }
    if (start === index) break;
    words.unshift(text.slice(start, index).toLowerCase());
    index = start;
  }
  return words;
}

/** Words that name what follows: "the so-called “Hague Preferences”", "code-named “Lantern”", "a report titled “…”". */
const LABEL_WORDS = wordSet(["so-called", "code-named", "codenamed", "nicknamed", "titled", "entitled"]);
/** Verbs of naming that label only in the passive ("has been dubbed “…”"); "Critics dubbed it “…”" quotes the critics. */
const NAMING_VERBS = wordSet(["dubbed", "branded", "labelled", "labeled", "called", "named"]);
/** Passive naming: "has been called “…”", "was dubbed “…”". */
const PASSIVE_AUXILIARIES = wordSet(["be", "been", "being", "is", "was", "were", "are"]);
/** What a sign, banner or placard does with its words ("a sign read “Closed”", "placards reading “Homes not profits”"). */
const SIGN_WITH_VERBS = wordSet(["printed", "emblazoned", "painted", "stamped", "inscribed", "embroidered", "daubed", "scrawled", "marked", "decorated"]);
const SIGN_VERBS = wordSet(["read", "reads", "reading", "saying", "bearing", "proclaiming", "chanted", "chanting", "chant", "chants"]);
const SIGN_NOUNS = wordSet(["sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "plaque", "note", "notice", "notices", "graffiti", "slogan", "slogans", "t-shirt", "t-shirts", "shirts", "billboard", "billboards", "message", "card", "cards", "board", "letters"]);

/**
 * A short quote used as a name or label, not as somebody's words: "the so-called “Hague Preferences”",
 * "code-named “Lantern”", "known as “Safe Streets for All”", "has been dubbed “the Iron Lady of Leeds”".
 * ("Critics dubbed it “a ghost bill”" and "called the plan “a nonstarter”" quote their subjects and stay.)
 */
function isLabelQuote(text: string, openMark: number, words: number): boolean {
  if (words > 6) return false;
  const [third, second, first] = wordsBefore(text, openMark, 3);
  if (first === undefined) return false;
  if (LABEL_WORDS.has(first)) return true;
  if (first === "as" && (second === "known" || second === "referred" || third === "known")) return true;
  return NAMING_VERBS.has(first) && second !== undefined && PASSIVE_AUXILIARIES.has(second);
}

/** "Ramon “Monching” Villareal", "Earvin 'Magic' Johnson": one or two capitalised words quoted inside a name. */
function isNickname(text: string, segment: QuoteSegment): boolean {
  if (segment.closeMark < 0 || segment.closeMark - segment.openMark > 30) return false;
  const inner = text.slice(segment.innerStart, segment.innerEnd);
  if (!/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?$/u.test(inner)) return false;
  const before = /\p{Lu}[\p{L}.'’-]* $/u.test(text.slice(Math.max(0, segment.openMark - 30), segment.openMark));
  const after = /^ \p{Lu}/u.test(text.slice(segment.closeMark + 1, segment.closeMark + 3));
  return before && after;
}

/**
 * Words on a sign, banner or placard ("a banner reads “Tack, Birgitta.”", "placards reading “Homes not profits”"):
 * quoted words, but nobody's speech. The verb is right before the quote, the sign noun earlier in the same clause
 * (wordsBefore stops at punctuation).
 */
function isSignQuote(text: string, openMark: number): boolean {
  const before = wordsBefore(text, openMark, 12);
  const last = before[before.length - 1];
  if (last === undefined) return false;
  // "T-shirts printed with “Save Our Strings.”", "a banner emblazoned with “…”".
  const verbAt = last === "with" && SIGN_WITH_VERBS.has(before[before.length - 2] ?? "") ? before.length - 2 : SIGN_VERBS.has(last) ? before.length - 1 : -1;
  if (verbAt < 0) return false;
  return before.slice(0, verbAt).some((word) => SIGN_NOUNS.has(word));
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

  // Attributions are read inside one sentence: its tokens, already read, are taken rather than read again.
  const freshTokens = tokensOf(text);
  const readTokens: TokenSource = (from, to) => {
    const index = findSpanIndex(sentences, from);
    const sentence = sentences[index];
    if (sentence === undefined || sentence.start > from || to > sentence.end) return freshTokens(from, to);
    return context.sentenceTokens(index).filter((token) => token.start >= from && token.end <= to);
  };
  const attributionAfterSegment = (segment: QuoteSegment, nextOpenMark: number): DirectAttribution | null => {
    if (segment.closeMark < 0) return null;
    const paragraph = paragraphs[findSpanIndex(paragraphs, segment.closeMark)];
    if (paragraph === undefined) return null;
    let after = segment.closeMark + 1;
    while (after < paragraph.end && isSpaceCode(text.charCodeAt(after))) after++;
    const sentence = sentences[findSpanIndex(sentences, after)];
    if (sentence === undefined) return null;
    // "“We won.” The team ..." starts a new sentence: nothing after the quote attributes it, unless that
    // sentence is only the attribution ("“Is it safe?” Smith asked.", "“Enough!” she shouted.").
    if (sentence.start >= after) return attributionSentence(text, segment.closeMark + 1, Math.min(sentence.end, paragraph.end), readTokens);
    let limit = Math.min(sentence.end, paragraph.end, after + 400);
    if (nextOpenMark >= 0 && nextOpenMark < limit) limit = nextOpenMark;
    const inHeadline = paragraph === paragraphs[0] && !text.slice(paragraph.start, paragraph.end).includes("\n") && !/[.!?]\s*$/.test(text.slice(paragraph.start, paragraph.end));
    return attributionAfter(text, segment.closeMark + 1, limit, inHeadline, readTokens);
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
      // A paragraph that opens with a quote continues the speaker whose quote closed the paragraph before
      // ("“…,” Tijani said.¶“These objects were not gifts …”"), but only when nothing was said in between.
      const carried = lastAttributedInParagraph === null ? undefined : quotes[lastAttributedInParagraph];
      const previous = paragraphs[paragraphIndex - 1];
      const lastSentence = previous === undefined ? undefined : sentences[findSpanIndex(sentences, previous.end - 1)];
      const opensParagraph = first.openMark === paragraph.start;
      const carries = carried !== undefined && previousParagraph === paragraphIndex - 1 && opensParagraph && lastSentence !== undefined && carried.end > lastSentence.start;
      if (!carries) lastAttributedInParagraph = null;
      previousSegmentEnd = -1;
    }
    const sameParagraphPrevious = previousParagraph === paragraphIndex;

    let attribution = attributionAfterSegment(last, following?.openMark ?? -1);
    if (attribution === null) {
      const sentence = sentences[findSpanIndex(sentences, first.openMark)];
      let floor = Math.max(paragraph.start, sentence !== undefined && sentence.start <= first.openMark ? sentence.start : paragraph.start);
      const sentenceFloor = floor;
      if (sameParagraphPrevious && previousSegmentEnd > floor) floor = previousSegmentEnd;
      floor = Math.max(floor, first.openMark - 400);
      if (first.openMark > floor) attribution = attributionBefore(text, floor, first.openMark, readTokens);
      // "She said the union would decide on “the next stage”, adding that strikes were “on the table”": a participle
      // after an earlier quote in the sentence reports for the main clause before that quote.
      if (attribution === null && floor > sentenceFloor && first.openMark - sentenceFloor <= 400 && participleSincePreviousQuote(readTokens(floor, first.openMark))) {
        const whole = attributionBefore(text, sentenceFloor, first.openMark, readTokens);
        if (whole !== null && whole.embedded === true) attribution = whole;
      }
      // "Dr. Elena Marin said in a statement:¶“Every one of these cases …”": a paragraph that ends in a colon
      // introduces the quote that opens the next one.
      const previous = paragraphs[paragraphIndex - 1];
      if (attribution === null && first.openMark === paragraph.start && previous !== undefined) {
        let end = previous.end;
        while (end > previous.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
        if (text.charCodeAt(end - 1) === 58) {
          const lastSentence = sentences[findSpanIndex(sentences, end - 1)];
          const from = Math.max(previous.start, end - 400, lastSentence !== undefined && lastSentence.start < end ? lastSentence.start : previous.start);
          attribution = attributionBefore(text, from, end, readTokens);
        }
      }
    }
    previousParagraph = findSpanIndex(paragraphs, last.openMark);
    const priorSegmentEnd = sameParagraphPrevious ? previousSegmentEnd : -1;
    previousSegmentEnd = last.closeMark >= 0 ? last.closeMark + 1 : last.innerEnd;

    const words = wordCount(text, first.innerStart, last.innerEnd);
    const attributedBeside = attribution !== null && attribution.adjacent;
    if (group.length === 1) {
      // "“We tried,” she says. “We really did.”": a short full sentence right after an attributed quote goes on with it.
      const continuesSpeech =
        attribution === null && sameParagraphPrevious && lastAttributedInParagraph !== null && quotes[lastAttributedInParagraph]?.attributed === true &&
        priorSegmentEnd >= 0 && first.openMark - priorSegmentEnd < 60 && /[.!?]$/.test(text.slice(first.innerStart, first.innerEnd)) && !opensMidSentence(text, first.openMark);
      const sign = isSignQuote(text, first.openMark);
      // "said the final text was “a significant improvement”": a short phrase quoted inside a speaker's reported
      // clause is still their words; a short one with no speaker near it is a label or scare quote.
      // A single word far into a long clause ("had been rated in “fair” condition") is more often the writer's scare quote.
      const quotedInReport = attribution !== null && attribution.embedded === true && !(attribution.distant === true && words < 2);
      if (words <= SHORT_QUOTE_WORDS && !attributedBeside && !continuesSpeech && !sign && !quotedInReport) continue;
      if (attribution === null && !sign && looksLikeTitle(text, first.innerStart, first.innerEnd)) continue;
      if (isLabelQuote(text, first.openMark, words) || isNickname(text, first)) continue;
      // A sign speaks for nobody: its words are quoted without a speaker.
      if (sign) attribution = null;
    }

    const sameSpeakerAs: number | null = attribution === null ? lastAttributedInParagraph : null;
    const quoteIndex = quotes.length;
    quotes.push({
      type: "direct",
      start: first.innerStart,
      end: first.innerEnd,
      cue: attribution?.cue.text ?? null,
      cueStart: attribution?.cue.start ?? null,
      cueEnd: attribution?.cue.end ?? null,
      mention: attribution?.mention ?? null,
      sameSpeakerAs,
      key: quoteKey("direct", first.innerStart),
      sameSpeakerKey: sameSpeakerAs === null ? null : (quotes[sameSpeakerAs]?.key ?? null),
      attributed: attribution !== null,
      // A fragment quoted mid-sentence ("posed “a real and present danger” to", "the landing was “a great step”")
      // belongs to the reported clause around it when there is one.
      embedded: attribution?.embedded === true || (group.length === 1 && opensMidSentence(text, first.openMark)),
    });
    // A quote running over several paragraphs is one quote per paragraph, as each reopens its marks, all
    // spoken by whoever the first (or the attribution after the last) names.
    const firstQuote = quotes[quoteIndex];
    for (const segment of group.slice(1)) {
      if (firstQuote === undefined) break;
      const speakerOf = firstQuote.attributed || firstQuote.sameSpeakerAs === null ? quoteIndex : firstQuote.sameSpeakerAs;
      quotes.push({
        type: "direct",
        start: segment.innerStart,
        end: segment.innerEnd,
        cue: null,
        cueStart: null,
        cueEnd: null,
        mention: null,
        sameSpeakerAs: speakerOf,
        key: quoteKey("direct", segment.innerStart),
        sameSpeakerKey: quotes[speakerOf]?.key ?? null,
        attributed: false,
        embedded: false,
      });
    }
    lastAttributedInParagraph = attribution !== null || sameSpeakerAs !== null ? quotes.length - 1 : null;
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
 * "told the club's website he had “dreamed about the Premier League since …”": a subject and verb of the reporter's
 * own before the quote marks make the clause a report however much of it is quoted.
 */
function opensWithOwnClause(tokens: readonly Token[], contentFirst: number): boolean {
  let words = 0;
  for (let index = contentFirst; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind === "open-quote") return words >= 2;
    if (token.kind !== "word" && token.kind !== "number") return false;
    words++;
  }
  return false;
}

/**
 * Where reported content ends early: at ", adding that ..." / ", describing ..." (a participle that starts
 * a new clause) or at "(, ) and warned that ..." (a second reporting verb for the same speaker).
 * `next` is the token index of the cue that continues the speech, or -1.
 */
function cutReportedContent(tokens: readonly Token[], contentFirst: number, contentEnd: number, cueInRelativeClause = false): { end: number; next: number; otherSpeaker: number } {
  /** "a man entered the shop, threatened the pharmacist and demanded …": the content's own series of verbs. */
  let verbSeries = false;
  /** Inside quote marks the words are the speaker's own: "“considered and rejected through a speaking order”". */
  let quoted = false;
  for (let index = contentFirst + 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined || token.start >= contentEnd) break;
    if (token.kind === "open-quote") quoted = true;
    else if (token.kind === "close-quote") quoted = false;
    // "… 2,300 vehicles a day; labor minister urges …": a semicolon outside quote marks ends the report.
    if (token.text === ";" && !quoted) return { end: token.start, next: -1, otherSpeaker: -1 };
    const previous = tokens[index - 1];
    if (previous === undefined || token.kind !== "word" || quoted) continue;
    // "Lumora, which says it has 95 million users, said it would appeal": the relative clause ends at the
    // comma before the main verb, which reports more of the same speaker's words.
    // "Nadia Osei, who argued the case for the plaintiffs, said": a relative clause without a clause of its own
    // reported nothing; the main verb is the report, of the same speaker.
    if (cueInRelativeClause && previous.text === "," && !token.capitalized && REPORTING_VERBS.has(token.lower)) {
      return readsAsClause(tokens, contentFirst, index - 1) ? { end: previous.start, next: index, otherSpeaker: -1 } : { end: -1, next: -1, otherSpeaker: index };
    }
    // "said his side deserved a point and was critical of the decision": the speaker's own attitude, not the content.
    if (previous.lower === "and" && (token.lower === "was" || token.lower === "were") && SPEAKER_ATTITUDES.has(tokens[index + 1]?.lower ?? "")) {
      const beforeAnd = tokens[index - 2];
      return { end: beforeAnd !== undefined && beforeAnd.text === "," ? beforeAnd.start : previous.start, next: -1, otherSpeaker: -1 };
    }
    // "X said A, and Mr Y said B": a second speaker's report starts at the conjunction.
    if (previous.text === "," && SECOND_REPORT_CONJUNCTIONS.has(token.lower)) {
      const verb = secondReportVerb(tokens, index + 1, contentEnd);
      if (verb >= 0) return { end: previous.start, next: -1, otherSpeaker: verb };
    }
    // "When Reddick said the legislature had made a policy choice, the chief justice said …": a report inside an
    // opening subordinate clause ends at its comma, where the main clause begins.
    if (previous.text === "," && tokens[0]?.capitalized === true && SUBORDINATORS.has(tokens[0]?.lower ?? "") && contentFirst > 1 && !tokens.slice(1, contentFirst).some((before) => before.text === ",")) {
      const verb = secondReportVerb(tokens, index, contentEnd, true);
      return { end: previous.start, next: -1, otherSpeaker: verb };
    }
    if (PARTICIPIAL_CUES.has(token.lower) && previous.text === ",") {
      return { end: previous.start, next: SPEECH_PARTICIPLES.has(token.lower) ? index : -1, otherSpeaker: -1 };
    }
    if (previous.text === "," && !token.capitalized && token.lower.endsWith("ed") && !REPORTING_VERBS.has(token.lower)) verbSeries = true;
    // "said X, but acknowledged that Y" / "said X and accused Z of ...": a second verb of the speaker's own; but
    // "and demanded" closing the content's own series of verbs is still the content.
    const demandsThat = DEMANDING_THAT_VERBS.has(token.lower) && tokens[index + 1]?.lower === "that";
    // "… had been unanimous but declined to say whether …": a refusal to speak is the speaker's, not the content's.
    const refusesToSpeak = (token.lower === "declined" || token.lower === "refused") && tokens[index + 1]?.lower === "to" && WITHHELD_SPEECH.has(tokens[index + 2]?.lower ?? "");
    if ((previous.lower === "and" || previous.lower === "but") && !(verbSeries && previous.lower === "and") && /(ed|said|told|wrote)$/.test(token.lower) && (REPORTING_VERBS.has(token.lower) || SPEECH_ACT_VERBS.has(token.lower) || demandsThat || refusesToSpeak)) {
      const beforeAnd = tokens[index - 2];
      const cutAt = beforeAnd !== undefined && beforeAnd.text === "," ? beforeAnd.start : previous.start;
      return { end: cutAt, next: REPORTING_VERBS.has(token.lower) || demandsThat ? index : -1, otherSpeaker: -1 };
    }
  }
  return { end: contentEnd, next: -1, otherSpeaker: -1 };
}

const SECOND_REPORT_CONJUNCTIONS = wordSet(["and", "but", "while", "whereas"]);
/** What a speaker declines to do: "declined to say", "refused to comment". */
const WITHHELD_SPEECH = wordSet(["say", "comment", "elaborate", "speculate", "give", "discuss", "name", "confirm", "answer", "reveal", "disclose", "specify", "provide", "identify", "detail", "put"]);
const SPEAKER_ATTITUDES = wordSet(`critical scathing dismissive scornful unhappy furious angry frustrated adamant defiant confident optimistic
  pessimistic sceptical skeptical cautious careful keen eager reluctant quick pleased delighted disappointed upbeat bullish bearish`.split(/\s+/));

/** The index of the reporting verb of a named subject opening the clause at `first` ("Mr Ashworth said"), or -1. */
function secondReportVerb(tokens: readonly Token[], first: number, contentEnd: number, unnamed = false): number {
  const opener = tokens[first];
  // (`unnamed`: "the chief justice said" may open it too.)
  if (opener === undefined || opener.kind !== "word" || !(opener.capitalized || (unnamed && DETERMINERS.has(opener.lower)))) return -1;
  for (let index = first + 1; index < tokens.length && index - first <= 12; index++) {
    const token = tokens[index];
    if (token === undefined || token.start >= contentEnd) break;
    if (token.kind !== "word" || token.capitalized || !REPORTING_VERBS.has(token.lower)) continue;
    const phrase = subjectBefore(tokens, index, first);
    return phrase !== null && phrase.first === first ? index : -1;
  }
  return -1;
}

/** Verbs right after "that" which make it the subject of the reported clause ("said that was unfair"), not a complementizer. */
const DEMONSTRATIVE_VERBS = wordSet(["was", "is", "were", "are", "would", "will", "had", "has", "could", "might", "may", "must", "should", "remains", "remained", "meant", "means", "showed", "shows"]);

/** Whether the "that" at `index` introduces the reported clause (rather than being its subject). */
function isComplementizer(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === "that" && !DEMONSTRATIVE_VERBS.has(tokens[index + 1]?.lower ?? "");
}

/** Verbs that also take a plain object ("reported a loss", "added a second goal", "announced an 18% fall"). */
const OBJECT_VERBS = wordSet(`add adds added report reports reported announce announces announced confirm confirms confirmed post posts posted
  estimate estimates estimated reveal reveals revealed note notes noted predict predicts predicted disclose discloses disclosed
  deny denies denied acknowledge acknowledges acknowledged recall recalls recalled describe describes described concede concedes conceded
  admit admits admitted`.split(/\s+/));
const MODALS = wordSet(["would", "will", "could", "can", "may", "might", "should", "must", "shall"]);

/** Object verbs that news also writes before their subject ("…, added the minister", "…, noted Smith"). */
const INVERTED_OBJECT_VERBS = wordSet(["add", "adds", "added", "note", "notes", "noted"]);
/** Describing verbs report content only with "that": "described the town as calm" is no quote. */
const DESCRIBE_VERBS = wordSet(["describe", "describes", "described"]);
/** Words that open a noun phrase, not a clause: after an object verb they mean no speech is reported. */
const OBJECT_OPENERS = wordSet(["a", "an", "its", "his", "her", "their", "our", "my", "another", "some", "any"]);

function isObjectNotContent(verb: string, first: Token, complementizer: boolean, second?: Token): boolean {
  if (complementizer) return false;
  if (DESCRIBE_VERBS.has(verb)) return true;
  // "a lawyer who argued the case for the plaintiffs": the lawyer's case, not words reported.
  if (ARGUE_VERBS.has(verb) && first.lower === "the" && (second?.lower === "case" || second?.lower === "appeal")) return true;
  // "posted samples of the stolen data": a bare plural noun followed by a preposition is an object, not a clause.
  // "conceded defeat within hours": a bare noun before a preposition likewise, for a verb that takes objects.
  const bareObject = first.kind === "word" && !first.capitalized && !PRONOUN_SUBJECTS.has(first.lower) && !NOMINATIVE_PRONOUNS.has(first.text) && first.lower !== "it" && second !== undefined && CONTENT_BLOCKERS.has(second.lower);
  return OBJECT_VERBS.has(verb) && (OBJECT_OPENERS.has(first.lower) || first.kind === "number" || bareObject);
}

const ARGUE_VERBS = wordSet(["argue", "argues", "argued"]);
const DECLARING_VERBS = wordSet(["declare", "declares", "declared", "pronounce", "pronounces", "pronounced"]);
const WARNING_VERBS = wordSet(["warn", "warns", "warned", "caution", "cautions", "cautioned"]);

/** "cautioned farmers against smuggling", "warned residents about scams": whom the warning is for, then its subject. */
function warnsSomeoneAgainst(tokens: readonly Token[], first: number): boolean {
  for (let index = first; index < tokens.length && index - first <= 3; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word") return false;
    if (index > first && (token.lower === "against" || token.lower === "about")) return true;
    if (AUXILIARIES.has(token.lower) || IRREGULAR_PAST.has(token.lower) || token.lower.endsWith("ed")) return false;
  }
  return false;
}

/**
 * "“…,” she said, adding that …": the speaker of a direct quote's attribution, which ends at `comma`, for a speech
 * participle after it. Null unless the tokens before the comma are a subject and a speech verb right after the
 * quote's closing mark.
 */
function quoteAttributionSubject(tokens: readonly Token[], comma: number): NounPhrase | null {
  const verb = tokens[comma - 1];
  if (verb === undefined || verb.kind !== "word" || !SPEECH_VERBS.has(verb.lower)) return null;
  const phrase = subjectBefore(tokens, comma - 1, 0);
  if (phrase === null) return null;
  const before = tokens[phrase.first - 1];
  return before !== undefined && before.kind === "close-quote" ? phrase : null;
}

/** `end`, or where ", according to …" starts before it: the source of the report is not part of its content. */
function untilAccordingTo(tokens: readonly Token[], first: number, end: number): number {
  for (let index = first + 1; index < tokens.length - 2; index++) {
    const token = tokens[index] as Token;
    if (token.start >= end) break;
    if (token.text === "," && tokens[index + 1]?.lower === "according" && tokens[index + 2]?.lower === "to") return token.start;
  }
  return end;
}

/** Whether the clause [floor, end) opens with its speaker and a reporting verb ("Air Canada said …"). */
function subjectReportsClause(text: string, tokens: readonly Token[], floor: number, end: number): boolean {
  for (let index = floor + 1; index < end && index - floor < 12; index++) {
    if (cueAt(text, tokens, index, REPORTING_VERBS) === null) continue;
    const phrase = subjectBefore(tokens, index, floor);
    if (phrase === null || phrase.first !== floor) return false;
    // A named speaker, and a clause after the verb ("reported receiving fees" reports no speech).
    const kind = mentionFor(text, tokens, phrase)?.kind;
    return (kind === "person" || kind === "organization") && !(tokens[index + 1]?.lower.endsWith("ing") ?? false);
  }
  return false;
}

/** Verbs of finding and ruling, which report content only with "that" ("the judge found that …", not "found the car"). */
const FINDING_THAT_VERBS = wordSet(["find", "finds", "found", "rule", "rules", "ruled", "determine", "determines", "determined"]);

/** Verbs that report what someone said should happen, but only with "that" ("demanded that the corporation start …"). */
const DEMANDING_THAT_VERBS = wordSet(["demand", "demands", "demanded", "urge", "urges", "urged", "recommend", "recommends", "recommended", "propose", "proposes", "proposed", "promise", "promises", "promised", "pledge", "pledges", "pledged"]);

function findingCueAt(text: string, tokens: readonly Token[], index: number): Cue | null {
  const token = tokens[index];
  if (token === undefined || token.kind !== "word" || token.capitalized || tokens[index + 1]?.lower !== "that") return null;
  if (FINDING_THAT_VERBS.has(token.lower)) return cueAt(text, tokens, index, FINDING_THAT_VERBS);
  if (DEMANDING_THAT_VERBS.has(token.lower)) return cueAt(text, tokens, index, DEMANDING_THAT_VERBS);
  return null;
}

/** Documents that "find" things in a headline's tail ("…, study finds", "…, report shows"). */
const FINDING_DOCUMENTS = wordSet(["study", "studies", "report", "survey", "research", "poll", "analysis", "review", "audit", "trial", "data", "paper"]);
const FINDING_VERBS = wordSet(["finds", "found", "shows", "showed", "suggests", "suggested", "concludes", "concluded", "reveals", "revealed", "says"]);

/**
 * "…, study finds", "…, new report shows": a clause-final "(a/the/new) document verb" with nothing after it but
 * punctuation. Returns the cue (the verb), or null.
 */
function documentFindingAt(text: string, tokens: readonly Token[], first: number): Cue | null {
  let index = first;
  if (tokens[index]?.lower === "a" || tokens[index]?.lower === "the" || tokens[index]?.lower === "new") index++;
  if (tokens[index]?.lower === "new") index++;
  const document = tokens[index];
  const verb = tokens[index + 1];
  if (document === undefined || verb === undefined || document.kind !== "word" || !FINDING_DOCUMENTS.has(document.lower) || !FINDING_VERBS.has(verb.lower)) return null;
  for (let rest = index + 2; rest < tokens.length; rest++) if (tokens[rest]?.kind === "word" || tokens[rest]?.kind === "number") return null;
  return { index: index + 1, lastIndex: index + 1, start: verb.start, end: verb.end, text: text.slice(verb.start, verb.end) };
}

/** Past forms without "-ed" that show reported content is a clause ("reported the company lost money"). */
const IRREGULAR_PAST = wordSet(`was were had did lost won fell rose grew took made said told found gave came went saw knew thought left paid sold
  bought spent cut hit put set kept held led met ran began became brought built caught fought sent struck stood shut wrote broke
  chose drove flew hid rode sank shot spoke stole threw wore understood meant felt heard sat lay laid hung got`);
const AUXILIARIES = wordSet(`is are am be been will would can could should may might must shall do does has have`);

/**
 * Whether tokens [first, end) read as a clause, with a verb: an auxiliary, a past form, or an "-s" form that
 * something follows ("the plan costs more"). "announced similar in-house chip projects" has none: an object.
 */
function readsAsClause(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word" || token.capitalized) continue;
    const lower = token.lower;
    if (AUXILIARIES.has(lower) || IRREGULAR_PAST.has(lower) || (lower.length > 3 && lower.endsWith("ed"))) return true;
    // "the plan works well" reads as a clause; "the results at the centre" does not (an article makes it a noun).
    if (index > first && lower.length > 3 && lower.endsWith("s") && !lower.endsWith("ss") && tokens[index + 1]?.kind === "word" && !DETERMINERS.has(tokens[index - 1]?.lower ?? "") && tokens[index - 1]?.possessive !== true) return true;
  }
  return false;
}
/** "admitted 38 offences after untreated waste poured …": the index of the first subordinating word after `first`, or the sentence's end. */
function subordinateClauseStart(tokens: readonly Token[], first: number): number {
  for (let index = first + 1; index < tokens.length; index++) if (SUBORDINATORS.has(tokens[index]?.lower ?? "") && tokens[index]?.capitalized === false) return index;
  return tokens.length;
}

/** The index of the first ", <speech participle>" after `first`, or the sentence's end. */
function participleClauseStart(tokens: readonly Token[], first: number): number {
  for (let index = first + 1; index < tokens.length - 1; index++) {
    if (tokens[index]?.text === "," && PARTICIPIAL_CUES.has(tokens[index + 1]?.lower ?? "")) return index;
  }
  return tokens.length;
}

/** Whether tokens [first, end) hold an auxiliary or a past form: a clause, not just a noun phrase ("The passages at issue"). */
function hasPastOrAuxiliary(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word" || token.capitalized) continue;
    if (AUXILIARIES.has(token.lower) || IRREGULAR_PAST.has(token.lower) || (token.lower.length > 3 && token.lower.endsWith("ed"))) return true;
  }
  return false;
}
const PRONOUN_SUBJECTS = wordSet(["this", "it", "its", "his", "hers", "theirs", "others", "ours"]);

/** "saying", "pointing out": a speech participle, with the particle it needs. */
/**
 * "Another patient, Gareth Lloyd, from Bridgend, said": where a speaker is from, set off before the verb, is not part
 * of the subject. The index to read the subject back from: the comma before "from", or `cueIndex`.
 */
function placeOfOriginStart(tokens: readonly Token[], cueIndex: number): number {
  if (tokens[cueIndex - 1]?.text !== ",") return cueIndex;
  let index = cueIndex - 2;
  while (index > 0 && tokens[index]?.capitalized === true && cueIndex - index <= 5) index--;
  return index < cueIndex - 2 && tokens[index]?.lower === "from" && tokens[index - 1]?.text === "," ? index - 1 : cueIndex;
}

/**
 * "Confirming the rescue in a statement, yesterday, the Police Public Relations Officer, PPRO, in the state, SP Williams
 * Ayeni, said …": a full name set off last in a chain of appositives before the verb, with no verb before it, is the subject.
 */
function appositiveNameSubject(tokens: readonly Token[], phrase: NounPhrase | null, floor: number): NounPhrase | null {
  const part = phrase?.parts[phrase.parts.length - 1];
  if (part === undefined || tokens[part.first - 1]?.text !== ",") return null;
  const words = tokens.slice(part.first, part.last + 1);
  const capitalised = words.filter((token) => token.kind === "word" && token.capitalized).length;
  if (capitalised < 2 || !words.every((token) => token.capitalized || token.text === ".") || words.some((token) => ORGANIZATION_WORDS.has(token.lower))) return null;
  return readsAsClause(tokens, floor, part.first - 1) ? null : { first: part.first, last: part.last, parts: [part] };
}

/**
 * The comma before a closing "…, she said." / "…, Raman said." (a pronoun or a name of one or two words, then a
 * reporting verb, then only the full stop), or -1.
 */
function closingAttributionComma(text: string, tokens: readonly Token[], floor: number): number {
  let last = tokens.length - 1;
  if (tokens[last]?.kind !== "punct" || !".!?".includes(tokens[last]?.text ?? "")) return -1;
  last--;
  const verb = tokens[last];
  if (verb === undefined || cueAt(text, tokens, last, REPORTING_VERBS) === null || AUDIENCE_VERBS.has(verb.lower)) return -1;
  let subjectFirst = last - 1;
  const subject = tokens[subjectFirst];
  if (subject === undefined || subject.kind !== "word") return -1;
  if (!NOMINATIVE_PRONOUNS.has(subject.text) && subject.lower !== "it") {
    if (!subject.capitalized) return -1;
    if (tokens[subjectFirst - 1]?.capitalized === true && tokens[subjectFirst - 1]?.kind === "word") subjectFirst--;
  }
  const comma = subjectFirst - 1;
  return comma > floor + 3 && tokens[comma]?.text === "," ? comma : -1;
}

/**
 * "with Pune Urban Metro Corporation (PUMC) managing director Rajesh Kulkarni saying": the index before the
 * organisation and its bracketed short name that own the office, when `index` is that bracket's ")"; else `index`.
 */
function beforeBracketedOwner(tokens: readonly Token[], index: number): number {
  if (tokens[index]?.text !== ")") return index;
  let open = index - 1;
  while (open > index - 6 && open > 0 && tokens[open]?.text !== "(") open--;
  if (tokens[open]?.text !== "(") return index;
  let before = open - 1;
  while (before >= 0 && tokens[before]?.capitalized === true) before--;
  return before;
}

function isSpeechParticiple(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || !SPEECH_PARTICIPLES.has(token.lower)) return false;
  return !PARTICLE_REQUIRED.has(token.lower) || tokens[index + 1]?.lower === PHRASAL_CUES.get(token.lower);
}

/** Every word that can make a sentence report speech: most sentences have none, and need no closer look. */
const REPORT_WORDS = wordSet([...REPORTING_VERBS, ...FINDING_THAT_VERBS, ...DEMANDING_THAT_VERBS, ...FINDING_VERBS, ...SPEECH_PARTICIPLES, "according", "heard"]);

/** Hearings whose "heard" reports evidence put to them by people the sentence does not name ("The court heard …"). */
const HEARING_BODIES = wordSet(["court", "jury", "jurors", "inquest", "tribunal", "hearing", "inquiry", "magistrate", "judge", "committee", "panel", "commission"]);

/**
 * "The court heard Doyle created fake invoices", "The inquest heard that …", "Jurors were told …": court reporting's
 * report of evidence, whose speaker the sentence leaves unnamed. Returns the cue, or null.
 */
function hearingCueAt(text: string, tokens: readonly Token[], floor: number): { cue: Cue; contentFirst: number } | null {
  let index = floor;
  if (DETERMINERS.has(tokens[index]?.lower ?? "")) index++;
  if (!HEARING_BODIES.has(tokens[index]?.lower ?? "")) return null;
  const verb = tokens[index + 1];
  if (verb === undefined) return null;
  let last = index + 1;
  if (verb.lower === "was" || verb.lower === "were") {
    if (tokens[index + 2]?.lower !== "told") return null;
    last = index + 2;
  } else if (verb.lower !== "heard") return null;
  let contentFirst = last + 1;
  const complementizer = tokens[contentFirst]?.lower === "that";
  if (complementizer) contentFirst++;
  const first = tokens[contentFirst];
  if (first === undefined || (first.kind !== "word" && first.kind !== "number")) return null;
  // "The court heard evidence from …", "heard from the victim's mother", "heard how …": what was heard is named, not reported.
  if (!complementizer && HEARD_OBJECTS.has(first.lower)) return null;
  return { cue: cueOf(text, tokens, index + 1, last), contentFirst };
}

const HEARD_OBJECTS = wordSet(["from", "evidence", "testimony", "submissions", "arguments", "how", "about", "of", "closing", "opening", "statements", "appeals", "an", "a"]);
/** The same words by vocabulary index (every word of a word set is in the vocabulary), read without hashing. */
const REPORT_WORD_FLAGS = ((): Uint8Array => {
  const indexes = [...REPORT_WORDS].map((word) => vocabularyIndex(word));
  const flags = new Uint8Array(Math.max(0, ...indexes) + 1);
  for (const index of indexes) if (index >= 0) flags[index] = 1;
  return flags;
})();

function mayReport(token: Token): boolean {
  return token.wordIndex >= 0 && REPORT_WORD_FLAGS[token.wordIndex] === 1;
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
    if (tokens.length < 4 || !tokens.some(mayReport)) return;
    const floor = clauseFloor(tokens, isParagraphStart);
    const sentenceEnd = endWithoutTerminalPunctuation(text, sentence.start, sentence.end);

    /** Emits the reported clause; returns the token index of a second speaker's cue that ends it ("…, and Y said"), or -1. */
    const emit = (type: QuoteType, cue: Cue, mention: MentionInfo | null, contentFirst: number, contentEnd: number): number => {
      const firstToken = tokens[contentFirst];
      if (firstToken === undefined) return -1;
      const inRelativeClause = RELATIVE_OPENERS.has(tokens[cue.index - 1]?.lower ?? "");
      const cut = type === "according_to" ? { end: contentEnd, next: -1, otherSpeaker: -1 } : cutReportedContent(tokens, contentFirst, untilAccordingTo(tokens, contentFirst, contentEnd), inRelativeClause);
      if (cut.end < 0) return cut.otherSpeaker;
      const end = endWithoutTerminalPunctuation(text, firstToken.start, cut.end);
      if (firstToken.kind === "open-quote") return -1;
      if (wordCount(text, firstToken.start, end) < 3 || (coverage.mostlyQuoted(firstToken.start, end) && !opensWithOwnClause(tokens, contentFirst))) {
        // "He had denied the charge, claiming he had acted in self-defence", "He acknowledged the backlog but noted
        // that …": the object was no report, the participle or second verb is.
        const participle = tokens[cut.next];
        if (cut.next >= 0 && participle !== undefined && (SPEECH_PARTICIPLES.has(participle.lower) || REPORTING_VERBS.has(participle.lower)) && !coverage.usedCue(participle.start)) {
          const nextCue = cueAt(text, tokens, cut.next, REPORTING_VERBS) ?? { index: cut.next, lastIndex: cut.next, start: participle.start, end: participle.end, text: participle.text };
          let next = skipAdverbials(tokens, nextCue.lastIndex + 1, tokens.length);
          if (isComplementizer(tokens, next)) next++;
          const nextToken = tokens[next];
          if (nextToken !== undefined && (nextToken.kind === "word" || nextToken.kind === "number")) return emit(type, nextCue, mention, next, contentEnd);
        }
        return cut.otherSpeaker;
      }
      if (coverage.usedCue(cue.start)) return cut.otherSpeaker;
      const index = quotes.length;
      quotes.push({ type, start: firstToken.start, end, cue: cue.text, cueStart: cue.start, cueEnd: cue.end, mention, sameSpeakerAs: null, key: quoteKey(type, firstToken.start), sameSpeakerKey: null, attributed: mention !== null, embedded: false });
      // Further clauses by the same speaker: ", adding that ...", ", but acknowledged that ...".
      let nextCue = cut.next;
      for (let round = 0; round < 4 && nextCue >= 0; round++) {
        const participle = tokens[nextCue];
        if (participle === undefined) break;
        const verb = cueAt(text, tokens, nextCue, SPEECH_VERBS);
        // "pointing to thousands of megawatts": without its particle the participle reports nothing.
        if (verb === null && PARTICLE_REQUIRED.has(participle.lower)) break;
        const cueLast = verb?.lastIndex ?? nextCue;
        let next = skipAdverbials(tokens, cueLast + 1, tokens.length);
        if (isComplementizer(tokens, next)) next++;
        const nextToken = tokens[next];
        if (nextToken === undefined || nextToken.kind === "open-quote" || nextToken.kind === "punct") break;
        const nextCut = cutReportedContent(tokens, next, contentEnd);
        const participleEnd = endWithoutTerminalPunctuation(text, nextToken.start, nextCut.end);
        if (wordCount(text, nextToken.start, participleEnd) >= 3 && !coverage.mostlyQuoted(nextToken.start, participleEnd)) {
          const cueEndToken = tokens[cueLast] ?? participle;
          quotes.push({ type, start: nextToken.start, end: participleEnd, cue: text.slice(participle.start, cueEndToken.end), cueStart: participle.start, cueEnd: cueEndToken.end, mention: null, sameSpeakerAs: index, key: quoteKey(type, nextToken.start), sameSpeakerKey: quotes[index]?.key ?? null, attributed: false, embedded: false });
        }
        nextCue = nextCut.next;
      }
      return cut.otherSpeaker;
    };

    // "According to X, ..." / "..., according to X."
    for (let index = floor; index < tokens.length - 2; index++) {
      const cue = accordingToAt(text, tokens, index);
      if (cue === null) continue;
      let source = accordingSource(text, tokens, index + 2);
      // "According to police facts tendered to the court, Doyle made …", "According to Portuguese newspaper A Bola, …":
      // a source the phrase reader cannot take whole still ends at the comma before the clause it attributes.
      if (index === floor && (source === null || source.mention === null)) source = sourceUpToComma(text, tokens, index + 2) ?? source;
      // "According to the auditor general's latest report on municipal finances, Tshwane lost …": the document's own
      // complement runs on to the comma.
      else if (index === floor && source !== null && tokens[afterParenthesis(tokens, source.last + 1)]?.text !== ",") {
        const widened = sourceUpToComma(text, tokens, index + 2);
        // "According to the Office of the Controller of Budget, …": a name the phrase reader cut short is read whole.
        const wholeName = widened !== null && tokens.slice(index + 2, widened.last + 1).every((token) => token.capitalized || NAME_JOINERS.has(token.lower));
        if (widened !== null) source = wholeName && widened.mention !== null ? widened : { mention: source.mention, last: widened.last };
      }
      let mention = source?.mention ?? null;
      if (source === null || mention === null) return;
      // "Air Canada said it had cancelled 212 flights, according to a statement on its website": the statement is
      // where the speaker said it; the clause's own "X said" is the attribution (read below).
      if (index > floor && mention.kind !== "person" && mention.kind !== "organization" && subjectReportsClause(text, tokens, floor, index)) break;
      if (mention.kind === "pronoun" && index > floor) {
        // "Coastal Air lost $312 million, according to its filings": the possessive is the clause's subject.
        const subject = clauseSubject(tokens, floor, index);
        const subjectMention = subject === null ? null : mentionFor(text, tokens, subject);
        if (subjectMention !== null && subjectMention.kind !== "pronoun" && subjectMention.kind !== "group" && !subjectMention.descriptor && /^\p{Lu}/u.test(subjectMention.text)) mention = subjectMention;
      }
      if (index === floor) {
        let afterSource = afterParenthesis(tokens, source.last + 1);
        // "According to the Centre, which deployed 120 observers, voting …": the relative clause describes the source.
        if (tokens[afterSource]?.text === "," && RELATIVE_OPENERS.has(tokens[afterSource + 1]?.lower ?? "")) {
          for (let next = afterSource + 2; next < tokens.length && next - afterSource <= 24; next++) {
            const token = tokens[next];
            if (token === undefined || (token.kind === "punct" && ".;:!?".includes(token.text))) break;
            if (token.text === ",") {
              afterSource = next;
              break;
            }
          }
        }
        const comma = tokens[afterSource];
        if (comma !== undefined && comma.text === ",") emit("according_to", cue, mention, afterSource + 1, sentenceEnd);
        return;
      }
      const previous = tokens[index - 1];
      const contentLast = previous !== undefined && previous.text === "," ? index - 2 : index - 1;
      const lastContentToken = tokens[contentLast];
      if (lastContentToken !== undefined) emit("according_to", cue, mention, floor, lastContentToken.end);
      // "…, according to OCHA, which said that was “a fraction of what is needed”": the source's own words follow.
      const relativeComma = afterParenthesis(tokens, source.last + 1);
      const relativeCue = tokens[relativeComma]?.text === "," && RELATIVE_OPENERS.has(tokens[relativeComma + 1]?.lower ?? "") ? cueAt(text, tokens, relativeComma + 2, REPORTING_VERBS) : null;
      if (relativeCue !== null && !AUDIENCE_VERBS.has(tokens[relativeCue.index]?.lower ?? "")) {
        let contentFirst = skipAdverbials(tokens, relativeCue.lastIndex + 1, tokens.length);
        if (isComplementizer(tokens, contentFirst)) contentFirst++;
        const first = tokens[contentFirst];
        if (first !== undefined && (first.kind === "word" || first.kind === "number")) emit("indirect", relativeCue, mention, contentFirst, sentenceEnd);
      }
      return;
    }

    const hearing = hearingCueAt(text, tokens, floor);
    if (hearing !== null && !coverage.usedCue(hearing.cue.start)) {
      emit("indirect", hearing.cue, null, hearing.contentFirst, sentenceEnd);
      return;
    }

    // "Parents had reported pharmacies turning away prescriptions …, she said.": a closing attribution reports the
    // whole sentence, whatever verbs of speech its content holds.
    const closingComma = closingAttributionComma(text, tokens, floor);
    // "X said (on Monday) (that) ..." with the speaker opening a clause.
    let emitted = false;
    for (let index = Math.max(floor + 1, closingComma); index < tokens.length - 1; index++) {
      const cue = cueAt(text, tokens, index, REPORTING_VERBS) ?? findingCueAt(text, tokens, index);
      if (cue === null || coverage.usedCue(cue.start)) continue;
      let phrase = subjectBefore(tokens, placeOfOriginStart(tokens, index), floor);
      if (phrase === null || !startsClause(tokens, phrase.first, floor)) phrase = coordinatedSubject(tokens, index, floor) ?? relativeAntecedent(tokens, index, floor) ?? appositiveNameSubject(tokens, phrase, floor);
      if (phrase === null) continue;
      const finding = FINDING_THAT_VERBS.has(tokens[index]?.lower ?? "");
      // "the NTSB’s preliminary report found that …": the document's owner found it.
      if (finding && SOURCE_DOCUMENT_NOUNS.has(tokens[phrase.last]?.lower ?? "")) {
        let owner = phrase.last - 1;
        while (owner >= phrase.first && !(tokens[owner]?.possessive === true && tokens[owner]?.capitalized === true)) owner--;
        if (owner < phrase.first) continue;
        phrase = { first: phrase.first, last: owner, parts: [{ first: phrase.first, last: owner }] };
      }
      let mention = mentionFor(text, tokens, phrase);
      // "drew criticism from progressive aldermen, who argued it did …": the relative pronoun names nobody; its antecedent does.
      if (mention === null && RELATIVE_OPENERS.has(tokens[index - 1]?.lower ?? "")) {
        const antecedent = relativeAntecedent(tokens, index, floor);
        if (antecedent !== null) {
          phrase = antecedent;
          mention = mentionFor(text, tokens, antecedent);
        }
      }
      if (mention === null) continue;
      // "It found that …" of a study is a finding, not speech; a judge's "found that" ("She also found that …") is her ruling.
      if (finding && ((mention.kind === "pronoun" && mention.pronoun !== "male" && mention.pronoun !== "female") || mention.kind === "group")) continue;
      let contentFirst = cue.lastIndex + 1;
      if (AUDIENCE_VERBS.has(tokens[index]?.lower ?? "")) {
        const audienceEnd = afterAudience(tokens, contentFirst);
        if (audienceEnd < 0) continue;
        contentFirst = audienceComplementEnd(tokens, listedAudienceEnd(tokens, audienceEnd));
      }
      contentFirst = skipAdverbials(tokens, contentFirst, tokens.length, true);
      const afterCue = tokens[contentFirst];
      const beforeSubject = tokens[phrase.first - 1];
      if (phrase.first > floor + 2 && beforeSubject?.text === "," && (afterCue === undefined || afterCue.text === "," || (afterCue.kind === "punct" && ".!?".includes(afterCue.text)))) {
        // A parenthetical attribution: "The probe landed at 12:20 a.m., JAXA said, a level of accuracy …",
        // "The cause was under investigation, Liu said, though she pointed out that …".
        const continues = afterCue?.text === "," ? tokens[contentFirst + 1] : undefined;
        // "The passages at issue, he argued, concerned …": a verb after the attribution finishes the clause it split.
        const midClause = continues !== undefined && continues.kind === "word" && !continues.capitalized && (CLAUSE_CONTINUATIONS.has(continues.lower) || (/[^e]ed$/.test(continues.lower) && !REPORTING_VERBS.has(continues.lower) && !hasPastOrAuxiliary(tokens, floor, phrase.first - 1)));
        const lastBefore = tokens[phrase.first - 2];
        // "Under the rules, she added, mandatory verification had …": an adverbial before the attribution reports
        // nothing of its own; the clause after it is the content.
        const clauseAfter = continues !== undefined && (continues.kind === "word" || continues.kind === "number") && !CLAUSE_CONTINUATIONS.has(continues.lower) && !COORDINATORS.has(continues.lower) && !CONTRASTIVE_CONJUNCTIONS.has(continues.lower);
        if (clauseAfter && !midClause && !readsAsClause(tokens, floor, phrase.first - 1) && readsAsClause(tokens, contentFirst + 1, tokens.length)) {
          emit("indirect", cue, mention, contentFirst + 1, sentenceEnd);
          emitted = true;
          index = tokens.length;
          continue;
        }
        if (lastBefore !== undefined) emit("indirect", cue, mention, floor, midClause ? sentenceEnd : lastBefore.end);
        // "The difference may sound small, she explained, but over a decade it adds up ...": the clause joined
        // after the attribution is the same speaker's too.
        const conjunction = continues;
        if (!midClause && conjunction !== undefined && (COORDINATORS.has(conjunction.lower) || CONTRASTIVE_CONJUNCTIONS.has(conjunction.lower)) && !conjunction.capitalized) {
          let next = contentFirst + 2;
          if (tokens[next]?.lower === "that") next++;
          const nextToken = tokens[next];
          // "…, Liu said, though she pointed out that …" has a cue of its own, read later.
          const ownCue = [next + 1, next + 2, next + 3].some((at) => cueAt(text, tokens, at, REPORTING_VERBS) !== null);
          if (nextToken !== undefined && (nextToken.kind === "word" || nextToken.kind === "number") && !ownCue) {
            emit("indirect", cue, mention, next, sentenceEnd);
            index = tokens.length;
          }
        }
        emitted = true;
        index = contentFirst;
        continue;
      }
      contentFirst = skipAdverbials(tokens, contentFirst, tokens.length);
      const complementizer = isComplementizer(tokens, contentFirst);
      if (complementizer) contentFirst++;
      const first = tokens[contentFirst];
      // "says $8 is too low": a currency sign before a number opens the content.
      const currency = first !== undefined && "$£€¥₹".includes(first.text) && tokens[contentFirst + 1]?.kind === "number";
      if (first === undefined || (first.kind === "punct" && !currency) || first.kind === "open-quote") {
        if (first !== undefined && (first.kind === "open-quote" || first.text === ":")) return;
        continue;
      }
      if (!complementizer && CONTENT_BLOCKERS.has(first.lower) && !first.capitalized && !opensQuantity(tokens, contentFirst)) continue;
      // "would tell the doctoral student who filled that jar": a relative clause describes the audience; it reports nothing.
      if (!complementizer && (RELATIVE_OPENERS.has(first.lower) || first.lower === "where")) continue;
      if (isObjectNotContent(tokens[index]?.lower ?? "", first, complementizer, tokens[contentFirst + 1])) continue;
      if (!complementizer && WARNING_VERBS.has(tokens[index]?.lower ?? "") && warnsSomeoneAgainst(tokens, contentFirst)) continue;
      // "Peru declared a 90-day environmental emergency", "declared the meeting open": without "that", declaring is an act.
      if (!complementizer && DECLARING_VERBS.has(tokens[index]?.lower ?? "")) continue;
      // "have announced similar in-house chip projects": what an object verb reports without "that" must be a clause.
      // … up to a participle that starts a report of its own ("announced the results at the centre, saying turnout had …").
      if (!complementizer && OBJECT_VERBS.has(tokens[index]?.lower ?? "") && (first.kind === "number" || (first.kind === "word" && !first.capitalized)) && !readsAsClause(tokens, contentFirst, Math.min(participleClauseStart(tokens, contentFirst), subordinateClauseStart(tokens, contentFirst)))) {
        // "announced the results at the collation centre, saying turnout had reached …": the participle reports.
        const participleComma = participleClauseStart(tokens, contentFirst);
        const participle = tokens[participleComma + 1];
        if (participle !== undefined && isSpeechParticiple(tokens, participleComma + 1) && !coverage.usedCue(participle.start)) {
          let participleContent = skipAdverbials(tokens, participleComma + 2, tokens.length);
          if (isComplementizer(tokens, participleContent)) participleContent++;
          const opener = tokens[participleContent];
          if (opener !== undefined && (opener.kind === "word" || opener.kind === "number")) {
            emit("indirect", cueOf(text, tokens, participleComma + 1, participleComma + 1), mention, participleContent, sentenceEnd);
            return;
          }
        }
        continue;
      }
      const otherSpeaker = emit("indirect", cue, mention, contentFirst, sentenceEnd);
      if (otherSpeaker > index) {
        index = otherSpeaker - 1;
        continue;
      }
      return;
    }
    if (emitted) return;

    // "…, with the International Energy Agency (IEA) saying last week that …": the participle's own subject.
    for (let index = floor + 2; index < tokens.length - 3; index++) {
      const token = tokens[index];
      if (token === undefined || !isSpeechParticiple(tokens, index)) continue;
      // "with … managing director Rajesh Kulkarni on Tuesday saying": a time adverbial between subject and participle.
      let subjectEnd = index;
      if (startsTimeAdverbial(tokens, index - 2) && tokens[index - 2]?.capitalized === false) subjectEnd = index - 2;
      else if (startsTimeAdverbial(tokens, index - 1)) subjectEnd = index - 1;
      const subject = subjectBefore(tokens, subjectEnd, floor);
      if (subject === null || tokens[beforeBracketedOwner(tokens, subject.first - 1)]?.lower !== "with") continue;
      const mention = mentionFor(text, tokens, subject);
      if (mention === null) break;
      let contentFirst = skipAdverbials(tokens, index + 1, tokens.length);
      if (tokens[contentFirst]?.lower === "that") contentFirst++;
      const first = tokens[contentFirst];
      if (first === undefined || (first.kind !== "word" && first.kind !== "number")) break;
      const cue: Cue = cueOf(text, tokens, index, index);
      if (!coverage.usedCue(cue.start)) emit("indirect", cue, mention, contentFirst, sentenceEnd);
      break;
    }

    // "Osei declined to predict, saying only that ...": a speech participle after the clause of a named subject.
    for (let index = floor + 2; index < tokens.length - 3; index++) {
      const token = tokens[index];
      const separator = tokens[index - 1]?.text ?? "";
      // "…, saying only that", "— vowing his side will …".
      if (token === undefined || !(separator === "," || separator === "\u2014" || separator === "\u2013") || !isSpeechParticiple(tokens, index)) continue;
      // "“It is a victory …,” he said, adding that": the quote's attribution, not a subject inside the quote marks.
      const phrase = quoteAttributionSubject(tokens, index - 1) ?? clauseSubject(tokens, floor, index - 1);
      if (phrase === null) break;
      const mention = mentionFor(text, tokens, phrase);
      if (mention === null) break;
      let contentFirst = index + 1;
      if (AUDIENCE_VERBS.has(token.lower)) contentFirst = afterAudience(tokens, contentFirst);
      if (contentFirst < 0) break;
      contentFirst = skipAdverbials(tokens, contentFirst, tokens.length);
      if (tokens[contentFirst]?.lower === "only") contentFirst++;
      if (tokens[contentFirst]?.lower === "that") contentFirst++;
      const first = tokens[contentFirst];
      if (first === undefined || first.kind !== "word" && first.kind !== "number") break;
      const cue: Cue = cueOf(text, tokens, index, index);
      if (coverage.usedCue(cue.start)) break;
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
      const finding = documentFindingAt(text, tokens, tailFirst);
      if (finding !== null) {
        // "…, study finds": an unnamed study speaks for nobody the article names.
        const contentLast = tokens[comma - 1];
        if (contentLast !== undefined && !coverage.usedCue(finding.start)) emit("indirect", finding, null, floor, contentLast.end);
        return;
      }
      let cue = cueAt(text, tokens, tailFirst, REPORTING_VERBS);
      // "…, including 214 in Maryland, denied the allegations.": a verb that takes an object is not inverted before its subject.
      if (cue !== null && OBJECT_VERBS.has(tokens[tailFirst]?.lower ?? "") && !INVERTED_OBJECT_VERBS.has(tokens[tailFirst]?.lower ?? "")) cue = null;
      let mention: MentionInfo | null = null;
      let afterTail = -1;
      let passiveAudience = false;
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
            const audienceEnd = afterAudience(tokens, rest);
            if (audienceEnd >= 0) rest = audienceEnd;
            // "…, extradition court told": with nobody after it, "told" is passive and the court its audience.
            else if (tokens[rest] === undefined || tokens[rest]?.kind === "punct") passiveAudience = true;
          }
          afterTail = skipAdverbials(tokens, rest, tokens.length);
          break;
        }
      }
      if (passiveAudience && cue !== null && !coverage.usedCue(cue.start)) {
        const contentLast = tokens[comma - 1];
        if (contentLast !== undefined) emit("indirect", cue, null, floor, contentLast.end);
        return;
      }
      if (cue === null || mention === null || coverage.usedCue(cue.start)) continue;
      // Nothing but closing punctuation may follow the attribution, or a description of its speaker ("…, said Dr
      // Farhana Yasmin, resident surgeon at the hospital.").
      if (afterTail >= 0 && tokens[afterTail]?.text === "," && describesSpeaker(tokens, afterTail + 1)) afterTail = tokens.length;
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
