import { describe, expect, it } from "vitest";
import { analyze } from "./index";

interface Expected {
  type: string;
  text: string;
  speaker: string | null;
}

function quotesOf(text: string): Expected[] {
  const result = analyze(text);
  const names = new Map(result.speakers.map((speaker) => [speaker.id, speaker.name]));
  return result.quotes.map((quote) => ({ type: quote.type, text: quote.text, speaker: quote.speakerId === null ? null : (names.get(quote.speakerId) ?? null) }));
}

describe("quotes and their speakers", () => {
  it.each<[string, string, Expected[]]>([
    [
      "quote split by its attribution, then a pronoun",
      "Acme Corp named Jane Doe chief executive on Monday.\n“We will grow,” Doe said. “Then we will hire.”\n“It is a big day,” she added.",
      [
        { type: "direct", text: "We will grow,", speaker: "Jane Doe" },
        { type: "direct", text: "Then we will hire.", speaker: "Jane Doe" },
        { type: "direct", text: "It is a big day,", speaker: "Jane Doe" },
      ],
    ],
    [
      "attribution before, with a colon, and inverted after",
      "The minister, Ali Hassan, told reporters: “Prices have fallen for six months.”\n“Nobody believes that,” said Sara Lee, an economist at the bank.",
      [
        { type: "direct", text: "Prices have fallen for six months.", speaker: "Ali Hassan" },
        { type: "direct", text: "Nobody believes that,", speaker: "Sara Lee" },
      ],
    ],
    [
      "scare quotes are not speech, unattributed long quotes have no speaker",
      "The so-called “peace plan” failed.\n“Nothing about this is normal anymore.”",
      [{ type: "direct", text: "Nothing about this is normal anymore.", speaker: null }],
    ],
    [
      "quote over two paragraphs",
      "“We trained on a school pitch for years.\n\n“Now we have a stadium of our own,” coach Tom Reed said.",
      [{ type: "direct", text: "We trained on a school pitch for years.\n\n“Now we have a stadium of our own,", speaker: "Tom Reed" }],
    ],
    [
      "reported speech: that-clause, audience, trailing attribution, according to",
      "Sen. Maria Lopez said on Tuesday that the bill had passed.\nShe told Reuters the vote was close.\nThe economy grew 2% last year, the ministry said.\nAccording to the Pentagon, 900 troops remain.",
      [
        { type: "indirect", text: "the bill had passed", speaker: "Maria Lopez" },
        { type: "indirect", text: "the vote was close", speaker: "Maria Lopez" },
        { type: "indirect", text: "The economy grew 2% last year", speaker: "the ministry" },
        { type: "according_to", text: "900 troops remain", speaker: "the Pentagon" },
      ],
    ],
    [
      "role nouns link to the person introduced with the role",
      "Iraqi PM says talks will resume\nThe Iraqi Prime Minister, Mohammed Shia Al-Sudani, said the talks were useful.\nThe Prime Minister added that a deal was near.",
      [
        { type: "indirect", text: "talks will resume", speaker: "Mohammed Shia Al-Sudani" },
        { type: "indirect", text: "the talks were useful", speaker: "Mohammed Shia Al-Sudani" },
        { type: "indirect", text: "a deal was near", speaker: "Mohammed Shia Al-Sudani" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it("makes the audience of “told” a non-speaker and organisations speakers", () => {
    const result = analyze("The Pentagon said on Monday that 2,500 troops would stay. Prime Minister Mohammed Al-Sudani told Reuters that the coalition must go.");
    expect(result.speakers.map((speaker) => [speaker.name, speaker.kind, speaker.role])).toEqual([
      ["The Pentagon", "organization", null],
      ["Mohammed Al-Sudani", "person", "Prime Minister"],
    ]);
  });
});
