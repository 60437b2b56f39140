import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFullName, NeedleSearch } from "./names";
import { initialsByRegex, initialsOf, lowerTokens, lowerTokensByRegex } from "./speakers";
import { tokenize } from "./tokens";
import { vocabularyIndex, vocabularyIndexAt, vocabularyIndexOfAsciiAt, vocabularyWord } from "./words";

/** Name-like text with the characters the fast paths treat specially: case, joiners, odd spaces, case-folding letters. */
const nameText = fc
  .array(
    fc.oneof(
      fc.constantFrom("Hale", "hale", "HALE", "al-Mousawi", "Al-Mousawi", "O’Brien", "Ryder's", "Ryder’s", "Kirk", "Sasaki", "García", "İnce", "Straße"),
      fc.constantFrom(" ", " ", "  ", "\u00a0", "\u1680", "\u0085", "\t", "\n", "-", "'", "\u2019", ".", ",", "s", "k", "ſ", "\u212a", "é", "\u0301", "the", "The"),
      fc.string({ maxLength: 3 }),
      fc.string({ maxLength: 2, unit: "binary" }),
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(""));

describe("lowerTokens", () => {
  it("agrees with its regex form", () => {
    fc.assert(
      fc.property(nameText, (name) => {
        const expected = /^[a-z0-9]+$/.test(name) ? (name === "the" ? [] : [name]) : lowerTokensByRegex(name.toLowerCase());
        expect(lowerTokens(name)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["Pat Ryder", ["pat", "ryder"]],
    ["the Pentagon's", ["pentagon"]],
    ["Ali Hussein al-Mousawi", ["ali", "hussein", "al", "mousawi"]],
    ["Kirk’s", ["kirk"]],
  ])("%j gives %j", (name, expected) => {
    expect(lowerTokens(name)).toEqual(expected);
  });
});

describe("NeedleSearch", () => {
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  it("finds what a case-insensitive regex of the words finds", () => {
    fc.assert(
      fc.property(nameText, fc.constantFrom("Hale", "hale", "Kirk", "Sasaki", "al-Mousawi", "Mark Hale", "o’brien", "García", "s", "Straße"), (text, needle) => {
        const words = needle.split(/\s+/);
        const pattern = new RegExp(words.map(escape).join("\\s+"), "giu");
        const search = new NeedleSearch(text, words);
        for (let round = 0; round < 20; round++) {
          const expected = pattern.exec(text);
          const found = search.next(text.length);
          if (expected === null) {
            expect(found).toBeNull();
            break;
          }
          expect(found).toEqual({ index: expected.index, end: expected.index + expected[0].length, lastWordStart: expected.index + expected[0].search(/\S+$/u) });
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("findFullName", () => {
  it.each([
    ["Coach Marcus Hale said. Later, Hale added.", "Hale", "Marcus Hale"],
    ["in Boston on Monday, officials in BOSTON said", "Boston", undefined],
    ["Ali Hussein al-Mousawi spoke. Al-Mousawi said", "Al-Mousawi", "Ali Hussein al-Mousawi"],
    ["George W. Bush spoke. Bush said", "Bush", "George W. Bush"],
    ["Martin Luther King Jr. spoke. King said", "King", "Martin Luther King Jr."],
  ])("in %j, %j is %j", (text, surname, expected) => {
    expect(findFullName(text, surname, text.length)).toBe(expected);
  });
});

describe("initialsOf", () => {
  it("agrees with its regex form", () => {
    fc.assert(
      fc.property(nameText, (name) => {
        expect(initialsOf(name)).toBe(initialsByRegex(name));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["Army Corps of Engineers", "ACE"],
    ["World Health Organization", "WHO"],
    ["the WHO", "WHO"],
    ["Médecins Sans Frontières", "MSF"],
    ["Lopez-Garcia and the Board", "LGB"],
  ])("%j gives %j", (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

/** Words as the tokenizer reads them: vocabulary words in any case, possessives, joiners, non-ASCII letters. */
const wordText = fc
  .array(
    fc.oneof(
      fc.constantFrom("the", "The", "THE", "said", "Said", "minister", "Minister's", "officials'", "officials’", "police", "Police’s", "US", "us", "İstanbul", "Straße", "K", "\u212a", "ſaid"),
      fc.constantFrom(" ", "\u00a0", "-", "'", "\u2019", ".", ",", "s", "\u201c", "\u201d", "é"),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("tokenize and the vocabulary", () => {
  it("gives each word token its lower case, possessive removed, and the vocabulary index of that lower case", () => {
    fc.assert(
      fc.property(wordText, (text) => {
        for (const token of tokenize(text, 0, text.length)) {
          expect(token.text).toBe(text.slice(token.start, token.end));
          if (token.kind !== "word") continue;
          const lower = token.text.toLowerCase();
          const expectedLower = token.possessive ? lower.replace(/(?:['\u2019]s|(?<=s)['\u2019])$/, "") : lower;
          expect(token.lower).toBe(expectedLower);
          expect(token.wordIndex).toBe(vocabularyIndex(expectedLower));
          if (token.wordIndex >= 0) expect(vocabularyWord(token.wordIndex)).toBe(token.lower);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["The", "the", true],
    ["SAID", "said", true],
    ["Minister's", "minister", true],
    ["Hale", "hale", false],
  ])("%j reads as %j (a vocabulary word: %j)", (text, lower, known) => {
    const [token] = tokenize(text, 0, text.length);
    expect(token?.lower).toBe(lower);
    expect((token?.wordIndex ?? -1) >= 0).toBe(known);
  });

  it("finds a vocabulary word by its ASCII lower case only", () => {
    const index = vocabularyIndex("said");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(vocabularyIndexOfAsciiAt("He SAID", 3, 7)).toBe(index);
    expect(vocabularyIndexAt("He SAID", 3, 7)).toBe(-1);
    expect(vocabularyIndexAt("He said", 3, 7)).toBe(index);
    expect(vocabularyIndex("saidx")).toBe(-1);
  });
});
