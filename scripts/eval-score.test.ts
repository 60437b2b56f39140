import { describe, expect, it } from "vitest";
import {
  SpanMeasure,
  attributionIsRight,
  locateTexts,
  matchClaimSpans,
  matchQuoteSpans,
  metricsOf,
  requiredNameTokens,
  scoreArticle,
  speakerNameMatches,
  sumCounts,
  validateGold,
  type GoldQuoteType,
  type ScoredQuote,
  type TextSpan,
} from "./eval-score";

/** Span of the n-th (0-based) occurrence of `needle` in `text`; fails the test if absent. */
function spanOf(text: string, needle: string, occurrence = 0): TextSpan {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not in test text`);
  }
  return { start, end: start + needle.length };
}

function quoteAt(text: string, needle: string, type: GoldQuoteType, speakerName: string | null): ScoredQuote {
  return { ...spanOf(text, needle), text: needle, type, speakerName };
}

describe("SpanMeasure normalisation", () => {
  const cases: { name: string; text: string; span: string; expectedTrimmed: string; expectedSize: number }[] = [
    { name: "curly quote marks and trailing comma", text: "x “We are ready,” she said.", span: "“We are ready,”", expectedTrimmed: "We are ready", expectedSize: 10 },
    { name: "straight quote marks and trailing period", text: 'He said "Go home."', span: '"Go home."', expectedTrimmed: "Go home", expectedSize: 6 },
    { name: "trailing semicolon and colon", text: "a plan;: b", span: "a plan;:", expectedTrimmed: "a plan", expectedSize: 5 },
    { name: "leading/trailing spaces", text: "  spaced out  ", span: "  spaced out  ", expectedTrimmed: "spaced out", expectedSize: 9 },
    { name: "question mark is kept", text: "Why not?", span: "Why not?", expectedTrimmed: "Why not?", expectedSize: 7 },
    { name: "inner quote marks count for nothing", text: "“A\n“B", span: "“A\n“B", expectedTrimmed: "A\n“B", expectedSize: 2 },
    { name: "single quotes", text: "‘It’s fine’", span: "‘It’s fine’", expectedTrimmed: "It’s fine", expectedSize: 7 },
  ];
  it.each(cases)("$name", ({ text, span, expectedTrimmed, expectedSize }) => {
    const measure = new SpanMeasure(text);
    const trimmed = measure.trim(spanOf(text, span));
    expect(text.slice(trimmed.start, trimmed.end)).toBe(expectedTrimmed);
    expect(measure.size(spanOf(text, span))).toBe(expectedSize);
  });
});

describe("matchQuoteSpans thresholds", () => {
  const text = "“We will rebuild the bridge by spring and reopen the road,” the mayor said on Tuesday afternoon.";
  const gold = "We will rebuild the bridge by spring and reopen the road,";
  const cases: { name: string; predicted: string; matches: boolean }[] = [
    { name: "identical span", predicted: gold, matches: true },
    { name: "with quote marks and no trailing comma", predicted: "“We will rebuild the bridge by spring and reopen the road", matches: true },
    { name: "missing the last few words (still ≥80% of gold)", predicted: "We will rebuild the bridge by spring and reopen", matches: true },
    { name: "only the first half (<80% of gold)", predicted: "We will rebuild the bridge", matches: false },
    { name: "quote plus its attribution (gold is still over half of it)", predicted: "We will rebuild the bridge by spring and reopen the road,” the mayor said", matches: true },
    { name: "quote plus the whole sentence (gold is 60% of it)", predicted: "We will rebuild the bridge by spring and reopen the road,” the mayor said on Tuesday afternoon.", matches: true },
  ];
  it.each(cases)("$name", ({ predicted, matches }) => {
    const pairs = matchQuoteSpans(text, [spanOf(text, gold)], [spanOf(text, predicted)]);
    expect(pairs.size === 1).toBe(matches);
  });

  it("rejects a prediction that dwarfs the gold span", () => {
    const long = "Officials said “yes,” and then spent the rest of the long meeting arguing about the budget.";
    const pairs = matchQuoteSpans(long, [spanOf(long, "yes,")], [{ start: 0, end: long.length }]);
    expect(pairs.size).toBe(0);
  });

  it("does not count spaces or quote marks toward the overlap", () => {
    // Gold covers two paragraphs of one quote; the prediction has only the first paragraph.
    const twoParagraphs = "“First paragraph here.\n\n“Yes.”";
    const goldSpan = spanOf(twoParagraphs, "First paragraph here.\n\n“Yes.");
    const firstOnly = spanOf(twoParagraphs, "First paragraph here.");
    expect(matchQuoteSpans(twoParagraphs, [goldSpan], [firstOnly]).size).toBe(1);
  });
});

describe("one-to-one matching", () => {
  it("lets one prediction match only one of two gold quotes", () => {
    const text = "“Yes,” she said. “Yes,” he said.";
    const gold = [spanOf(text, "Yes,", 0), spanOf(text, "Yes,", 1)];
    const predicted = [spanOf(text, "Yes,", 1)];
    const pairs = matchQuoteSpans(text, gold, predicted);
    expect([...pairs.entries()]).toEqual([[1, 0]]);
  });

  it("prefers the best-overlapping pair over article order", () => {
    const text = "alpha beta gamma delta epsilon zeta eta theta";
    const gold = [spanOf(text, "alpha beta gamma delta"), spanOf(text, "alpha beta gamma delta epsilon")];
    const predicted = [spanOf(text, "alpha beta gamma delta epsilon")];
    expect([...matchQuoteSpans(text, gold, predicted).entries()]).toEqual([[1, 0]]);
  });

  it("credits a claim prediction spanning two gold sentences only once", () => {
    const text = "Sales rose 4% in May. Profits fell 2% in June.";
    const gold = [spanOf(text, "Sales rose 4% in May."), spanOf(text, "Profits fell 2% in June.")];
    const merged = [{ start: 0, end: text.length }];
    expect(matchClaimSpans(text, gold, merged).size).toBe(1);
    const separate = [gold[1]!, gold[0]!];
    expect(matchClaimSpans(text, gold, separate).size).toBe(2);
  });

  it("finds a claim from half its length", () => {
    const text = "The river rose 3.2 metres overnight, flooding 40 homes.";
    const gold = [{ start: 0, end: text.length }];
    expect(matchClaimSpans(text, gold, [spanOf(text, "The river rose 3.2 metres overnight,")]).size).toBe(1);
    expect(matchClaimSpans(text, gold, [spanOf(text, "The river rose")]).size).toBe(0);
  });
});

describe("speaker name matching", () => {
  const cases: { gold: string; predicted: string; matches: boolean }[] = [
    { gold: "Pat Ryder", predicted: "Pat Ryder", matches: true },
    { gold: "Pat Ryder", predicted: "Major General Pat Ryder", matches: true },
    { gold: "Major General Pat Ryder", predicted: "Pat Ryder", matches: true },
    { gold: "Pat Ryder", predicted: "Ryder", matches: false },
    { gold: "Dr. Amina Okafor", predicted: "Amina Okafor", matches: true },
    { gold: "Sen. Laura Whitfield", predicted: "Laura Whitfield", matches: true },
    { gold: "The Pentagon", predicted: "Pentagon", matches: true },
    { gold: "Pentagon", predicted: "the Pentagon", matches: true },
    { gold: "The Pentagon", predicted: "Pentagon Press Secretary", matches: true },
    { gold: "Mohammed Shia Al-Sudani", predicted: "Mohammed Shia Al-Sudani", matches: true },
    { gold: "Mohammed Shia Al-Sudani", predicted: "Al-Sudani", matches: false },
    { gold: "Seán O’Brien", predicted: "Sean O'Brien", matches: true },
    { gold: "General Motors", predicted: "Motors", matches: true },
    { gold: "The Justice Department", predicted: "Justice Department", matches: true },
    { gold: "Apple", predicted: "Apple Inc.", matches: true },
    { gold: "Apple Inc.", predicted: "Apple", matches: false },
    { gold: "Coach Dana Ruiz", predicted: "Ruiz", matches: false },
  ];
  it.each(cases)("gold $gold vs predicted $predicted → $matches", ({ gold, predicted, matches }) => {
    expect(speakerNameMatches(gold, predicted)).toBe(matches);
  });

  it("strips only leading titles and every 'the'", () => {
    expect(requiredNameTokens("The Most Rev. Judge Ann Lee")).toEqual(["most", "rev", "judge", "ann", "lee"]);
    expect(requiredNameTokens("Judge Ann Lee")).toEqual(["ann", "lee"]);
    expect(requiredNameTokens("Bank of the West")).toEqual(["bank", "of", "west"]);
    expect(requiredNameTokens("The President")).toEqual(["president"]);
  });

  it("treats a null gold speaker as right only for a null prediction", () => {
    expect(attributionIsRight(null, null)).toBe(true);
    expect(attributionIsRight(null, "Somebody")).toBe(false);
    expect(attributionIsRight("Somebody Else", null)).toBe(false);
  });
});

describe("locateTexts", () => {
  it("gives repeated texts successive occurrences", () => {
    const text = "“Yes,” she said. “Yes,” he said.";
    const [first, second] = locateTexts(text, ["Yes,", "Yes,"]);
    expect(first?.span?.start).toBe(1);
    expect(second?.span?.start).toBe(18);
    expect(first?.exact && second?.exact).toBe(true);
  });

  it("falls back to a quote-style and whitespace tolerant search", () => {
    const text = "Line one said “it’s\r\nfine” today.";
    const [found] = locateTexts(text, ["it's\nfine"]);
    expect(found?.exact).toBe(false);
    expect(found?.span && text.slice(found.span.start, found.span.end)).toBe("it’s\r\nfine");
  });

  it("reports texts that are not in the article", () => {
    expect(locateTexts("abc", ["xyz"])[0]).toEqual({ span: null, exact: false });
  });
});

describe("validateGold", () => {
  const valid = {
    speakers: [{ id: "s1", name: "Ann Lee", aliases: ["Lee"], kind: "person" }],
    quotes: [{ type: "direct", text: "Hi", speaker: "s1", cue: "said" }],
    claims: [{ text: "It rained.", kind: "event" }],
  };
  const cases: { name: string; raw: unknown; problem: string | null }[] = [
    { name: "valid file", raw: valid, problem: null },
    { name: "not an object", raw: [], problem: "top level is not a JSON object" },
    { name: "missing claims", raw: { ...valid, claims: undefined }, problem: '"claims" is missing or not an array' },
    { name: "unknown speaker id", raw: { ...valid, quotes: [{ type: "direct", text: "Hi", speaker: "s9", cue: "said" }] }, problem: 'quotes[0].speaker "s9"' },
    { name: "bad quote type", raw: { ...valid, quotes: [{ type: "paraphrase", text: "Hi", speaker: null, cue: null }] }, problem: "quotes[0].type" },
    { name: "empty claim text", raw: { ...valid, claims: [{ text: " ", kind: "event" }] }, problem: "claims[0].text" },
    { name: "bad speaker kind", raw: { ...valid, speakers: [{ id: "s1", name: "X", aliases: [], kind: "robot" }] }, problem: "speakers[0].kind" },
    { name: "duplicate speaker id", raw: { ...valid, speakers: [valid.speakers[0], valid.speakers[0]] }, problem: 'speakers[1].id "s1" is used twice' },
  ];
  it.each(cases)("$name", ({ raw, problem }) => {
    const result = validateGold(raw);
    if (problem === null) {
      expect(result.problems).toEqual([]);
      expect(result.gold?.quotes[0]?.speaker).toBe("s1");
    } else {
      expect(result.gold).toBeNull();
      expect(result.problems.join("\n")).toContain(problem);
    }
  });
});

describe("scoreArticle", () => {
  const text = [
    "“We are ready,” said Dr. Amina Okafor. “The ward opens Monday.”",
    "Okafor said that 40 beds would be added. According to the ministry, costs rose 12%.",
    "Critics called it a “so-called” fix.",
  ].join("\n");
  const gold = {
    quotes: [
      quoteAt(text, "We are ready,", "direct", "Amina Okafor"),
      quoteAt(text, "The ward opens Monday.", "direct", "Amina Okafor"),
      quoteAt(text, "40 beds would be added", "indirect", "Amina Okafor"),
      quoteAt(text, "costs rose 12%", "according_to", "The Ministry"),
    ],
    claims: [spanOf(text, "Okafor said that 40 beds would be added."), spanOf(text, "According to the ministry, costs rose 12%.")].map(
      (span) => ({ ...span, text: text.slice(span.start, span.end) }),
    ),
  };

  it("counts spans, attributions by category and claims", () => {
    const predicted = {
      quotes: [
        quoteAt(text, "We are ready", "direct", "Amina Okafor"),
        quoteAt(text, "The ward opens Monday.", "direct", "Okafor"), // surname only: wrong
        quoteAt(text, "40 beds would be added", "indirect", "Dr. Amina Okafor"),
        quoteAt(text, "so-called", "direct", null), // scare quote: false positive
      ],
      claims: [spanOf(text, "According to the ministry, costs rose 12%.")].map((span) => ({ ...span, text: "" })),
    };
    const score = scoreArticle(text, gold, predicted);
    expect(score.counts.quotes).toEqual({ gold: 4, predicted: 4, correctOfGold: 3, correctOfPredicted: 3 });
    expect(score.counts.attributions).toEqual({ gold: 4, predicted: 4, correctOfGold: 2, correctOfPredicted: 2 });
    expect(score.counts.directAttributions).toEqual({ gold: 2, predicted: 3, correctOfGold: 1, correctOfPredicted: 1 });
    expect(score.counts.reportedAttributions).toEqual({ gold: 2, predicted: 1, correctOfGold: 1, correctOfPredicted: 1 });
    expect(score.counts.claims).toEqual({ gold: 2, predicted: 1, correctOfGold: 1, correctOfPredicted: 1 });
    expect(score.missedQuotes.map((q) => q.text)).toEqual(["costs rose 12%"]);
    expect(score.extraQuotes.map((q) => q.text)).toEqual(["so-called"]);
    expect(score.matchedQuotes.filter((pair) => !pair.speakerRight).map((pair) => pair.gold.text)).toEqual(["The ward opens Monday."]);
    expect(score.missedClaims).toHaveLength(1);
  });

  it("sums counts and derives metrics", () => {
    const predicted = { quotes: [quoteAt(text, "We are ready,", "direct", "Amina Okafor")], claims: [] };
    const total = sumCounts([scoreArticle(text, gold, predicted).counts, scoreArticle(text, gold, predicted).counts]);
    expect(total.quotes).toEqual({ gold: 8, predicted: 2, correctOfGold: 2, correctOfPredicted: 2 });
    const metrics = metricsOf(total.quotes);
    expect(metrics.precision).toBe(1);
    expect(metrics.recall).toBe(0.25);
    expect(metrics.f1).toBeCloseTo(0.4);
  });
});

describe("metricsOf edge cases", () => {
  const cases = [
    { name: "nothing anywhere", tally: { gold: 0, predicted: 0, correctOfGold: 0, correctOfPredicted: 0 }, expected: { precision: null, recall: null, f1: null } },
    { name: "nothing predicted", tally: { gold: 3, predicted: 0, correctOfGold: 0, correctOfPredicted: 0 }, expected: { precision: null, recall: 0, f1: 0 } },
    { name: "nothing to find", tally: { gold: 0, predicted: 2, correctOfGold: 0, correctOfPredicted: 0 }, expected: { precision: 0, recall: null, f1: 0 } },
    { name: "perfect", tally: { gold: 2, predicted: 2, correctOfGold: 2, correctOfPredicted: 2 }, expected: { precision: 1, recall: 1, f1: 1 } },
  ];
  it.each(cases)("$name", ({ tally, expected }) => {
    expect(metricsOf(tally)).toEqual(expected);
  });
});
