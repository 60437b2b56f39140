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
      "an unattributed document, or one only obtained by a newspaper, has no speaker",
      "Growth slowed to 4% last year, according to industry data.\nThe wall had been rated poor, according to documents obtained by the Guardian on Monday.",
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
      "a reported clause with a quoted fragment after “in a statement” is one indirect quote, and the fragment a direct one",
      "Kallvik said in a statement it was \"reviewing all options to strengthen the balance sheet\".",
      [
        { type: "indirect", text: 'it was "reviewing all options to strengthen the balance sheet"', speaker: "Kallvik" },
        { type: "direct", text: "reviewing all options to strengthen the balance sheet", speaker: "Kallvik" },
      ],
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
      [
        { type: "indirect", text: "it had ‘always been candid about ageing assets’ and that most defences were sound", speaker: "The Environment Agency" },
        { type: "direct", text: "always been candid about ageing assets", speaker: "The Environment Agency" },
      ],
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
    ["Cascade Regional", "operated as Cascade Regional Airlines Flight 4417", "Cascade Regional Airlines"],
    ["Wakasa Electric", "the reactor, operated by Wakasa Electric Power Co., meets", "Wakasa Electric Power Co."],
  ])("fullerOrganizationName(%s) in %j", (name, text, expected) => {
    expect(fullerOrganizationName(text, name)).toBe(expected);
  });
});

