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
      "quote over two paragraphs: one quote per paragraph, as each reopens its marks, one speaker",
      "“We trained on a school pitch for years.\n\n“Now we have a stadium of our own,” coach Tom Reed said.",
      [
        { type: "direct", text: "We trained on a school pitch for years.", speaker: "Tom Reed" },
        { type: "direct", text: "Now we have a stadium of our own,", speaker: "Tom Reed" },
      ],
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

describe("attribution rules", () => {
  it.each<[string, string, Expected[]]>([
    [
      "a second quote after “…,” X said. keeps X after an earlier fragment inside reported speech",
      "Challenger says she will “get the buses running”\nPruitt conceded. “The voters have spoken,” he said. “I respect their decision.”",
      [
        { type: "indirect", text: "she will “get the buses running”", speaker: "Challenger" },
        { type: "direct", text: "get the buses running", speaker: "Challenger" },
        { type: "direct", text: "The voters have spoken,", speaker: "Pruitt" },
        { type: "direct", text: "I respect their decision.", speaker: "Pruitt" },
      ],
    ],
    [
      "a paragraph that is only a quote continues the speaker who closed the paragraph before",
      "“We are grateful, but let us be honest,” Abba Tijani said.\n\n“These objects were not gifts. They were taken at gunpoint.”",
      [
        { type: "direct", text: "We are grateful, but let us be honest,", speaker: "Abba Tijani" },
        { type: "direct", text: "These objects were not gifts. They were taken at gunpoint.", speaker: "Abba Tijani" },
      ],
    ],
    [
      "an appositive with prepositions or a relative clause between the speaker and the cue",
      "William McGee, a senior fellow for aviation at the American Economic Liberties Project, said fares had fallen sharply.\nYumi Sasaki, a JAXA engineer who worked on the lander, said the team had cheered loudly.\nHale, 54, said the plan was sound enough.",
      [
        { type: "indirect", text: "fares had fallen sharply", speaker: "William McGee" },
        { type: "indirect", text: "the team had cheered loudly", speaker: "Yumi Sasaki" },
        { type: "indirect", text: "the plan was sound enough", speaker: "Hale" },
      ],
    ],
    [
      "a relative clause with commas inside, and “which has said”",
      "The British Museum, which holds the largest collection, more than 900 objects, has said it is prevented from returning them.\nThe vaccine is made by the Serum Institute of India, which has said it could produce 100 million doses.",
      [
        { type: "indirect", text: "it is prevented from returning them", speaker: "The British Museum" },
        { type: "indirect", text: "it could produce 100 million doses", speaker: "the Serum Institute of India" },
      ],
    ],
    [
      "the audience of “told” ends before a time adverbial or a place",
      "Priya Raman told analysts last month that the airline had enough cash.\nKaren Liu told reporters at a news conference that the main had burst.",
      [
        { type: "indirect", text: "the airline had enough cash", speaker: "Priya Raman" },
        { type: "indirect", text: "the main had burst", speaker: "Karen Liu" },
      ],
    ],
    [
      "“but acknowledged that” and “and accused” end the first reported clause",
      "Priya Raman told analysts that the airline had enough cash, but acknowledged that it had cut about 600 jobs.\nThe ministry said the talks had been suspended in March and accused Addis Ababa of “manufacturing a crisis”.",
      [
        { type: "indirect", text: "the airline had enough cash", speaker: "Priya Raman" },
        { type: "indirect", text: "it had cut about 600 jobs", speaker: "Priya Raman" },
        { type: "indirect", text: "the talks had been suspended in March", speaker: "The ministry" },
        { type: "direct", text: "manufacturing a crisis", speaker: "The ministry" },
      ],
    ],
    [
      "a speech participle or a coordinated verb shares the clause's subject",
      "Judge Patricia Moreno ordered both men held, saying they posed a real danger.\nAbba Tijani, director-general of the commission, welcomed the decision but said the return was long overdue.",
      [
        { type: "indirect", text: "they posed a real danger", speaker: "Patricia Moreno" },
        { type: "indirect", text: "the return was long overdue", speaker: "Abba Tijani" },
      ],
    ],
    [
      "a parenthetical attribution reports the clause before it, and the clause after it when it carries on",
      "The probe landed within 100 metres of its target, JAXA said, a level of accuracy never achieved.\nThe cause of the break was under investigation, Liu said, though she pointed out that temperatures had dropped.\nThe new rules, the agency said, were overdue by years.",
      [
        { type: "indirect", text: "The probe landed within 100 metres of its target", speaker: "JAXA" },
        { type: "indirect", text: "The cause of the break was under investigation", speaker: "Liu" },
        { type: "indirect", text: "temperatures had dropped", speaker: "Liu" },
        { type: "indirect", text: "The new rules, the agency said, were overdue by years", speaker: "JAXA" },
      ],
    ],
    [
      "nouns are not cues: “The WMO's report was”, “The United States called”, content starting with a preposition",
      "The WMO's report was based on data from six datasets.\nPruitt, a Republican, conceded in a brief speech about half an hour later.\nThe United States called on both sides to “exercise restraint.”",
      [{ type: "direct", text: "exercise restraint.", speaker: "United States" }],
    ],
    [
      "quoting verbs frame a direct quote: called, accused",
      "Tribal Chairwoman Lorraine Two Bulls called the decision “a long-overdue victory.”",
      [{ type: "direct", text: "a long-overdue victory.", speaker: "Lorraine Two Bulls" }],
    ],
    [
      "a fragment quoted inside reported speech is part of the reported quote, and a direct quote of the same speaker",
      "Judge Patricia Moreno said they posed “a real and present danger” to the community.",
      [
        { type: "indirect", text: "they posed “a real and present danger” to the community", speaker: "Patricia Moreno" },
        { type: "direct", text: "a real and present danger", speaker: "Patricia Moreno" },
      ],
    ],
    [
      "a bracketed acronym before the cue; the acronym later names the same organisation",
      "The Japan Aerospace Exploration Agency (JAXA) said the probe had landed safely.\nJAXA said the mission had cost 18 billion yen.",
      [
        { type: "indirect", text: "the probe had landed safely", speaker: "The Japan Aerospace Exploration Agency" },
        { type: "indirect", text: "the mission had cost 18 billion yen", speaker: "The Japan Aerospace Exploration Agency" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("speaker resolution rules", () => {
  it.each<[string, string, Expected[]]>([
    [
      "“the company” is the company that spoke last, not a unit or a committee named since",
      "Payments company Lumora Inc said on Thursday that hackers had stolen customer data.\nShares fell by 1000 GMT. Sen. Ron Whitfield of the Senate Banking Committee wrote to Lumora.\nThe company said it had notified the FBI last week.",
      [
        { type: "indirect", text: "hackers had stolen customer data", speaker: "Lumora Inc" },
        { type: "indirect", text: "it had notified the FBI last week", speaker: "Lumora Inc" },
      ],
    ],
    [
      "a short name and the full name of one organisation are one speaker with the full name",
      "Brightwell Group Plc said profit fell 18% in the half.\nBrightwell also said it would keep its dividend unchanged.",
      [
        { type: "indirect", text: "profit fell 18% in the half", speaker: "Brightwell Group Plc" },
        { type: "indirect", text: "it would keep its dividend unchanged", speaker: "Brightwell Group Plc" },
      ],
    ],
    [
      "an unnamed spokesperson speaks for the organisation that modifies the role",
      "A Corps spokesman said the agency was reviewing the decision.\nA State Department spokesperson said Washington was in contact with both sides.",
      [
        { type: "indirect", text: "the agency was reviewing the decision", speaker: "Corps" },
        { type: "indirect", text: "Washington was in contact with both sides", speaker: "State Department" },
      ],
    ],
    [
      "unnamed groups and individuals have no speaker, even capitalised at the start of a sentence",
      "Scientists cautioned that a single warm year does not break the goal.\n“I found out from a news article,” wrote one user on X.",
      [
        { type: "indirect", text: "a single warm year does not break the goal", speaker: null },
        { type: "direct", text: "I found out from a news article,", speaker: null },
      ],
    ],
    [
      "analysts at a named firm are that firm speaking",
      "According to analysts at Peel Hunt, Brightwell has lost market share for six quarters.",
      [{ type: "according_to", text: "Brightwell has lost market share for six quarters", speaker: "Peel Hunt" }],
    ],
    [
      "where a speaker is, a regnal number and the complement of a role are not names",
      "The ministry in Asmara said it would publish the minutes of the talks.\nOba Ewuare II, the traditional ruler of Benin, has said the bronzes should be housed in Benin City.\nThe AU’s special envoy for the Horn of Africa, former Kenyan President Uhuru Kamau, told AFP that he had spoken to both leaders.",
      [
        { type: "indirect", text: "it would publish the minutes of the talks", speaker: "The ministry" },
        { type: "indirect", text: "the bronzes should be housed in Benin City", speaker: "Oba Ewuare II" },
        { type: "indirect", text: "he had spoken to both leaders", speaker: "Uhuru Kamau" },
      ],
    ],
    [
      "the source of a document is the speaker: “LSEG data”, “a Chicago Police Department news release”",
      "Analysts had expected profit of 151 million pounds, according to LSEG data.\nTwo men were arrested on Sunday, according to a Chicago Police Department news release.",
      [
        { type: "according_to", text: "Analysts had expected profit of 151 million pounds", speaker: "LSEG" },
        { type: "according_to", text: "Two men were arrested on Sunday", speaker: "Chicago Police Department" },
      ],
    ],
    [
      "a lone name opening a sentence is what a later “he” points back to; contractions are not names",
      "Pruitt conceded in a brief speech. “The voters have spoken,” he said.\n“I've never seen anything like it,” said Frank Moretti. His daughter, Gina, was more hopeful. She said the bakery would reopen by the weekend.",
      [
        { type: "direct", text: "The voters have spoken,", speaker: "Pruitt" },
        { type: "direct", text: "I've never seen anything like it,", speaker: "Frank Moretti" },
        { type: "indirect", text: "the bakery would reopen by the weekend", speaker: "Gina" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("British and straight single quote marks", () => {
  it.each<[string, string, Expected[]]>([
    [
      "curly single quotes are the primary marks; apostrophes and plural possessives do not close them",
      "Fire Chief Daniel Ortiz spoke at the scene.\n‘The players’ commitment has been remarkable and we don’t give up,’ he said. ‘The 1990s’ reforms failed us.’",
      [
        { type: "direct", text: "The players’ commitment has been remarkable and we don’t give up,", speaker: "Daniel Ortiz" },
        { type: "direct", text: "The 1990s’ reforms failed us.", speaker: "Daniel Ortiz" },
      ],
    ],
    [
      "double quotes nested inside single quotes stay inside the quote",
      "‘She told me “never again” and meant it,’ said Jane Doe.",
      [{ type: "direct", text: "She told me “never again” and meant it,", speaker: "Jane Doe" }],
    ],
    [
      "straight single quotes, with elisions and possessives left alone",
      "'We have worked on this for nine years,' said Yumi Sasaki. 'The engineers' effort in the '90s was not rock 'n' roll.'",
      [
        { type: "direct", text: "We have worked on this for nine years,", speaker: "Yumi Sasaki" },
        { type: "direct", text: "The engineers' effort in the '90s was not rock 'n' roll.", speaker: "Yumi Sasaki" },
      ],
    ],
    [
      "a single closing mark after an “s” before an article closes the quote (“‘fully accepts’ the audit’s findings”)",
      "In a statement, the HSE said it ‘fully accepts’ the audit’s findings and had referred the matter to its committee.",
      [
        { type: "indirect", text: "it ‘fully accepts’ the audit’s findings and had referred the matter to its committee", speaker: "the HSE" },
        { type: "direct", text: "fully accepts", speaker: "the HSE" },
      ],
    ],
    [
      "a single-quoted quote over two paragraphs",
      "‘We trained on a school pitch for years.\n\n‘Now we have a stadium of our own,’ coach Tom Reed said.",
      [
        { type: "direct", text: "We trained on a school pitch for years.", speaker: "Tom Reed" },
        { type: "direct", text: "Now we have a stadium of our own,", speaker: "Tom Reed" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
