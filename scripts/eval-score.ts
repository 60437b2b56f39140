/**
 * Pure scoring logic for `npm run eval`: gold-file validation, locating gold texts in their article,
 * span matching, speaker-name matching and precision/recall/F1 arithmetic. No I/O here so it can be
 * unit-tested table by table (see eval-score.test.ts).
 */

export type GoldQuoteType = "direct" | "indirect" | "according_to";
export type GoldSpeakerKind = "person" | "organization";

export interface GoldSpeaker {
  id: string;
  name: string;
  aliases: string[];
  kind: GoldSpeakerKind;
}

export interface GoldQuote {
  type: GoldQuoteType;
  text: string;
  speaker: string | null;
  cue: string | null;
}

export interface GoldClaim {
  text: string;
  kind: string;
}

export interface GoldFile {
  speakers: GoldSpeaker[];
  quotes: GoldQuote[];
  claims: GoldClaim[];
}

export interface TextSpan {
  start: number;
  end: number;
}

const QUOTE_TYPES: readonly string[] = ["direct", "indirect", "according_to"];
const SPEAKER_KINDS: readonly string[] = ["person", "organization"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks the shape of a parsed gold file. Returns the gold and a list of human-readable problems;
 * the gold is only usable when the list is empty. Problems name the offending entry (e.g. `quotes[3].speaker`)
 * so whoever wrote the file can find it.
 */
export function validateGold(raw: unknown): { gold: GoldFile | null; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) return { gold: null, problems: ["top level is not a JSON object"] };

  const speakers: GoldSpeaker[] = [];
  const quotes: GoldQuote[] = [];
  const claims: GoldClaim[] = [];

  for (const key of ["speakers", "quotes", "claims"] as const) {
    if (!Array.isArray(raw[key])) problems.push(`"${key}" is missing or not an array`);
  }

  const speakerIds = new Set<string>();
  const rawSpeakers: unknown[] = Array.isArray(raw.speakers) ? raw.speakers : [];
  rawSpeakers.forEach((entry, i) => {
    const where = `speakers[${i}]`;
    if (!isRecord(entry)) return problems.push(`${where} is not an object`);
    const { id, name, aliases, kind } = entry;
    if (typeof id !== "string" || id === "") problems.push(`${where}.id must be a non-empty string`);
    else if (speakerIds.has(id)) problems.push(`${where}.id "${id}" is used twice`);
    if (typeof name !== "string" || name.trim() === "") problems.push(`${where}.name must be a non-empty string`);
    const aliasList = aliases === undefined ? [] : aliases;
    if (!Array.isArray(aliasList) || !aliasList.every((alias) => typeof alias === "string")) {
      problems.push(`${where}.aliases must be an array of strings`);
    }
    if (typeof kind !== "string" || !SPEAKER_KINDS.includes(kind)) {
      problems.push(`${where}.kind must be one of ${SPEAKER_KINDS.join(", ")}`);
    }
    if (typeof id === "string" && typeof name === "string") {
      speakerIds.add(id);
      speakers.push({
        id,
        name,
        aliases: Array.isArray(aliasList) ? aliasList.filter((a): a is string => typeof a === "string") : [],
        kind: kind === "organization" ? "organization" : "person",
      });
    }
    return undefined;
  });

  const rawQuotes: unknown[] = Array.isArray(raw.quotes) ? raw.quotes : [];
  rawQuotes.forEach((entry, i) => {
    const where = `quotes[${i}]`;
    if (!isRecord(entry)) return problems.push(`${where} is not an object`);
    const { type, text, speaker, cue } = entry;
    if (typeof type !== "string" || !QUOTE_TYPES.includes(type)) {
      problems.push(`${where}.type must be one of ${QUOTE_TYPES.join(", ")}`);
    }
    if (typeof text !== "string" || text.trim() === "") problems.push(`${where}.text must be a non-empty string`);
    if (speaker !== null && typeof speaker !== "string") {
      problems.push(`${where}.speaker must be a speaker id or null`);
    } else if (typeof speaker === "string" && !speakerIds.has(speaker)) {
      problems.push(`${where}.speaker "${speaker}" is not the id of any entry in "speakers"`);
    }
    if (cue !== undefined && cue !== null && typeof cue !== "string") {
      problems.push(`${where}.cue must be a string or null`);
    }
    if (typeof type === "string" && QUOTE_TYPES.includes(type) && typeof text === "string") {
      quotes.push({
        type: type as GoldQuoteType,
        text,
        speaker: typeof speaker === "string" ? speaker : null,
        cue: typeof cue === "string" ? cue : null,
      });
    }
    return undefined;
  });

  const rawClaims: unknown[] = Array.isArray(raw.claims) ? raw.claims : [];
  rawClaims.forEach((entry, i) => {
    const where = `claims[${i}]`;
    if (!isRecord(entry)) return problems.push(`${where} is not an object`);
    const { text, kind } = entry;
    if (typeof text !== "string" || text.trim() === "") problems.push(`${where}.text must be a non-empty string`);
    if (kind !== undefined && typeof kind !== "string") problems.push(`${where}.kind must be a string`);
    if (typeof text === "string") claims.push({ text, kind: typeof kind === "string" ? kind : "other" });
    return undefined;
  });

  return { gold: problems.length === 0 ? { speakers, quotes, claims } : null, problems };
}

