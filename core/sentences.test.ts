import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe("splitSentences", () => {
  it.each([
    ["headline on its own line", "PM says Baghdad wants coalition out\nBaghdad (IraqiNews.com) – The PM spoke. He left.", ["PM says Baghdad wants coalition out", "Baghdad (IraqiNews.com) – The PM spoke.", "He left."]],
    ["titles and ranks", "Gen. Mark Milley met Sen. Jane Doe and Dr. Who. They talked.", ["Gen. Mark Milley met Sen. Jane Doe and Dr. Who.", "They talked."]],
    ["U.S. mid-sentence and at the end", "U.S. forces stayed in the U.S. The base closed.", ["U.S. forces stayed in the U.S.", "The base closed."]],
    ["initials", "J. R. R. Tolkien wrote it. George W. Bush read it.", ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]],
    ["decimals and No.", "It grew 3.5 percent at No. 10 Downing St. on Jan. 5. Then it fell.", ["It grew 3.5 percent at No. 10 Downing St. on Jan. 5.", "Then it fell."]],
    ["question inside quote followed by attribution", "“Is it over?” she asked. “No.”", ["“Is it over?” she asked.", "“No.”"]],
    ["ellipsis", "He waited... Then he spoke... and stopped.", ["He waited...", "Then he spoke... and stopped."]],
    ["company abbreviations", "Apple Inc. said profit rose. Apple Inc. The company denied it.", ["Apple Inc. said profit rose.", "Apple Inc.", "The company denied it."]],
    ["state abbreviation before a dateline bracket", "SACRAMENTO, Calif. (AP) — Gov. Tom Brennan said Thursday it passed.", ["SACRAMENTO, Calif. (AP) — Gov. Tom Brennan said Thursday it passed."]],
    ["CRLF paragraphs", "One sentence.\r\n\r\nTwo sentence.", ["One sentence.", "Two sentence."]],
    ["CJK terminators", "今天很好。明天也好。", ["今天很好。", "明天也好。"]],
    ["empty and blank", "   \n\t ", []],
  ])("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("cuts overlong runs without spaces into bounded pieces", () => {
    const text = "x".repeat(10_000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.every((span) => span.end - span.start <= 3001)).toBe(true);
    expect(spans.map((span) => text.slice(span.start, span.end)).join("")).toBe(text);
  });
});
