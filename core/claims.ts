/**
 * Scores each sentence for check-worthiness: concrete numbers, dates, named entities, past-tense events,
 * comparisons and causes raise the score; questions, predictions, opinions and bare attributions lower it.
 */

import { MONTHS, SENTENCE_STARTERS, WEEKDAYS } from "./lexicon";
import type { Token } from "./tokens";
import type { ClaimKind } from "./types";

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word !== ""));
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

export interface ClaimScore {
  score: number;
  kind: ClaimKind;
}

/**
 * @param isHeadline the article's first line, when it has no closing punctuation.
 * @param insideDirectQuote the sentence is (mostly) a direct quotation: first-person talk is rarely checkable.
 */
export function scoreSentence(sentence: string, tokens: readonly Token[], isHeadline: boolean, insideDirectQuote: boolean): ClaimScore {
  let words = 0;
  let numbers = 0;
  let entities = 0;
  let events = 0;
  let statistic = false;
  let dates = 0;
  tokens.forEach((token, index) => {
    if (token.kind === "number") {
      numbers++;
      if (/^(1[89]|20)\d\d$/.test(token.text)) dates++;
      return;
    }
    if (token.kind === "punct") {
      if (token.text === "%" || token.text === "$" || token.text === "\u20ac" || token.text === "\u00a3") statistic = statistic || token.text === "%";
      return;
    }
    if (token.kind !== "word") return;
    words++;
    const lower = token.lower;
    if (NUMBER_WORDS.has(lower)) numbers++;
    if (STATISTIC_WORDS.has(lower)) statistic = true;
    if (EVENT_VERBS.has(lower)) events++;
    if (WEEKDAYS.has(lower) || (MONTHS.has(lower) && token.capitalized && lower !== "may")) dates++;
    if (token.capitalized && ((index > 0 && tokens[index - 1]?.kind !== "punct") || (index === 0 && !SENTENCE_STARTERS.has(lower)))) entities++;
  });
  if (words < 4) return { score: 0, kind: "other" };

  const comparison = COMPARISON_PATTERNS.test(sentence);
  const causal = CAUSAL_PATTERNS.test(sentence);
  const future = FUTURE_PATTERNS.test(sentence);
  const opinion = OPINION_PATTERNS.test(sentence);
  if (DATE_PATTERN.test(sentence)) dates++;
  const ongoingEvent = PROGRESSIVE_PATTERN.test(sentence);
  const question = /\?\s*["'\u201d\u2019]?\s*$/.test(sentence);

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