// ---------------------------------------------------------------------------------------------
// Locating gold texts in the article

const LOOSE_EQUIVALENTS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u00AB": '"',
  "\u00BB": '"',
};

/** Folds quote-mark styles and whitespace runs, keeping a map back to the original indices. */
function foldForLooseSearch(text: string): { folded: string; originalIndex: number[] } {
  let folded = "";
  const originalIndex: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (/\s/.test(char)) {
      if (folded.endsWith(" ")) continue;
      folded += " ";
    } else {
      folded += LOOSE_EQUIVALENTS[char] ?? char;
    }
    originalIndex.push(i);
  }
  originalIndex.push(text.length);
  return { folded, originalIndex };
}

export interface LocatedText {
  span: TextSpan | null;
  /** false when the text was only found after folding quote styles and whitespace (e.g. CRLF vs LF). */
  exact: boolean;
}

/**
 * Finds each needle in the article. Identical needles take successive occurrences, because gold
 * files list repeated phrases ("We are ready," twice) once per occurrence, in article order.
 */
export function locateTexts(article: string, needles: readonly string[]): LocatedText[] {
  const nextSearchFrom = new Map<string, number>();
  let foldedArticle: ReturnType<typeof foldForLooseSearch> | null = null;
  return needles.map((needle) => {
    const from = nextSearchFrom.get(needle) ?? 0;
    let start = article.indexOf(needle, from);
    if (start < 0 && from > 0) start = article.indexOf(needle);
    if (start >= 0) {
      nextSearchFrom.set(needle, start + 1);
      return { span: { start, end: start + needle.length }, exact: true };
    }
    foldedArticle ??= foldForLooseSearch(article);
    const foldedNeedle = foldForLooseSearch(needle.trim()).folded;
    const foldedStart = foldedArticle.folded.indexOf(foldedNeedle);
    if (foldedStart < 0 || foldedNeedle === "") return { span: null, exact: false };
    const originalStart = foldedArticle.originalIndex[foldedStart] ?? 0;
    const lastFolded = foldedStart + foldedNeedle.length - 1;
    const originalEnd = (foldedArticle.originalIndex[lastFolded] ?? article.length - 1) + 1;
    return { span: { start: originalStart, end: originalEnd }, exact: false };
  });
}

// ---------------------------------------------------------------------------------------------
// Span overlap

const QUOTE_MARKS = new Set(["\"", "'", "\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB", "\u2039", "\u203A", "`"]);
const TRAILING_PUNCTUATION = new Set([",", ".", ";", ":"]);

function isIgnoredChar(char: string): boolean {
  return QUOTE_MARKS.has(char) || /\s/.test(char);
}

/**
 * Measures spans the way the scoring rules read: quote marks and whitespace never count, and a span's
 * trailing , . ; : don't either (a direct quote's "…government," and "…government" are the same quote).
 */
export class SpanMeasure {
  private readonly countedBefore: Int32Array;

  constructor(private readonly text: string) {
    this.countedBefore = new Int32Array(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      this.countedBefore[i + 1] = (this.countedBefore[i] ?? 0) + (isIgnoredChar(text[i] ?? "") ? 0 : 1);
    }
  }