describe("names with initials, honorifics and long organisation names", () => {
  it.each<[string, string, Expected[]]>([
    [
      "initials stay in the name, and an honorific (Shri, Smt) is stripped so a later “Shri X” is the same person",
      "Municipal Administration Minister K.N. Ramalingam said the plant was ready.\nShri Ramalingam said that nearly 86% of the civil work had been completed.",
      [
        { type: "indirect", text: "the plant was ready", speaker: "K.N. Ramalingam" },
        { type: "indirect", text: "nearly 86% of the civil work had been completed", speaker: "K.N. Ramalingam" },
      ],
    ],
    [
      "a name, an office and an organisation in a row of appositives (“X, Executive Director, ORG, said”)",
      "Smt. R. Lalitha Devi, Executive Director, CMWSSB, said the trial run would begin in January.",
      [{ type: "indirect", text: "the trial run would begin in January", speaker: "R. Lalitha Devi" }],
    ],
    [
      "a sentence adverb between commas is not an appositive, and MLA is an office",
      "Opposition MLA S. Senthilkumar, however, alleged that the project had been delayed by two years.",
      [{ type: "indirect", text: "the project had been delayed by two years", speaker: "S. Senthilkumar" }],
    ],
    [
      "“Sir” is an honorific like “Mr”",
      "Sir Keir Starmer said the plan would work.\n“It will be done,” Starmer said.",
      [
        { type: "indirect", text: "the plan would work", speaker: "Keir Starmer" },
        { type: "direct", text: "It will be done,", speaker: "Keir Starmer" },
      ],
    ],
    [
      "“of” and “and” inside an organisation’s name, read backwards from the cue and forwards after “according to”",
      "The Kansas Department of Health and Environment said it had awarded $3 million in grants.\nOhio cut its top income tax rate to 3.5% in 2023, according to the Ohio Department of Taxation.",
      [
        { type: "indirect", text: "it had awarded $3 million in grants", speaker: "The Kansas Department of Health and Environment" },
        { type: "according_to", text: "Ohio cut its top income tax rate to 3.5% in 2023", speaker: "the Ohio Department of Taxation" },
      ],
    ],
    [
      "a press release issued by an organisation is its word, and its bracketed acronym does not end the attribution",
      "According to a press release issued by the Chennai Metropolitan Water Supply and Sewerage Board (CMWSSB), the plant will supply 400 million litres a day.",
      [{ type: "according_to", text: "the plant will supply 400 million litres a day", speaker: "the Chennai Metropolitan Water Supply and Sewerage Board" }],
    ],
    [
      "a bare acronym is the name the article defined for it",
      "The British Dental Association (BDA) warned of a crisis.\nThe BDA said it would ballot members next month.\nIn the United States, the Centers for Disease Control and Prevention (CDC) has confirmed 1,274 cases.\nAccording to the CDC, 13% of patients have been hospitalized.",
      [
        { type: "indirect", text: "it would ballot members next month", speaker: "British Dental Association" },
        { type: "according_to", text: "13% of patients have been hospitalized", speaker: "Centers for Disease Control and Prevention" },
      ],
    ],
    [
      "an acronym’s definition starts where the initials fit, not at an earlier name joined by “and the”",
      "The WHO and the United Nations Children’s Fund (UNICEF) have called on governments to act.\nUNICEF said it had delivered 4.3 million doses.",
      [{ type: "indirect", text: "it had delivered 4.3 million doses", speaker: "United Nations Children’s Fund" }],
    ],
    [
      "a spokesperson for a long-named organisation speaks for all of it",
      "A spokesperson for the European Centre for Disease Prevention and Control (ECDC) said the agency had issued a warning.",
      [{ type: "indirect", text: "the agency had issued a warning", speaker: "European Centre for Disease Prevention and Control" }],
    ],
    [
      "“the agency said” after a sentence that names an organisation is that organisation",
      "The World Health Organization said cases were rising.\nIn the United States, the Centers for Disease Control and Prevention (CDC) has confirmed 1,274 cases, the agency said.",
      [
        { type: "indirect", text: "cases were rising", speaker: "The World Health Organization" },
        { type: "indirect", text: "In the United States, the Centers for Disease Control and Prevention (CDC) has confirmed 1,274 cases", speaker: "Centers for Disease Control and Prevention" },
      ],
    ],
    [
      "an organisation and its acronym before a title and name still open the clause",
      "NSW Rural Fire Service (RFS) Commissioner Rob Kellaway said more than 180 firefighters and 12 aircraft were working on the blaze.",
      [{ type: "indirect", text: "more than 180 firefighters and 12 aircraft were working on the blaze", speaker: "Rob Kellaway" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("unnamed people and descriptions", () => {
  it.each<[string, string, Expected[]]>([
    [
      "“one neighbour”, “the neighbor” and “Some” name nobody",
      "One neighbor, who asked not to be identified, said she woke up to the sound of breaking glass.\n\"I heard somebody screaming,\" the neighbor said.\nSome said they had learned of the breach from a local Facebook group.",
      [
        { type: "indirect", text: "she woke up to the sound of breaking glass", speaker: null },
        { type: "direct", text: "I heard somebody screaming,", speaker: null },
        { type: "indirect", text: "they had learned of the breach from a local Facebook group", speaker: null },
      ],
    ],
    [
      "a lede that describes an official before naming them is the person named next",
      "The head of the region’s transit agency on Wednesday defended the plan, arguing that the increase was the only way to close the gap.\n“Nobody wants to raise fares,” said Daniel Okafor, who has run the authority since 2019.",
      [
        { type: "indirect", text: "the increase was the only way to close the gap", speaker: "Daniel Okafor" },
        { type: "direct", text: "Nobody wants to raise fares,", speaker: "Daniel Okafor" },
      ],
    ],
    [
      "an office introduced with a name is that person later",
      "Daniel Okafor, the head of the region’s transit agency, spoke on Monday.\nThe head of the region’s transit agency said the fares would rise.",
      [{ type: "indirect", text: "the fares would rise", speaker: "Daniel Okafor" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("direct quotes in magazine and statement styles", () => {
  it.each<[string, string, Expected[]]>([
    [
      "a short sentence right after a split quote’s “she says” goes on with it",
      "Carla Jensen has been a nurse for 31 years.\n“We tried,” she says. “We really did.”",
      [
        { type: "direct", text: "We tried,", speaker: "Carla Jensen" },
        { type: "direct", text: "We really did.", speaker: "Carla Jensen" },
      ],
    ],
    [
      "a paragraph ending in a colon introduces the quote that opens the next one",
      "Dr. Elena Marin, who leads the agency’s work on vaccines, said in a statement:\n\n“Every one of these cases was preventable.”",
      [{ type: "direct", text: "Every one of these cases was preventable.", speaker: "Elena Marin" }],
    ],
    [
      "an appositive between the subject and the verb of a colon introduction",
      "The hospital’s chief executive, Mark Tollefson, put it plainly: “We were losing about $1.2 million a year.”",
      [{ type: "direct", text: "We were losing about $1.2 million a year.", speaker: "Mark Tollefson" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("reported speech with adverbials and objects", () => {
  it.each<[string, string, Expected[]]>([
    [
      "a document’s participle and a time adverb after the cue (“said in a report published on Tuesday”)",
      "The World Health Organization recorded 212,400 measles cases in 2025, the agency said in a report published on Tuesday.",
      [{ type: "indirect", text: "The World Health Organization recorded 212,400 measles cases in 2025", speaker: "The World Health Organization" }],
    ],
    [
      "“posted samples of …” is an object, and the attribution at the end of the sentence is the cue",
      "Angela Ruiz-Mendoza is the superintendent.\nA group calling itself Ashveil posted samples of the stolen data on a leak site, Ruiz-Mendoza confirmed.",
      [{ type: "indirect", text: "A group calling itself Ashveil posted samples of the stolen data on a leak site", speaker: "Angela Ruiz-Mendoza" }],
    ],
    [
      "a dateline with an abbreviated state, and a headline’s second verb after a comma",
      "Schools chief apologizes for data breach, says district will not pay ransom\n\nFAIRVIEW, Calif. — Superintendent Angela Ruiz-Mendoza apologized on Monday and acknowledged that the district had failed to take a basic step.",
      [
        { type: "indirect", text: "district will not pay ransom", speaker: "Angela Ruiz-Mendoza" },
        { type: "indirect", text: "the district had failed to take a basic step", speaker: "Angela Ruiz-Mendoza" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("a surname links to the full name whatever its shape", () => {
  const cases: [string, string, string][] = [
    ["Ali Hussein al-Mousawi", "Al-Mousawi", "Ali Hussein al-Mousawi"],
    ["Judge Eleanor M. Vance", "Vance", "Eleanor M. Vance"],
    ["Omar bin Laden", "Bin Laden", "Omar bin Laden"],
    ["Ludwig van Beethoven", "Van Beethoven", "Ludwig van Beethoven"],
    ["Anna-Maria Lopez-Garcia", "Lopez-Garcia", "Anna-Maria Lopez-Garcia"],
    ["Robert J. Smith III", "Smith", "Robert J. Smith III"],
    ["Gabriel García Márquez", "García Márquez", "Gabriel García Márquez"],
    ["Ursula von der Leyen", "Von der Leyen", "Ursula von der Leyen"],
    ["Charles de Gaulle", "De Gaulle", "Charles de Gaulle"],
    ["The minister, Ahmed el-Sayed,", "El-Sayed", "Ahmed el-Sayed"],
  ];
  it.each(cases)("%s … %s said", (full, later, expected) => {
    const text = `${full} arrived in town on Monday.\n${later} said the plan was flawed.`;
    expect(quotesOf(text)).toEqual([{ type: "indirect", text: "the plan was flawed", speaker: expected }]);
  });
});

describe("legislators’ tags, second reports, long organisation names and introductory clauses", () => {
  it.each<[string, string, Expected[]]>([
    [
      "a bracketed party-and-state tag does not split a senator from the verb",
      "Sen. Maria Okonkwo (D-Ill.), whose state includes Midway, said the tower was understaffed at night.",
      [{ type: "indirect", text: "the tower was understaffed at night", speaker: "Maria Okonkwo" }],
    ],
    [
      "a party tag between commas, before the verb and before an appositive",
      "Sen. Marisol Ortega, D-Texas, said the cuts had no chance in the Senate.\nRep. Glenn Whitaker, R-Pa., the chairman of the committee, said the bill would pass this year.",
      [
        { type: "indirect", text: "the cuts had no chance in the Senate", speaker: "Marisol Ortega" },
        { type: "indirect", text: "the bill would pass this year", speaker: "Glenn Whitaker" },
      ],
    ],
    [
      "a party tag that ends the sentence after an inverted attribution",
      "“We will fight this,” said Rep. Tom Keller, R-Iowa.",
      [{ type: "direct", text: "We will fight this,", speaker: "Tom Keller" }],
    ],
    [
      "“X said A, and Mr Y said B” is two reports by two speakers",
      "Priya Mistry said the cabinet had ignored the petition, and Mr Colin Ashworth said the group had raised £4,000 towards legal costs.",
      [
        { type: "indirect", text: "the cabinet had ignored the petition", speaker: "Priya Mistry" },
        { type: "indirect", text: "the group had raised £4,000 towards legal costs", speaker: "Colin Ashworth" },
      ],
    ],
    [
      "an organisation’s name goes on past “of” once it has an organisation word, and keeps its leading words before an acronym",
      "More than 130,000 people have been displaced, according to the United Nations Office for the Coordination of Humanitarian Affairs (OCHA).\nAccording to OCHA, 11 million people have fled their homes since April.",
      [
        { type: "according_to", text: "More than 130,000 people have been displaced", speaker: "the United Nations Office for the Coordination of Humanitarian Affairs" },
        { type: "according_to", text: "11 million people have fled their homes since April", speaker: "the United Nations Office for the Coordination of Humanitarian Affairs" },
      ],
    ],
    [
      "a capitalised name ending in an organisation word is an organisation, whatever office word it holds",
      "The Keystone Justice Project said the ruling was long overdue for car owners.",
      [{ type: "indirect", text: "the ruling was long overdue for car owners", speaker: "The Keystone Justice Project" }],
    ],
    [
      "“that” followed by a verb is the reported clause’s subject, not a complementizer",
      "The amendment’s author, Callum Reid, said that was “the argument landlords have made for thirty years”.",
      [
        { type: "indirect", text: "that was “the argument landlords have made for thirty years”", speaker: "Callum Reid" },
        { type: "direct", text: "the argument landlords have made for thirty years", speaker: "Callum Reid" },
      ],
    ],
    [
      "a relative clause about the appositive’s organisation leaves the name before it as the speaker",
      "Marcus Oyelaran, a portfolio manager at Kestrel Partners, which holds Norvane shares, said any bidder would face scrutiny.",
      [{ type: "indirect", text: "any bidder would face scrutiny", speaker: "Marcus Oyelaran" }],
    ],
    [
      "an inverted attribution to an office, then the name of its holder",
      "‘The council closed Eastmoor on Saturdays two years ago,’ said the group’s chair, Colin Ashworth.",
      [{ type: "direct", text: "The council closed Eastmoor on Saturdays two years ago,", speaker: "Colin Ashworth" }],
    ],
    [
      "a surname joined to its particle speaks on its own",
      "Minister Hassan Abdul-Karim al-Saadi spoke on Sunday.\n“We are facing a situation no government has faced,” al-Saadi told reporters.",
      [{ type: "direct", text: "We are facing a situation no government has faced,", speaker: "Hassan Abdul-Karim al-Saadi" }],
    ],
    [
      "the subject of a sentence that opens with a participle clause is who a later pronoun means",
      "Imran Kazi took five wickets on Monday.\nAsked whether he had ever imagined this day, Derek Mallory paused. “Honestly? Yes,” he says.",
      [{ type: "direct", text: "Honestly? Yes,", speaker: "Derek Mallory" }],
    ],
    [
      "a capitalised place after a locative preposition is not somebody a pronoun can mean",
      "Daniel Whitcomb runs the agency.\nThe agency told senators on Capitol Hill that it employed 10,730 controllers.\nHe said 41 facilities were short of staff.",
      [
        { type: "indirect", text: "it employed 10,730 controllers", speaker: "The agency" },
        { type: "indirect", text: "41 facilities were short of staff", speaker: "Daniel Whitcomb" },
      ],
    ],
    [
      "an audience whose name has commas runs on to the “that” of the reported clause",
      "FAA Administrator Daniel Whitcomb told the Senate Commerce, Science and Transportation Committee that the agency employed 10,730 controllers.",
      [{ type: "indirect", text: "the agency employed 10,730 controllers", speaker: "Daniel Whitcomb" }],
    ],
    [
      "a relative clause after “according to X” is not the reported content",
      "According to the Centre for Democracy and Good Governance, which deployed 120 observers, voting did not take place in 34 wards.",
      [{ type: "according_to", text: "voting did not take place in 34 wards", speaker: "the Centre for Democracy and Good Governance" }],
    ],
    [
      "the publication’s own correspondent is not a source",
      "Our political correspondent says the government is likely to survive the vote next week.",
      [{ type: "indirect", text: "the government is likely to survive the vote next week", speaker: null }],
    ],
    [
      "a headline’s acronym is the organisation the story names in full",
      "Aid convoy reaches besieged city for first time in four months, UN says\nA convoy of 28 trucks reached the city on Saturday, the United Nations said.",
      [
        { type: "indirect", text: "Aid convoy reaches besieged city for first time in four months", speaker: "the United Nations" },
        { type: "indirect", text: "A convoy of 28 trucks reached the city on Saturday", speaker: "the United Nations" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("joint speakers, headline findings, sources of a report, and quoted labels", () => {
  it.each<[string, string, Expected[]]>([
    [
      "two named speakers joined by “and” speak as the first one named",
      "Oceana and ClientEarth said in a joint statement that ministers had ignored the science.\nThe Canadian Red Cross and the Salvation Army said they were sending volunteers to shelters.\nCloud provider Nexora and chip designer Halvard Systems said they would jointly develop a processor.",
      [
        { type: "indirect", text: "ministers had ignored the science", speaker: "Oceana" },
        { type: "indirect", text: "they were sending volunteers to shelters", speaker: "Canadian Red Cross" },
        { type: "indirect", text: "they would jointly develop a processor", speaker: "Nexora" },
      ],
    ],
    [
      "a domain word joined by “and” to a longer name is one organisation’s name",
      "Environment and Climate Change Canada said the freezing rain would continue into Thursday.",
      [{ type: "indirect", text: "the freezing rain would continue into Thursday", speaker: "Environment and Climate Change Canada" }],
    ],
    [
      "an acronym in capitals is never the function word it spells, and a statement’s time adverbial is skipped",
      "The WHO said in a joint statement last year that adolescents need eight to 10 hours of sleep.",
      [{ type: "indirect", text: "adolescents need eight to 10 hours of sleep", speaker: "The WHO" }],
    ],
    [
      "a headline’s “…, study finds” reports the finding of an unnamed study",
      "Teenagers who scroll after midnight lose almost an hour of sleep, study finds\nLONDON (AP) — The pupils were followed for two years.",
      [{ type: "indirect", text: "Teenagers who scroll after midnight lose almost an hour of sleep", speaker: null }],
    ],
    [
      "“X said …, according to a statement” is X’s report, and the source is not part of the content",
      "Air Canada said it had cancelled 212 flights at Montreal and Ottawa airports, according to a statement on its website.",
      [{ type: "indirect", text: "it had cancelled 212 flights at Montreal and Ottawa airports", speaker: "Air Canada" }],
    ],
    [
      "“according to X, which said that …” gives X a second, indirect quote",
      "The trucks carried enough food for 40,000 people, according to the World Food Programme, which said that was far too little for the city.",
      [
        { type: "according_to", text: "The trucks carried enough food for 40,000 people", speaker: "the World Food Programme" },
        { type: "indirect", text: "that was far too little for the city", speaker: "the World Food Programme" },
      ],
    ],
    [
      "an object verb’s object is not reported content",
      "Microsoft and Meta Platforms have announced similar in-house chip projects.",
      [],
    ],
    [
      "a speech participle after a direct quote’s attribution goes on with the same speaker",
      "Dr. Priya Nair doubted the study. “Teenagers are not famous for accurate diaries,” she said, adding that wearable trackers would give a clearer picture.",
      [
        { type: "direct", text: "Teenagers are not famous for accurate diaries,", speaker: "Priya Nair" },
        { type: "indirect", text: "wearable trackers would give a clearer picture", speaker: "Priya Nair" },
      ],
    ],
    [
      "an organisation described, then named in apposition, is the name",
      "The regional transport authority, Västtrafik, said the new ferry would run every hour.",
      [{ type: "indirect", text: "the new ferry would run every hour", speaker: "Västtrafik" }],
    ],
    [
      "a lede’s “police said” is the police force the story names next",
      "A man was charged with armed robbery on Sunday, police said.\nOfficers arrested him at a motel, Springfield Police Department spokesperson Angela Ruiz said.",
      [
        { type: "indirect", text: "A man was charged with armed robbery on Sunday", speaker: "Springfield Police Department" },
        { type: "indirect", text: "Officers arrested him at a motel", speaker: "Angela Ruiz" },
      ],
    ],
    [
      "a surname before anybody of that name spoke is the full name the article gave first",
      "Birgitta Holm has steered the ferry for 41 years.\n“The lake looks gentle,” Holm said. What worries her is the ice.\n“A machine cannot see,” she said.\nHer son, Anders Holm, said she had turned down a job.",
      [
        { type: "direct", text: "The lake looks gentle,", speaker: "Birgitta Holm" },
        { type: "direct", text: "A machine cannot see,", speaker: "Birgitta Holm" },
        { type: "indirect", text: "she had turned down a job", speaker: "Anders Holm" },
      ],
    ],
    [
      "“and” closing the reported clause’s own series of verbs is still the content",
      "Ruiz said a man entered the pharmacy, threatened the pharmacist with a knife and demanded painkillers.",
      [{ type: "indirect", text: "a man entered the pharmacy, threatened the pharmacist with a knife and demanded painkillers", speaker: "Ruiz" }],
    ],
    [
      "a document by or from a source, or a source described by a document word, is the source",
      "Nvidia controls about 80% of the market, according to estimates by research firm TechInsights.\nPrices rose 4%, according to data provider LSEG.",
      [
        { type: "according_to", text: "Nvidia controls about 80% of the market", speaker: "TechInsights" },
        { type: "according_to", text: "Prices rose 4%", speaker: "LSEG" },
      ],
    ],
    [
      "“found that” reports a named finder’s conclusion, a document’s owner’s, but not an unnamed study’s",
      "Judge Eleanor Vance found that the city had deprived owners of their property.\nThe NTSB’s preliminary report found that the controller was working two positions.\nThe research tracked 11,000 pupils. It found that 38% of them used a phone after midnight.\nPolice found the car on Sunday.",
      [
        { type: "indirect", text: "the city had deprived owners of their property", speaker: "Eleanor Vance" },
        { type: "indirect", text: "the controller was working two positions", speaker: "The NTSB" },
      ],
    ],
    [
      "quantified groups name nobody",
      "Both companies said the chips would support open-source software tools.",
      [{ type: "indirect", text: "the chips would support open-source software tools", speaker: null }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("short quoted labels, titles and signs", () => {
  it.each<[string, string, Expected[]]>([
    [
      "a so-called or code-named label is no quote",
      "The compromise keeps the so-called “Hague Preferences” in place.\nThe project, code-named “Lantern”, will combine the two designs.",
      [],
    ],
    [
      "a passive naming (“has been dubbed”) is no quote, even with a speech verb after it",
      "Jones has been dubbed “the Iron Lady of Leeds” by supporters, her aide said.",
      [{ type: "indirect", text: "Jones has been dubbed “the Iron Lady of Leeds” by supporters", speaker: null }],
    ],
    [
      "the words of a sign or banner are quoted without a speaker, however short",
      "On the island, residents are planning a party. A banner on the jetty already reads “Tack, Birgitta.”",
      [{ type: "direct", text: "Tack, Birgitta.", speaker: null }],
    ],
    [
      "words printed on T-shirts are quoted without a speaker",
      "More than 200 people packed the auditorium, many of them wearing red T-shirts printed with \"Save Our Strings.\"",
      [{ type: "direct", text: "Save Our Strings.", speaker: null }],
    ],
    [
      "a quote with its own speech verb stays a quote",
      "“We will not wait,” the WHO said.",
      [{ type: "direct", text: "We will not wait,", speaker: "the WHO" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("names joined by punctuation, compound offices and headline speakers", () => {
  it.each<[string, string, Expected[]]>([
    [
      "an ampersand joins one organisation’s name",
      "Pacific Gas & Electric said it had shut off power to 14,000 customers.",
      [{ type: "indirect", text: "it had shut off power to 14,000 customers", speaker: "Pacific Gas & Electric" }],
    ],
    [
      "a slash with no spaces joins two names of one group",
      "“Kinshasa talks peace in Doha,” AFC/M23 spokesperson Emmanuel Sebahire wrote on X on Monday.",
      [{ type: "direct", text: "Kinshasa talks peace in Doha,", speaker: "Emmanuel Sebahire" }],
    ],
    [
      "an office written as a compound (“investigator-in-charge”) before the name is a role, even owned by an acronym",
      "The NTSB’s investigator-in-charge, Michael Tsai, said the recorder had been sent to Washington.",
      [{ type: "indirect", text: "the recorder had been sent to Washington", speaker: "Michael Tsai" }],
    ],
    [
      "a capitalised “Confederation of … Industry” is one organisation, not an office before a name",
      "The Confederation of Indian Textile Industry (CITI) said in a statement that cotton prices had remained volatile.",
      [{ type: "indirect", text: "cotton prices had remained volatile", speaker: "The Confederation of Indian Textile Industry" }],
    ],
    [
      "“at least” opens the reported content; it is no place adverbial",
      "Anita Ramaswamy teaches election law.\nShe said at least a dozen municipalities had changed their election systems.",
      [{ type: "indirect", text: "at least a dozen municipalities had changed their election systems", speaker: "Anita Ramaswamy" }],
    ],
    [
      "a parenthesised acronym between a name and its relative clause",
      "The Air Line Pilots Association (ALPA), which represents the airline’s pilots, said the public should not draw conclusions.",
      [{ type: "indirect", text: "the public should not draw conclusions", speaker: "The Air Line Pilots Association" }],
    ],
    [
      "a report inside a relative clause ends where the main verb reports more",
      "Lumora, which says it has 95 million users, said it would appeal the fine.\nNadia Osei, who argued the case for the plaintiffs, said her clients had earned less than $9 an hour.",
      [
        { type: "indirect", text: "it has 95 million users", speaker: "Lumora" },
        { type: "indirect", text: "it would appeal the fine", speaker: "Lumora" },
        { type: "indirect", text: "her clients had earned less than $9 an hour", speaker: "Nadia Osei" },
      ],
    ],
    [
      "a place before a role (“A New York judge”) names nobody, and “the ruling” speaks for the judge",
      "A New York judge ruled Friday that the town's system violates the law.\nState Supreme Court Justice Elena M. Castellanos wrote that the statute was clear. If the board fails to act, the court will appoint an expert, the ruling said.",
      [
        { type: "indirect", text: "the statute was clear", speaker: "Elena M. Castellanos" },
        { type: "indirect", text: "If the board fails to act, the court will appoint an expert", speaker: "Elena M. Castellanos" },
      ],
    ],
    [
      "a short name the article also writes with an organisation’s suffix is that organisation",
      "The Embraer 175, operated as Cascade Regional Airlines Flight 4417, came to rest in a ditch.\nCascade Regional, which operates flights for a major carrier, said the captain had been removed from flight duty.",
      [{ type: "indirect", text: "the captain had been removed from flight duty", speaker: "Cascade Regional Airlines" }],
    ],
    [
      "an office of a series of fields is one name, commas and all",
      "There were 58,000 applications on the register, according to the Department of Families, Fairness and Housing.",
      [{ type: "according_to", text: "There were 58,000 applications on the register", speaker: "the Department of Families, Fairness and Housing" }],
    ],
    [
      "without “of”, a series is one name only when it ends in an organisation’s word",
      "Igme made landfall on October 14, according to the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA).\nPrices rose 5%, according to Smith, Jones and Brown.",
      [
        { type: "according_to", text: "Igme made landfall on October 14", speaker: "the Philippine Atmospheric, Geophysical and Astronomical Services Administration" },
        { type: "according_to", text: "Prices rose 5%", speaker: "Smith" },
      ],
    ],
    [
      "a quote after “, warning that” is the main clause’s speaker’s, past a subordinate clause’s verb",
      "No deaths had been reported, the sheriff’s office said. In a post, it said residents should not return until officials declared them safe, warning that “downed power lines remain a serious threat.”",
      [
        { type: "indirect", text: "No deaths had been reported", speaker: "the sheriff’s office" },
        { type: "indirect", text: "residents should not return until officials declared them safe", speaker: "the sheriff’s office" },
        { type: "direct", text: "downed power lines remain a serious threat.", speaker: "the sheriff’s office" },
      ],
    ],
    [
      "a quote opening the paragraph right after a report goes on with the reporter’s words",
      "Writing for the panel, Justice Eleanor Vasquez-Hart said the company’s own data contradicted its description of riders.\n\n“The company set every delivery fee. It deactivated riders whose acceptance rates fell below 85 percent.”",
      [
        { type: "indirect", text: "the company’s own data contradicted its description of riders", speaker: "Eleanor Vasquez-Hart" },
        { type: "direct", text: "The company set every delivery fee. It deactivated riders whose acceptance rates fell below 85 percent.", speaker: "Eleanor Vasquez-Hart" },
      ],
    ],
    [
      "“the utility” is the last utility that spoke, past a resident quoted in between",
      "Pacific Gas & Electric said it had shut off power to 14,000 customers. Hector Villanueva, who lives near the lake, said the family had evacuated twice. The utility said it could not yet say when service would be restored.",
      [
        { type: "indirect", text: "it had shut off power to 14,000 customers", speaker: "Pacific Gas & Electric" },
        { type: "indirect", text: "the family had evacuated twice", speaker: "Hector Villanueva" },
        { type: "indirect", text: "it could not yet say when service would be restored", speaker: "Pacific Gas & Electric" },
      ],
    ],
    [
      "a report inside a subordinate clause (“when the NWS said”) is reported speech too",
      "The National Weather Service (NWS) issued a red flag warning. Some relief could come Thursday, when the NWS said winds should ease and shift to the southwest.",
      [{ type: "indirect", text: "winds should ease and shift to the southwest", speaker: "National Weather Service" }],
    ],
    [
      "the speaker’s own attitude after “and was” ends the content, and a relative clause after an audience reports nothing",
      "Preston boss Tomas Villanueva said his side deserved at least a point and was critical of the decision not to award a penalty.\nAsked what she would tell the doctoral student who filled that jar, Solberg laughs.",
      [{ type: "indirect", text: "his side deserved at least a point", speaker: "Tomas Villanueva" }],
    ],
    [
      "an acronym the article spells out without brackets is that name",
      "Aid convoy reaches besieged city, UN says\n\nA convoy of 28 trucks reached the city on Saturday, the United Nations said.",
      [
        { type: "indirect", text: "Aid convoy reaches besieged city", speaker: "the United Nations" },
        { type: "indirect", text: "A convoy of 28 trucks reached the city on Saturday", speaker: "the United Nations" },
      ],
    ],
    [
      "a descriptor (“Chipmaker”, “Texas-based”) is not part of a company’s name, and a data provider is not “the company”",
      "Chipmaker Norvik beats forecasts\n\nNorvik Semiconductor reported revenue of $8.4 billion, according to LSEG data.\n\nThe Austin, Texas-based company said data centre revenue jumped 58%.\n\nNorvik also said it would buy back up to $10 billion of its shares.",
      [
        { type: "according_to", text: "Norvik Semiconductor reported revenue of $8.4 billion", speaker: "LSEG" },
        { type: "indirect", text: "data centre revenue jumped 58%", speaker: "Norvik Semiconductor" },
        { type: "indirect", text: "it would buy back up to $10 billion of its shares", speaker: "Norvik Semiconductor" },
      ],
    ],
    [
      "a quoted nickname inside a name is no quote and no part of the name",
      "DSWD Secretary Ramon “Monching” Villareal said the department had received at least 37 complaints.\n“We will find out,” Villareal said.",
      [
        { type: "indirect", text: "the department had received at least 37 complaints", speaker: "Ramon Villareal" },
        { type: "direct", text: "We will find out,", speaker: "Ramon Villareal" },
      ],
    ],
    [
      "a question closing its sentence is attributed by the short sentence after it",
      "Lawyer Alexandra Kowalczyk questioned him.\n\"Was there anything stopping a worker from walking in?\" Kowalczyk asked.",
      [{ type: "direct", text: "Was there anything stopping a worker from walking in?", speaker: "Alexandra Kowalczyk" }],
    ],
    [
      "a company form in capitals (“AS”, “AB”) is part of the name",
      "Analysts at Nordhavn Bank AS said in a note that Brent is likely to hold between $70 and $80.",
      [{ type: "indirect", text: "Brent is likely to hold between $70 and $80", speaker: "Nordhavn Bank AS" }],
    ],
    [
      "a lede that describes its speaker (“A shift supervisor …”) means the person the story names next in that role",
      "Miner was alone at rock face, supervisor says\n\nSUDBURY, Ont. — A shift supervisor at a nickel mine told a coroner's inquest Monday that he had twice warned a young miner to wait.\n\nDarren MacLeod, the miner's supervisor, said the crew had been waiting for a scaling machine.",
      [
        { type: "indirect", text: "Miner was alone at rock face", speaker: "Darren MacLeod" },
        { type: "indirect", text: "he had twice warned a young miner to wait", speaker: "Darren MacLeod" },
        { type: "indirect", text: "the crew had been waiting for a scaling machine", speaker: "Darren MacLeod" },
      ],
    ],
    [
      "“with X saying that …” reports X’s words",
      "That has fed forecasts of a surplus, with the International Energy Agency (IEA) saying last week that global supply could exceed demand by 1.5 million barrels a day.",
      [{ type: "indirect", text: "global supply could exceed demand by 1.5 million barrels a day", speaker: "the International Energy Agency" }],
    ],
    [
      "“hospital says” in a headline and “the hospital said” below are the medical center the story names",
      "Ozark Valley Regional diverting ambulances after attack, hospital says\n\nJOPLIN, Mo. - Ozark Valley Regional Medical Center is diverting ambulances to other hospitals.\n\nThe hospital said it was working with the FBI to restore its systems.",
      [
        { type: "indirect", text: "Ozark Valley Regional diverting ambulances after attack", speaker: "Ozark Valley Regional Medical Center" },
        { type: "indirect", text: "it was working with the FBI to restore its systems", speaker: "Ozark Valley Regional Medical Center" },
      ],
    ],
    [
      "an acronym in brackets inside an appositive, and “the CDU politician” is the person the article tied to the CDU",
      "Friedrich Hallstein, the leader of the Christian Democratic Union (CDU) in the Bundestag, called the handling of the budget \"a display of chaos that Germany cannot afford.\"\n\n\"Three parties, three different budgets — and in the end the taxpayer gets the bill,\" the CDU politician said.",
      [
        { type: "direct", text: "a display of chaos that Germany cannot afford.", speaker: "Friedrich Hallstein" },
        { type: "direct", text: "Three parties, three different budgets — and in the end the taxpayer gets the bill,", speaker: "Friedrich Hallstein" },
      ],
    ],
    [
      "a surname ending in -ly is no adverb; “Minister for Housing” is an office before the name; a TD is a member of the Dáil",
      "Mr Fennelly said the reforms would extend rent controls to every part of the State.\nMinister for Housing Darragh Fennelly insisted the changes would work for renters.\nSocial Democrats TD Fiona Keaveney told the Dáil that the Government had lost control of the market.",
      [
        { type: "indirect", text: "the reforms would extend rent controls to every part of the State", speaker: "Darragh Fennelly" },
        { type: "indirect", text: "the changes would work for renters", speaker: "Darragh Fennelly" },
        { type: "indirect", text: "the Government had lost control of the market", speaker: "Fiona Keaveney" },
      ],
    ],
    [
      "the title of a possessor (“Mr Siddiqui’s wife”) does not give the person a gender; “wife” does",
      "Mitigating, his barrister Owen Pryce said Brannigan had a long history of mental health problems.\nIn a victim impact statement read to the court, Mr Siddiqui's wife, Nadia Siddiqui, said she had not slept a full night since his death.\n\"I still set four places at the table some nights,\" she said.",
      [
        { type: "indirect", text: "Brannigan had a long history of mental health problems", speaker: "Owen Pryce" },
        { type: "indirect", text: "she had not slept a full night since his death", speaker: "Nadia Siddiqui" },
        { type: "direct", text: "I still set four places at the table some nights,", speaker: "Nadia Siddiqui" },
      ],
    ],
    [
      "a fragment quoted for nobody does not outrank the sentence’s subject, and words inside quotes name no subject",
      "Tasha Greenlee, 34, was driving her daughter to day care when she felt the road \"drop, like an elevator.\"\n\"I looked in the mirror and the car behind me just wasn't there anymore,\" she said.\n“I hear the anger,” Claire Vautrin told France Inter radio. “But blocking roads will not help. Dialogue will.”\nShe said she would travel to Brussels next week.",
      [
        { type: "direct", text: "drop, like an elevator.", speaker: null },
        { type: "direct", text: "I looked in the mirror and the car behind me just wasn't there anymore,", speaker: "Tasha Greenlee" },
        { type: "direct", text: "I hear the anger,", speaker: "Claire Vautrin" },
        { type: "direct", text: "But blocking roads will not help. Dialogue will.", speaker: "Claire Vautrin" },
        { type: "indirect", text: "she would travel to Brussels next week", speaker: "Claire Vautrin" },
      ],
    ],
    [
      "sources are unnamed whoever they belong to; a name before an office of an organisation and that organisation’s description",
      "The Blazers are trading forward Jalen Okoro to the Orlando Magic, league sources told ESPN on Tuesday.\nA police source told AFP that 34 people had been detained by the evening.\nDarnell Fitch-Ramos, executive director of the Community Justice Alliance, a Hyattsville-based advocacy group, said the findings confirmed what residents had been saying.",
      [
        { type: "indirect", text: "The Blazers are trading forward Jalen Okoro to the Orlando Magic", speaker: null },
        { type: "indirect", text: "34 people had been detained by the evening", speaker: null },
        { type: "indirect", text: "the findings confirmed what residents had been saying", speaker: "Darnell Fitch-Ramos" },
      ],
    ],
    [
      "a given name makes “dive operator Luke Fanning” a person, so a later “he” finds him",
      "The Greens senator for Queensland, Imogen Tarrant, said the government could not claim to be protecting the reef.\nDive operator Luke Fanning said bookings had fallen about 15% since February.\n“People see a photo of white coral and cancel their holiday,” he said.",
      [
        { type: "indirect", text: "the government could not claim to be protecting the reef", speaker: "Imogen Tarrant" },
        { type: "indirect", text: "bookings had fallen about 15% since February", speaker: "Luke Fanning" },
        { type: "direct", text: "People see a photo of white coral and cancel their holiday,", speaker: "Luke Fanning" },
      ],
    ],
    [
      "“report” before “is” is a noun, and a contrast after a parenthetical “he said” is the same speaker’s",
      "NTSB member Carlos Whitfield spoke on Friday. A preliminary report is expected within 30 days, he said, while a final report could take 12 to 18 months.",
      [
        { type: "indirect", text: "A preliminary report is expected within 30 days", speaker: "Carlos Whitfield" },
        { type: "indirect", text: "a final report could take 12 to 18 months", speaker: "Carlos Whitfield" },
      ],
    ],
    [
      "“denied the charge, claiming …”: the object reports nothing, the participle reports the speaker",
      "Kyle Brannigan was convicted of murder. He had denied the charge, claiming he had acted in self-defence.",
      [{ type: "indirect", text: "he had acted in self-defence", speaker: "Kyle Brannigan" }],
    ],
    [
      "a headline names its quote’s speaker after a colon",
      "‘It was a proper striker’s goal’: Linnane hails debutant Okonkwo\n\nBristol City manager Gareth Linnane praised his new signing.",
      [{ type: "direct", text: "It was a proper striker’s goal", speaker: "Gareth Linnane" }],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("inserted adverbials, restrictive relatives, object pronouns and audiences", () => {
  it.each<[string, string, Expected[]]>([
    [
      "“according to him” points back to the person in focus",
      "Dr. Kwame Asamoah announced the new price. According to him, the new price represents about 70 per cent of the world price.",
      [{ type: "according_to", text: "the new price represents about 70 per cent of the world price", speaker: "Kwame Asamoah" }],
    ],
    [
      "an adverb between a pronoun and its verb is not part of the speaker",
      "Dr. Kwame Asamoah announced the new price. He further disclosed that COCOBOD had cleared all outstanding arrears.",
      [{ type: "indirect", text: "COCOBOD had cleared all outstanding arrears", speaker: "Kwame Asamoah" }],
    ],
    [
      "“cautioned farmers against …” names whom the warning is for; what follows reports nothing",
      "Dr. Asamoah cautioned farmers against smuggling beans across the borders. He warned the price of cocoa would fall.",
      [{ type: "indirect", text: "the price of cocoa would fall", speaker: "Asamoah" }],
    ],
    [
      "a prepositional insertion between the subject and its verbs, and an acronym with its parent body",
      "The General Agricultural Workers Union (GAWU) of the TUC, in a statement issued on Thursday, welcomed the increase but said it fell short of expectations.\nThe union, in a statement, said the price was too low.",
      [
        { type: "indirect", text: "it fell short of expectations", speaker: "The General Agricultural Workers Union" },
        { type: "indirect", text: "the price was too low", speaker: "The General Agricultural Workers Union" },
      ],
    ],
    [
      "a subject restricted by a relative clause without commas is an unnamed group",
      "Some farmers who spoke to GhanaWeb also said the increase did not reflect the rising cost of living.",
      [{ type: "indirect", text: "the increase did not reflect the rising cost of living", speaker: null }],
    ],
    [
      "the audience of “told” ends before the reported clause’s pronoun subject",
      "Madam Akosua Frimpong told GhanaWeb she had not been paid for her beans. Kofi Ofori told Reuters it would appeal.",
      [
        { type: "indirect", text: "she had not been paid for her beans", speaker: "Akosua Frimpong" },
        { type: "indirect", text: "it would appeal", speaker: "Kofi Ofori" },
      ],
    ],
    [
      "the holder of “the President of the Farmers’ Alliance” is the person a later “he” means, not the alliance",
      "Madam Akosua Frimpong said she had not been paid.\nThe President of the Cocoa Farmers’ Alliance, Nana Kwame Ampofo, described the price as a step in the right direction.\n“Transparency is all we are asking for,” he said.",
      [
        { type: "indirect", text: "she had not been paid", speaker: "Akosua Frimpong" },
        { type: "direct", text: "Transparency is all we are asking for,", speaker: "Nana Kwame Ampofo" },
      ],
    ],
    [
      "“pointing out that” and “repeated that” report more of the same speaker’s words",
      "Alasdair Munro said islanders had run out of patience, pointing out that CalMac had cancelled 1,400 sailings.\nSelim Aydemir said the bank expected inflation to fall, and repeated that policymakers had the tools to act.",
      [
        { type: "indirect", text: "islanders had run out of patience", speaker: "Alasdair Munro" },
        { type: "indirect", text: "CalMac had cancelled 1,400 sailings", speaker: "Alasdair Munro" },
        { type: "indirect", text: "the bank expected inflation to fall", speaker: "Selim Aydemir" },
        { type: "indirect", text: "policymakers had the tools to act", speaker: "Selim Aydemir" },
      ],
    ],
    [
      "a short name bracketed after a name is that body later, and two adverbials may precede “that”",
      "Inflation eased to 38.2% in May, the Turkish Statistical Institute (TurkStat) said on Tuesday, a sharper slowdown than expected.\nThe central bank said in a statement after the release that the trend had eased.\nAccording to TurkStat, food prices rose 33.6%.",
      [
        { type: "indirect", text: "Inflation eased to 38.2% in May", speaker: "the Turkish Statistical Institute" },
        { type: "indirect", text: "the trend had eased", speaker: "The central bank" },
        { type: "according_to", text: "food prices rose 33.6%", speaker: "the Turkish Statistical Institute" },
      ],
    ],
    [
      "bare “prosecutors” are an unnamed group; a participle set off after the subject is skipped",
      "The footage showed Delaney carrying a television into his house, prosecutors said.\nDeputy Solicitor General Priya Raman, arguing for the federal government, warned that a ruling for Delaney could slow investigations.",
      [
        { type: "indirect", text: "The footage showed Delaney carrying a television into his house", speaker: null },
        { type: "indirect", text: "a ruling for Delaney could slow investigations", speaker: "Priya Raman" },
      ],
    ],
    [
      "a sentence opening with “But” still has its subject for a later pronoun; “where” after a passive verb reports nothing",
      "Gloria Delaney waited outside.\nBut Justice Sonya Alcott pointed to the court’s 2018 decision.\n“Carpenter told us the old rules don’t map neatly,” she said.\nTwo others were injured and admitted to Rajawadi Hospital, where their condition was stated to be stable.",
      [{ type: "direct", text: "Carpenter told us the old rules don’t map neatly,", speaker: "Sonya Alcott" }],
    ],
    [
      "an office held at a named body after an introductory phrase is the subject a later “she” means",
      "Terrence Whitfield waited for news.\nAt a brief news conference Wednesday evening, hospital President and CEO Dr. Anita Raghunathan would not say whether the hospital had received a ransom demand.\n“I’m not going to get into the specifics,” she said.",
      [{ type: "direct", text: "I’m not going to get into the specifics,", speaker: "Anita Raghunathan" }],
    ],
    [
      "a subhead quote that repeats words of an attributed quote is that speaker’s",
      "Patients wait\n\n‘You count the days’\n\n“When you’re fighting cancer, you count the days,” said Terrence Whitfield.",
      [
        { type: "direct", text: "You count the days", speaker: "Terrence Whitfield" },
        { type: "direct", text: "When you’re fighting cancer, you count the days,", speaker: "Terrence Whitfield" },
      ],
    ],
    [
      "a verb's base form after a name and before a comma is a noun (“Minas Gerais state,”)",
      "Monteiro, a former governor of Minas Gerais state, dismissed the numbers at a rally.\nMonteiro said the poll was wrong.",
      [{ type: "indirect", text: "the poll was wrong", speaker: "Monteiro" }],
    ],
    [
      "an acronym of a common thing (“AI”) is no organisation that “its” can mean",
      "Priya Raghunathan said on the earnings call that AI would be \"the single biggest driver\" of growth.\n\nLumenfield reported revenue of $2.41 billion. The company had about 15,000 employees as of Jan. 31, according to its annual report.",
      [
        { type: "indirect", text: "AI would be \"the single biggest driver\" of growth", speaker: "Priya Raghunathan" },
        { type: "direct", text: "the single biggest driver", speaker: "Priya Raghunathan" },
        { type: "according_to", text: "The company had about 15,000 employees as of Jan. 31", speaker: "The company" },
      ],
    ],
    [
      "a tabloid lede’s name in capitals is the full name of the surname used later; “— vowing …” reports the subject",
      "GARY HOLLOWAY has fired a derby warning at Liverpool — vowing his Everton side will fight at Anfield on Saturday.\n\n“We’ll go there and be organised,” Holloway said.",
      [
        { type: "indirect", text: "his Everton side will fight at Anfield on Saturday", speaker: "GARY HOLLOWAY" },
        { type: "direct", text: "We’ll go there and be organised,", speaker: "GARY HOLLOWAY" },
      ],
    ],
    [
      "tabloid manner verbs (“the German grinned”) attribute a quote; “X legend Tony Rimmer …, posting on X:” introduces one",
      "Reds boss Matthias Brandt refused to be drawn.\n\n“I don’t do talking before games,” the German grinned.\n\nToffees legend Tony Rimmer was quick to back his old club, posting on X: “Goosebumps reading that.”",
      [
        { type: "direct", text: "I don’t do talking before games,", speaker: "Matthias Brandt" },
        { type: "direct", text: "Goosebumps reading that.", speaker: "Tony Rimmer" },
      ],
    ],
    [
      "an adverbial before a parenthetical attribution is no content; a quoted phrase is never cut; “declared X elected” reports nothing",
      "Ms. Deepa Hiremath rejected the demand.\nUnder the rules, she added, VVPAT verification had already been carried out in five polling stations.\nMs. Hiremath said the application was \"considered and rejected through a speaking order\" at 9.40 p.m. She then declared Mr. Nagaraju elected and handed over the certificate.",
      [
        { type: "indirect", text: "VVPAT verification had already been carried out in five polling stations", speaker: "Deepa Hiremath" },
        { type: "indirect", text: "the application was \"considered and rejected through a speaking order\" at 9.40 p.m", speaker: "Deepa Hiremath" },
        { type: "direct", text: "considered and rejected through a speaking order", speaker: "Deepa Hiremath" },
      ],
    ],
    [
      "“according to eyewitnesses”: an unnamed group as the source",
      "Police resorted to a mild lathi-charge to disperse them, according to eyewitnesses.",
      [{ type: "according_to", text: "Police resorted to a mild lathi-charge to disperse them", speaker: null }],
    ],
    [
      "an acronym spelled out as an office is its holder; “the statement added” is the statement just quoted",
      "JVP demands recount, RO says process was 'fully transparent'\n\nThe Returning Officer, Deepa Hiremath, rejected the demand.\nChief Electoral Officer Anil Kumar Shetty said in a statement that his office had found no lapse in the counting. The statement added that any candidate could file an election petition within 45 days.",
      [
        { type: "indirect", text: "process was 'fully transparent'", speaker: "Deepa Hiremath" },
        { type: "direct", text: "fully transparent", speaker: "Deepa Hiremath" },
        { type: "indirect", text: "his office had found no lapse in the counting", speaker: "Anil Kumar Shetty" },
        { type: "indirect", text: "any candidate could file an election petition within 45 days", speaker: "Anil Kumar Shetty" },
      ],
    ],
    [
      "a lone capitalised word opening a sentence (“Berlin followed”) is a weaker antecedent for “she” than a known woman",
      "Peris Kimaiyo won her first marathon in 2013, and her coach praised her.\nBerlin followed in 2015 and Chicago in 2018. By then, she says, she was running for the whole village.",
      [{ type: "indirect", text: "she was running for the whole village", speaker: "Peris Kimaiyo" }],
    ],
    [
      "an office set off before a name (“Governor, Prince Olusegun Adekanmbi”) is what “the governor” later means",
      "By Funmilayo Ajibade, Abeokuta\n\nOgun State Governor, Prince Olusegun Adekanmbi, on Tuesday presented a budget of N1.12 trillion.\n\nPresenting the estimates at the Assembly complex in Oke-Mosan, Abeokuta, the governor said the administration had completed 47 road projects.",
      [{ type: "indirect", text: "the administration had completed 47 road projects", speaker: "Olusegun Adekanmbi" }],
    ],
    [
      "of an office and the titled name set off after it, the titled name is the speaker",
      "Reacting to the criticism, the Commissioner for Budget and Planning, Mrs Olufunke Adeyemo-Bakare, said the opposition was entitled to its opinion.",
      [{ type: "indirect", text: "the opposition was entitled to its opinion", speaker: "Olufunke Adeyemo-Bakare" }],
    ],
    [
      "a name beside a bare organisation noun is that organisation, an acronym after a body’s noun is that body; declaring without “that” is an act; “late on Monday” is a time",
      "Peru declared a 90-day environmental emergency on Tuesday.\nThe spill has affected at least 14 km of coastline, Peru's environmental regulator OEFA said in a report published late on Monday.\nPetrolera Costa Norte, the Peruvian company that operates the pipeline, said in a statement that the leak had been contained. The company estimated that about 1,800 barrels of crude had been spilled.",
      [
        { type: "indirect", text: "The spill has affected at least 14 km of coastline", speaker: "OEFA" },
        { type: "indirect", text: "the leak had been contained", speaker: "Petrolera Costa Norte" },
        { type: "indirect", text: "about 1,800 barrels of crude had been spilled", speaker: "Petrolera Costa Norte" },
      ],
    ],
    [
      "“X, or ACRONYM,” defines the acronym; a channel’s number is part of the audience; “pointing to” reports nothing; officials of a body are unnamed",
      "The Electric Reliability Council of Texas, or ERCOT, issued a conservation appeal on Tuesday, saying it expects demand to climb to a record.\n“We are not forecasting emergency conditions,” ERCOT said.\nERCOT spokesperson Alyssa Treviño told KAUS 12 News that 4,200 megawatts were offline.\nState officials say the grid is in far better shape now, pointing to new solar and battery storage.",
      [
        { type: "indirect", text: "it expects demand to climb to a record", speaker: "The Electric Reliability Council of Texas" },
        { type: "direct", text: "We are not forecasting emergency conditions,", speaker: "The Electric Reliability Council of Texas" },
        { type: "indirect", text: "4,200 megawatts were offline", speaker: "Alyssa Treviño" },
        { type: "indirect", text: "the grid is in far better shape now", speaker: null },
      ],
    ],
    [
      "lower-case modifiers of a descriptor noun stay in the subject; “the Santiago-listed company” is the company just named",
      "Chilean copper producer Minera Cordillera SA on Wednesday reported a 38% drop in profit, and said it would cut about 850 jobs.\nNet profit fell to $212 million, the Santiago-listed company said in a filing.",
      [
        { type: "indirect", text: "it would cut about 850 jobs", speaker: "Minera Cordillera SA" },
        { type: "indirect", text: "Net profit fell to $212 million", speaker: "Minera Cordillera SA" },
      ],
    ],
    [
      "a phrase quoted inside a reported clause is its speaker’s; “rejected … as “…”” frames a quote; a judge’s “she found that” is a ruling; “Ex-MEC” is an office",
      "Ex-MEC Mahlangu guilty of fraud\n\nJudge Thandeka Mokoena convicted former MEC Sipho Mahlangu on Thursday. Mokoena rejected that account as \"not reasonably possibly true\". She also found that Sibiya had approved 11 variation orders.\nSpokesperson Lwazi Mthembu welcomed the verdict, saying it sent \"a clear message that public office is not a private ATM\".",
      [
        { type: "direct", text: "not reasonably possibly true", speaker: "Thandeka Mokoena" },
        { type: "indirect", text: "Sibiya had approved 11 variation orders", speaker: "Thandeka Mokoena" },
        { type: "indirect", text: "it sent \"a clear message that public office is not a private ATM\"", speaker: "Lwazi Mthembu" },
        { type: "direct", text: "a clear message that public office is not a private ATM", speaker: "Lwazi Mthembu" },
      ],
    ],
    [
      "“company tells SEC” in a standfirst is the first company of its kind named below",
      "Payroll provider discloses breach\n\nAttackers used a contractor's stolen credentials, company tells SEC\n\nQuillon Software, the Austin-based payroll platform, has disclosed that attackers stole personal data.",
      [
        { type: "indirect", text: "Attackers used a contractor's stolen credentials", speaker: "Quillon Software" },
        { type: "indirect", text: "attackers stole personal data", speaker: "Quillon Software" },
      ],
    ],
    [
      "a short time adverbial may open the clause before its speaker without a comma; “studies have found” is no speaker when “she noted” follows",
      "In 2019 the World Health Organization concluded that microplastics did not appear to pose a health risk.\nHelen Okafor said she would not advise people to switch. Previous studies have found that bottled water contains more plastic, she noted.",
      [
        { type: "indirect", text: "microplastics did not appear to pose a health risk", speaker: "the World Health Organization" },
        { type: "indirect", text: "she would not advise people to switch", speaker: "Helen Okafor" },
        { type: "indirect", text: "Previous studies have found that bottled water contains more plastic", speaker: "Helen Okafor" },
      ],
    ],
    [
      "an acronym written as a word (“Busa”) that spells the bracketed name’s initials is that body",
      "Business Unity South Africa (Busa) said the return of Stage 4 would hit small businesses hardest.\n\"Every stage of load-shedding costs the economy millions,\" Busa said in a statement.",
      [
        { type: "indirect", text: "the return of Stage 4 would hit small businesses hardest", speaker: "Business Unity South Africa" },
        { type: "direct", text: "Every stage of load-shedding costs the economy millions,", speaker: "Business Unity South Africa" },
      ],
    ],
    [
      "a second reporting verb after an object (“acknowledged the backlog but noted that”) reports; names may end in a number",
      "Chief Anthony Okafor spoke on Tuesday. He acknowledged the backlog but noted that much of the data predates his appointment.\nThe Fraternal Order of Police Lodge 89, which represents 1,400 officers, said in a statement that the report was unfair.\nA spokesman for Rescue 1122 said 46 boats had been deployed.",
      [
        { type: "indirect", text: "much of the data predates his appointment", speaker: "Anthony Okafor" },
        { type: "indirect", text: "the report was unfair", speaker: "The Fraternal Order of Police Lodge 89" },
        { type: "indirect", text: "46 boats had been deployed", speaker: "Rescue 1122" },
      ],
    ],
    [
      "“wrote in a note to clients that” skips both adverbials; a “citing …” clause stays in the report",
      "Lorenzo Bassetti, a former ECB economist who now heads research at Banca Fortezza, wrote in a note to clients that services inflation remained sticky.\nThree sources told Ledger Wire that four members had argued for a larger cut, citing weak manufacturing data.",
      [
        { type: "indirect", text: "services inflation remained sticky", speaker: "Lorenzo Bassetti" },
        { type: "indirect", text: "four members had argued for a larger cut, citing weak manufacturing data", speaker: null },
      ],
    ],
    [
      "a past participle set off after the subject (“seen as …”, “controlled by …”) is skipped; a ministry is public whatever it oversees",
      "Bundesbank President Frieder Albrecht, seen as one of the more hawkish members, told a conference in Berlin on Wednesday that the ECB should be careful.\nMinera Cordillera SA said profit fell 38%. Chile's Mining Ministry said output would recover next year.\nThe company, controlled by the Larraguibel family, said it would keep its dividend policy unchanged.",
      [
        { type: "indirect", text: "the ECB should be careful", speaker: "Frieder Albrecht" },
        { type: "indirect", text: "profit fell 38%", speaker: "Minera Cordillera SA" },
        { type: "indirect", text: "output would recover next year", speaker: "Chile's Mining Ministry" },
        { type: "indirect", text: "it would keep its dividend policy unchanged", speaker: "Minera Cordillera SA" },
      ],
    ],
    [
      "the holder of a possessor’s office (“China’s lead negotiator, Zhao Wenbin”) is the subject a later “he” means; an office of a series of fields is one name; a party tag with a comma",
      "Commissioner Henrik Lindahl told reporters the bloc could back a tripling.\nChina's lead negotiator, Zhao Wenbin, rejected that argument. At a news conference, he said the distinction was not up for renegotiation.\nThe Ministry of Information, Communications and the Digital Economy said it welcomed any new investment.\nWard councillor Janet Whitlock (Lib Dem, Brampton and Ridgeway), who does not sit on the committee, said the roads were already at breaking point.",
      [
        { type: "indirect", text: "the bloc could back a tripling", speaker: "Henrik Lindahl" },
        { type: "indirect", text: "the distinction was not up for renegotiation", speaker: "Zhao Wenbin" },
        { type: "indirect", text: "it welcomed any new investment", speaker: "The Ministry of Information, Communications and the Digital Economy" },
        { type: "indirect", text: "the roads were already at breaking point", speaker: "Janet Whitlock" },
      ],
    ],
    [
      "“wrote on X shortly after 10pm that”: a manner adverb and a clock time before “that”",
      "Mulder, whose party won 34 of the 150 seats, wrote on X shortly after 10pm that the PvS had no choice but to leave.",
      [{ type: "indirect", text: "the PvS had no choice but to leave", speaker: "Mulder" }],
    ],
    [
      "a title-case headline gives no full name (“Jury Hits Brennan”); “argued in closing that” skips a gerund; “the panel … concluding that” reports",
      "Jury Hits Brennan Home With $33.2M Verdict Over Exploding Pressure Cooker\n\nThe plaintiff's lawyer Raymond Ostrowski argued in closing that the lid could be forced open.\nThe Third District Court of Appeal ruled for the plaintiff. The panel awarded $25 million in damages, concluding that the cooker was defectively designed.",
      [
        { type: "indirect", text: "the lid could be forced open", speaker: "Raymond Ostrowski" },
        { type: "indirect", text: "the cooker was defectively designed", speaker: "The Third District Court of Appeal" },
      ],
    ],
    [
      "a short phrase quoted inside a speaker’s reported clause is a direct quote too; a short quote with nobody near it is not",
      "The returning officer, Karen Whitlock, said both requests had been 'entirely proper' and that every ballot was counted.\nThe so-called 'red wall' seats went Labour.",
      [
        { type: "indirect", text: "both requests had been 'entirely proper' and that every ballot was counted", speaker: "Karen Whitlock" },
        { type: "direct", text: "entirely proper", speaker: "Karen Whitlock" },
      ],
    ],
    [
      "“court told” with nothing after is passive: the court is the audience; “his barrister” is the barrister named next; “SC” is a post-nominal",
      "Accused scammer should stay in Australia, extradition court told\n\nA Sydney man should not be handed over to the United States, his barrister has told a court.\n\nHis barrister, Felicity Carmody SC, told the court the sentence was grossly disproportionate.",
      [
        { type: "indirect", text: "Accused scammer should stay in Australia", speaker: null },
        { type: "indirect", text: "A Sydney man should not be handed over to the United States", speaker: "Felicity Carmody" },
        { type: "indirect", text: "the sentence was grossly disproportionate", speaker: "Felicity Carmody" },
      ],
    ],
    [
      "a subject with a participle phrase and a relative clause (“A Western diplomat following the talks, who …, said”) reports, unnamed",
      "A Western diplomat following the negotiations, who spoke on condition of anonymity, said the prisoner exchange was the easier part.",
      [{ type: "indirect", text: "the prisoner exchange was the easier part", speaker: null }],
    ],
    [
      "a capitalised descriptor alone (“Carmaker says”) is the company of that kind; a semicolon ends the report",
      "Sejin Motor union stages first full strike in 7 years\n\nCarmaker says walkout will cut output by 2,300 vehicles a day; labor minister urges talks",
      [{ type: "indirect", text: "walkout will cut output by 2,300 vehicles a day", speaker: "Sejin Motor" }],
    ],
    [
      "a quoted phrase framed in a relative clause (“an account that Whitaker had described as “pure fiction””) is the relative clause’s subject’s; a verb after a parenthetical attribution finishes the split clause",
      "Jurors cleared Vance on an account that Whitaker had described on the witness stand as \"pure fiction.\"\nHer attorney spoke after the verdict. The passages at issue, Michael Oyelaran-Brandt argued, concerned private moments between two people.",
      [
        { type: "direct", text: "pure fiction.", speaker: "Whitaker" },
        { type: "indirect", text: "The passages at issue, Michael Oyelaran-Brandt argued, concerned private moments between two people", speaker: "Michael Oyelaran-Brandt" },
      ],
    ],
    [
      "a long participle insertion with a clause of its own; “Conference” names a body; “advocates” are unnamed; content may open with a currency sign",
      "Premier Michael Farrugia, speaking at a building site in Box Hill on Tuesday morning before the budget was released, said the state had spent two decades on band-aids.\nThe Georgia Conference of Black Voters, which brought the suit, said in a statement that it was heartbroken.\nTransit advocates, meanwhile, argue the charge doesn't go far enough. Kiran Mehta of the Transit Riders Union says $8 is too low to change behavior.",
      [
        { type: "indirect", text: "the state had spent two decades on band-aids", speaker: "Michael Farrugia" },
        { type: "indirect", text: "it was heartbroken", speaker: "The Georgia Conference of Black Voters" },
        { type: "indirect", text: "the charge doesn't go far enough", speaker: null },
        { type: "indirect", text: "$8 is too low to change behavior", speaker: "Kiran Mehta" },
      ],
    ],
    [
      "an acronym that keeps the initial of “of” (“SDOT”) is the body the article writes out",
      "The Seattle Department of Transportation said the charge starts in July. A spokesperson for SDOT said in an email that businesses are responsible for charges.",
      [
        { type: "indirect", text: "the charge starts in July", speaker: "The Seattle Department of Transportation" },
        { type: "indirect", text: "businesses are responsible for charges", speaker: "The Seattle Department of Transportation" },
      ],
    ],
    [
      "“the Ohio-based system” is the body the story is about when no name holds an organisation’s word; units (“1.4 TB”) are no organisation",
      "Gang claims it stole 1.4 TB of data from Tri-Rivers Health\n\nTri-Rivers Health, a nonprofit system that runs nine hospitals, has been diverting ambulances since Sunday.\n\nIn a statement posted Monday night, the Marietta, Ohio-based system said it had detected suspicious network activity.",
      [
        { type: "indirect", text: "it stole 1.4 TB of data from Tri-Rivers Health", speaker: "Gang" },
        { type: "indirect", text: "it had detected suspicious network activity", speaker: "Tri-Rivers Health" },
      ],
    ],
    [
      "a dateline in capitals before a colon opens the clause; joined initials (“H.N.”) are part of the full name",
      "HUBBALLI: Chief Minister H.N. Ravindranath on Sunday launched the campaign with a rally, claiming that his government had brought in investments worth ₹1.2 lakh crore.\n\nMr. Ravindranath said north Karnataka had been neglected for decades.",
      [
        { type: "indirect", text: "his government had brought in investments worth ₹1.2 lakh crore", speaker: "H.N. Ravindranath" },
        { type: "indirect", text: "north Karnataka had been neglected for decades", speaker: "H.N. Ravindranath" },
      ],
    ],
    [
      "a name after a preposition (“In a post on X, …”) is no speaker before an office and its holder; “texted” attributes a quote",
      "In a post on X, Alberta's public safety minister, Colleen Marsh, said the province was throwing everything at the fire.\nPriya Nanda runs a daycare.\n\"We're in the line of cars now,\" Nanda texted.",
      [
        { type: "indirect", text: "the province was throwing everything at the fire", speaker: "Colleen Marsh" },
        { type: "direct", text: "We're in the line of cars now,", speaker: "Priya Nanda" },
      ],
    ],
    [
      "“X, a 28-year-old miner who …” is a person, though “miner” can name a company; a later “he” finds him",
      "Rahmat Mokodompit, a 28-year-old miner who escaped as the slope came down, told reporters that he had been about to climb into a shaft.\n\n\"I ran, and when I looked back the camp was gone,\" he said.",
      [
        { type: "indirect", text: "he had been about to climb into a shaft", speaker: "Rahmat Mokodompit" },
        { type: "direct", text: "I ran, and when I looked back the camp was gone,", speaker: "Rahmat Mokodompit" },
      ],
    ],
    [
      "a headline quote with no speech verb is the body speaker’s whose quote repeats it; “the statement said” is the subject that brought the statement up",
      "Hornets fire coach Greg Halvorsen after 11th straight loss: 'We were not good enough'\n\n\"The reality,\" Marcus Delaney said, \"is that we were not good enough, and that starts with me.\"\n\nIn a statement released through his agent, Halvorsen thanked the organization.\n\n\"I'm proud of the work this staff put in,\" the statement said.",
      [
        { type: "direct", text: "We were not good enough", speaker: "Marcus Delaney" },
        { type: "direct", text: "The reality,", speaker: "Marcus Delaney" },
        { type: "direct", text: "is that we were not good enough, and that starts with me.", speaker: "Marcus Delaney" },
        { type: "direct", text: "I'm proud of the work this staff put in,", speaker: "Greg Halvorsen" },
      ],
    ],
    [
      "“X, flanked by A, B, and C, D, insisted”: the subject before a participle phrase holding names; a standfirst’s office is the person named below",
      "Ashworth freezes energy price cap\n\nPrime minister says the package will save a typical household £310 this winter\n\nDaniel Ashworth has announced that the price cap will be frozen for 12 months.\n\nAshworth, flanked by the chancellor, Priya Latham, and the energy secretary, Tom Okonedo, insisted the scheme would be paid for without new borrowing.",
      [
        { type: "indirect", text: "the package will save a typical household £310 this winter", speaker: "Daniel Ashworth" },
        { type: "indirect", text: "the price cap will be frozen for 12 months", speaker: "Daniel Ashworth" },
        { type: "indirect", text: "the scheme would be paid for without new borrowing", speaker: "Daniel Ashworth" },
      ],
    ],
    [
      "where a body is based is not part of its name; “Pharma” closes a company name",
      "Kessler Pharma agreed to buy Velsana on Monday.\nMannheim-based Kessler said it expected the deal to close next year.",
      [{ type: "indirect", text: "it expected the deal to close next year", speaker: "Kessler Pharma" }],
    ],
    [
      "a relative clause set off after the subject before a participle report; “conceded defeat within hours” reports nothing; a vice president is not the president",
      "Vice President Kwabena Owusu-Adjei conceded defeat within hours in a televised speech. Vice President Kwabena Owusu-Adjei said the count had been fair.\nOutgoing President Edward Kojo Ansah, who was barred from a third term, congratulated the winner, writing that the transfer of power would be smooth.\n“We did not lose Ghana,” the vice president said.",
      [
        { type: "indirect", text: "the count had been fair", speaker: "Kwabena Owusu-Adjei" },
        { type: "indirect", text: "the transfer of power would be smooth", speaker: "Edward Kojo Ansah" },
        { type: "direct", text: "We did not lose Ghana,", speaker: null },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("appositions, cataphora and court reporting", () => {
  it.each<[string, string, Expected[]]>([
    [
      "“X, the Danish filmmaker, who said”: a description set off after a name is that person's",
      "Ana Ferreyra won the prize on Saturday.\nIt was presented by jury president Mikkel Thorsager, the Danish filmmaker, who said the jury had decided within the hour.",
      [{ type: "indirect", text: "the jury had decided within the hour", speaker: "Mikkel Thorsager" }],
    ],
    [
      "deep in a story, a bare office is not whoever is named next after other named speakers",
      "Ana Ferreyra won the prize on Saturday.\n“I was sure we would lose,” Ferreyra said.\n“Some films earn it,” jury president Mikkel Thorsager told the audience.\nAt a press conference afterward, the director said the film had been shot in 31 days.\n“It is a gift,” Ferreyra said.\n“Quietly devastating,” said Jonah Ekberg.",
      [
        { type: "direct", text: "I was sure we would lose,", speaker: "Ana Ferreyra" },
        { type: "direct", text: "Some films earn it,", speaker: "Mikkel Thorsager" },
        { type: "indirect", text: "the film had been shot in 31 days", speaker: "Ana Ferreyra" },
        { type: "direct", text: "It is a gift,", speaker: "Ana Ferreyra" },
        { type: "direct", text: "Quietly devastating,", speaker: "Jonah Ekberg" },
      ],
    ],
    [
      "“The court heard …”, “Jurors were told …”: evidence reported without its speaker; “heard evidence from” reports nothing",
      "The court heard Doyle created fake supplier invoices.\nJurors were told the defendant had fled the country.\nThe court heard evidence from three witnesses on Tuesday.",
      [
        { type: "indirect", text: "Doyle created fake supplier invoices", speaker: null },
        { type: "indirect", text: "the defendant had fled the country", speaker: null },
      ],
    ],
    [
      "“according to” a document tendered to a court attributes the clause after its comma to nobody",
      "According to police facts tendered to the court, Doyle made 143 fraudulent payments.",
      [{ type: "according_to", text: "Doyle made 143 fraudulent payments", speaker: null }],
    ],
    [
      "“Former” opens an office, not a name; a clause of the reporter’s own before quote marks is a report however much is quoted; an apposition to the adverbial before “that”",
      "Former Newcastle midfielder Danny Westwood told BBC Sport the signing was good.\nNewcastle confirmed that defender Callum Reddish has joined Middlesbrough.\nTomás Ribeiro told the club's website he had \"dreamed about the Premier League since I was a boy watching it with my father in Braga\".\nBenfica said in a statement to the regulator, the CMVM, that the deal was worth 55m euros.",
      [
        { type: "indirect", text: "the signing was good", speaker: "Danny Westwood" },
        { type: "indirect", text: "defender Callum Reddish has joined Middlesbrough", speaker: "Newcastle" },
        { type: "indirect", text: "he had \"dreamed about the Premier League since I was a boy watching it with my father in Braga\"", speaker: "Tomás Ribeiro" },
        { type: "direct", text: "dreamed about the Premier League since I was a boy watching it with my father in Braga", speaker: "Tomás Ribeiro" },
        { type: "indirect", text: "the deal was worth 55m euros", speaker: "Benfica" },
      ],
    ],
    [
      "a noun before a publishing participle or after “a separate” is no cue, and a document only said to be published speaks for nobody; a group subject with “led by” set off; an office named in full with no holder speaks as an institution",
      "Marisol Echeverria, who leads Riverside Renters United, said the measure would protect families.\nA city staff report released last month estimated the board would cost $2.8 million.\nBut a separate state law, the Costa-Hawkins Act, bars cities from applying rent control.\nOpponents, led by the California Apartment Association and a group of local property owners, argue the cap would discourage maintenance.\nBallots will be mailed to 172,000 registered voters beginning Oct. 7, the Riverside County Registrar of Voters said.",
      [
        { type: "indirect", text: "the measure would protect families", speaker: "Marisol Echeverria" },
        { type: "indirect", text: "the board would cost $2.8 million", speaker: null },
        { type: "indirect", text: "the cap would discourage maintenance", speaker: null },
        { type: "indirect", text: "Ballots will be mailed to 172,000 registered voters beginning Oct. 7", speaker: "Riverside County Registrar of Voters" },
      ],
    ],
    [
      "a phrase quoted far into a long reported clause is still its speaker’s, but not a lone word there; a participle’s clause frames what it quotes",
      "Ghulam Mustafa Leghari said the accord had allocated 48.76 million acre feet (MAF) to Sindh and 55.94 MAF to Punjab, and that Sindh had “never once” received its full share in a dry year.\nGov. Randall Pruitt said the 58-year-old bridge, which carried about 41,000 vehicles a day, had been rated in “fair” condition at its last inspection.",
      [
        { type: "indirect", text: "the accord had allocated 48.76 million acre feet (MAF) to Sindh and 55.94 MAF to Punjab, and that Sindh had “never once” received its full share in a dry year", speaker: "Ghulam Mustafa Leghari" },
        { type: "direct", text: "never once", speaker: "Ghulam Mustafa Leghari" },
        { type: "indirect", text: "the 58-year-old bridge, which carried about 41,000 vehicles a day, had been rated in “fair” condition at its last inspection", speaker: "Randall Pruitt" },
      ],
    ],
    [
      "“with X (ABBR) managing director Y on Tuesday saying”; “demanded that”; “wrote in 2004 that”; a work’s title opening with a number is nobody",
      "Hadapsar metro will not open before June, says PUMC chief\n\nCommuters will have to wait, with Pune Urban Metro Corporation (PUMC) managing director Rajesh Kulkarni on Tuesday saying the line would not open before June.\nVandana Gaikwad demanded that the corporation start feeder bus services.\nHelena Marchetti won a Grammy for Strauss’s Four Last Songs. She will teach each summer, she says.\nJonathan Ashby wrote in 2004 that her Marschallin was “the most intelligent reading of the role in a generation”.",
      [
        { type: "indirect", text: "Hadapsar metro will not open before June", speaker: "Rajesh Kulkarni" },
        { type: "indirect", text: "the line would not open before June", speaker: "Rajesh Kulkarni" },
        { type: "indirect", text: "the corporation start feeder bus services", speaker: "Vandana Gaikwad" },
        { type: "indirect", text: "She will teach each summer", speaker: "Helena Marchetti" },
        { type: "indirect", text: "her Marschallin was “the most intelligent reading of the role in a generation”", speaker: "Jonathan Ashby" },
        { type: "direct", text: "the most intelligent reading of the role in a generation", speaker: "Jonathan Ashby" },
      ],
    ],
    [
      "“The president of the Irish Farmers’ Federation (IFF), Tomás Breathnach, said”: an office of a named body, then its holder",
      "The president of the Irish Farmers’ Federation (IFF), Tomás Breathnach, said the plan amounted to a betrayal of farm families.",
      [{ type: "indirect", text: "the plan amounted to a betrayal of farm families", speaker: "Tomás Breathnach" }],
    ],
    [
      "a prefecture is a body, never the office of the person the last sentence was about",
      "Hélène Marchetti's centre-right list took 33.5 percent. Turnout reached 61.8 percent, the prefecture said.\nThe Hérault prefecture said in a statement that no incident had been reported.",
      [
        { type: "indirect", text: "Turnout reached 61.8 percent", speaker: "The Hérault prefecture" },
        { type: "indirect", text: "no incident had been reported", speaker: "The Hérault prefecture" },
      ],
    ],
    [
      "“the 47-year-old secondary school teacher, who …, said” is the person in focus; “, and promised that” starts a second report",
      "Karim Benaïssa won the rerun outright.\nThe 47-year-old secondary school teacher, who led a coalition of Socialists, Greens and independents, said his first act would be an audit.\nThe far-right candidate, Gérard Pélissier, said the result showed that voters were tired, and promised that his list would sit in opposition.",
      [
        { type: "indirect", text: "his first act would be an audit", speaker: "Karim Benaïssa" },
        { type: "indirect", text: "the result showed that voters were tired", speaker: "Gérard Pélissier" },
        { type: "indirect", text: "his list would sit in opposition", speaker: "Gérard Pélissier" },
      ],
    ],
    [
      "a treasury is a body; a full office named before a titled name (“Chief Executive Officer Dr …”) replaces the doctor her title made her, so “the CEO” is her",
      "The deal was signed by TSC Chief Executive Officer Dr Ruth Chepkoech and union Secretary-General Joseph Achieng at the headquarters.\nDr Chepkoech said the commission had agreed to the higher increases.\n“We negotiated within what the country can afford,” the CEO told journalists.\nThe National Treasury said in a statement that the money had been factored in. But it warned that further wage demands would strain the budget.",
      [
        { type: "indirect", text: "the commission had agreed to the higher increases", speaker: "Ruth Chepkoech" },
        { type: "direct", text: "We negotiated within what the country can afford,", speaker: "Ruth Chepkoech" },
        { type: "indirect", text: "the money had been factored in", speaker: "The National Treasury" },
        { type: "indirect", text: "further wage demands would strain the budget", speaker: "The National Treasury" },
      ],
    ],
    [
      "a headline’s bare capitalised head word (“Union says”) is the body of that kind the story names",
      "Union says teachers to get up to 18pc pay rise in Sh31bn deal\n\nNAIROBI: The Kenya Union of Basic Education Teachers has signed a Sh31.4 billion pay deal with the commission.",
      [{ type: "indirect", text: "teachers to get up to 18pc pay rise in Sh31bn deal", speaker: "The Kenya Union of Basic Education Teachers" }],
    ],
    [
      "an office written after a body’s name is its holder’s (“… Police Chief Darnell Whitaker”); “Department” completes a body’s name; “a veteran of the department” describes a person",
      "Teen arrested after threat against Harlan Ridge High School, police say\n\nFairmont Township Police Chief Darnell Whitaker told reporters that officers arrested the student at his home.\nWhitaker, a 26-year veteran of the department, said his officers had investigated three other threats.\nAnyone with information is asked to contact the Fairmont Township Police Department's non-emergency line.",
      [
        { type: "indirect", text: "Teen arrested after threat against Harlan Ridge High School", speaker: "Fairmont Township Police Department" },
        { type: "indirect", text: "officers arrested the student at his home", speaker: "Darnell Whitaker" },
        { type: "indirect", text: "his officers had investigated three other threats", speaker: "Darnell Whitaker" },
      ],
    ],
    [
      "“she went on” splits a quote like “she said”; a closing “…, she said.” reports the whole sentence past the verbs of speech in it",
      "Rosalind Hartley, who chairs the committee, was blunt. “Help me understand,” she went on, “what the families are getting for their money.”\nPriya Raman described the effect on families. Parents had reported pharmacies turning away prescriptions, she said.\nLiverpool went on to win the league.",
      [
        { type: "direct", text: "Help me understand,", speaker: "Rosalind Hartley" },
        { type: "direct", text: "what the families are getting for their money.", speaker: "Rosalind Hartley" },
        { type: "indirect", text: "Parents had reported pharmacies turning away prescriptions", speaker: "Priya Raman" },
      ],
    ],
    [
      "“announced the results at …, saying”: the object reports nothing and the participle does; “, adding that” after a quote is the attribution’s speaker, not a subject inside the quote",
      "Josephine Quartey announced the results at the commission’s collation centre in Accra, saying turnout had reached 63.7 percent.\n“Tonight is not a victory for one party. It is a victory for every Ghanaian,” Yaw Amankwah said, adding that he would govern for everyone.",
      [
        { type: "indirect", text: "turnout had reached 63.7 percent", speaker: "Josephine Quartey" },
        { type: "direct", text: "Tonight is not a victory for one party. It is a victory for every Ghanaian,", speaker: "Yaw Amankwah" },
        { type: "indirect", text: "he would govern for everyone", speaker: "Yaw Amankwah" },
      ],
    ],
    [
      "a profile: the dateline’s place is nobody, “His wife, Marcy,” is a “she”, a surname alone is the first person given it, and “says goodbye” or “won state championships” report nothing",
      "After 38 seasons, Harlan Springs says goodbye to its coach\n\nHARLAN SPRINGS, Neb. — Dale Hutchins is already standing on the 40-yard line.\n\nHe wears the jacket he wore when Harlan Springs won its first title. His teams won state championships in 1994 and 2003.\n\n\"I keep telling people it's just another game,\" he said.\n\nHis wife, Marcy, has sat in the same seat for years.\n\n\"People ask me if I'm sad,\" she said.\n\n\"He was harder on me than on anybody,\" Brody Hutchins said by phone.\n\nAsked what he would miss most, Hutchins took a long time to answer.\n\n\"The bus rides home,\" he said finally.",
      [
        { type: "direct", text: "I keep telling people it's just another game,", speaker: "Dale Hutchins" },
        { type: "direct", text: "People ask me if I'm sad,", speaker: "Marcy" },
        { type: "direct", text: "He was harder on me than on anybody,", speaker: "Brody Hutchins" },
        { type: "direct", text: "The bus rides home,", speaker: "Dale Hutchins" },
      ],
    ],
    [
      "“Chief” is an office as a title, so a headline’s “Chief says” is the first chief named; “the department” after a government body whose name lacks the word is that body",
      "Chief says community has heard promises before\n\nChief Darlene Keeshig told CBC News that families were spending $300 a month on bottled water.\n\nOn Tuesday, Indigenous Services Canada (ISC) announced $38.4 million for a new water treatment plant.\n\nIn a statement, the department said the project had been prioritized.\n\nGrand Chief Raymond Sakanee said Ottawa should guarantee operating funding.",
      [
        { type: "indirect", text: "community has heard promises before", speaker: "Darlene Keeshig" },
        { type: "indirect", text: "families were spending $300 a month on bottled water", speaker: "Darlene Keeshig" },
        { type: "indirect", text: "$38.4 million for a new water treatment plant", speaker: "Indigenous Services Canada" },
        { type: "indirect", text: "the project had been prioritized", speaker: "Indigenous Services Canada" },
        { type: "indirect", text: "Ottawa should guarantee operating funding", speaker: "Raymond Sakanee" },
      ],
    ],
    [
      "“according to the city’s draft tariff schedule” is the city; a document’s complement and a name the phrase reader cut short run on to the comma",
      "The City of Tshwane said the increase was unavoidable.\nA household will pay about R1 685, according to the city's draft tariff schedule.\nAccording to the auditor general's latest report on municipal finances, Tshwane lost 29.8% of its electricity.\nAccording to the Office of the Controller of Budget, Trans Nzoia spent only 18 per cent of its budget.",
      [
        { type: "indirect", text: "the increase was unavoidable", speaker: "The City of Tshwane" },
        { type: "according_to", text: "A household will pay about R1 685", speaker: "The City of Tshwane" },
        { type: "according_to", text: "Tshwane lost 29.8% of its electricity", speaker: null },
        { type: "according_to", text: "Trans Nzoia spent only 18 per cent of its budget", speaker: "the Office of the Controller of Budget" },
      ],
    ],
    [
      "a subhead quote that only inherited its speaker takes the speaker of the quote whose words it repeats",
      "Power cuts return\n\nAccording to Eskom's weekly report, the availability factor dropped to 54.8% last week.\n\n'We inherited a fleet that was run into the ground'\n\n\"We inherited a fleet that was run into the ground for more than a decade,\" Minister Nomvula Khanyile said.",
      [
        { type: "according_to", text: "the availability factor dropped to 54.8% last week", speaker: "Eskom" },
        { type: "direct", text: "We inherited a fleet that was run into the ground", speaker: "Nomvula Khanyile" },
        { type: "direct", text: "We inherited a fleet that was run into the ground for more than a decade,", speaker: "Nomvula Khanyile" },
      ],
    ],
    [
      "“Cr” is a councillor’s title; an office written as a title far above (“Mayor Ross Whitely”) is who “the mayor” is; “the skipper” is the captain; “admitted 38 offences after …” reports nothing",
      "Company admitted 38 offences after untreated waste poured into the river\n\nCouncillors voted after a debate during which Mayor Ross Whitely twice threatened to clear the gallery. Captain Tāne Rāwiri crashed over in the 51st minute.\n\nThe proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre. The proposal covers about 38 hectares of cleared grazing land and remnant forest off Tallowwood Road at Coorabell Creek, about 12 kilometres west of the town centre.\n\nCr Whitely called for order and warned he would adjourn the meeting.\n\nRāwiri paid tribute to the Irish. \"Credit to Ireland,\" the skipper said.\n\nSpeaking after the meeting, the mayor said council was legally required to assess the application.",
      [
        { type: "indirect", text: "he would adjourn the meeting", speaker: "Ross Whitely" },
        { type: "direct", text: "Credit to Ireland,", speaker: "Tāne Rāwiri" },
        { type: "indirect", text: "council was legally required to assess the application", speaker: "Ross Whitely" },
      ],
    ],
    [
      "a full name last in a chain of appositives is the subject; a rank in capitals (“SP”, “CP”) is a title; a byline’s writer, a thing after “a” and a name modifying “the … highway” are nobody a pronoun means; “the Commissioner of Police, CP …” is the holder",
      "Police rescue 7 kidnapped travellers in Kogi\n\nBy Emmanuel Okpanachi, Lokoja\n\nLOKOJA—Operatives rescued seven travellers abducted along the Lokoja-Okene highway.\n\nThe driver of the bus, a Toyota Hiace, escaped with injuries.\n\nConfirming the rescue in a statement, yesterday, the Police Public Relations Officer, PPRO, in the state, SP Williams Ayeni, said the victims were freed unhurt on Tuesday.\n\nHe said: \"A distress call was received at about 1830hrs.\"\n\nThe Commissioner of Police, CP Bethrand Onuoha, warned that criminals would face the law.",
      [
        { type: "indirect", text: "the victims were freed unhurt on Tuesday", speaker: "Williams Ayeni" },
        { type: "direct", text: "A distress call was received at about 1830hrs.", speaker: "Williams Ayeni" },
        { type: "indirect", text: "criminals would face the law", speaker: "Bethrand Onuoha" },
      ],
    ],
    [
      "an appositive ending in a year; an object verb is not inverted before its subject; a pharmacy chain is the company, not the court; “Attorney General” read whole as an office",
      "BALTIMORE — Maryland Attorney General Lorraine Whitcombe sued CareMart Pharmacies on Tuesday.\nThe complaint, filed in Baltimore City Circuit Court, alleges that the chain ignored red flags.\nWhitcombe, a Democrat who took office in January 2023, declined to put a figure on the damages but said the cost runs into the billions.\nCareMart, which is based in Columbus, Ohio, and operates about 6,200 stores, denied the allegations. In a statement, the company said its pharmacists fill legitimate prescriptions.\n“Any resolution has to change how this company operates,” the attorney general said.",
      [
        { type: "indirect", text: "the chain ignored red flags", speaker: null },
        { type: "indirect", text: "the cost runs into the billions", speaker: "Lorraine Whitcombe" },
        { type: "indirect", text: "its pharmacists fill legitimate prescriptions", speaker: "CareMart Pharmacies" },
        { type: "direct", text: "Any resolution has to change how this company operates,", speaker: "Lorraine Whitcombe" },
      ],
    ],
    [
      "“the Toronto-based fund” is the fund the lede named; a fund’s own reports name nobody the story has named",
      "Northshore Public Pension Investment Board earned a 3.4-per-cent return in its fiscal first quarter.\nThe Toronto-based fund, which manages savings for 740,000 workers, said Thursday that its net assets rose to $312.6-billion.\nUnder Calloway, the state’s pension fund went from 64 percent funded to 79 percent, according to the fund’s annual reports.",
      [
        { type: "indirect", text: "its net assets rose to $312.6-billion", speaker: "Northshore Public Pension Investment Board" },
        { type: "according_to", text: "Under Calloway, the state’s pension fund went from 64 percent funded to 79 percent", speaker: null },
      ],
    ],
    [
      "a nationality before a noun (“French farmers”) is nobody a pronoun means; “the bill would add “…”” reports nothing",
      "French farmers lay siege to the National Assembly\n\nInside the chamber, the agriculture minister defended a text she called “balanced and necessary.”\n\nThe FNER’s president, Sylvie Moreau-Castaing, told Le Monde that the bill would add “at least 15 hours of paperwork a month” for a typical farm. “The minister has met us twice,” she said.",
      [
        { type: "direct", text: "balanced and necessary.", speaker: null },
        { type: "indirect", text: "the bill would add “at least 15 hours of paperwork a month” for a typical farm", speaker: "Sylvie Moreau-Castaing" },
        { type: "direct", text: "at least 15 hours of paperwork a month", speaker: "Sylvie Moreau-Castaing" },
        { type: "direct", text: "The minister has met us twice,", speaker: "Sylvie Moreau-Castaing" },
      ],
    ],
    [
      "a name followed by its initials in brackets (“The Jharkhand Lok Morcha (JLM) leader”) is a body, not the “he” who speaks next",
      "Jharkhand chief minister Hemraj Oraon on Sunday accused the opposition of selling tribal land.\nThe Jharkhand Lok Morcha (JLM) leader also promised to raise the monthly allowance for women.\n\"Every promise I made in 2019 is on this list,\" he said.",
      [{ type: "direct", text: "Every promise I made in 2019 is on this list,", speaker: "Hemraj Oraon" }],
    ],
    [
      "“Ald.” is an alderman’s title and ends no sentence; letters after a name (“Huw Prosser MS”) are no title (“Ms”)",
      "\"This contract,\" said Ald. Maria Delgado, 22nd, \"asks taxpayers to pay more.\"\nThe Welsh Conservatives’ health spokesman, Huw Prosser MS, said the figures were a national disgrace.",
      [
        { type: "direct", text: "This contract,", speaker: "Maria Delgado" },
        { type: "direct", text: "asks taxpayers to pay more.", speaker: "Maria Delgado" },
        { type: "indirect", text: "the figures were a national disgrace", speaker: "Huw Prosser" },
      ],
    ],
    [
      "where a speaker is from, set off before the verb (“Gareth Lloyd, from Bridgend, said”), is not part of the subject",
      "In a statement, the board’s chief operating officer, Dr Rhodri Vaughan, said waits were falling.\nAnother patient, Gareth Lloyd, from Bridgend, said he waited 14 hours to be seen.\n“I was in the waiting room all night,” he said.",
      [
        { type: "indirect", text: "waits were falling", speaker: "Rhodri Vaughan" },
        { type: "indirect", text: "he waited 14 hours to be seen", speaker: "Gareth Lloyd" },
        { type: "direct", text: "I was in the waiting room all night,", speaker: "Gareth Lloyd" },
      ],
    ],
    [
      "“estimated in a memo to aldermen that”; “…, who argued” after a group reports that unnamed group’s words",
      "The city's budget office estimated in a memo to aldermen that the raises would add about $94 million a year.\nBut the contract drew sharp criticism from progressive aldermen, who argued it did too little to strengthen police accountability.",
      [
        { type: "indirect", text: "the raises would add about $94 million a year", speaker: "The city's budget office" },
        { type: "indirect", text: "it did too little to strengthen police accountability", speaker: null },
      ],
    ],
    [
      "a constituency in brackets after a name (“MP Kenneth Yeo (Sengkang GRC) welcomed … but said”) is skipped to find the verb",
      "Workers' Party MP Kenneth Yeo (Sengkang GRC) welcomed the move but said it would not on its own solve the problem.",
      [{ type: "indirect", text: "it would not on its own solve the problem", speaker: "Kenneth Yeo" }],
    ],
    [
      "a quote opening the paragraph after “X read a statement on behalf of the family.” is the reader’s",
      "Outside court, Marsh’s father, Robert Marsh, 63, read a statement on behalf of the family.\n\n“Ellie spent her days keeping other people alive.\n\n“We want the junction fixed.”",
      [
        { type: "direct", text: "Ellie spent her days keeping other people alive.", speaker: "Robert Marsh" },
        { type: "direct", text: "We want the junction fixed.", speaker: "Robert Marsh" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("what may stand between a sentence's start and its speaker", () => {
  it.each<[string, string, Expected[]]>([
    [
      "“In a statement on May 7th the ministry said …”: where the words were given opens the sentence without a comma",
      "Malawi will cut its fuel subsidies.\nIn a statement on May 7th the finance ministry said it would cut spending by a third.\nIn an interview the governor said taxes would fall.",
      [
        { type: "indirect", text: "it would cut spending by a third", speaker: "the finance ministry" },
        { type: "indirect", text: "taxes would fall", speaker: null },
      ],
    ],
    [
      "an appositive may end in an acronym in brackets (“a veteran of the Country Fire Authority (CFA), told …”)",
      "Incident controller Graham Pettigrew, a 31-year veteran of the Country Fire Authority (CFA), told the commission the first crew report came in at 2:58pm.",
      [{ type: "indirect", text: "the first crew report came in at 2:58pm", speaker: "Graham Pettigrew" }],
    ],
    [
      "“according to figures published by X” is X’s word; “a memo seen by Reuters” names only its reader",
      "Shares fell 46% over two years, according to data compiled by Bloomberg.\nAbout 2,900 were prosecuted, according to figures released by the Security Bureau.\nThe fund will close in May, according to a memo seen by Reuters.",
      [
        { type: "according_to", text: "Shares fell 46% over two years", speaker: "Bloomberg" },
        { type: "according_to", text: "About 2,900 were prosecuted", speaker: "the Security Bureau" },
        { type: "according_to", text: "The fund will close in May", speaker: null },
      ],
    ],
    [
      "an age before a relative clause (“Macrae, 23, who …, said”), a company’s “& Co.” and a bare “at trial that” leave the speaker in reach",
      "Ruaridh Macrae scored twice.\nMacrae, 23, who was winning his fourth cap, said he had spotted the gap.\nPriya Raman of Halvorsen & Co. said the failure raised harder questions.\nDefense attorney Gregory Haines argued at trial that his client had acted in self-defense.",
      [
        { type: "indirect", text: "he had spotted the gap", speaker: "Ruaridh Macrae" },
        { type: "indirect", text: "the failure raised harder questions", speaker: "Priya Raman" },
        { type: "indirect", text: "his client had acted in self-defense", speaker: "Gregory Haines" },
      ],
    ],
    [
      "“but declined to say …” is the speaker’s refusal, not part of what was reported; “denied any wrongdoing” reports nothing",
      "Elena Marchetti told a news conference that the decision had been unanimous but declined to say whether another cut would follow.\nMarchetti, 63, who has led the town since 2014, has denied any wrongdoing and was not implicated in the ruling.",
      [{ type: "indirect", text: "the decision had been unanimous", speaker: "Elena Marchetti" }],
    ],
    [
      "a one-word name after a business noun (“Austrian carrier Alpavia”) is the company a later “the Vienna-based airline” means",
      "Austrian carrier Alpavia cancelled more than 340 flights on Monday after a cyberattack.\nThe Vienna-based airline said in a statement that it had shut down the system.",
      [{ type: "indirect", text: "it had shut down the system", speaker: "Alpavia" }],
    ],
    [
      "“the 24-year-old Briton” describes the person in focus, and is nobody new",
      "Oliver Hartley won the Hungarian Grand Prix on Sunday.\nThe 24-year-old Briton admitted he had not been convinced when McLaren called him in early.\n“Fair play to them,” the Briton said.",
      [
        { type: "indirect", text: "he had not been convinced when McLaren called him in early", speaker: "Oliver Hartley" },
        { type: "direct", text: "Fair play to them,", speaker: "Oliver Hartley" },
      ],
    ],
    [
      "quotes opening the paragraphs after “In a prepared statement, he set out a plan.” are the quoted speaker’s",
      "“It is not good enough,” Mr Feeney said.\n\nIn a prepared opening statement, he set out a three-part plan.\n\n“First, we will hire 60 drivers.\n\n“Second, the new fleet will enter service in April.”",
      [
        { type: "direct", text: "It is not good enough,", speaker: "Feeney" },
        { type: "direct", text: "First, we will hire 60 drivers.", speaker: "Feeney" },
        { type: "direct", text: "Second, the new fleet will enter service in April.", speaker: "Feeney" },
      ],
    ],
    [
      "“the spokesperson said” after “A Ledgerly spokesperson confirmed …” is Ledgerly, not the last person named",
      "Arjun Mehra founded Ledgerly in 2019.\nA Ledgerly spokesperson confirmed the layoffs. “This was a difficult decision,” the spokesperson said in an email.",
      [{ type: "direct", text: "This was a difficult decision,", speaker: "Ledgerly" }],
    ],
    [
      "a short adverbial between a relative pronoun and its verb (“who in a 2022 podcast interview said”)",
      "Arjun Mehra founded Ledgerly in 2019.\nIt is a striking reversal for the founder, who in a 2022 podcast interview said Ledgerly would never do layoffs.",
      [{ type: "indirect", text: "Ledgerly would never do layoffs", speaker: "Arjun Mehra" }],
    ],
    [
      "“The company’s advocate, Mr Gideon Kiprono,” is a person (a courtesy title says so), whom a later “he” continues",
      "The company’s advocate, Mr Gideon Kiprono, told reporters that his client would appeal. He said Kilele Ventures had bought the land in good faith.",
      [
        { type: "indirect", text: "his client would appeal", speaker: "Gideon Kiprono" },
        { type: "indirect", text: "Kilele Ventures had bought the land in good faith", speaker: "Gideon Kiprono" },
      ],
    ],
    [
      "a sentence adverb opening a sentence (“Afterward, she told …”) is nobody; a “Scheme” is no person a “she” can mean",
      "Mayor Ruth Calloway did not speak during the hearing. Afterward, she told reporters that she remained committed to the plan.\nThe land, part of the former Ngata Settlement Scheme, was set aside in the 1970s. She said officials had registered two transfers.",
      [
        { type: "indirect", text: "she remained committed to the plan", speaker: "Ruth Calloway" },
        { type: "indirect", text: "officials had registered two transfers", speaker: "Ruth Calloway" },
      ],
    ],
    [
      "an age and then a description set off after a name (“Marlene Hightower, 71, a retired school bus driver, told”)",
      "Marlene Hightower, 71, a retired school bus driver, told the council that her bill had risen.",
      [{ type: "indirect", text: "her bill had risen", speaker: "Marlene Hightower" }],
    ],
    [
      "an audience’s complements run on to “that” (“told a rally of nearly 40,000 people at Mandya's district stadium that”), and “Rs.” before a number ends no sentence",
      "Lokesh Gowda told a rally of nearly 40,000 people at Mandya's district stadium that his government would waive crop loans of up to Rs. 2 lakh.\nChief executive Markus Leitner told a press conference at Vienna-Schwechat airport that the company was working with specialists.\nAsked what she would tell the student who filled that jar, Solberg laughs.",
      [
        { type: "indirect", text: "his government would waive crop loans of up to Rs. 2 lakh", speaker: "Lokesh Gowda" },
        { type: "indirect", text: "the company was working with specialists", speaker: "Markus Leitner" },
      ],
    ],
    [
      "“to” inside an organisation’s name (“the Ohio Freedom to Read Coalition”), and an appositive’s relative “that”",
      "The Ohio Freedom to Read Coalition, a nonprofit that has opposed similar policies in five districts, said in a statement that it was reviewing the policy.\nThe rules were vague, according to the Ohio Freedom to Read Coalition.",
      [
        { type: "indirect", text: "it was reviewing the policy", speaker: "The Ohio Freedom to Read Coalition" },
        { type: "according_to", text: "The rules were vague", speaker: "The Ohio Freedom to Read Coalition" },
      ],
    ],
    [
      "a name, an appositive with its own complement, then a relative clause (“Rachel Odum, a neurologist at Eastbrook University, who …, called”)",
      "Rachel Odum, a neurologist at Eastbrook University School of Medicine, who was not involved in the research, called the study “the most convincing evidence yet”.",
      [{ type: "direct", text: "the most convincing evidence yet", speaker: "Rachel Odum" }],
    ],
    [
      "a party and constituency tag holding a comma (“Ganiyu Adeleke (PDP, Ilorin East), accused”)",
      "But the minority leader, Ganiyu Adeleke (PDP, Ilorin East), accused the governor of “mortgaging the future of our children” with commercial loans.",
      [{ type: "direct", text: "mortgaging the future of our children", speaker: "Ganiyu Adeleke" }],
    ],
    [
      "an office “for” a series of fields is one name (“the Department for Environment, Food and Rural Affairs”)",
      "The Department for Environment, Food and Rural Affairs said it was committed to reversing the decline.\nBees are in decline, according to the Department for Environment, Food and Rural Affairs.",
      [
        { type: "indirect", text: "it was committed to reversing the decline", speaker: "The Department for Environment, Food and Rural Affairs" },
        { type: "according_to", text: "Bees are in decline", speaker: "The Department for Environment, Food and Rural Affairs" },
      ],
    ],
    [
      "a capitalised word inside a longer name (“Public” in “Northshore Public Pension Investment Board”) is nobody’s surname",
      "Northshore Public Pension Investment Board said its net assets rose to $312 billion.\n\nPublic equities, which make up 38 per cent of the portfolio, gained 6 per cent.\n\nThe plan was 109 per cent funded, according to Northshore.",
      [
        { type: "indirect", text: "its net assets rose to $312 billion", speaker: "Northshore Public Pension Investment Board" },
        { type: "according_to", text: "The plan was 109 per cent funded", speaker: "Northshore Public Pension Investment Board" },
      ],
    ],
    [
      "“Economy and Climate Minister Katrin Vollmer” is one office and its holder, not two speakers",
      "Economy and Climate Minister Katrin Vollmer of the Greens told reporters in Berlin that the draft had already been agreed by the cabinet.",
      [{ type: "indirect", text: "the draft had already been agreed by the cabinet", speaker: "Katrin Vollmer" }],
    ],
    [
      "a place set off after an organisation (“at the University of Edinburgh, UK, who …”) is where it is, not who spoke",
      "Lucía Ferrandis, an observational cosmologist at the University of Edinburgh, UK, who is not part of the team, says the cluster image is “gorgeous”.",
      [
        { type: "indirect", text: "the cluster image is “gorgeous”", speaker: "Lucía Ferrandis" },
        { type: "direct", text: "gorgeous", speaker: "Lucía Ferrandis" },
      ],
    ],
    [
      "office words before an office noun (“Chief Financial Officer Kenji Ishiwata”) are no organisation for “the company” to mean",
      "Kasumi Motor Corp. cut its profit forecast on Thursday.\nChief Financial Officer Kenji Ishiwata told reporters that tariffs alone would cost 240 billion yen.\nEach one-yen move shifts annual operating profit by about 12 billion yen, the company said.",
      [
        { type: "indirect", text: "tariffs alone would cost 240 billion yen", speaker: "Kenji Ishiwata" },
        { type: "indirect", text: "Each one-yen move shifts annual operating profit by about 12 billion yen", speaker: "Kasumi Motor Corp" },
      ],
    ],
    [
      "“the sheriff's office” is the “Cullen County Sheriff's Office” named before; “the bureau” is the FBI",
      "ARDELL, Texas - The Cullen County Sheriff's Office is investigating a deadly shooting.\nDeputies were called to the store at about 11:40 p.m., according to the sheriff's office.\nThe FBI is investigating the attack on the district.\n\"We do not comment on ongoing investigations,\" the bureau said in a statement.",
      [
        { type: "according_to", text: "Deputies were called to the store at about 11:40 p.m", speaker: "The Cullen County Sheriff's Office" },
        { type: "direct", text: "We do not comment on ongoing investigations,", speaker: "The FBI" },
      ],
    ],
    [
      "“the club” is the football club the story named by its suffix (“Kingsbridge City”)",
      "Kingsbridge City have sacked manager Ruben Alcaraz after a 4-0 defeat.\nIn a statement released at 11.30am, the club said: “The club would like to thank Ruben for his hard work.”",
      [{ type: "direct", text: "The club would like to thank Ruben for his hard work.", speaker: "Kingsbridge City" }],
    ],
    [
      "“X, based in Cambridge, Massachusetts, said”; an appositive’s restrictive relative (“Raymond Hollis, a podcaster who claimed …”)",
      "Corvanta, based in Cambridge, Massachusetts, said it would list the therapy at $2.95 million.\nIt stems from a fine imposed on Raymond Hollis, a Springfield podcaster who claimed in October 2022 that a candidate had “lied under oath” in a deposition.",
      [
        { type: "indirect", text: "it would list the therapy at $2.95 million", speaker: "Corvanta" },
        { type: "indirect", text: "a candidate had “lied under oath” in a deposition", speaker: "Raymond Hollis" },
        { type: "direct", text: "lied under oath", speaker: "Raymond Hollis" },
      ],
    ],
    [
      "“she” after a company that spoke is not the company when the article writes it with a company’s suffix",
      "Corvanta Therapeutics' drug won approval on Thursday. Chief executive Priya Venkataraman told analysts that supply was ready.\nCorvanta said it had signed agreements with two insurers.\nShe also said the company expected to treat 20 to 30 patients.",
      [
        { type: "indirect", text: "supply was ready", speaker: "Priya Venkataraman" },
        { type: "indirect", text: "it had signed agreements with two insurers", speaker: "Corvanta Therapeutics" },
        { type: "indirect", text: "the company expected to treat 20 to 30 patients", speaker: "Priya Venkataraman" },
      ],
    ],
    [
      "“a lawyer who argued the case for the plaintiffs” reports nothing",
      "“It was written for them,” said Marisol Park, a lawyer with the civil liberties union who argued the case for the plaintiffs.",
      [{ type: "direct", text: "It was written for them,", speaker: "Marisol Park" }],
    ],
    [
      "a report inside an opening subordinate clause ends at its comma (“When Reddick said A, the chief justice said B”)",
      "Chief Justice Edward Lindqvist pressed Reddick on the law. When Reddick said the legislature had made a policy choice, the chief justice said the distinction seemed hard to defend.\nWhen proceedings resumed, Ghulam Leghari said the accord had allocated 48 units to Sindh, and that Sindh had never received its share.",
      [
        { type: "indirect", text: "the legislature had made a policy choice", speaker: "Reddick" },
        { type: "indirect", text: "the distinction seemed hard to defend", speaker: "Edward Lindqvist" },
        { type: "indirect", text: "the accord had allocated 48 units to Sindh, and that Sindh had never received its share", speaker: "Ghulam Leghari" },
      ],
    ],
    [
      "“X, coordinator of the Y Network, which …, said”: an office without an article, then a relative clause about its body",
      "Dewi Kartikasari, coordinator of the Jakarta-based Mining Justice Network, which monitors the sector, said her group had recorded at least 31 deaths.\nComfort Ekanem, coordinator of the Coastal Watch Initiative, an environmental group based in Eket, told AFP that the oil had reached 14 settlements.",
      [
        { type: "indirect", text: "her group had recorded at least 31 deaths", speaker: "Dewi Kartikasari" },
        { type: "indirect", text: "the oil had reached 14 settlements", speaker: "Comfort Ekanem" },
      ],
    ],
    [
      "“the father of six” is the man in focus, and “the mother-of-two” no man",
      "In Ibeno, Effiong Udo, 47, said he had not been able to take his canoe out for five days.\n“The water smells like a petrol station,” the father of six told AFP by phone.\n“It is hard,” the mother-of-two said.",
      [
        { type: "indirect", text: "he had not been able to take his canoe out for five days", speaker: "Effiong Udo" },
        { type: "direct", text: "The water smells like a petrol station,", speaker: "Effiong Udo" },
        { type: "direct", text: "It is hard,", speaker: null },
      ],
    ],
    [
      "a present participle set off after the subject may hold commas of its own (“X, testifying before the Senate Commerce, Science and Transportation Committee, said”)",
      "FAA Administrator Gregory Tillman, testifying before the Senate Commerce, Science and Transportation Committee for the first time, said the agency had hired 1,811 controllers.",
      [{ type: "indirect", text: "the agency had hired 1,811 controllers", speaker: "Gregory Tillman" }],
    ],
    [
      "“the coroner” is the area coroner named before",
      "Recording a narrative conclusion at Stoke-on-Trent Coroner's Court on Thursday, area coroner Emma Castell said Mrs Ainsworth had been at high risk of falls.\nThe coroner said the ward had been “running on the bare minimum” that night.",
      [
        { type: "indirect", text: "Mrs Ainsworth had been at high risk of falls", speaker: "Emma Castell" },
        { type: "indirect", text: "the ward had been “running on the bare minimum” that night", speaker: "Emma Castell" },
        { type: "direct", text: "running on the bare minimum", speaker: "Emma Castell" },
      ],
    ],
    [
      "a long subject (“Associate Professor Tan Siew Ling of the National University of Singapore's Department of Real Estate warned”)",
      "Associate Professor Tan Siew Ling of the National University of Singapore's Department of Real Estate warned that the Government would need to match the grant.",
      [{ type: "indirect", text: "the Government would need to match the grant", speaker: "Tan Siew Ling" }],
    ],
    [
      "bodies named by “Department of”, “Ministry of” are organisations whatever they end with; “a spokeswoman for the NSW planning department”",
      "The Department of Justice said in a statement that it noted the judgment.\nA spokeswoman for the NSW planning department said the department was aware of the proposal.",
      [
        { type: "indirect", text: "it noted the judgment", speaker: "The Department of Justice" },
        { type: "indirect", text: "the department was aware of the proposal", speaker: "NSW planning department" },
      ],
    ],
    [
      "a name set off after a description too long to read back (“An engineer called on behalf of the council, Declan Hurley, said”)",
      "An engineer called on behalf of the council, Declan Hurley, said the footpath had been inspected in 2019.",
      [{ type: "indirect", text: "the footpath had been inspected in 2019", speaker: "Declan Hurley" }],
    ],
    [
      "“…, adding that strikes were “on the table”” after an earlier quote in the same sentence: the participle reports for the main clause",
      "Nadia Ferrand leads the CGT.\nShe said the union would decide on “the next stage”, adding that strikes were “on the table”.",
      [
        { type: "indirect", text: "the union would decide on “the next stage”", speaker: "Nadia Ferrand" },
        { type: "direct", text: "the next stage", speaker: "Nadia Ferrand" },
        { type: "indirect", text: "strikes were “on the table”", speaker: "Nadia Ferrand" },
        { type: "direct", text: "on the table", speaker: "Nadia Ferrand" },
      ],
    ],
    [
      "an accusation quotes its speaker (“accused the government of presenting the reform as a “fait accompli””), and “on Sunday” is not part of the speaker",
      "Jharkhand chief minister Hemraj Oraon on Sunday accused the opposition of having “sold out” the state's tribal land.\nLaurent Bassac said his union remained open to talks, but accused the government of presenting the reform as a “fait accompli”.",
      [
        { type: "direct", text: "sold out", speaker: "Hemraj Oraon" },
        { type: "indirect", text: "his union remained open to talks", speaker: "Laurent Bassac" },
        { type: "direct", text: "fait accompli", speaker: "Laurent Bassac" },
      ],
    ],
    [
      "a short name bracketed after a body's name (“the Ghana Cocoa Board (Cocobod)”, “(Nersa)”) is that body, also behind “a spokesperson for”",
      "Farmers protested against the price fixed by the Ghana Cocoa Board (Cocobod) for the season.\nCocobod said the price had been set at 70 per cent of the world price.\nThe increase is above the guideline of the National Energy Regulator of South Africa (Nersa).\nA spokesperson for Nersa said the regulator had approved the tariffs.",
      [
        { type: "indirect", text: "the price had been set at 70 per cent of the world price", speaker: "Ghana Cocoa Board" },
        { type: "indirect", text: "the regulator had approved the tariffs", speaker: "National Energy Regulator of South Africa" },
      ],
    ],
    [
      "“the company said” after a lone name that just spoke (“Corvana said …”) is that name, not a court it mentioned; “AS” completes a company's name",
      "Corvana said in a statement that it would appeal against the decision at the EU’s General Court.\n“Today’s decision would force us to open the marketplace,” the company said.",
      [
        { type: "indirect", text: "it would appeal against the decision at the EU’s General Court", speaker: "Corvana" },
        { type: "direct", text: "Today’s decision would force us to open the marketplace,", speaker: "Corvana" },
      ],
    ],
    [
      "a city's region set off inside an appositive (“… Data Center in Boulder, Colorado, said”) is neither the speaker nor the appositive's end",
      "Daniel Forsythe, a glaciologist at the National Snow and Ice Data Center in Boulder, Colorado, said the study's methods were rigorous.",
      [{ type: "indirect", text: "the study's methods were rigorous", speaker: "Daniel Forsythe" }],
    ],
    [
      "a given name that is also an office (“coach Dean Whitford”) completes the surname said later",
      "For Sydney it was a third loss in four weeks, and coach Dean Whitford did not hide his frustration.\nWhitford said his side had gone into its shell after a dominant first half.",
      [{ type: "indirect", text: "his side had gone into its shell after a dominant first half", speaker: "Dean Whitford" }],
    ],
    [
      "a post-nominal in capitals (“Owain Lloyd-Hughes MS”) is no “Ms”, so a later “he” can mean him",
      "The Welsh Conservatives’ health spokesperson, Owain Lloyd-Hughes MS, accused the Welsh Government of “massaging the figures”.\n“For months ministers have stood in this chamber and told us lists were coming down,” he told the Senedd.",
      [
        { type: "direct", text: "massaging the figures", speaker: "Owain Lloyd-Hughes" },
        { type: "direct", text: "For months ministers have stood in this chamber and told us lists were coming down,", speaker: "Owain Lloyd-Hughes" },
      ],
    ],
    [
      "an outlet in a byline or told something is not what “it” means",
      "By Derek Haldane, Resource Markets Weekly\n\nBasin Range Lithium Corp won approval for its Nevada mine on Monday.\n“We have spent six years getting here,” chief executive Alan Teale told Resource Markets Weekly.\nIt said it was in advanced talks with the Department of Energy about a loan.",
      [
        { type: "direct", text: "We have spent six years getting here,", speaker: "Alan Teale" },
        { type: "indirect", text: "it was in advanced talks with the Department of Energy about a loan", speaker: "Basin Range Lithium Corp" },
      ],
    ],
    [
      "a capitalised plural possessive inside a name (“The Wales Patients’ Forum”); two fields of one office (“Labour and Employment Adviser X … and said”)",
      "The Wales Patients’ Forum, a charity that supports people on waiting lists, said it had received 38 calls.\nLabour and Employment Adviser Rezaul Karim Talukder visited the site in the evening and said the government would take action.",
      [
        { type: "indirect", text: "it had received 38 calls", speaker: "Wales Patients’ Forum" },
        { type: "indirect", text: "the government would take action", speaker: "Rezaul Karim Talukder" },
      ],
    ],
    [
      "“Banca”, “Banco” complete a bank's name (“Veritas Banca SpA”) for a later bare “Veritas said”",
      "Veritas Banca SpA agreed to buy Danubia Bank for 9 billion euros on Monday.\nVeritas said it expects the deal to close in the third quarter of 2026.",
      [{ type: "indirect", text: "it expects the deal to close in the third quarter of 2026", speaker: "Veritas Banca SpA" }],
    ],
    [
      "“according to a new Holyrood Insights poll”, “a Gallup poll”: a document named after the body that made it is that body's",
      "Support for independence rose to 54 per cent, according to a new Holyrood Insights poll for The Scotsman.\nTurnout fell to 61 per cent, according to a Gallup poll published on Monday.",
      [
        { type: "according_to", text: "Support for independence rose to 54 per cent", speaker: "Holyrood Insights" },
        { type: "according_to", text: "Turnout fell to 61 per cent", speaker: "Gallup" },
      ],
    ],
    [
      "a descriptor before a source's name (“according to Detroit-based consultancy Harbor Lane Analytics”) is read past",
      "The plant builds roughly 1,100 trucks a day on three shifts, according to Detroit-based consultancy Harbor Lane Analytics.",
      [{ type: "according_to", text: "The plant builds roughly 1,100 trucks a day on three shifts", speaker: "Harbor Lane Analytics" }],
    ],
    [
      "“a spokesman for the provincial finance department” speaks for the department as the story calls it",
      "A spokesman for the provincial finance department dismissed the allegation as “baseless”, saying all contracts had been awarded through open tenders.",
      [
        { type: "direct", text: "baseless", speaker: "provincial finance department" },
        { type: "indirect", text: "all contracts had been awarded through open tenders", speaker: "provincial finance department" },
      ],
    ],
    [
      "a headline's first verb may take “from” (“X retires from international cricket, says …”)",
      "Sameer Kulkarni retires from international cricket, says it is time to make way for youngsters\n\nSameer Kulkarni announced his retirement on Friday.",
      [{ type: "indirect", text: "it is time to make way for youngsters", speaker: "Sameer Kulkarni" }],
    ],
    [
      "“the hospital” is the hospital named, not a department of health; an opening “At” is no part of a name",
      "The Idaho Department of Health and Welfare said 41 cases had been confirmed.\nAt Treasure Valley Children's Hospital in Meridian, emergency physician Dr. Anna Reyes said the ward was full.\nTwo of the hospitalized children needed supplemental oxygen, the hospital said.",
      [
        { type: "indirect", text: "41 cases had been confirmed", speaker: "The Idaho Department of Health and Welfare" },
        { type: "indirect", text: "the ward was full", speaker: "Anna Reyes" },
        { type: "indirect", text: "Two of the hospitalized children needed supplemental oxygen", speaker: "Treasure Valley Children's Hospital" },
      ],
    ],
    [
      "“An attendant at the station said”: a subject its article opens, with where it is; “have long argued”",
      "An attendant at the station said the last bowser had arrived on Sunday.\nFarmworker advocates have long argued that the rule is poorly enforced in the fields.",
      [
        { type: "indirect", text: "the last bowser had arrived on Sunday", speaker: null },
        { type: "indirect", text: "the rule is poorly enforced in the fields", speaker: null },
      ],
    ],
    [
      "an inverted attribution with a description after the name (“…, said Dr Farhana Yasmin, resident surgeon at the hospital.”); an appositive opened by “former”",
      "Twelve of the injured were transferred to the burn institute in Dhaka, said Dr Farhana Yasmin, resident surgeon at the hospital.\nThe head of the mission, former Costa Rican Foreign Minister Ana Lucía Brenes, told The Associated Press that observers had found no evidence of manipulation.",
      [
        { type: "indirect", text: "Twelve of the injured were transferred to the burn institute in Dhaka", speaker: "Farhana Yasmin" },
        { type: "indirect", text: "observers had found no evidence of manipulation", speaker: "Ana Lucía Brenes" },
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
