export { analyze } from "./analyze";
export { reanchor, type QuoteSelector } from "./anchor";
export { splitSentences } from "./sentences";
export type {
  AnalysisResult,
  AnchoredSpan,
  Claim,
  ClaimKind,
  Quote,
  QuoteType,
  Span,
  Speaker,
  SpeakerKind,
  SpeakerMention,
} from "./types";