  /** The span without leading/trailing quote marks and spaces, and without trailing , . ; : */
  trim(span: TextSpan): TextSpan {
    let start = Math.max(0, Math.min(span.start, this.text.length));
    let end = Math.max(start, Math.min(span.end, this.text.length));
    while (start < end && isIgnoredChar(this.text[start] ?? "")) start++;
    while (end > start) {
      const char = this.text[end - 1] ?? "";
      if (!isIgnoredChar(char) && !TRAILING_PUNCTUATION.has(char)) break;
      end--;
    }
    return { start, end };
  }

  /** Counted characters of the trimmed span. */
  size(span: TextSpan): number {
    const trimmed = this.trim(span);
    return this.counted(trimmed.start, trimmed.end);
  }

  /** Counted characters shared by the two trimmed spans. */
  overlap(a: TextSpan, b: TextSpan): number {
    const ta = this.trim(a);
    const tb = this.trim(b);
    const start = Math.max(ta.start, tb.start);
    const end = Math.min(ta.end, tb.end);
    return end > start ? this.counted(start, end) : 0;
  }

  private counted(start: number, end: number): number {
    return (this.countedBefore[end] ?? 0) - (this.countedBefore[start] ?? 0);
  }
}

export const QUOTE_MIN_GOLD_COVERAGE = 0.8;
export const QUOTE_MIN_PREDICTED_COVERAGE = 0.5;
export const CLAIM_MIN_GOLD_COVERAGE = 0.5;

interface CandidatePair {
  goldIndex: number;
  predictedIndex: number;
  /** Higher is better; decides the greedy order. */
  strength: number;
  tieBreak: number;
}

/**
 * One-to-one matching: take candidate pairs best-first and keep a pair only when neither side is taken,
 * so one long prediction cannot be credited for two gold items (nor two predictions for one gold).
 */
function greedyOneToOne(candidates: CandidatePair[]): Map<number, number> {
  const ordered = [...candidates].sort(
    (x, y) =>
      y.strength - x.strength || y.tieBreak - x.tieBreak || x.goldIndex - y.goldIndex || x.predictedIndex - y.predictedIndex,
  );
  const predictedByGold = new Map<number, number>();
  const takenPredicted = new Set<number>();
  for (const pair of ordered) {
    if (predictedByGold.has(pair.goldIndex) || takenPredicted.has(pair.predictedIndex)) continue;
    predictedByGold.set(pair.goldIndex, pair.predictedIndex);
    takenPredicted.add(pair.predictedIndex);
  }
  return predictedByGold;
}

/** Quote spans match when the overlap covers ≥80% of the gold span and ≥50% of the predicted span. */
export function matchQuoteSpans(text: string, gold: readonly TextSpan[], predicted: readonly TextSpan[]): Map<number, number> {
  const measure = new SpanMeasure(text);
  const goldSizes = gold.map((span) => measure.size(span));
  const predictedSizes = predicted.map((span) => measure.size(span));
  const candidates: CandidatePair[] = [];
  gold.forEach((goldSpan, goldIndex) => {
    const goldSize = goldSizes[goldIndex] ?? 0;
    if (goldSize === 0) return;
    predicted.forEach((predictedSpan, predictedIndex) => {
      const predictedSize = predictedSizes[predictedIndex] ?? 0;
      if (predictedSize === 0) return;
      const shared = measure.overlap(goldSpan, predictedSpan);
      if (shared < QUOTE_MIN_GOLD_COVERAGE * goldSize || shared < QUOTE_MIN_PREDICTED_COVERAGE * predictedSize) return;
      const jaccard = shared / (goldSize + predictedSize - shared);
      candidates.push({ goldIndex, predictedIndex, strength: jaccard, tieBreak: shared });
    });
  });
  return greedyOneToOne(candidates);
}

/** A gold claim is found when a predicted claim covers at least half of it. */
export function matchClaimSpans(text: string, gold: readonly TextSpan[], predicted: readonly TextSpan[]): Map<number, number> {
  const measure = new SpanMeasure(text);
  const candidates: CandidatePair[] = [];
  gold.forEach((goldSpan, goldIndex) => {
    const goldSize = measure.size(goldSpan);
    if (goldSize === 0) return;
    predicted.forEach((predictedSpan, predictedIndex) => {
      const predictedSize = measure.size(predictedSpan);
      if (predictedSize === 0) return;
      const shared = measure.overlap(goldSpan, predictedSpan);
      if (shared < CLAIM_MIN_GOLD_COVERAGE * goldSize) return;
      const coverage = shared / goldSize;
      const jaccard = shared / (goldSize + predictedSize - shared);
      candidates.push({ goldIndex, predictedIndex, strength: coverage, tieBreak: jaccard });
    });
  });
  return greedyOneToOne(candidates);
}

