/**
 * The analysis result contract shared by the CLI (`npm run analyze`), the app and the evaluation tools.
 * Every span is a pair of JS string indices into the analysed text: `text === input.slice(start, end)`.
 */

export interface Span {
  start: number;
  end: number;
}

/** A span plus a few characters of context on each side, so the UI can re-anchor it if the text moves. */
export interface AnchoredSpan extends Span {
  text: string;
  prefix: string;
  suffix: string;
}

export type SpeakerKind = "person" | "organization";

export interface SpeakerMention extends Span {
  text: string;
}

export interface Speaker {
  id: string;
  /** The fullest name the article gives, titles stripped ("Pat Ryder"). */
  name: string;
  kind: SpeakerKind;
  /** Honorific or rank ("Major General"), when the article gives one. */
  title: string | null;
  /** Office or affiliation ("Pentagon Press Secretary"), when the article gives one. */
  role: string | null;
  /** Other ways the article names this speaker ("Ryder", "the Pentagon Press Secretary"). */
  aliases: string[];
  mentions: SpeakerMention[];
}

export type QuoteType = "direct" | "indirect" | "according_to";

export interface Quote extends AnchoredSpan {
  id: string;
  type: QuoteType;
  /** null when the article does not say who spoke. */
  speakerId: string | null;
  /** The attribution verb or phrase ("said", "told", "according to"), or null when there is none. */
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  /** Where the speaker is named at this quote (a name, title or pronoun), when it is. */
  speakerMention: SpeakerMention | null;
}

export type ClaimKind = "numeric" | "statistic" | "event" | "comparison" | "causal" | "other";

export interface Claim extends AnchoredSpan {
  id: string;
  kind: ClaimKind;
  /** Check-worthiness in [0, 1]; the UI ranks claims by it. */
  score: number;
  quoteId: string | null;
  speakerId: string | null;
}

export interface AnalysisResult {
  text: string;
  sentences: Span[];
  speakers: Speaker[];
  quotes: Quote[];
  claims: Claim[];
}
