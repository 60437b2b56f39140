/**
 * Snippet tests for the attribution rules that generalise across house styles: each row is one linguistic
 * rule, with the smallest text that shows it.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "./index";
import { fullerOrganizationName } from "./speakers";

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

describe("speaker phrases never start with a function word", () => {
  it.each<[string, string, Expected[]]>([
    [
      "a sentence-initial preposition is not part of the following name",
      "Ruth Calloway is the state treasurer.\nUnder Calloway, the fund grew to $2 billion.\n“We saved money,” she said.",
      [{ type: "direct", text: "We saved money,", speaker: "Ruth Calloway" }],
    ],
    [
      "an interjection opening a quoted sentence is not a name for a later pronoun",
      "Lord Hadley of Skegness was less forgiving.\n‘Well, the list did not stop the sea,’ he said.",
      [{ type: "direct", text: "Well, the list did not stop the sea,", speaker: "Hadley" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("possessives, descriptors and unnamed sources", () => {
  it.each<[string, string, Expected[]]>([
    [
      "“X’s campaign” is an organisation, and a later bare “X” is still the person",
      "Ruth Calloway is running for governor.\nCalloway’s campaign says it raised $3.4 million in its first month.\nCalloway said she had no plans to change her approach.",
      [
        { type: "indirect", text: "it raised $3.4 million in its first month", speaker: "Calloway’s campaign" },
        { type: "indirect", text: "she had no plans to change her approach", speaker: "Ruth Calloway" },
      ],
    ],
    [
      "a nationality or age descriptor is the person in focus, never a new name",
      "Sophie Lindqvist has scored 17 goals this season.\n“We lost one game,” the Swede said.\nKwame Asante came on in the 70th minute.\n“I wanted to play,” the 29-year-old said.",
      [
        { type: "direct", text: "We lost one game,", speaker: "Sophie Lindqvist" },
        { type: "direct", text: "I wanted to play,", speaker: "Kwame Asante" },
      ],
    ],
    [
      "anonymous sources, correspondents and indefinite pronouns have no speaker",
      "A deal could value the plant at 600 million euros, the source said.\nShops had begun to reopen, an AFP correspondent said.\n“Third time!” someone shouted from a passing pickup.",
      [
        { type: "indirect", text: "A deal could value the plant at 600 million euros", speaker: null },
        { type: "indirect", text: "Shops had begun to reopen", speaker: null },
        { type: "direct", text: "Third time!", speaker: null },
      ],
    ],
    [
      "people familiar with the matter, with the post-modifier inside the subject",
      "Kallvik Energi is exploring a sale of its plant, two people familiar with the matter told Reuters.",
      [{ type: "indirect", text: "Kallvik Energi is exploring a sale of its plant", speaker: null }],
    ],
    [
      "a ministry spokesperson speaks for the ministry just named",
      "Poland's development ministry said it had not been informed of any sale. It expected the company to honour its commitments, a ministry spokesperson told Reuters.",
      [
        { type: "indirect", text: "it had not been informed of any sale", speaker: "Poland's development ministry" },
        { type: "indirect", text: "It expected the company to honour its commitments", speaker: "Poland's development ministry" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("documents after “according to”", () => {
  it.each<[string, string, Expected[]]>([
    [
      "an unattributed document, or one only posted by an agency, has no speaker",
      "Growth slowed to 4% last year, according to industry data.\nThe wall had been rated poor, according to documents released by the Environment Agency on Monday.",
      [
        { type: "according_to", text: "Growth slowed to 4% last year", speaker: null },
        { type: "according_to", text: "The wall had been rated poor", speaker: null },
      ],
    ],
    [
      "“its” filings belong to the clause’s subject",
      "Coastal Air lost $312 million last year, according to its securities filings.",
      [{ type: "according_to", text: "Coastal Air lost $312 million last year", speaker: "Coastal Air" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("cues and reported clauses", () => {
  it.each<[string, string, Expected[]]>([
    [
      "an uninflected verb before a noun is a modifier (“a former state senator”), and a pronoun subject starts a clause",
      "Martin Ashworth, a former state senator, insisted on Monday he was the only candidate who knew the job.\nRuth Calloway is the treasurer. Last month she announced she would run for governor.",
      [
        { type: "indirect", text: "he was the only candidate who knew the job", speaker: "Martin Ashworth" },
        { type: "indirect", text: "she would run for governor", speaker: "Ruth Calloway" },
      ],
    ],
    [
      "a clause ending in a colon introduces its subject’s words",
      "Ruth Calloway is the treasurer.\nShe put it simply: “I am the only person in this race who has balanced a budget.”",
      [{ type: "direct", text: "I am the only person in this race who has balanced a budget.", speaker: "Ruth Calloway" }],
    ],
    [
      "a reported clause with a quoted fragment after “in a statement” is one indirect quote",
      "Kallvik said in a statement it was \"reviewing all options to strengthen the balance sheet\".",
      [{ type: "indirect", text: 'it was "reviewing all options to strengthen the balance sheet"', speaker: "Kallvik" }],
    ],
    [
      "a clause joined after a parenthetical attribution is the same speaker’s",
      "The difference may sound small, Dr. Rebecca Thornquist explained, but over a decade it adds up to a hearing aid.",
      [
        { type: "indirect", text: "The difference may sound small", speaker: "Rebecca Thornquist" },
        { type: "indirect", text: "over a decade it adds up to a hearing aid", speaker: "Rebecca Thornquist" },
      ],
    ],
    [
      "an object after “reported”/“added” is no speech; “described … as” without “that” is none either",
      "Brightwell Group Plc reported an 18% fall in first-half profit on Wednesday.\nOkafor added a second goal in the 71st minute.\nResidents described the town as calm.",
      [],
    ],
    [
      "a verb followed by an infinitive (“promises to end”) does not frame a short quote",
      "Fiona Aldridge promises to end ‘patch and pray’ as MPs demand answers",
      [],
    ],
    [
      "a plural possessive mark before a conjunction closes a single-quoted fragment",
      "The Environment Agency said in a statement that it had ‘always been candid about ageing assets’ and that most defences were sound.",
      [{ type: "indirect", text: "it had ‘always been candid about ageing assets’ and that most defences were sound", speaker: "The Environment Agency" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("organisation names", () => {
  it.each<[string, string, Expected[]]>([
    [
      "the fullest name the article gives wins (“Porchlight Inc.”)",
      "The FTC sued Porchlight Inc., the maker of smart doorbells.\nPorchlight said it had ended all human review of customer video.",
      [{ type: "indirect", text: "it had ended all human review of customer video", speaker: "Porchlight Inc." }],
    ],
    [
      "a name an acronym defines keeps its place words; “and” inside an institution’s name stays in it",
      "The United Nations Support Mission in Libya (UNSMIL) said it was alarmed by the violence.\nHearing loss affects one in three people, according to the National Institute on Deafness and Other Communication Disorders.",
      [
        { type: "indirect", text: "it was alarmed by the violence", speaker: "The United Nations Support Mission in Libya" },
        { type: "according_to", text: "Hearing loss affects one in three people", speaker: "the National Institute on Deafness and Other Communication Disorders" },
      ],
    ],
    [
      "a bare “the spokesperson” speaks for the organisation that spoke last",
      "Poland's development ministry said it had not been informed of any sale.\n“Public money came with commitments,” the spokesperson said.",
      [
        { type: "indirect", text: "it had not been informed of any sale", speaker: "Poland's development ministry" },
        { type: "direct", text: "Public money came with commitments,", speaker: "Poland's development ministry" },
      ],
    ],
    [
      "“the company” is the most recent organisation of a business kind, not a time zone",
      "Brightwell Group Plc shares fell 6% by 1000 GMT.\nThe company said it now expects full-year profit of 280 million pounds.",
      [{ type: "indirect", text: "it now expects full-year profit of 280 million pounds", speaker: "Brightwell Group Plc" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it.each<[string, string, string | null]>([
    ["Porchlight", "sued Porchlight Inc., the maker", "Porchlight Inc."],
    ["Ashby", "Ashby United 2 Rotherford Town 1", "Ashby United"],
    ["Ashby", "Ashby said", null],
  ])("fullerOrganizationName(%s) in %j", (name, text, expected) => {
    expect(fullerOrganizationName(text, name)).toBe(expected);
  });
});