// ---------------------------------------------------------------------------------------------
// Speaker names

/** Leading words that are honorifics, ranks or offices rather than part of a name. */
const TITLE_WORDS = new Set([
  "the", "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
  "rev", "reverend", "fr", "father", "sen", "senator", "rep", "representative", "gov", "governor", "lt",
  "lieutenant", "gen", "general", "maj", "major", "col", "colonel", "capt", "captain", "cmdr", "commander",
  "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "brig", "brigadier", "det", "detective", "insp",
  "inspector", "supt", "superintendent", "chief", "officer", "judge", "justice", "coach", "ceo", "president",
  "pres", "vice", "prime", "minister", "secretary", "chancellor", "mayor", "commissioner", "attorney", "sheriff",
  "ambassador", "king", "queen", "prince", "princess", "pope", "sheikh", "rabbi", "imam", "st", "saint",
]);

export function nameTokens(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "");
}

/**
 * The tokens a predicted name must contain: the gold name minus any "the" and minus leading titles
 * ("Major General Pat Ryder" → pat, ryder). Titles are only stripped from the front so that names made
 * of title words ("General Motors", "The Justice Department") keep their distinctive part.
 */
export function requiredNameTokens(goldName: string): string[] {
  const tokens = nameTokens(goldName);
  const withoutThe = tokens.filter((token) => token !== "the");
  let first = 0;
  while (first < withoutThe.length - 1 && TITLE_WORDS.has(withoutThe[first] ?? "")) first++;
  const remaining = withoutThe.slice(first);
  if (remaining.length > 0) return remaining;
  return withoutThe.length > 0 ? withoutThe : tokens;
}

export function speakerNameMatches(goldName: string, predictedName: string): boolean {
  const predicted = new Set(nameTokens(predictedName));
  const required = requiredNameTokens(goldName);
  return required.length > 0 && required.every((token) => predicted.has(token));
}

/** A null gold speaker (the article names nobody) is only matched by a null prediction. */
export function attributionIsRight(goldSpeakerName: string | null, predictedSpeakerName: string | null): boolean {
  if (goldSpeakerName === null) return predictedSpeakerName === null;
  if (predictedSpeakerName === null) return false;
  return speakerNameMatches(goldSpeakerName, predictedSpeakerName);
}

// ---------------------------------------------------------------------------------------------
// Scoring one article

export interface ScoredQuote extends TextSpan {
  text: string;
  type: GoldQuoteType;
  speakerName: string | null;
}

export interface ScoredClaim extends TextSpan {
  text: string;
}

/**
 * Counts behind one precision/recall pair. For sub-categories the two sides differ: recall counts
 * correct pairs whose gold is in the category, precision those whose prediction is.
 */
export interface Tally {
  gold: number;
  predicted: number;
  correctOfGold: number;
  correctOfPredicted: number;
}

export interface ArticleCounts {
  quotes: Tally;
  attributions: Tally;
  directAttributions: Tally;
  reportedAttributions: Tally;
  claims: Tally;
}

export interface QuotePairing {
  gold: ScoredQuote;
  predicted: ScoredQuote;
  speakerRight: boolean;
}

export interface ArticleScore {
  counts: ArticleCounts;
  matchedQuotes: QuotePairing[];
  missedQuotes: ScoredQuote[];
  extraQuotes: ScoredQuote[];
  missedClaims: ScoredClaim[];
  extraClaims: ScoredClaim[];
}

export function emptyTally(): Tally {
  return { gold: 0, predicted: 0, correctOfGold: 0, correctOfPredicted: 0 };
}

function isReported(type: GoldQuoteType): boolean {
  return type === "indirect" || type === "according_to";
}

