import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchingPatterns, SCORED_PATTERNS } from "./claims";

/** Every literal word of the scored patterns, so that generated text hits their alternatives. */
const PATTERN_WORDS = [...new Set(SCORED_PATTERNS.flatMap(([, pattern]) => pattern.source.match(/[a-z]+/g) ?? []))];

const phrase = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PATTERN_WORDS),
      fc.constantFrom(...PATTERN_WORDS).map((word) => word.toUpperCase()),
      fc.constantFrom(...PATTERN_WORDS).map((word) => word.charAt(0).toUpperCase() + word.slice(1)),
      fc.constantFrom(" ", " ", " ", "  ", "\u00a0", "\u1680", "\u0085", "\t", "\n", "'", "\u2019", "-", "_", ".", ",", "1999", "2024", "18", "20001", "ing", "day", "s", "ſ", "\u212a", "é", "going"),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(""));

describe("matchingPatterns", () => {
  it("agrees with testing each pattern on the whole sentence", () => {
    fc.assert(
      fc.property(phrase, (sentence) => {
        const found = matchingPatterns(sentence);
        for (const [bit, pattern] of SCORED_PATTERNS) expect((found & bit) !== 0, `${pattern.source} on ${JSON.stringify(sentence)}`).toBe(pattern.test(sentence));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["more than 20 people", true],
    ["Moreover, than-ever", true],
    ["the record-breaking heat", true],
    ["more\u00a0thank you", false],
    ["furthermore", false],
  ])("comparison in %j: %s", (sentence, expected) => {
    expect((matchingPatterns(sentence) & (SCORED_PATTERNS[0]?.[0] ?? 0)) !== 0).toBe(expected);
  });
});
