import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locateTexts, scoreArticle, validateGold, type ScoredClaim, type ScoredQuote } from "../scripts/eval-score";
import { analyze } from "./index";

const EXAMPLE_DIR = path.join(import.meta.dirname, "..", "fixtures", "articles");

function scoreExample(name: string) {
  const text = readFileSync(path.join(EXAMPLE_DIR, `${name}.txt`), "utf8");
  const { gold, problems } = validateGold(JSON.parse(readFileSync(path.join(EXAMPLE_DIR, `${name}.gold.json`), "utf8")));
  expect(problems).toEqual([]);
  if (gold === null) throw new Error("unusable gold");
  const speakerNames = new Map(gold.speakers.map((speaker) => [speaker.id, speaker.name]));
  const goldQuotes: ScoredQuote[] = [];
  locateTexts(text, gold.quotes.map((quote) => quote.text)).forEach((located, index) => {
    const quote = gold.quotes[index];
    if (located.span === null || quote === undefined) return;
    goldQuotes.push({ ...located.span, text: quote.text, type: quote.type, speakerName: quote.speaker === null ? null : (speakerNames.get(quote.speaker) ?? null) });
  });
  const goldClaims: ScoredClaim[] = [];
  locateTexts(text, gold.claims.map((claim) => claim.text)).forEach((located, index) => {
    const claim = gold.claims[index];
    if (located.span !== null && claim !== undefined) goldClaims.push({ ...located.span, text: claim.text });
  });
  const result = analyze(text);
  const predictedNames = new Map(result.speakers.map((speaker) => [speaker.id, speaker.name]));
  return scoreArticle(
    text,
    { quotes: goldQuotes, claims: goldClaims },
    {
      quotes: result.quotes.map((quote) => ({ start: quote.start, end: quote.end, text: quote.text, type: quote.type, speakerName: quote.speakerId === null ? null : (predictedNames.get(quote.speakerId) ?? null) })),
      claims: result.claims.filter((claim) => claim.score >= 0.5).map((claim) => ({ start: claim.start, end: claim.end, text: claim.text })),
    },
  );
}

describe("the seed article against its gold", () => {
  it("finds every quote and claim with the right speaker", () => {
    const score = scoreExample("iraq-coalition");
    expect(score.missedQuotes.map((quote) => quote.text)).toEqual([]);
    expect(score.matchedQuotes.filter((pair) => !pair.speakerRight).map((pair) => pair.gold.text)).toEqual([]);
    expect(score.matchedQuotes.filter((pair) => pair.gold.type !== pair.predicted.type).map((pair) => pair.gold.text)).toEqual([]);
    expect(score.missedClaims.map((claim) => claim.text)).toEqual([]);
  });
});
