/** An index of the capitalised multi-word names an article uses, so a bare surname can find its full name. */

import { AGE_DESCRIPTOR, COMPANY_DESCRIPTORS, DETERMINERS, FEMALE_GIVEN_NAMES, FUNCTION_WORDS, GENERIC_ORGANIZATION_HEADS, isNameParticle, isNationalityNoun, MALE_GIVEN_NAMES, MONTHS, OFFICE_TITLES, ORGANIZATION_WORDS, ROLE_ABBREVIATIONS, ROLE_NOUNS, SENTENCE_STARTERS, SPEECH_VERBS, STANDING_WORDS, TITLE_WORDS, WEEKDAYS } from "./lexicon";
import { isRegexSpaceCode, isSpaceCode, isUpperAt, isWordCharAt, withoutFinalPeriod } from "./text";
import { tokenize, type Token } from "./tokens";
import { wordSet } from "./words";

/** Words that make a capitalised run a place or thing rather than a person ("Harbor City", "Lowry Park"). */
const NON_PERSON_WORDS = wordSet(
  `city park street road avenue square river lake mountain mount island islands league cup stadium arena airport
   station bridge hall county state states province district region valley bay beach coast north south east west
   northern southern eastern western united kingdom republic island gulf sea ocean strait forces force games
   cathedral church mosque temple museum gallery theatre theater tower building plaza centre center street's
   day week month year olympics championship championships series prize award awards act bill law treaty accord`.split(/\s+/),
);


/** "I've", "We're", "It’s": a pronoun with a contraction is never a name. */
const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she|it|that|there|here|what|who|let)['\u2019]/;


/** Whether a word has an apostrophe, which every PRONOUN_CONTRACTION match has: most words skip the regex. */
function hasApostrophe(word: string): boolean {
  return word.includes("'") || word.includes("\u2019");
}

/** text === text.toUpperCase(), without building the upper-case copy for ASCII text. */
function isAllUpper(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return text === text.toUpperCase();
    if (code >= 97 && code <= 122) return false;
  }
  return true;
}

/** Pronouns, and the question words that open a sentence as its subject ("What worries her is …"). */
const PRONOUN_WORDS = wordSet(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "what", "whatever", "who", "whoever", "which", "whichever", "where", "when", "why", "how"]);
/**
 * Capitalised words that are never part of a person's name, in one set so each token costs one look-up:
 * function words ("Under Calloway", "But Ashby manager", "Well, ..."), titles, roles, organisation and place
 * words, days, months, determiners and pronouns.
 */
const NOT_NAME_WORDS: ReadonlySet<string> = wordSet([...FUNCTION_WORDS, ...TITLE_WORDS, ...ROLE_NOUNS, ...ORGANIZATION_WORDS, ...NON_PERSON_WORDS, ...WEEKDAYS, ...MONTHS, ...DETERMINERS, ...PRONOUN_WORDS]);

function isNameWord(token: Token): boolean {
  if (token.kind !== "word") return false;
  if (hasApostrophe(token.lower) && PRONOUN_CONTRACTION.test(token.lower)) return false;
  if (!token.capitalized) return isNameParticle(token.text);
  if (token.text.length > 1 && isAllUpper(token.text)) return false;
  // "Ex-MEC Mahlangu", "Ex-President Bolaño": a former office, not the first name; "Mannheim-based Kessler": a place.
  if (token.lower.startsWith("ex-") || token.lower.endsWith("-based") || token.lower.endsWith("-headquartered")) return false;
  return !NOT_NAME_WORDS.has(withoutFinalPeriod(token.lower)) && !STANDING_WORDS.has(token.lower);
}


const ESCAPED = /[.*+?^${}()|[\]\\]/g;

interface NeedleMatch {
  index: number;
  end: number;
  /** Where the match's last word starts. */
  lastWordStart: number;
}

/** The text in lower case, kept for the text last searched: the surname look-ups of one article share it. */
let lowerSource: string | null = null;
let lowerText = "";
/** Whether that text has a Kelvin sign or a long s, which /iu matches with "k" and "s". */
let lowerSourceFoldsWide = false;

function cacheLowerCase(text: string): void {
  if (lowerSource === text) return;
  lowerText = text.toLowerCase();
  lowerSourceFoldsWide = text.includes("\u212a") || text.includes("\u017f");
  lowerSource = text;
}

/**
 * Successive matches of `words` separated by whitespace, case-insensitively: what a "giu" RegExp of the
 * escaped words joined by \s+ finds with exec(). Names in ASCII (nearly all) are found with indexOf in the
 * lower-case text instead of building that regex: under /iu an ASCII letter matches its two cases, and "k" and
 * "s" also the Kelvin sign and the long s (such texts take the regex). Lower-casing keeps every other offset as
 * long as no character lower-cases to several ("İ"); such texts take the regex too.
 */
export class NeedleSearch {
  lastIndex = 0;
  private readonly text: string;
  private readonly lower: string;
  private readonly pattern: RegExp | null;
  /** Lower-case words for the indexOf path. */
  private readonly words: readonly string[];