export function scoreArticle(
  text: string,
  gold: { quotes: readonly ScoredQuote[]; claims: readonly ScoredClaim[] },
  predicted: { quotes: readonly ScoredQuote[]; claims: readonly ScoredClaim[] },
): ArticleScore {
  const quotePairs = matchQuoteSpans(text, gold.quotes, predicted.quotes);
  const counts: ArticleCounts = {
    quotes: emptyTally(),
    attributions: emptyTally(),
    directAttributions: emptyTally(),
    reportedAttributions: emptyTally(),
    claims: emptyTally(),
  };
  const categories: { tally: Tally; includes: (type: GoldQuoteType) => boolean }[] = [
    { tally: counts.attributions, includes: () => true },
    { tally: counts.directAttributions, includes: (type) => type === "direct" },
    { tally: counts.reportedAttributions, includes: isReported },
  ];

  counts.quotes.gold = gold.quotes.length;
  counts.quotes.predicted = predicted.quotes.length;
  counts.quotes.correctOfGold = quotePairs.size;
  counts.quotes.correctOfPredicted = quotePairs.size;
  for (const { tally, includes } of categories) {
    tally.gold = gold.quotes.filter((quote) => includes(quote.type)).length;
    tally.predicted = predicted.quotes.filter((quote) => includes(quote.type)).length;
  }

  const matchedQuotes: QuotePairing[] = [];
  const missedQuotes: ScoredQuote[] = [];
  const matchedPredicted = new Set<number>();
  gold.quotes.forEach((goldQuote, goldIndex) => {
    const predictedIndex = quotePairs.get(goldIndex);
    const predictedQuote = predictedIndex === undefined ? undefined : predicted.quotes[predictedIndex];
    if (predictedIndex === undefined || predictedQuote === undefined) {
      missedQuotes.push(goldQuote);
      return;
    }
    matchedPredicted.add(predictedIndex);
    const speakerRight = attributionIsRight(goldQuote.speakerName, predictedQuote.speakerName);
    matchedQuotes.push({ gold: goldQuote, predicted: predictedQuote, speakerRight });
    if (!speakerRight) return;
    for (const { tally, includes } of categories) {
      if (includes(goldQuote.type)) tally.correctOfGold++;
      if (includes(predictedQuote.type)) tally.correctOfPredicted++;
    }
  });
  const extraQuotes = predicted.quotes.filter((_, index) => !matchedPredicted.has(index));

  const claimPairs = matchClaimSpans(text, gold.claims, predicted.claims);
  const matchedPredictedClaims = new Set(claimPairs.values());
  counts.claims = {
    gold: gold.claims.length,
    predicted: predicted.claims.length,
    correctOfGold: claimPairs.size,
    correctOfPredicted: claimPairs.size,
  };

  return {
    counts,
    matchedQuotes,
    missedQuotes,
    extraQuotes,
    missedClaims: gold.claims.filter((_, index) => !claimPairs.has(index)),
    extraClaims: predicted.claims.filter((_, index) => !matchedPredictedClaims.has(index)),
  };
}

// ---------------------------------------------------------------------------------------------
// Metrics

export interface Metrics {
  /** null when nothing was predicted (precision is undefined, not zero). */
  precision: number | null;
  /** null when the gold has nothing in this category. */
  recall: number | null;
  f1: number | null;
}

export function metricsOf(tally: Tally): Metrics {
  const precision = tally.predicted === 0 ? null : tally.correctOfPredicted / tally.predicted;
  const recall = tally.gold === 0 ? null : tally.correctOfGold / tally.gold;
  let f1: number | null = null;
  if (precision !== null && recall !== null) f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  else if (tally.gold > 0 || tally.predicted > 0) f1 = 0;
  return { precision, recall, f1 };
}

export function addTallies(into: Tally, from: Tally): void {
  into.gold += from.gold;
  into.predicted += from.predicted;
  into.correctOfGold += from.correctOfGold;
  into.correctOfPredicted += from.correctOfPredicted;
}

export function sumCounts(all: readonly ArticleCounts[]): ArticleCounts {
  const total: ArticleCounts = {
    quotes: emptyTally(),
    attributions: emptyTally(),
    directAttributions: emptyTally(),
    reportedAttributions: emptyTally(),
    claims: emptyTally(),
  };
  for (const counts of all) {
    for (const key of Object.keys(total) as (keyof ArticleCounts)[]) addTallies(total[key], counts[key]);
  }
  return total;
}
