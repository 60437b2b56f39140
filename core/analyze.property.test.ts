import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "./index";
import type { AnalysisResult } from "./types";

function checkSpans(input: string, result: AnalysisResult): void {
  expect(result.text).toBe(input);
  const check = (start: number, end: number, text?: string): void => {
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(input.length);
    if (text !== undefined) expect(text).toBe(input.slice(start, end));
  };
  let previousEnd = 0;
  for (const sentence of result.sentences) {
    check(sentence.start, sentence.end);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = sentence.end;
  }
  const speakerIds = new Set(result.speakers.map((speaker) => speaker.id));
  const quoteIds = new Set(result.quotes.map((quote) => quote.id));
  for (const speaker of result.speakers) for (const mention of speaker.mentions) check(mention.start, mention.end, mention.text);
  let previousQuoteStart = 0;
  for (const quote of result.quotes) {
    check(quote.start, quote.end, quote.text);
    expect(quote.start).toBeGreaterThanOrEqual(previousQuoteStart);
    previousQuoteStart = quote.start;
    expect(quote.prefix).toBe(input.slice(Math.max(0, quote.start - quote.prefix.length), quote.start));
    expect(quote.suffix).toBe(input.slice(quote.end, quote.end + quote.suffix.length));
    if (quote.cueStart !== null && quote.cueEnd !== null) check(quote.cueStart, quote.cueEnd, quote.cue ?? undefined);
    if (quote.speakerMention !== null) check(quote.speakerMention.start, quote.speakerMention.end, quote.speakerMention.text);
    if (quote.speakerId !== null) expect(speakerIds.has(quote.speakerId)).toBe(true);
  }
  for (const claim of result.claims) {
    check(claim.start, claim.end, claim.text);
    expect(claim.score).toBeGreaterThanOrEqual(0);
    expect(claim.score).toBeLessThanOrEqual(1);
    if (claim.quoteId !== null) expect(quoteIds.has(claim.quoteId)).toBe(true);
    if (claim.speakerId !== null) expect(speakerIds.has(claim.speakerId)).toBe(true);
  }
}

/** Text built from news-like pieces, so the generator reaches the quote and attribution rules. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "“", "”", '"', "‘", "’", "'", ", ", ". ", "\n", "\r\n", "\n\n", " said ", " told Reuters that ", "according to ",
        "Gen. ", "Dr. ", "U.S. ", "The Prime Minister, ", "Pat Ryder", "Al-Sudani", " he said.", " she added.",
        "the ministry said", "2,500 ", "killed ", "more than ", "because ", "?", "…", "–", "\t", "بغداد ", "北京。",
        "\ud800", "\udc00", "😀", "(Reuters) - ",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

describe("analyze (properties)", () => {
  it("gives in-range, exact spans and valid references on news-like input", () => {
    fc.assert(
      fc.property(newsy, (input) => {
        checkSpans(input, analyze(input));
      }),
      { numRuns: 400 },
    );
  });

  it("gives in-range, exact spans on arbitrary strings, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (input) => {
        checkSpans(input, analyze(input));
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(newsy, (input) => {
        expect(analyze(input)).toEqual(analyze(input));
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["empty", ""],
    ["whitespace", " \n\t\r\n "],
    ["unmatched quotes", "“He said “this” and “that, she said.\n”Odd.”"],
    ["only marks", "\"\"\"“”“”‘’'''"],
  ])("handles %s input", (_name, input) => {
    checkSpans(input, analyze(input));
  });

  it("analyses 5 MB of mixed text in reasonable time", () => {
    const paragraph =
      "“We will not leave,” the minister, Jane Doe, said on Monday. Officials said 2,500 troops were killed in the attack, according to the Pentagon. He added that prices rose 3.5% because of the war. ";
    const garbage = "\u0000\ud800«»“””\"' x.y. Z! ";
    let input = "";
    while (input.length < 5_000_000) input += paragraph + (input.length % 3 === 0 ? garbage : "\n");
    const started = performance.now();
    const result = analyze(input);
    const seconds = (performance.now() - started) / 1000;
    expect(result.sentences.length).toBeGreaterThan(10_000);
    expect(seconds).toBeLessThan(60);
    const quote = result.quotes[result.quotes.length - 1];
    if (quote !== undefined) expect(quote.text).toBe(input.slice(quote.start, quote.end));
  }, 120_000);
});