  constructor(text: string, words: readonly string[]) {
    this.text = text;
    let ascii = true;
    let foldsWide = false;
    for (const word of words) {
      for (let index = 0; index < word.length; index++) {
        const code = word.charCodeAt(index);
        if (code >= 128) ascii = false;
        if (code === 107 || code === 75 || code === 115 || code === 83) foldsWide = true;
      }
    }
    if (ascii) {
      cacheLowerCase(text);
      if ((foldsWide && lowerSourceFoldsWide) || lowerText.length !== text.length) ascii = false;
    }
    this.lower = ascii ? lowerText : "";
    this.pattern = ascii ? null : new RegExp(words.map((word) => word.replace(ESCAPED, "\\$&")).join("\\s+"), "giu");
    this.words = words.map((word) => word.toLowerCase());
  }

  /** The next match from lastIndex that starts before `limit` (null otherwise), advancing lastIndex past it. */
  next(limit: number): NeedleMatch | null {
    if (this.pattern !== null) {
      this.pattern.lastIndex = this.lastIndex;
      const match = this.pattern.exec(this.text);
      if (match === null) return null;
      this.lastIndex = this.pattern.lastIndex;
      const matched = match[0];
      return { index: match.index, end: match.index + matched.length, lastWordStart: match.index + matched.search(/\S+$/u) };
    }
    const first = this.words[0] as string;
    let from = this.lastIndex;
    while (from < limit) {
      const start = this.lower.indexOf(first, from);
      if (start < 0 || start >= limit) return null;
      const match = this.restAt(start, start + first.length);
      if (match !== null) {
        this.lastIndex = match.end;
        return match;
      }
      from = start + 1;
    }
    return null;
  }

  /** The match whose first word spans [start, at), if the other words follow it. */
  private restAt(start: number, at: number): NeedleMatch | null {
    let lastWordStart = start;
    for (let wordIndex = 1; wordIndex < this.words.length; wordIndex++) {
      const word = this.words[wordIndex] as string;
      if (!isRegexSpaceCode(this.text.charCodeAt(at))) return null;
      while (isRegexSpaceCode(this.text.charCodeAt(at))) at++;
      if (!this.lower.startsWith(word, at)) return null;
      lastWordStart = at;
      at += word.length;
    }
    return { index: start, end: at, lastWordStart };
  }
}

/** Inner word joiners of the tokenizer ("Al-Sudani", "O’Brien", "U.S"). */
function isInnerJoinerCode(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38 || code === 0x2010 || code === 0x2011;
}

/** The start of the word token that ends at `end`, as the tokenizer reads it: word characters and the joiners between them. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  for (;;) {
    while (start > 0 && isWordCharAt(text, start - 1)) start--;
    if (start >= 2 && isInnerJoinerCode(text.charCodeAt(start - 1)) && isWordCharAt(text, start - 2)) start--;
    else return start;
  }
}

/** Whether the line holding `index` is written in title case: four or more longer words, nearly all capitalised, no final period. */
function inTitleCaseLine(text: string, index: number): boolean {
  const start = text.lastIndexOf("\n", index) + 1;
  if (titleCaseSource !== text) {
    titleCaseSource = text;
    titleCaseLines.clear();
  }
  const known = titleCaseLines.get(start);
  if (known !== undefined) return known;
  let end = text.indexOf("\n", index);
  if (end < 0) end = text.length;
  let titleCase = false;
  if (end - start <= 300) {
    const line = text.slice(start, end).trim();
    const words = line.endsWith(".") ? [] : line.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    titleCase = words.length >= 4 && capitalised * 10 >= words.length * 9;
  }
  titleCaseLines.set(start, titleCase);
  return titleCase;
}

/** Title-case answers for the lines of the text last asked about, by where each line starts. */
let titleCaseSource: string | null = null;
const titleCaseLines = new Map<number, boolean>();

const FULL_NAME_WINDOW = 20_000;
/** How many places a surname is looked up before giving up on finding its full name. */
const MAX_SURNAME_LOOKUPS = 50;

/**
 * The first full name ("Marcus Hale") that ends with `surname` ("Hale") in the article: the capitalised
 * name words right before one of its occurrences, skipping titles and roles ("Coach Marcus Hale").
 */
export function findFullName(text: string, surname: string, near = 0): string | undefined {
  const needle = surname.replace(/['\u2019]s$/, "").trim();
  if (needle.length < 2) return undefined;
  const searchWords = needle.split(/\s+/);
  if (searchWords.length > 3) return undefined;
  // Case-insensitive: "Al-Mousawi said" opening a sentence is the "al-Mousawi" of "Ali Hussein al-Mousawi".
  const search = new NeedleSearch(text, searchWords);
  // Look only in a window around the mention: full names are given near their surnames, and it keeps each look-up bounded.
  const windowStart = Math.max(0, near - FULL_NAME_WINDOW);
  const windowEnd = Math.min(text.length, near + FULL_NAME_WINDOW / 4);
  search.lastIndex = windowStart;
  for (let lookups = 0; lookups < MAX_SURNAME_LOOKUPS; lookups++) {
    const match = search.next(windowEnd);
    if (match === null || match.index >= windowEnd) return undefined;
    let at = match.index;
    let from = match.end;
    if (match.end === at) return undefined;
    if ((at > 0 && isWordCharAt(text, at - 1)) || (from < text.length && isWordCharAt(text, from))) continue;
    // The surname proper is capitalised ("Young", not "young people"), or joined to a particle ("al-Mousawi").
    const lastWord = text.slice(match.lastWordStart, from);
    if (!/^\p{Lu}/u.test(lastWord) && !isNameParticle(lastWord)) continue;
    // "Public" in "Northshore Public Pension Investment Board": a word that a capitalised name goes on past is no surname.
    if (continuesCapitalisedName(text, from)) continue;
    // "Mousawi" inside "al-Mousawi", "Garcia" inside "Lopez-Garcia": the whole hyphenated word is the surname.
    const joiner = text.charCodeAt(at - 1);
    if (at > 1 && (joiner === 45 || joiner === 39 || joiner === 0x2019) && isWordCharAt(text, at - 2)) {
      at -= 1;
      while (at > 0 && isWordCharAt(text, at - 1)) at--;
    }
    // The walk back below starts with a name word, or an initial's period, one space before the surname:
    // without one ("Revenue" opening a sentence) there is no full name here, and nothing needs tokenizing.
    if (at < 2 || !isSpaceCode(text.charCodeAt(at - 1))) continue;
    if (isWordCharAt(text, at - 2)) {
      // That word is a name word only if capitalised or a particle ("in Boston", "of Hale" are not).
      const wordStart = wordStartBefore(text, at - 1);
      if (wordStart >= at - 80 && !isUpperAt(text, wordStart) && !isNameParticle(text.slice(wordStart, at - 1))) continue;
    } else if (!(text.charCodeAt(at - 2) === 46 && isUpperAt(text, at - 3))) continue;
    // "Jury Hits Brennan Home With $33.2M Verdict": in a headline written in title case every word looks like a name.
    // (Read after the cheap checks above: the line's words are split and counted the first time it is asked about.)
    if (inTitleCaseLine(text, at)) continue;
    const tokens = tokenize(text, Math.max(0, at - 80), at);
    const writtenInCapitals = lastWord.length > 1 && isAllUpper(lastWord);
    // Walk back over name words, particles ("de", "van") and initials ("M."), each one space before the next.
    let cursor = at;
    let first = tokens.length;
    let pieces = 0;
    let index = tokens.length - 1;
    while (index >= 0 && pieces < 5) {
      const token = tokens[index];
      if (token === undefined) break;
      const before = tokens[index - 1];
      // "Eleanor M. Vance", "H.N. Ravindranath": an initial, or initials joined by periods, before the name.
      if (token.kind === "punct" && token.text === "." && token.end === cursor - 1 && before !== undefined && before.end === token.start && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(before.text)) {
        cursor = before.start;
        first = index - 1;
        index -= 2;
        pieces++;
        continue;
      }
      // "GARY HOLLOWAY has fired …": a tabloid lede writes the whole name in capitals.
      const capitalsName = writtenInCapitals && token.kind === "word" && token.text.length > 1 && isAllUpper(token.text);
      // "Coach Dean Whitford": a given name that is also an office ("Dean") right before the surname is the name.
      const givenName = pieces === 0 && token.capitalized && (MALE_GIVEN_NAMES.has(token.lower) || FEMALE_GIVEN_NAMES.has(token.lower));
      if (token.end !== cursor - 1 || !(isNameWord(token) || capitalsName || givenName) || token.possessive) break;
      cursor = token.start;
      first = index;
      index--;
      pieces++;
    }
    // A full name opens with a capitalised word, not a particle, nor a descriptor ("Chipmaker Norvik").
    while (first < tokens.length && (tokens[first]?.capitalized !== true || COMPANY_DESCRIPTORS.has(tokens[first]?.lower ?? ""))) first++;
    // "Minister for Housing Darragh Fennelly": the words after an office's "for"/"of" belong to the office up to
    // a given name, or up to the last two words.
    const preposition = tokens[first - 1]?.lower;
    const words = tokens.slice(first).filter((token) => token.kind === "word");
    // (`words` stops before the name looked for, which the tokens here do not include.)
    if ((preposition === "for" || preposition === "of") && words.length + searchWords.length >= 3) {
      const given = words.findIndex((token, index) => index > 0 && (MALE_GIVEN_NAMES.has(token.lower) || FEMALE_GIVEN_NAMES.has(token.lower)));
      if (given > 0) first = tokens.indexOf(words[given] as Token);
      else if (searchWords.length >= 2) first = tokens.length;
      else first = tokens.indexOf(words[words.length - 1] as Token);
    }
    const opener = tokens[first];
    if (opener !== undefined && first < tokens.length && !(SENTENCE_STARTERS.has(opener.lower) && first === tokens.length - 1)) {
      // "Martin Luther King Jr.": a generational suffix belongs to the full name.
      const suffix = /^,?\s(?:Jr|Sr|II|III|IV)\b\.?/u.exec(text.slice(from, from + 6));
      if (suffix !== null) from += suffix[0].length;
      const fullName = text.slice(opener.start, from);
      return writtenInCapitals ? fullName.toLowerCase().replace(/(^|[\s'\u2019-])(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase()) : fullName;
    }
  }
  return undefined;
}

/** Words that may follow a full name without making it part of a longer one ("Hale Jr", "Hale Tuesday"). */
const AFTER_NAME_WORDS = wordSet(["jr", "sr", "ii", "iii", "iv"]);

/** Whether one space and a capitalised word (not a weekday, month, suffix or capitals post-nominal) follow `end`. */
function continuesCapitalisedName(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !isUpperAt(text, end + 1)) return false;
  let wordEnd = end + 1;
  while (wordEnd < text.length && isWordCharAt(text, wordEnd)) wordEnd++;
  const word = text.slice(end + 1, wordEnd);
  const lower = word.toLowerCase();
  return word.length > 1 && !AFTER_NAME_WORDS.has(lower) && !WEEKDAYS.has(lower) && !MONTHS.has(lower) && !isAllUpper(word);
}

/** Capitalised words that open an introductory clause before the subject ("After …, Smith said"). */
const INTRODUCTORY_WORDS = wordSet(["after", "before", "when", "while", "as", "although", "though", "if", "since", "once", "until", "despite", "because", "at", "in", "on", "during", "following", "for", "with", "by", "under", "later", "earlier", "meanwhile"]);
/** Prepositions after which a capitalised name is a place ("in Baghdad", "on Capitol Hill"). */
const LOCATIVE_WORDS = wordSet(["in", "at", "on", "near", "outside", "inside", "across", "throughout"]);

const MALE_WORDS = wordSet(["he", "his", "him", "himself"]);
const FEMALE_WORDS = wordSet(["she", "her", "hers", "herself"]);

export interface NameOccurrence {
  start: number;
  end: number;
  /** Lower-case name words. */
  tokens: string[];
  /** The name opens its sentence (after any dateline, title or role words): it is the likely subject. */
  subject: boolean;
  /** Gender shown by the first he/his/she/her after a subject name in the same sentence. */
  gender: "male" | "female" | null;
  /** An organisation's name ("Army Corps of Engineers", "WHO") rather than a person's. */
  organization: boolean;
  /** For a sentence opened by a role ("The judge rejected ..."): the role word, to find who holds it. */
  roleKey?: string;
  /** For an organisation: where its last organisation word ("Board", "Ministry") ends. */
  headEnd?: number;
  /** "Ogun State Governor, Prince Olusegun Adekanmbi": the office written right before a person's name. */
  office?: string;
}

const ORGANIZATION_JOINERS = wordSet(["of", "for", "and", "&", "the"]);

function isAcronymToken(token: Token): boolean {
  // The second character is checked first: most capitalised words fail there, without running the regex.
  const second = token.text.charCodeAt(1);
  return token.kind === "word" && ((second >= 65 && second <= 90) || second === 46 || second === 38) && /^[A-Z][A-Z.&]{1,7}$/.test(token.text) && token.text.replace(/[.&]/g, "").length >= 2;
}

/** "Farmers’ Alliance", "Veterans' Affairs": a capitalised plural possessive that a capitalised name word follows. */
function continuesAfterPluralPossessive(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return token !== undefined && token.possessive && token.capitalized && /s['\u2019]$/u.test(token.text) && next !== undefined && next.kind === "word" && next.capitalized;
}

/** Company descriptors that are also somebody's occupation ("music producer Kenji", "tour operator Ama"). */
const OCCUPATION_DESCRIPTORS = wordSet(["broker", "provider", "producer", "developer", "operator", "supplier", "pollster"]);

/** Nouns for a business that, written right before a short name, make it a company's ("Austrian carrier Alpavia"). */
const COMPANY_NOUNS = wordSet([...[...COMPANY_DESCRIPTORS].filter((noun) => !OCCUPATION_DESCRIPTORS.has(noun)), "start-up", "bank", "brewer"]);

/**
 * "fintech firm Lumora", "Austrian carrier Alpavia": a one-word name after a business noun, not a given name. (A longer
 * one, "drugmaker Kanto Pharmaceutical", is read as a name and completed like one.)
 */
function describedAsCompany(tokens: readonly Token[], first: number, last: number): boolean {
  const noun = tokens[first - 1];
  if (first !== last || noun === undefined || noun.kind !== "word" || noun.capitalized || !COMPANY_NOUNS.has(noun.lower)) return false;
  const name = tokens[first]?.lower ?? "";
  return !MALE_GIVEN_NAMES.has(name) && !FEMALE_GIVEN_NAMES.has(name) && !ORGANIZATION_WORDS.has(withoutFinalPeriod(name));
}

/** Capitalised runs that name organisations: they contain an organisation word or are an acronym. */
function findOrganizationOccurrences(tokens: readonly Token[], floor: number): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  // "By Derek Haldane, Resource Markets Weekly": a byline's outlet is where the story ran, not a body in it.
  if (tokens[floor]?.text === "By") return found;
  let index = floor;
  while (index < tokens.length) {
    const token = tokens[index];
    // "At Treasure Valley Children's Hospital in Meridian, …": a capitalised preposition opening the sentence is no part of a name.
    if (token === undefined || token.kind !== "word" || !token.capitalized || (index === floor && INTRODUCTORY_WORDS.has(token.lower) && tokens[index + 1]?.capitalized === true)) {
      index++;
      continue;
    }
    let end = index;
    let hasOrganizationWord = false;
    let headEnd = 0;
    let officeAt = -1;
    for (let next = index; next < tokens.length && next - index < 8; next++) {
      const word = tokens[next];
      if (word === undefined || word.kind !== "word") break;
      if (word.capitalized) {
        // "Fairmont Township Police Chief Darnell Whitaker", "TSC Chief Executive Officer Dr …": an office written
        // right after the body's name is its holder's, not part of the name.
        // "Cullen County Sheriff's Office", "the Mayor's Office": a possessive office before an organisation word is inside the name.
        const possessiveOffice = word.possessive && tokens[next + 1]?.capitalized === true && ORGANIZATION_WORDS.has(withoutFinalPeriod(tokens[next + 1]?.lower ?? ""));
        if (!possessiveOffice && hasOrganizationWord && next > index && tokens[next - 1]?.capitalized === true && !word.lower.endsWith("s") && (ROLE_NOUNS.has(withoutFinalPeriod(word.lower)) || TITLE_WORDS.has(withoutFinalPeriod(word.lower))) && !ORGANIZATION_WORDS.has(withoutFinalPeriod(word.lower))) {
          officeAt = next;
          break;
        }
        end = next;
        if (ORGANIZATION_WORDS.has(withoutFinalPeriod(word.lower)) || (isAcronymToken(word) && !ROLE_ABBREVIATIONS.has(word.lower))) {
          hasOrganizationWord = true;
          headEnd = word.end;
        }
        if (word.possessive && !continuesAfterPluralPossessive(tokens, next) && !possessiveOffice) break;
      } else if (!ORGANIZATION_JOINERS.has(word.lower)) break;
    }
    const first = tokens[index];
    const last = tokens[end];
    const single = end === index;
    const opener = index === floor && single && SENTENCE_STARTERS.has(token.lower);
    // "Chief Financial Officer Kenji Ishiwata": office words before an office noun are no body, whatever "Financial" suggests.
    const officeWords = officeAt >= 0 && (ROLE_NOUNS.has(token.lower) || TITLE_WORDS.has(withoutFinalPeriod(token.lower)));
    if (officeWords) hasOrganizationWord = false;
    const described = describedAsCompany(tokens, index, end);
    if (described) headEnd = last?.end ?? 0;
    // "Teale told Resource Markets Weekly": the outlet told is the audience, which no "it" means.
    const audience = tokens[index - 1]?.lower === "told";
    if ((hasOrganizationWord || described) && first !== undefined && last !== undefined && !opener && !audience) {
      found.push({ start: first.start, end: last.end, tokens: tokens.slice(index, end + 1).map((word) => word.lower), subject: false, gender: null, organization: true, headEnd });
    }
    index = end + 1;
    // The office and its holder's name after it are no organisation of their own.
    if (officeAt >= 0) while (index < tokens.length && tokens[index]?.kind === "word" && tokens[index]?.capitalized === true) index++;
  }
  return found;
}

/** Whether a line is written in title case: at least four longer words, nearly all capitalised, and no final period. */
function isTitleCase(tokens: readonly Token[], floor: number): boolean {
  let long = 0;
  let capitalized = 0;
  for (let index = floor; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "punct" && (token.text === "." || token.text === ",")) return false;
    if (token.kind !== "word" || token.text.length < 4) continue;
    long++;
    if (token.capitalized) capitalized++;
  }
  return long >= 4 && capitalized * 10 >= long * 9;
}

/** The office noun right before a name, past its titles and one comma ("Governor, Prince Olusegun …"), or null. */
function officeBefore(tokens: readonly Token[], nameIndex: number, floor: number): string | null {
  let index = nameIndex - 1;
  // "Mayor Ross Whitely", "Gov. Ann Holt": an office written as a title is the office too.
  let titleOffice: string | null = null;
  while (index >= floor && (TITLE_WORDS.has(withoutFinalPeriod(tokens[index]?.lower ?? "")) || tokens[index]?.text === ".")) {
    titleOffice ??= OFFICE_TITLES.get(withoutFinalPeriod(tokens[index]?.lower ?? "")) ?? null;
    index--;
  }
  const separated = index < nameIndex - 1 || tokens[index]?.text === ",";
  if (tokens[index]?.text === ",") index--;
  const word = tokens[index];
  if (index < floor || word === undefined || word.kind !== "word" || !ROLE_NOUNS.has(word.lower) || word.possessive) return titleOffice === "doctor" || titleOffice === "professor" ? null : titleOffice;
  // "Carver Coach Type C", "Ashby manager Tomasz Nowak": only a formal office, set off by a comma or a title, or
  // capitalised before a given name, says who holds it.
  const given = tokens[nameIndex]?.lower ?? "";
  // "during which Mayor Ross Whitely": an office that is also a title, opening the capitalised run ("Carver Coach
  // Type C" does not), is one too.
  const titledOffice = word.capitalized && OFFICE_TITLES.has(word.lower) && tokens[index - 1]?.capitalized !== true && tokens[nameIndex + 1]?.capitalized === true;
  if (!(separated || titledOffice || (word.capitalized && (MALE_GIVEN_NAMES.has(given) || FEMALE_GIVEN_NAMES.has(given))))) return null;
  // "TSC Chief Executive Officer Dr Ruth Chepkoech": the whole office, so that a later "the CEO" finds its holder.
  let first = index;
  while (first - 1 >= floor && tokens[first - 1]?.kind === "word" && tokens[first - 1]?.possessive === false && tokens[first - 1]?.capitalized === word.capitalized && (ROLE_NOUNS.has(tokens[first - 1]?.lower ?? "") || TITLE_WORDS.has(tokens[first - 1]?.lower ?? ""))) first--;
  // "Maryland Attorney General Lorraine Whitcombe": office words read as titles after it belong to the office, honorifics not.
  let last = index;
  while (last + 1 < nameIndex && tokens[last + 1]?.capitalized === true && TITLE_WORDS.has(withoutFinalPeriod(tokens[last + 1]?.lower ?? "")) && !HONORIFICS.has(withoutFinalPeriod(tokens[last + 1]?.lower ?? ""))) last++;
  const office = tokens.slice(first, last + 1).map((token) => token.lower).join(" ");
  return office === "chief executive officer" ? "chief executive" : office;
}

/** Titles of courtesy, not of office. */
const HONORIFICS = wordSet(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "reverend", "hon", "honourable", "honorable", "madam", "madame"]);

/** Words that read as a verb after a subject ("the Rev. Smith said", "the Duke was", "the Pope has"). */
const VERB_LIKE = /^(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|says|said|told|wrote|who|whose|which|and|or|of|to|in|on|at|for|with)$/;

/** Relations whose word shows a person's gender. */
const KIN_GENDER: ReadonlyMap<string, "male" | "female"> = new Map([
  ...["wife", "daughter", "mother", "sister", "girlfriend", "widow", "grandmother", "granddaughter", "niece", "aunt", "fiancée", "stepmother", "stepdaughter"].map((word) => [word, "female"] as const),
  ...["husband", "son", "father", "brother", "boyfriend", "widower", "grandfather", "grandson", "nephew", "uncle", "fiancé", "stepfather", "stepson"].map((word) => [word, "male"] as const),
]);

/** Conjunctions that open a sentence before its subject ("But Justice Alcott said", "And the minister …"). */
const OPENING_CONJUNCTIONS = wordSet(["but", "and", "yet", "so", "still"]);

/**
 * Every capitalised name run in one sentence, in order. Used to find who a later "he" or "she" is:
 * antecedents are often named in sentences that quote nobody.
 */
export function findNameOccurrences(tokens: readonly Token[], floor: number): NameOccurrence[] {
  // "Transit Chief Defends Fare Increase as Ridership Lags": in a title-case headline every word looks like a name.
  if (isTitleCase(tokens, floor)) return [];
  const occurrences: NameOccurrence[] = [];
  let clauseClean = true;
  // "Asked whether …, Mallory paused.": after an opening participle or subordinate clause, the main clause's subject follows its comma.
  const clauseOpener = tokens[floor];
  let introductoryClause = clauseOpener !== undefined && clauseOpener.capitalized && clauseOpener.kind === "word" && (INTRODUCTORY_WORDS.has(clauseOpener.lower) || /^[a-z]{3,}(?:ed|ing)$/.test(clauseOpener.lower));
  // "The President of the Cocoa Farmers’ Alliance, Nana Kwame Ampofo, described …": an office of a body, then its holder.
  const roleOpener = DETERMINERS.has(clauseOpener?.lower ?? "") ? tokens[floor + 1] : clauseOpener;
  const openedByOffice = roleOpener !== undefined && roleOpener.capitalized && ROLE_NOUNS.has(roleOpener.lower);
  let index = floor;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    if (introductoryClause && token.text === ",") {
      introductoryClause = false;
      clauseClean = true;
      index++;
      continue;
    }
    if (!token.capitalized || !isNameWord(token)) {
      // Once the clause has lost its subject nothing here can restore it: skip the look-ups.
      if (clauseClean) {
        const key = withoutFinalPeriod(token.lower);
        // "His daughter, Gina, was …": a role in apposition before the name keeps it the subject.
        const previous = tokens[index - 1];
        const appositiveComma = token.text === "," && previous !== undefined && (ROLE_NOUNS.has(previous.lower) || (openedByOffice && previous.capitalized && occurrences.length === 0));
        // "By Laura Whitcomb", "Under Calloway, ...": a name after a capitalised preposition is not the subject.
        const officeOf = openedByOffice && (key === "of" || key === "for");
        // "But Justice Sonya Alcott pointed to …": a conjunction opening the sentence leaves its subject after it.
        const openingConjunction = index === floor && token.capitalized && OPENING_CONJUNCTIONS.has(key);
        // "hospital President and CEO Dr. Anita Raghunathan": the body and the offices before the holder's name.
        const next = tokens[index + 1];
        const officeWord = (word: Token | undefined): boolean => word !== undefined && (ROLE_NOUNS.has(word.lower) || TITLE_WORDS.has(withoutFinalPeriod(word.lower)) || ROLE_ABBREVIATIONS.has(word.lower));
        const beforeOffice = next !== undefined && next.capitalized && (GENERIC_ORGANIZATION_HEADS.has(key) || (key === "and" && officeWord(previous) && officeWord(next)));
        // "China's lead negotiator, Zhao Wenbin": modifiers of an office before its holder.
        const modifiesOffice = token.kind === "word" && !token.capitalized && (ROLE_NOUNS.has(tokens[index + 1]?.lower ?? "") || ROLE_NOUNS.has(tokens[index + 2]?.lower ?? ""));
        const keepsSubject = (token.capitalized && !FUNCTION_WORDS.has(key)) || TITLE_WORDS.has(key) || ROLE_NOUNS.has(key) || DETERMINERS.has(key) || token.text === "." || token.text === "-" || appositiveComma || officeOf || openingConjunction || beforeOffice || modifiesOffice;
        if (!keepsSubject) clauseClean = false;
      }
      index++;
      continue;
    }
    // "Chipmaker Norvik beats forecasts": a capitalised descriptor before a name is not its first name.
    if (COMPANY_DESCRIPTORS.has(token.lower) && tokens[index + 1]?.capitalized === true) {
      index++;
      continue;
    }
    let end = index;
    while (end + 1 < tokens.length && end - index < 4) {
      const next = tokens[end + 1];
      const current = tokens[end];
      // "Eleanor M. Vance": a middle initial's period stays inside the name.
      const afterPeriod = tokens[end + 2];
      if (next !== undefined && next.text === "." && current !== undefined && current.end === next.start && /^\p{Lu}$/u.test(current.text) && afterPeriod !== undefined && isNameWord(afterPeriod) && afterPeriod.capitalized) {
        end += 2;
        continue;
      }
      if (next === undefined || !isNameWord(next) || current?.possessive) break;
      end++;
    }
    // "Minister for Housing Darragh Fennelly": an office's "for"/"of" keeps the words up to a given name, or all but two.
    const preposition = tokens[index - 1]?.lower;
    if ((preposition === "for" || preposition === "of") && ROLE_NOUNS.has(tokens[index - 2]?.lower ?? "") && end - index >= 2) {
      let given = -1;
      for (let at = index + 1; at <= end && given < 0; at++) if (MALE_GIVEN_NAMES.has(tokens[at]?.lower ?? "") || FEMALE_GIVEN_NAMES.has(tokens[at]?.lower ?? "")) given = at;
      index = given > 0 ? given : end - 1;
    }
    // "the Cocoa Farmers’ Alliance": the words before a plural possessive inside a name are no person.
    if (continuesAfterPluralPossessive(tokens, end)) {
      index = end + 1;
      clauseClean = clauseClean && openedByOffice && occurrences.length === 0;
      continue;
    }
    const first = tokens[index];
    const last = tokens[end];
    if (first !== undefined && last !== undefined) {
      const words = tokens.slice(index, end + 1).map((word) => word.lower);
      const sentenceOpener = index === floor && SENTENCE_STARTERS.has(first.lower) && end === index;
      // "on Capitol Hill", "in Baghdad", "at Wembley": a place, not somebody a pronoun can mean.
      // "the bus, a Toyota Hiace, escaped": a name after an indefinite article is a thing's, not a person's.
      // "By Emmanuel Okpanachi, Lokoja": a byline names the writer, whom no pronoun in the story means.
      const byline = index - 1 === floor && tokens[index - 1]?.text === "By";
      const place = byline || (index > floor && (LOCATIVE_WORDS.has(tokens[index - 1]?.text ?? "") || tokens[index - 1]?.text === "a" || tokens[index - 1]?.text === "an") && !last.possessive);
      // "A New York judge", "Bristol City manager Gareth Linnane": a name modifying a role names nobody.
      const following = tokens[end + 1];
      // "along the Lokoja-Okene highway", "the Banda village": after "the", a name before a common noun modifies it.
      const modifiesNoun = index > floor && tokens[index - 1]?.text === "the" && following !== undefined && following.kind === "word" && !following.capitalized && !last.possessive && !VERB_LIKE.test(following.lower) && !SPEECH_VERBS.has(following.lower);
      const modifiesRole = modifiesNoun || (following !== undefined && following.kind === "word" && !following.capitalized && ROLE_NOUNS.has(withoutFinalPeriod(following.lower)) && !last.possessive);
      // "The Jharkhand Lok Morcha (JLM) leader": a name with a short name in brackets is a body's, never a person's.
      const shortName = tokens[end + 2];
      const bracketed = following?.text === "(" && shortName !== undefined && shortName.kind === "word" && isAcronymToken(shortName) && tokens[end + 3]?.text === ")" && shortName.text.replace(/[.&]/g, "") === words.map((word) => word.charAt(0).toUpperCase()).join("");
      // "the 24-year-old Briton": a nationality after an age describes someone already named.
      const describedByAge = end === index && AGE_DESCRIPTOR.test(tokens[index - 1]?.lower ?? "") && isNationalityNoun(first);
      if (!sentenceOpener && !place && !modifiesRole && !bracketed && !describedByAge && !describedAsCompany(tokens, index, end)) {
        const office = officeBefore(tokens, index, floor);
        // "His wife, Marcy, …", "her son Tomás": a relation named before the name says whether "he" or "she".
        const relation = tokens[index - 1]?.text === "," ? tokens[index - 2] : tokens[index - 1];
        const gender = relation === undefined || relation.capitalized ? null : (KIN_GENDER.get(relation.lower) ?? null);
        occurrences.push({ start: first.start, end: last.end, tokens: words, subject: clauseClean, gender, organization: false, ...(office === null ? {} : { office }) });
      }
    }
    // "Northgate manager Paul Redding": a name used as a modifier before a role keeps the clause open.
    const after = tokens[end + 1];
    const afterKey = after === undefined ? "" : withoutFinalPeriod(after.lower);
    // "China's lead negotiator, …": a possessor of the office keeps the clause open for its holder.
    const possessorOfOffice = last !== undefined && last.possessive && after !== undefined && after.kind === "word" && (ROLE_NOUNS.has(afterKey) || ROLE_NOUNS.has(tokens[end + 2]?.lower ?? "") || ROLE_NOUNS.has(tokens[end + 3]?.lower ?? ""));
    const possessor = occurrences[occurrences.length - 1];
    if (possessorOfOffice && possessor !== undefined && possessor.end === last?.end) possessor.subject = false;
    clauseClean = clauseClean && after !== undefined && (ROLE_NOUNS.has(afterKey) || TITLE_WORDS.has(afterKey) || (openedByOffice && after.text === "," && occurrences.length === 1) || possessorOfOffice);
    index = end + 1;
  }
  // A subject's gender often shows in the same sentence ("Fischer, who was playing her last match").
  const subject = occurrences[0];
  if (subject !== undefined && subject.subject) {
    const nextName = occurrences[1]?.start ?? Number.POSITIVE_INFINITY;
    for (const token of tokens) {
      if (token.start <= subject.end) continue;
      if (token.start >= nextName) break;
      if (MALE_WORDS.has(token.lower)) {
        subject.gender = "male";
        break;
      }
      if (FEMALE_WORDS.has(token.lower)) {
        subject.gender = "female";
        break;
      }
    }
  }
  // "The judge rejected that argument.": the sentence is about whoever holds the role.
  const opener = tokens[floor];
  if (opener !== undefined && (opener.lower === "the" || opener.lower === "a" || opener.lower === "an")) {
    for (let index = floor + 1; index <= floor + 3 && index < tokens.length; index++) {
      const word = tokens[index];
      if (word === undefined || word.kind !== "word") break;
      if (ROLE_NOUNS.has(word.lower) && !(tokens[index + 1]?.capitalized ?? false)) {
        occurrences.unshift({ start: opener.start, end: word.end, tokens: [], subject: true, gender: null, organization: false, roleKey: word.lower });
        break;
      }
    }
  }
  const organizations = findOrganizationOccurrences(tokens, floor);
  if (organizations.length === 0) return occurrences;
  // "Chennai Metropolitan Water Supply and Sewerage Board": a name-like run that an organisation's name goes on
  // past is part of that name, not a person.
  const people = occurrences.filter((occurrence) => occurrence.roleKey !== undefined || !organizations.some((organization) => organization.start <= occurrence.start && organization.end > occurrence.end && (organization.headEnd ?? 0) > occurrence.end));
  return [...people, ...organizations].sort((a, b) => a.start - b.start);
}

