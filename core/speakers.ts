/**
 * Resolves the speaker phrases found at each quote to article-wide speakers: full names, surnames,
 * roles ("the Prime Minister" → the person introduced with that role), organisations and pronouns.
 */

import { COMPANY_DESCRIPTORS, FEMALE_GIVEN_NAMES, FEMALE_TITLES, GENERIC_ORGANIZATION_HEADS, SPEECH_VERBS, INDUSTRY_NAME_WORDS, MALE_GIVEN_NAMES, MALE_TITLES, POSSESSIVE_END, ROLE_NOUNS, TITLE_WORDS } from "./lexicon";
import type { NameOccurrence } from "./names";
import { SOURCE_DOCUMENT_NOUNS, type Gender, type MentionInfo } from "./noun-phrases";
import type { RawQuote } from "./quotes";
import type { Speaker, SpeakerKind, SpeakerMention } from "./types";
import { isRegexSpaceCode, isWordCharAt } from "./text";
import { tokenize, type Token } from "./tokens";
import { wordSet } from "./words";

interface Entity {
  kind: SpeakerKind;
  group: boolean;
  name: string;
  nameTokens: string[];
  title: string | null;
  role: string | null;
  roleKey: string | null;
  /** Other offices the article gives them ("Cr Whitely" is also "Mayor Ross Whitely"). */
  otherRoleKeys: string[];
  gender: Gender | null;
  aliases: Set<string>;
  mentions: SpeakerMention[];
  firstSeen: number;
  lastSeen: number;
  /** A lone capitalised word ("Apple said") is a person only if something confirms it. */
  tentative: boolean;
  confirmedPerson: boolean;
  /** Somebody the article describes but never names ("the neighbor"): quotes by them have no speaker. */
  anonymous: boolean;
}

/** What the rest of the article says about names, computed on demand so untouched text costs nothing. */
export interface NameSource {
  /** The full name ("Marcus Hale") the article uses with this surname ("Hale"), if any. */
  fullNameFor(surname: string, near: number): string | undefined;
  /** Name occurrences in the sentences that overlap [from, to), in order. */
  occurrencesBetween(from: number, to: number): NameOccurrence[];
}

/** How far back (in characters) "he" or "she" looks for a named antecedent outside quotes. */
const ANTECEDENT_WINDOW = 1500;

const ARTICLE = /^(the|a|an)\s+/i;
/** "The U.N. agency", "the Geneva-based body": a description, not a name. */
const GENERIC_DESCRIPTION = /^the\s+(?:[\p{Lu}.\-]+\s+)?(?:agency|body|company|firm|group|organi[sz]ation|ministry|department|museum|institution|council|board|committee|university|bank|court|office|regulator|watchdog|authority|carrier|airline|retailer|lender|insurer|union|party|government|police)$/iu;
const ORGANIZATION_WINDOW = 4000;
const BASED_IN_PREFIX = /^(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*-(?:based|headquartered)\s+/iu;
/** "Santiago-listed company", "Texas-based utility": capitalised only in a hyphenated descriptor, then a lower-case head. */
const DESCRIBED_HEAD = /^\p{Lu}[\p{L}.]*-\p{Ll}+(?:\s+\p{Ll}[\p{L}-]*)+$/u;
/** A speaker's own words in writing ("the statement added"), unlike a report others may have written. */
const ISSUED_STATEMENTS = wordSet(["statement", "letter", "memo", "email", "e-mail", "post", "release"]);
/** How far after a quote "the statement" can still mean the statement that quote came from. */
const STATEMENT_WINDOW = 800;
/** Heads vague enough that "the agency" may be any organisation just named ("the Army Corps of Engineers"). */
const BROAD_ORGANIZATION_HEADS = wordSet(["company", "firm", "fund", "trust", "charity", "foundation", "agency", "group", "body", "system", "network", "organization", "organisation", "carrier", "airline", "retailer", "lender", "insurer", "institution", "operator", "manufacturer", "startup", "giant", "utility", "automaker", "carmaker", "chipmaker", "drugmaker", "miner", "producer", "provider", "broker"]);
/** Wire services appear in datelines and "told Reuters"; they are never what "the company" refers to. */
const NEWS_AGENCIES = wordSet(["reuters", "ap", "afp", "associated press", "the associated press", "bloomberg", "dpa", "xinhua", "efe", "ani", "pti", "lseg", "refinitiv", "factset"]);
/** Acronyms of places, time zones and common things ("AI", "GDP"), which no pronoun or unnamed spokesperson stands for. */
const SILENT_ACRONYMS = wordSet(["US", "UK", "UAE", "USA", "DRC", "EU", "GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT", "ET", "PT",
  "AI", "GDP", "IPO", "EV", "EVS", "CPI", "VAT", "LNG", "GPS", "DNA", "HIV", "AIDS", "TV", "PC", "IT", "HR", "PR", "ESG", "SUV", "ATM", "CEO", "CFO", "MP", "MPS", "ID", "OK",
  "TB", "GB", "MB", "KB", "KM", "MPH", "KPH", "MW", "GW", "KW", "MWH", "GWH", "PM", "AM"]);
/** "Calloway’s campaign": an organisation named after its owner, who is not the organisation. */
const OWNED_NAME = /^\S+['\u2019]s\s/u;
const INITIAL_SKIP = wordSet(["of", "the", "and", "for", "&", "on"]);

function genderOfGivenName(nameTokens: readonly string[]): Gender | null {
  if (nameTokens.length < 2) return null;
  const given = nameTokens[0] ?? "";
  if (MALE_GIVEN_NAMES.has(given)) return "male";
  if (FEMALE_GIVEN_NAMES.has(given)) return "female";
  return null;
}

/** The regex form of initialsOf, which gives the same initials in one pass over the name without regexes. */
export function initialsByRegex(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word !== "" && !INITIAL_SKIP.has(word.toLowerCase()))
    .map((word) => (/^[A-Z]{2,}$/.test(word) ? word : (word[0] ?? "")))
    .join("")
    .toUpperCase();
}

/** "Army Corps of Engineers" → "ACE", "WHO" → "WHO": each word's first letter, an all-capitals word whole. */
export function initialsOf(name: string): string {
  let initials = "";
  const length = name.length;
  let start = 0;
  while (start < length) {
    let end = start;
    while (end < length && !isRegexSpaceCode(name.charCodeAt(end)) && name.charCodeAt(end) !== 45) end++;
    if (end > start) {
      // Only a word of three characters or fewer can be one of INITIAL_SKIP.
      const skipped = end - start <= 3 && INITIAL_SKIP.has(name.slice(start, end).toLowerCase());
      if (!skipped) {
        let capitals = end - start >= 2;
        for (let index = start; index < end && capitals; index++) {
          const code = name.charCodeAt(index);
          capitals = code >= 65 && code <= 90;
        }
        initials += capitals ? name.slice(start, end) : name.charAt(start);
      }
    }
    start = end + 1;
  }
  return initials.toUpperCase();
}
const MAX_SCANNED_SPEAKERS = 200;
/** How far ahead (in characters) a lede's "the head of the agency" may be named. */
const CATAPHORA_WINDOW = 1200;
/** How far back (in characters) an office written as a title is looked for ("Mayor Ross Whitely" for "the mayor"). */
const TITLED_HOLDER_WINDOW = 20_000;
/** People a story describes without naming: a "the neighbor" is never a role somebody named holds later. */
const UNNAMED_PERSON_NOUNS = wordSet(["neighbor", "neighbour", "resident", "witness", "bystander", "passer-by", "onlooker", "customer", "shopper", "commuter", "rider", "passenger", "motorist", "parent", "local", "villager", "visitor", "tourist", "fan", "supporter", "voter", "patient", "source", "person", "man", "woman"]);

/** Bit 1: known; bit 2: a letter or number (\p{L}, \p{N}). Per BMP code unit, filled on first use. */
const LETTER_OR_NUMBER_CLASS = new Uint8Array(65536);
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isLetterOrNumberCode(code: number): boolean {
  let flags = LETTER_OR_NUMBER_CLASS[code] ?? 0;
  if (flags === 0) {
    flags = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 3 : 1;
    LETTER_OR_NUMBER_CLASS[code] = flags;
  }
  return flags === 3;
}

/** The regex form of lowerTokens (of a lower-case name); the loop below gives the same tokens without regexes for names without astral characters. */
export function lowerTokensByRegex(lower: string): string[] {
  return lower
    .replace(/['\u2019]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "" && token !== "the");
}

/** The lower-case words of a name, without a possessive "'s" and without "the". */
export function lowerTokens(name: string): string[] {
  // Fast path: one plain lower-case word (the name tokens of occurrences already are) is its own token.
  let plain = name.length > 0;
  for (let index = 0; index < name.length && plain; index++) {
    const code = name.charCodeAt(index);
    plain = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  }
  if (plain) return name === "the" ? [] : [name];
  let lower = name.toLowerCase();
  if (lower.includes("'s") || lower.includes("\u2019s")) lower = lower.replace(/['\u2019]s\b/g, "");
  const tokens: string[] = [];
  let start = -1;
  for (let index = 0; index <= lower.length; index++) {
    const code = index < lower.length ? lower.charCodeAt(index) : -1;
    // Astral characters are read as code points by the regex: leave those rare names to it.
    if (code >= 0xd800 && code <= 0xdfff) return lowerTokensByRegex(lower);
    const inToken = code >= 0 && ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 128 && isLetterOrNumberCode(code)));
    if (inToken) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      const token = lower.slice(start, index);
      if (token !== "the") tokens.push(token);
      start = -1;
    }
  }
  return tokens;
}

/** The person-name tokens of an occurrence's lower-case words: their lowerTokens, without articles. */
const TITLE_NUMBER_WORDS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "hundred", "thousand"]);

function occurrenceNameTokens(words: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const word of words) {
    for (const token of lowerTokens(word)) if (token !== "a" && token !== "an" && token !== "the") tokens.push(token);
  }
  return tokens;
}

function containsAll(haystack: readonly string[], needles: readonly string[]): boolean {
  return needles.length > 0 && needles.every((needle) => haystack.includes(needle));
}

/** "vice president", "deputy minister": offices below the one their head noun names. */
const SUBORDINATE_OFFICE = /^(?:vice|deputy|assistant|associate|acting|under|lieutenant)[ -]/;

/** Offices news writes with more than one word ("the skipper" is the captain, "the chairwoman" the chair). */
const SAME_OFFICE: ReadonlyMap<string, string> = new Map([
  ["skipper", "captain"],
  ["chairman", "chair"],
  ["chairwoman", "chair"],
  ["chairperson", "chair"],
  ["councilman", "councillor"],
  ["councilwoman", "councillor"],
  ["councilor", "councillor"],
]);

function sameOffice(roleKey: string): string {
  const space = roleKey.lastIndexOf(" ");
  const canonical = SAME_OFFICE.get(space < 0 ? roleKey : roleKey.slice(space + 1));
  return canonical === undefined ? roleKey : roleKey.slice(0, space + 1) + canonical;
}

/** Whether a person holds an office of this kind, by their main office or another the article gives them. */
function holdsOffice(entity: Entity, roleKey: string | null): boolean {
  return rolesMatch(entity.roleKey, roleKey) || entity.otherRoleKeys.some((other) => rolesMatch(other, roleKey));
}

function rolesMatch(entityRoleKey: string | null, mentionRoleKey: string | null): boolean {
  if (entityRoleKey === null || mentionRoleKey === null) return false;
  if (entityRoleKey !== mentionRoleKey) {
    const entityOffice = sameOffice(entityRoleKey);
    const mentionOffice = sameOffice(mentionRoleKey);
    if (entityOffice !== entityRoleKey || mentionOffice !== mentionRoleKey) return rolesMatch(entityOffice, mentionOffice);
  }
  if (entityRoleKey === mentionRoleKey) return true;
  if (SUBORDINATE_OFFICE.test(entityRoleKey) !== SUBORDINATE_OFFICE.test(mentionRoleKey)) return false;
  return entityRoleKey.endsWith(` ${mentionRoleKey}`) || mentionRoleKey.endsWith(` ${entityRoleKey}`);
}

function startsWithTokens(tokens: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length === 0 || prefix.length > tokens.length) return false;
  for (let index = 0; index < prefix.length; index++) if (tokens[index] !== prefix[index]) return false;
  return true;
}

/** A name (not a description): it starts with a capital once any article is set aside. */
function isProperName(name: string): boolean {
  return /^\p{Lu}/u.test(name.replace(ARTICLE, ""));
}

function isAcronymName(name: string): boolean {
  return /^[A-Z][A-Z.&]{1,7}$/.test(name.replace(ARTICLE, "")) && name.replace(/[.&]/g, "").length >= 2;
}

const DEFINITION_JOINERS = wordSet(["of", "for", "and", "&", "on", "de", "the"]);

/** Where the capitalised name that ends `tokens` starts ("the Japan Aerospace Exploration Agency" → "Japan"): small joiners inside it, no leading lower-case word. */
function nameRunStart(tokens: readonly Token[]): number {
  let first = tokens.length;
  while (first > 0) {
    const token = tokens[first - 1];
    if (token === undefined || token.kind !== "word" || !(token.capitalized || DEFINITION_JOINERS.has(token.lower))) break;
    first--;
  }
  while (first < tokens.length && !(tokens[first]?.capitalized ?? false)) first++;
  return first;
}

/**
 * The full name written right before "(ACRONYM)" the first time the article uses it: "the Japan Aerospace
 * Exploration Agency (JAXA)" gives "Japan Aerospace Exploration Agency". Null when the article defines none.
 */
export function findAcronymDefinition(text: string, acronym: string, positions?: readonly number[]): string | null {
  const needle = `(${acronym})`;
  let from = 0;
  for (let tries = 0; tries < 5; tries++) {
    const at = positions === undefined ? text.indexOf(needle, from) : (positions[tries] ?? -1);
    if (at < 0) return null;
    from = at + needle.length;
    const tokens = tokenize(text, Math.max(0, at - 160), at);
    let first = nameRunStart(tokens);
    const last = tokens[tokens.length - 1];
    if (last === undefined) continue;
    // "The WHO and the United Nations Children’s Fund (UNICEF)": the name starts where its initials fit the acronym.
    const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
    let fitting = -1;
    for (let start = first; start < tokens.length - 1 && fitting < 0; start++) {
      const token = tokens[start];
      if (token === undefined || !token.capitalized || DEFINITION_JOINERS.has(token.lower)) continue;
      const initials = initialsOf(text.slice(token.start, last.end));
      if (initials[0] === letters[0] && (isSubsequence(letters, initials) || isSubsequence(initials, letters))) fitting = start;
    }
    if (fitting >= 0) {
      // "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": capitalised words written right
      // before the part the initials fit belong to the name too.
      while (fitting - 1 >= first && fitting - first > 0 && tokens[fitting - 1]?.capitalized === true && !DEFINITION_JOINERS.has(tokens[fitting - 1]?.lower ?? "")) fitting--;
      first = fitting;
    }
    const opener = tokens[first];
    if (opener === undefined || tokens.length - first < 2) continue;
    return text.slice(opener.start, last.end).replace(ARTICLE, "");
  }
  return null;
}

/**
 * "The Electric Reliability Council of Texas, or ERCOT, issued …": a name followed by ", or ACRONYM" defines it
 * as brackets do. The name, or null.
 */
export function findOrDefinition(text: string, acronym: string): string | null {
  const at = text.indexOf(`, or ${acronym}`);
  if (at < 0) return null;
  const after = text.charCodeAt(at + 5 + acronym.length);
  if (isWordCharAt(text, at + 5 + acronym.length) || Number.isNaN(after)) return null;
  const tokens = tokenize(text, Math.max(0, at - 120), at);
  const first = nameRunStart(tokens);
  const opener = tokens[first];
  const last = tokens[tokens.length - 1];
  if (opener === undefined || last === undefined || tokens.length - first < 2) return null;
  const name = text.slice(opener.start, last.end).replace(ARTICLE, "");
  const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
  return isSubsequence(letters, initialsOf(name)) || isSubsequence(initialsOf(name), letters) ? name : null;
}

/** The capitalised runs of the text last asked about: every acronym of one article looks through the same runs. */
let runsSource: string | null = null;
let runsOfSource: string[][] = [];
const MAX_CAPITALISED_RUNS = 2000;

/** Runs of capitalised words, with the small words names hold between them, split into words. */
function capitalisedRuns(text: string): string[][] {
  if (runsSource === text) return runsOfSource;
  const runs = /\p{Lu}[\p{L}\u2019'-]*(?:\s+(?:(?:of|for|the|and|on|&)\s+)*\p{Lu}[\p{L}\u2019'-]*)+/gu;
  const found: string[][] = [];
  for (let match = runs.exec(text); match !== null && found.length < MAX_CAPITALISED_RUNS; match = runs.exec(text)) found.push(match[0].split(/\s+/));
  runsSource = text;
  runsOfSource = found;
  return found;
}

/**
 * "UN says" in a headline and "the United Nations said" below: an acronym the article never defines in
 * brackets is still the capitalised name it writes out whose initials are exactly its letters.
 */
export function findSpelledOutName(text: string, acronym: string): string | null {
  const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
  if (letters.length < 2 || letters.length > 6) return null;
  const first = letters[0] ?? "";
  for (const words of capitalisedRuns(text)) {
    for (let start = 0; start < words.length; start++) {
      if (!(words[start] ?? "").startsWith(first) || INITIAL_SKIP.has((words[start] ?? "").toLowerCase())) continue;
      for (let end = start + 1; end < words.length; end++) {
        const candidate = words.slice(start, end + 1).join(" ");
        const initials = initialsOf(candidate);
        // "SDOT" for "Seattle Department of Transportation": some acronyms keep the "of".
        const everyInitial = words.slice(start, end + 1).map((word) => word.charAt(0)).join("").toUpperCase();
        if ((initials === letters || everyInitial === letters) && !INITIAL_SKIP.has((words[end] ?? "").toLowerCase())) return candidate;
        if (initials.length >= letters.length && everyInitial.length >= letters.length) break;
      }
    }
  }
  return null;
}

/** Where each "(ACRONYM)" is written, found in one pass so that looking up many acronyms stays linear. */
function findBracketedAcronyms(text: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  let at = text.indexOf("(");
  while (at >= 0) {
    let close = at + 1;
    const limit = Math.min(text.length, at + 64);
    while (close < limit && text.charCodeAt(close) !== 41) close++;
    if (close < limit) {
      const inner = text.slice(at + 1, close);
      const list = found.get(inner);
      if (list === undefined) found.set(inner, [at]);
      else if (list.length < 5) list.push(at);
    }
    at = text.indexOf("(", at + 1);
  }
  return found;
}

/** Whether every character of `short` appears in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (let index = 0; index < long.length && at < short.length; index++) if (long[index] === short[at]) at++;
  return at === short.length && short.length > 0;
}

type Sector = "business" | "public" | null;
/** Heads that mean a government body ("the department", "the ministry"). */
const GOVERNMENT_HEADS = wordSet(["department", "ministry", "agency", "office", "authority", "regulator"]);
const BUSINESS_HEADS = wordSet(["company", "firm", "carrier", "airline", "retailer", "lender", "insurer", "startup", "manufacturer", "operator", "giant", "bank", "chain", "maker", "developer", "group", "conglomerate", "supplier", "utility", "automaker", "carmaker", "chipmaker", "drugmaker", "miner", "producer", "provider", "broker"]);
const PUBLIC_HEADS = wordSet(["agency", "ministry", "department", "government", "office", "authority", "regulator", "watchdog", "police", "court", "council", "committee", "administration", "body", "organization", "organisation", "institution", "commission", "bureau", "service", "museum", "university", "union"]);
const BUSINESS_NAME_WORDS = wordSet(["inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "airlines", "airways", "motors", "technologies", "labs", "systems", "pharmaceuticals", "bank", "ag", "sa", "gmbh", "nv", "partners", "capital", "electric", "energy", "power", "gas", "utilities", "telecom", "communications", "mining", "petroleum", "oil", ...INDUSTRY_NAME_WORDS]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Words in a name that show what kind of body it is, for a head noun the name need not contain. */
const KIND_NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["hospital", ["hospital", "medical", "clinic", "infirmary", "health"]],
  ["university", ["university", "college"]],
  ["utility", ["electric", "power", "energy", "utilities", "gas", "water"]],
  ["airline", ["airlines", "airways", "air"]],
  ["museum", ["museum", "gallery"]],
  ["panel", ["court", "committee", "tribunal", "board", "commission", "panel"]],
  ["jury", ["jury", "court"]],
  // "the club" after "Kingsbridge City", "Riverside United": a football club is named by its suffix.
  ["club", ["club", "fc", "afc", "united", "city", "town", "rovers", "athletic", "albion", "wanderers", "rangers", "hotspur", "county"]],
]);

const GOVERNMENT_BODY_WORDS = wordSet(["department", "ministry", "agency", "commission", "authority", "council", "administration", "directorate"]);

/** Bodies known by their initials, named by nothing else: "the bureau" after "the FBI", "the agency" after "the FDA". */
const ACRONYM_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["bureau", ["fbi", "atf", "bls"]],
  ["agency", ["cia", "epa", "nasa", "fema", "dea", "nsa", "faa", "fda", "cdc", "iaea", "esa", "jaxa", "isro"]],
  ["administration", ["faa", "fda", "dea", "tsa", "nhtsa", "sba"]],
  ["board", ["ntsb", "nlrb"]],
  ["commission", ["sec", "ftc", "fcc", "ferc", "nrc"]],
  ["service", ["nhs", "irs"]],
  ["fund", ["imf"]],
  ["bank", ["ecb", "fed", "boe", "boj", "rbi"]],
  ["department", ["doj", "dhs", "nypd", "lapd"]],
  ["police", ["nypd", "lapd", "rcmp"]],
  ["organization", ["who", "wto", "opec", "nato"]],
  ["organisation", ["who", "wto", "opec", "nato"]],
  ["alliance", ["nato"]],
]);

/** Whether an organisation's name words fit "the <head>" ("the hospital" for "Ozark Valley Regional Medical Center"). */
function namesKind(words: readonly string[], head: string): boolean {
  if (words.includes(head)) return true;
  const kinds = KIND_NAME_WORDS.get(head);
  // "the hospital" is not "the Idaho Department of Health": a government body is of its own kind, whatever its field.
  if (kinds !== undefined && kinds.some((word) => words.includes(word)) && !words.some((word) => GOVERNMENT_BODY_WORDS.has(word))) return true;
  const only = words.length === 1 ? words[0] : words.length === 2 && words[0] === "the" ? words[1] : undefined;
  return only !== undefined && (ACRONYM_KINDS.get(head)?.includes(only) ?? false);
}

function sectorOfHead(head: string): Sector {
  if (BUSINESS_HEADS.has(head)) return "business";
  if (PUBLIC_HEADS.has(head)) return "public";
  return null;
}

function organizationSector(entity: { roleKey: string | null; nameTokens: readonly string[] }): Sector {
  if (entity.roleKey !== null) {
    const byRole = sectorOfHead(entity.roleKey);
    if (byRole !== null) return byRole;
  }
  // The name's last word is its head: "Chile's Mining Ministry" is a ministry, whatever it oversees.
  const last = entity.nameTokens[entity.nameTokens.length - 1] ?? "";
  if (PUBLIC_HEADS.has(last)) return "public";
  if (entity.nameTokens.some((token) => BUSINESS_NAME_WORDS.has(token))) return "business";
  if (entity.nameTokens.some((token) => PUBLIC_HEADS.has(token))) return "public";
  return null;
}

/** Quotes longer than this are not looked for inside others; the attributed quotes searched are capped too. */
const REPEATED_QUOTE_CHARS = 160;
const REPEATED_QUOTE_SOURCES = 400;

/** A quote's words in lower case, without punctuation, for finding one quote repeated inside another. */
function comparableWords(quoteText: string): string {
  return quoteText.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** A lone name that can be a sentence's subject: not an -ing/-ed/-ly word ("Asked", "According", "Meanwhile"). */
/**
 * The place of a dateline written in capitals at the start of the story's first paragraphs ("HARLAN SPRINGS, Neb. —",
 * "NAIROBI, March 3 (Reuters) -", "HUBBALLI:"), in lower case, or null.
 */
function datelinePlaceOf(text: string): string | null {
  const opening = text.slice(0, 2000);
  const match = /(?:^|\n)\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?=,|\s*[:—–(]|\s+-\s)/u.exec(opening);
  const place = match?.[1];
  return place === undefined || place.length < 3 ? null : place.toLowerCase();
}

/**
 * When the quote opens a paragraph right after one that ends by bringing up a statement ("read a statement on behalf of
 * the family."), where that last sentence starts; else -1.
 */
function statementSentenceBefore(text: string, quoteStart: number): number {
  const from = Math.max(0, quoteStart - 400);
  const before = text.slice(from, quoteStart);
  const paragraphBreak = before.lastIndexOf("\n");
  if (paragraphBreak < 0 || /\S/.test(before.slice(paragraphBreak + 1, before.length - 1))) return -1;
  const previous = before.slice(0, paragraphBreak).trimEnd();
  if (!/[.:]$/.test(previous)) return -1;
  const sentenceStart = Math.max(previous.lastIndexOf("\n") + 1, previous.search(/[^.!?\n]*[.!?:]$/));
  const sentence = previous.slice(sentenceStart);
  return /\bstatement\b/i.test(sentence) && !/["“”]/.test(sentence) ? from + sentenceStart : -1;
}

const OWNED_SPOKESPERSON = /\b(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}\p{N}&.'\u2019-]*\s+){1,5})(?:spokesperson|spokesman|spokeswoman)\b/gu;

/** The body whose spokesperson the nearest earlier sentence names ("A Ledgerly spokesperson confirmed …"), or null. */
function spokespersonOwnerBefore(text: string, position: number): string | null {
  const from = Math.max(0, position - STATEMENT_WINDOW);
  let owner: string | null = null;
  for (const match of text.slice(from, position).matchAll(OWNED_SPOKESPERSON)) owner = match[1] ?? null;
  if (owner === null) return null;
  const name = owner.trim().replace(POSSESSIVE_END, "");
  return NEWS_AGENCIES.has(name.toLowerCase()) || SILENT_ACRONYMS.has(name) ? null : name;
}

/** The gender of a "he" or "she" subject of the sentence at [start, end) ("In a statement, he set out …"), or null. */
function statementPronoun(text: string, start: number, end: number): Gender | null {
  const match = /^(?:[^,.]{0,60},\s*)?(he|she)\s/i.exec(text.slice(start, end));
  if (match === null) return null;
  return match[1]?.toLowerCase() === "he" ? "male" : "female";
}

/** Offices read from a courtesy title alone ("Dr", "Prof"), which a real office named later replaces. */
const ACADEMIC_TITLE_OFFICES = new Set(["doctor", "professor"]);

/** Whether an office's head word names a person ("striker", "chairwoman", "economist"), not a place or body the lexicon lacks ("the prefecture"). */
function namesAPerson(roleKey: string | null): boolean {
  const head = roleKey?.split(" ").pop() ?? "";
  return ROLE_NOUNS.has(head) || TITLE_WORDS.has(head) || /(?:er|or|ist|ian|ant|ent|man|woman|person|ee|ive|ess)$/.test(head);
}

/** "Riverside County Registrar of Voters", "Cook County Medical Examiner": three or more capitalised words, joined only by "of", "the", "and" or "for". */
function isInstitutionalOffice(name: string): boolean {
  const words = name.split(/\s+/);
  let capitalised = 0;
  for (const word of words) {
    if (/^\p{Lu}/u.test(word)) capitalised++;
    else if (!/^(?:of|the|and|for)$/.test(word)) return false;
  }
  return capitalised >= 3 && /^\p{Lu}/u.test(words[words.length - 1] ?? "");
}

/** "French farmers lay siege …": a nationality before a noun is no lone name. */
const NATIONALITY = /^(?:French|English|Dutch|Irish|Welsh|Scottish|British|Spanish|Polish|Danish|Swedish|Finnish|Turkish|Flemish|Kurdish|Greek|Swiss|Thai|Czech|Slovak|\p{Lu}\p{Ll}+(?:ese|ian))$/u;
const LONE_SUBJECT_NAME = /^\p{Lu}[\p{Ll}'\u2019-]+(?<!ing|ed|ly)$/u;
/** What follows a subject name: a finite verb ("conceded", "says", "was") or an appositive comma. */
const VERB_AFTER_SUBJECT = /^(?:,|\s+of\s+\p{Lu}|\s+(?:[a-z]+(?:ed|s)|was|is|had|has|will|would|could|can|did|told|said|took|made|went|gave|came|won|lost|wrote|sat|stood|spoke|met|left|ran|got|saw|became|began|felt|knew|thought)\b)/u;

export interface ResolvedSpeakers {
  speakers: Speaker[];
  speakerIdByQuote: (string | null)[];
}

export function resolveSpeakers(text: string, quotes: readonly RawQuote[], names: NameSource): ResolvedSpeakers {
  const entities: Entity[] = [];
  /** The headline, which names people by office ("Schools chief apologizes") before the story names them. */
  const firstBreak = text.indexOf("\n");
  const headlineEnd = firstBreak < 0 ? 0 : firstBreak;
  /** People named in full at a quote, in text order, for a lede's "the head of the agency" to look ahead to. */
  const introductions: { entity: Entity; start: number }[] = [];
  const order = quotes.map((_, index) => index).sort((a, b) => (quotes[a]?.start ?? 0) - (quotes[b]?.start ?? 0));

  // Indexes keep every look-up proportional to the candidates that share a word, not to the article's size.
  const entitiesByToken = new Map<string, Entity[]>();
  const organizationByKey = new Map<string, Entity>();
  const roleHolders = new Set<Entity>();
  /** Entities named most recently, newest last; pronouns only look this far back. */
  const recent: Entity[] = [];
  const RECENT_LIMIT = 40;
  const indexTokens = (entity: Entity): void => {
    for (const token of entity.nameTokens) {
      const list = entitiesByToken.get(token);
      if (list === undefined) entitiesByToken.set(token, [entity]);
      else if (!list.includes(entity)) list.push(entity);
    }
  };
  const withToken = (token: string): Entity[] => entitiesByToken.get(token) ?? [];
  const touch = (entity: Entity, position: number): void => {
    entity.lastSeen = Math.max(entity.lastSeen, position);
    entity.firstSeen = Math.min(entity.firstSeen, position);
    const existing = recent.indexOf(entity);
    if (existing >= 0) recent.splice(existing, 1);
    recent.push(entity);
    if (recent.length > RECENT_LIMIT) recent.shift();
  };
  const noteRole = (entity: Entity): void => {
    if (entity.roleKey !== null) roleHolders.add(entity);
  };

  const createEntity = (kind: SpeakerKind, name: string, position: number): Entity => {
    const entity: Entity = {
      kind,
      group: false,
      name,
      nameTokens: lowerTokens(name),
      title: null,
      role: null,
      roleKey: null,
      otherRoleKeys: [],
      gender: null,
      aliases: new Set(),
      mentions: [],
      firstSeen: position,
      lastSeen: position,
      tentative: false,
      confirmedPerson: false,
      anonymous: false,
    };
    if (kind === "person") entity.gender = genderOfGivenName(entity.nameTokens);
    entities.push(entity);
    indexTokens(entity);
    if (kind === "organization") organizationByKey.set(entity.nameTokens.join(" "), entity);
    return entity;
  };

  const findPerson = (tokens: readonly string[], position: number): Entity | undefined => {
    let best: Entity | undefined;
    const candidates = new Set<Entity>();
    for (const token of tokens) for (const entity of withToken(token)) candidates.add(entity);
    for (const entity of candidates) {
      if (entity.kind !== "person" || entity.group) continue;
      const matches = containsAll(entity.nameTokens, tokens) || containsAll(tokens, entity.nameTokens);
      if (!matches) continue;
      if (best === undefined || (entity.firstSeen <= position && (best.firstSeen > position || entity.lastSeen > best.lastSeen))) best = entity;
    }
    return best;
  };

  const enrich = (entity: Entity, mention: MentionInfo): void => {
    const mentionTokens = mention.name === null ? [] : lowerTokens(mention.name);
    if (mention.kind === "person" && mention.name !== null && mentionTokens.length > entity.nameTokens.length && containsAll(mentionTokens, entity.nameTokens)) {
      entity.name = mention.name;
      entity.nameTokens = lowerTokens(mention.name);
      indexTokens(entity);
      entity.gender ??= genderOfGivenName(entity.nameTokens);
    }
    if (entity.title === null && mention.title !== null) entity.title = mention.title;
    if (entity.role === null && mention.role !== null) entity.role = mention.role;
    if (entity.roleKey === null && mention.roleKey !== null) entity.roleKey = mention.roleKey;
    if (entity.gender === null && mention.gender !== null) entity.gender = mention.gender;
    if (mention.title !== null || mention.role !== null || mention.gender !== null || mention.nameTokens.length >= 2) entity.confirmedPerson = true;
    noteRole(entity);
    if (mention.roleAlias !== null) entity.aliases.add(mention.roleAlias);
    if (mention.title !== null && mention.name !== null) entity.aliases.add(`${mention.title} ${mention.name}`);
  };

  /** An organisation whose name is this one, or starts with it, or is its start ("Lumora" / "Lumora Inc"). */
  const findOrganization = (tokens: readonly string[]): Entity | undefined => {
    const exact = organizationByKey.get(tokens.join(" "));
    if (exact !== undefined) return exact;
    const firstToken = tokens[0];
    if (firstToken === undefined) return undefined;
    return withToken(firstToken).find((entity) => entity.kind === "organization" && (startsWithTokens(entity.nameTokens, tokens) || startsWithTokens(tokens, entity.nameTokens)));
  };
  const adoptOrganizationName = (entity: Entity, name: string): void => {
    const tokens = lowerTokens(name);
    if (tokens.length <= entity.nameTokens.length || !startsWithTokens(tokens, entity.nameTokens)) return;
    entity.aliases.add(entity.name);
    entity.name = name;
    entity.nameTokens = tokens;
    indexTokens(entity);
    organizationByKey.set(tokens.join(" "), entity);
  };
  /** "the Japan Aerospace Exploration Agency (JAXA)": the name an acronym was introduced with, if the article gives one. */
  const acronymDefinitions = new Map<string, string | null>();
  const definedName = (acronym: string): string | null => {
    const cached = acronymDefinitions.get(acronym);
    if (cached !== undefined) return cached;
    bracketedAcronyms ??= findBracketedAcronyms(text);
    const found = findAcronymDefinition(text, acronym, bracketedAcronyms.get(acronym) ?? []) ?? findOrDefinition(text, acronym) ?? findSpelledOutName(text, acronym);
    acronymDefinitions.set(acronym, found);
    return found;
  };
  let bracketedAcronyms: Map<string, number[]> | undefined;
  /**
   * "the Turkish Statistical Institute (TurkStat)", later "according to TurkStat": a short name in mixed case
   * that the article brackets after a name whose initials its capitals fit. The defined name, or null.
   */
  const bracketedShortName = (name: string): string | null => {
    if (!/^\p{Lu}[\p{L}\p{N}-]{2,15}$/u.test(name) || isAcronymName(name)) return null;
    const capitals = name.replace(/[^A-Z]/g, "");
    bracketedAcronyms ??= findBracketedAcronyms(text);
    const positions = bracketedAcronyms.get(name);
    if (positions === undefined) return null;
    const definition = findAcronymDefinition(text, name, positions);
    if (definition === null || lowerTokens(definition).length < 2) return null;
    // "Business Unity South Africa (Busa)": an acronym written as a word spells the initials exactly.
    const initials = initialsOf(definition);
    if ((capitals.length >= 2 && isSubsequence(capitals, initials)) || name.toUpperCase() === initials) return definition;
    // "the Ghana Cocoa Board (Cocobod)": a short name spelled from the name's own letters, starting a word of it.
    const letters = definition.toLowerCase().replace(/[^\p{L}]/gu, "");
    const lower = name.toLowerCase();
    const startsAWord = lowerTokens(definition).some((word) => word.startsWith(lower.slice(0, 2)));
    return startsAWord && isSubsequence(lower, letters) ? definition : null;
  };

  /** The organisation called `name` here: an acronym the article defines ("(CDC)") is the defined name. */
  const organizationNamed = (rawName: string, position: number): Entity => {
    // "Mannheim-based Kessler": where a body is based is not part of its name.
    const name = rawName.replace(BASED_IN_PREFIX, "");
    const bareName = name.replace(ARTICLE, "");
    if (isAcronymName(bareName)) {
      const definition = definedName(bareName);
      if (definition !== null && lowerTokens(definition).length > 1) {
        const entity = findOrganization(lowerTokens(definition)) ?? createEntity("organization", definition, position);
        entity.aliases.add(bareName);
        return entity;
      }
    }
    return organizationByKey.get(lowerTokens(name).join(" ")) ?? createEntity("organization", name, position);
  };

  /** "Al-Mousawi", "Van Beethoven", "García Márquez" after "Ali Hussein al-Mousawi" …: the person the article named in full. */
  const fullerPersonName = (name: string, position: number): Entity | null => {
    const fullName = names.fullNameFor(name, position);
    if (fullName === undefined) return null;
    const fullTokens = lowerTokens(fullName);
    if (fullTokens.length <= lowerTokens(name).length) return null;
    const entity = findPerson(fullTokens, position) ?? createEntity("person", fullName, position);
    entity.confirmedPerson = true;
    return entity;
  };

  // Pass 1: people introduced by full name and organisations by name, wherever they appear, so that a
  // headline's "Iraqi PM" or "Sudani" can link to an introduction further down.
  for (const quoteIndex of order) {
    const mention = quotes[quoteIndex]?.mention;
    if (mention === null || mention === undefined) continue;
    if (mention.kind === "person" && mention.nameTokens.length >= 2 && mention.name !== null) {
      const existing = findPerson(lowerTokens(mention.name), mention.start);
      const entity = existing ?? fullerPersonName(mention.name, mention.start) ?? createEntity("person", mention.name, mention.start);
      enrich(entity, mention);
      introductions.push({ entity, start: mention.start });
    } else if (mention.kind === "organization" && mention.name !== null && mention.nameTokens.length >= 2 && isProperName(mention.name) && !isAcronymName(mention.name)) {
      // "Fintech firm Lumora says" in a headline, "Payments company Lumora Inc said" below: one organisation.
      const entity = findOrganization(lowerTokens(mention.name)) ?? createEntity("organization", mention.name, mention.start);
      adoptOrganizationName(entity, mention.name);
      if (entity.roleKey === null && mention.roleKey !== null) entity.roleKey = mention.roleKey;
    }
  }

  const mostRecent = (candidates: Entity[], position: number): Entity | undefined => {
    const before = candidates.filter((entity) => entity.firstSeen <= position);
    if (before.length > 0) return before.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
    return candidates.reduce<Entity | undefined>((a, b) => (a === undefined || b.firstSeen < a.firstSeen ? b : a), undefined);
  };

  const resolveNamed = (mention: MentionInfo): Entity => {
    const tokens = lowerTokens(mention.name ?? mention.text);
    // A hyphenated surname ("Ruiz-Mendoza") is one name word, to be completed like any other surname.
    if (mention.nameTokens.length >= 2 || (mention.nameTokens.length === 0 && tokens.length >= 2)) {
      const found = findPerson(tokens, mention.start);
      if (found !== undefined) return found;
      const fuller = fullerPersonName(mention.name ?? mention.text, mention.start);
      if (fuller !== null) return fuller;
      return createEntity("person", mention.name ?? mention.text, mention.start);
    }
    const surname = mention.nameTokens[0] ?? mention.text.toLowerCase();
    const namesakes = withToken(surname).filter((entity) => entity.kind === "person" && !entity.group);
    const byToken = mostRecent(namesakes, mention.start);
    if (byToken !== undefined && byToken.firstSeen > mention.start) {
      // Everybody with this surname is introduced after this mention ("Holm said" before "Her son, Anders Holm,
      // said"): the full name the article gives with the surname may be somebody else ("Birgitta Holm").
      const fullName = names.fullNameFor(mention.name ?? mention.text, mention.start);
      const fullTokens = fullName === undefined ? [] : lowerTokens(fullName);
      if (fullName !== undefined && fullTokens.length > 1 && !namesakes.some((entity) => containsAll(entity.nameTokens, fullTokens))) {
        const entity = createEntity("person", fullName, mention.start);
        entity.confirmedPerson = true;
        return entity;
      }
    }
    if (byToken !== undefined) return byToken;
    // "Lumora said" after "Lumora Inc"; but "Calloway" is not "Calloway’s campaign".
    const organization = withToken(surname).find((entity) => entity.kind === "organization" && entity.nameTokens[0] === surname && !OWNED_NAME.test(entity.name));
    if (organization !== undefined && mention.title === null) return organization;
    const fullName = names.fullNameFor(mention.name ?? mention.text, mention.start);
    if (fullName !== undefined) {
      const entity = createEntity("person", fullName, mention.start);
      entity.confirmedPerson = true;
      return entity;
    }
    const entity = createEntity("person", mention.name ?? mention.text, mention.start);
    entity.tentative = true;
    return entity;
  };

  const organizationFromOccurrences = (mention: MentionInfo, head: string | undefined, acronym: string | null): Entity | undefined => {
    const window = names.occurrencesBetween(Math.max(0, mention.start - ORGANIZATION_WINDOW), mention.start).filter((occurrence) => occurrence.organization && occurrence.end <= mention.start);
    let chosen: NameOccurrence | undefined;
    for (let index = window.length - 1; index >= 0; index--) {
      const occurrence = window[index];
      if (occurrence === undefined) continue;
      const words = occurrence.tokens.map((token) => token.replace(POSSESSIVE_END, ""));
      if (acronym !== null ? initialsOf(text.slice(occurrence.start, occurrence.end)) === acronym : head !== undefined && namesKind(words, head)) {
        chosen = occurrence;
        break;
      }
    }
    if (chosen === undefined && acronym === null && head !== undefined && BROAD_ORGANIZATION_HEADS.has(head)) {
      const candidates = [...window].reverse().filter((occurrence) => {
        const name = text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, "");
        return !NEWS_AGENCIES.has(name.toLowerCase()) && !SILENT_ACRONYMS.has(name.replace(/\./g, ""));
      });
      // "The company said" after "Brightwell Group Plc ... 1000 GMT": an organisation of the right kind first.
      const sector = sectorOfHead(head);
      // … else one whose kind is unknown rather than one of the other kind ("filed in Baltimore City Circuit Court").
      const sectorOf = (occurrence: NameOccurrence): Sector => organizationSector({ roleKey: null, nameTokens: occurrence.tokens.map((token) => token.replace(/\.$/, "")) });
      chosen = candidates.find((occurrence) => sectorOf(occurrence) === sector) ?? candidates.find((occurrence) => sector === null || sectorOf(occurrence) === null) ?? candidates[0];
    }
    if (chosen === undefined && acronym === null && head !== undefined && BROAD_ORGANIZATION_HEADS.has(head)) {
      // "Tri-Rivers Health, a nonprofit system …, has been diverting ambulances. … the Ohio-based system said": with no
      // organisation's word in any name, the subject of a recent sentence that names no person is the body.
      const subjects = names.occurrencesBetween(Math.max(0, mention.start - ORGANIZATION_WINDOW / 4), mention.start).filter((occurrence) =>
        !occurrence.organization && occurrence.subject && occurrence.start >= headlineEnd && occurrence.end <= mention.start && occurrence.tokens.length >= 2 && occurrence.roleKey === undefined &&
        !MALE_GIVEN_NAMES.has(occurrence.tokens[0] ?? "") && !FEMALE_GIVEN_NAMES.has(occurrence.tokens[0] ?? "") && findPerson(occurrence.tokens, occurrence.start) === undefined);
      chosen = subjects[subjects.length - 1];
    }
    if (chosen === undefined && acronym === null && head !== undefined && (head === "police" || mention.start < headlineEnd)) {
      // "…, police said" in a headline or lede before "Springfield Police Department spokesperson …", "…, hospital
      // says" over "Ozark Valley Regional Medical Center is …": a body is often named only after its first mention.
      const ahead = names.occurrencesBetween(mention.end, mention.end + CATAPHORA_WINDOW);
      chosen = ahead.find((occurrence) => occurrence.organization && occurrence.start >= mention.end && namesKind(occurrence.tokens, head) && occurrence.tokens.length > 1);
    }
    if (chosen === undefined && acronym === null && head !== undefined && BROAD_ORGANIZATION_HEADS.has(head)) {
      // "…, company tells SEC" in a standfirst over "Quillon Software, the Austin-based payroll platform, has
      // disclosed …": with none named before, "the company" is the first of its kind named after.
      const sector = sectorOfHead(head);
      const ahead = names.occurrencesBetween(mention.end, mention.end + CATAPHORA_WINDOW);
      chosen = ahead.find((occurrence) => {
        if (!occurrence.organization || occurrence.start < mention.end || occurrence.tokens.length < 2) return false;
        const name = text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, "");
        if (NEWS_AGENCIES.has(name.toLowerCase()) || SILENT_ACRONYMS.has(name.replace(/\./g, ""))) return false;
        const kind = organizationSector({ roleKey: null, nameTokens: occurrence.tokens.map((token) => token.replace(/\.$/, "")) });
        return namesKind(occurrence.tokens, head) || kind === sector;
      });
    }
    if (chosen === undefined) return undefined;
    return organizationNamed(text.slice(chosen.start, chosen.end).replace(POSSESSIVE_END, ""), chosen.start);
  };

  const organizationInSentence = (position: number, head: string): Entity | undefined => {
    const found = names.occurrencesBetween(position, position + 1);
    const sector = sectorOfHead(head);
    for (let index = found.length - 1; index >= 0; index--) {
      const occurrence = found[index];
      if (occurrence === undefined || !occurrence.organization || occurrence.end > position) continue;
      const name = text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, "");
      if (NEWS_AGENCIES.has(name.toLowerCase()) || SILENT_ACRONYMS.has(name.replace(/\./g, ""))) continue;
      const words = occurrence.tokens.map((token) => token.replace(POSSESSIVE_END, "").replace(/\.$/, ""));
      const fits = namesKind(words, head) || (BROAD_ORGANIZATION_HEADS.has(head) && (organizationSector({ roleKey: null, nameTokens: words }) ?? sector) === sector);
      if (fits) return organizationNamed(name, occurrence.start);
    }
    return undefined;
  };

  /**
   * "RO says process was 'fully transparent'" over "The Returning Officer, Deepa Hiremath, rejected …": an acronym
   * the article spells out as an office is whoever holds it, named beside the office.
   */
  const officeHolderOfAcronym = (acronym: string, position: number): Entity | undefined => {
    const definition = definedName(acronym);
    if (definition === null) return undefined;
    const words = lowerTokens(definition);
    if (!ROLE_NOUNS.has(words[words.length - 1] ?? "")) return undefined;
    const roleKey = words.join(" ");
    // The whole office, not just its head noun: a "Chief Electoral Officer" is no "Returning Officer".
    const holdsOffice = (entity: Entity): boolean => entity.kind === "person" && [entity.role ?? "", ...entity.aliases].some((alias) => alias.toLowerCase().includes(roleKey));
    const holder = mostRecent([...roleHolders].filter(holdsOffice), position);
    if (holder !== undefined) return holder;
    const named = new RegExp(`${escapeRegExp(definition)},?\\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s+)?(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3})(?=,|\\s+\\p{Ll})`, "u").exec(text);
    const name = named?.[1];
    if (name === undefined) return undefined;
    const entity = findPerson(lowerTokens(name), position) ?? createEntity("person", name, named?.index ?? position);
    entity.confirmedPerson = true;
    return entity;
  };

  const resolveOrganization = (mention: MentionInfo): Entity | null => {
    const tokens = lowerTokens(mention.name ?? mention.text);
    const bareName = (mention.name ?? mention.text).replace(ARTICLE, "");
    // "the company", and "the Santiago-listed company": a lower-case head after only descriptor words names nobody.
    // "Carmaker says …" in a headline: a capitalised descriptor alone is "the carmaker".
    // "Union says teachers to get …": a headline capitalises a bare head word too ("the union").
    const headlineHead = mention.start < headlineEnd && tokens.length === 1 && GENERIC_ORGANIZATION_HEADS.has(tokens[0] ?? "");
    const generic = !/^\p{Lu}/u.test(bareName) || DESCRIBED_HEAD.test(bareName) || COMPANY_DESCRIPTORS.has(bareName.toLowerCase()) || headlineHead;
    const head = tokens[tokens.length - 1];
    const office = !generic && isAcronymName(bareName) ? officeHolderOfAcronym(bareName, mention.start) : undefined;
    if (office !== undefined) return office;
    if (!generic && isAcronymName(bareName) && definedName(bareName) !== null) {
      // "the CDC" after "the Centers for Disease Control and Prevention (CDC)": the name the article defined.
      const defined = organizationNamed(bareName, mention.start);
      if (defined.nameTokens.length > 1) return defined;
    }
    if (!generic) {
      const only = tokens.length === 1 ? tokens[0] : undefined;
      if (only !== undefined && !isAcronymName(bareName)) {
        // "the Corps", "Police", "Lumora" after "the Army Corps of Engineers", "Riverton police", "Lumora Inc".
        const longer = withToken(only).filter((entity) => entity.kind === "organization" && entity.nameTokens.length > 1);
        const seen = mostRecent(longer.filter((entity) => entity.firstSeen <= mention.start), mention.start) ?? longer.find((entity) => entity.nameTokens[0] === only);
        if (seen !== undefined) return seen;
      }
      const known = findOrganization(tokens);
      if (known !== undefined) {
        if (mention.name !== null) adoptOrganizationName(known, mention.name);
        return known;
      }
    }
    const acronym = isAcronymName(bareName) ? bareName.replace(/[.&]/g, "") : null;
    if (acronym !== null) {
      const definition = definedName(bareName);
      const expanded =
        (definition === null ? undefined : (findOrganization(lowerTokens(definition)) ?? createEntity("organization", definition, mention.start))) ??
        [...organizationByKey.values()].find((entity) => initialsOf(entity.name) === acronym) ??
        organizationFromOccurrences(mention, undefined, acronym);
      if (expanded !== undefined) {
        expanded.aliases.add(bareName);
        return expanded;
      }
    }
    if (generic && head !== undefined && SOURCE_DOCUMENT_NOUNS.has(head)) {
      // "Shetty said in a statement that … The statement added that …": the statement the story just quoted is
      // its speaker's, person or organisation.
      // "In a statement released through his agent, Halvorsen thanked the city. “…,” the statement said": the
      // subject of the sentence that brought up the statement, when no quote came since.
      if (ISSUED_STATEMENTS.has(head)) {
        scanNamesBefore(mention.start);
        const subject = lastSubject;
        if (subject !== null && subject.position > previousQuoteStart && subject.entity.kind === "person" && !subject.entity.anonymous && text.slice(Math.max(0, subject.position - 120), mention.start).includes(` ${head}`)) return subject.entity;
      }
      const justQuoted = ISSUED_STATEMENTS.has(head) && previousSpeaker !== null && previousQuoteStart >= 0 && mention.start - previousQuoteStart < STATEMENT_WINDOW && text.slice(Math.max(0, previousQuoteStart - 200), mention.start).includes(` ${head}`);
      if (justQuoted && previousSpeaker !== null && !previousSpeaker.anonymous && !previousSpeaker.group) return previousSpeaker;
      // "According to the report", "its filings": whoever published it is the organisation being reported on, if any.
      return latestSpeakingOrganization(mention.start, null) ?? null;
    }
    if (generic && head !== undefined && /^the\s/i.test(mention.text)) {
      // "In the US, the Centers for Disease Control (CDC) has confirmed 1,274 cases, the agency said": the
      // organisation the sentence itself names.
      const inSentence = organizationInSentence(mention.start, head);
      if (inSentence !== undefined) return inSentence;
    }
    if (generic && head !== undefined) {
      // "The company said", "the agency said": the organisation of that kind that spoke last.
      const speaking = latestSpeakingOrganization(mention.start, head);
      if (speaking !== undefined) return speaking;
      // "Corvana said it would appeal. … “…,” the company said": a lone name that just spoke, nothing has shown to
      // be a person, is the company.
      const lone = previousSpeaker;
      if (lone !== null && BUSINESS_HEADS.has(head) && lone.kind === "person" && lone.tentative && !lone.confirmedPerson && lone.gender === null && mention.start - previousQuoteStart < STATEMENT_WINDOW) {
        lone.kind = "organization";
        return lone;
      }
    }
    if (head !== undefined) {
      const byHead = mostRecent(withToken(head).filter((entity) => entity.kind === "organization" && entity.nameTokens.length > 1 && (generic || containsAll(entity.nameTokens, tokens))), mention.start);
      if (byHead !== undefined && (generic || byHead.firstSeen <= mention.start)) return byHead;
    }
    if (generic || GENERIC_DESCRIPTION.test(mention.text)) {
      const found = organizationFromOccurrences(mention, head, null);
      if (found !== undefined) return found;
    }
    if (generic && head !== undefined && GOVERNMENT_HEADS.has(head) && /^the\s+\S+$/i.test(mention.text)) {
      // "Indigenous Services Canada announced … In a statement, the department said": a government body whose name
      // holds no "department" is still what "the department" means right after it spoke.
      const last = speakingOrganizations[speakingOrganizations.length - 1];
      if (last !== undefined && mention.start - last.position < ORGANIZATION_WINDOW && organizationSector(last.entity) !== "business" && !NEWS_AGENCIES.has(last.entity.name.toLowerCase())) return last.entity;
    }
    const name = (mention.name ?? mention.text).replace(/^(a|an)\s+/i, "");
    return createEntity("organization", name, mention.start);
  };

  const latestSpeakingOrganization = (position: number, head: string | null): Entity | undefined => {
    let fallback: Entity | undefined;
    for (let index = speakingOrganizations.length - 1; index >= 0 && speakingOrganizations.length - index <= 12; index--) {
      const spoken = speakingOrganizations[index];
      if (spoken === undefined || spoken.position > position || position - spoken.position > ORGANIZATION_WINDOW) continue;
      const entity = spoken.entity;
      if (head === null) return entity;
      if (entity.roleKey === head || namesKind(entity.nameTokens, head)) return entity;
      if (fallback === undefined && BROAD_ORGANIZATION_HEADS.has(head) && organizationSector(entity) === sectorOfHead(head)) fallback = entity;
    }
    return fallback;
  };

  const resolveRole = (mention: MentionInfo): Entity => {
    const holders = [...roleHolders].filter((entity) => entity.kind === "person" && holdsOffice(entity, mention.roleKey));
    const holder = mostRecent(holders, mention.start);
    if (holder !== undefined) return holder;
    const titled = titledHolderBefore(mention);
    if (titled !== undefined) return titled;
    // "the CDU politician said" after "Friedrich Hallstein, the leader of the Christian Democratic Union (CDU)": a
    // description whose capitalised modifier the article wrote beside a recent person's name is that person.
    const modifiers = mention.text.split(/\s+/).slice(1, -1).filter((word) => /^\p{Lu}/u.test(word));
    if (/^the\s/i.test(mention.text) && modifiers.length > 0) {
      const described = mostRecent(
        entities.filter((entity) => entity.kind === "person" && !entity.anonymous && mention.start - entity.lastSeen < ANTECEDENT_WINDOW && [...entity.aliases].some((alias) => modifiers.every((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, "u").test(alias)))),
        mention.start,
      );
      if (described !== undefined) return described;
    }
    // "the spokesperson said" with nobody named for the role: the organisation that spoke last speaks through them.
    if (mention.roleKey === "spokesperson") {
      // "A Ledgerly spokesperson confirmed the layoffs. “…,” the spokesperson said": the body the article gave them.
      const owner = spokespersonOwnerBefore(text, mention.start);
      if (owner !== null) return organizationNamed(owner, mention.start);
      const organization = latestSpeakingOrganization(mention.start, null);
      if (organization !== undefined) return organization;
    }
    // "The striker said" right after a sentence about Okafor: a definite role names the person in focus.
    // (Not a lone capitalised word nothing has shown to be a person: "Opponents, led by …, argue".)
    if (/^the\s/i.test(mention.text) && lastSubject !== null && lastSubject.entity.kind === "person" && !lastSubject.entity.group && !(lastSubject.entity.tentative && !lastSubject.entity.confirmedPerson) && lastSubject.entity.roleKey === null && mention.start - lastSubject.position < 600 && namesAPerson(mention.roleKey)) {
      lastSubject.entity.roleKey = mention.roleKey;
      noteRole(lastSubject.entity);
      return lastSubject.entity;
    }
    // "The head of the region’s transit agency defended the plan … “…,” said Daniel Okafor": a lede that
    // describes before it names means the next person the article names.
    // "…, his barrister has told a court. … His barrister, Felicity Carmody SC, …": the office held by whoever is named with it next.
    if (/^(?:his|her|their)\s/i.test(mention.text) && mention.roleKey !== null) {
      const holder = ledeDescribedPerson(mention.start, mention.roleKey);
      if (holder !== null) return holder;
    }
    if ((/^the\s/i.test(mention.text) || mention.start < headlineEnd || bodyQuotesBefore === 0) && !UNNAMED_PERSON_NOUNS.has(mention.roleKey ?? "")) {
      // A headline words offices loosely ("schools chief" for the superintendent): any role will do there.
      const named = nextNamedPerson(mention.start, mention.start < headlineEnd ? null : mention.roleKey, mention.start >= headlineEnd && bodyQuotesBefore > 0);
      if (named !== undefined) {
        if (named.roleKey === null) {
          named.roleKey = mention.roleKey;
          noteRole(named);
        }
        return named;
      }
    }
    const office = mention.text.replace(ARTICLE, "").replace(POSSESSIVE_END, "");
    // "the Riverside County Registrar of Voters said": an office the article names in full, with nobody named as
    // holding it, speaks as the institution it is.
    if (isInstitutionalOffice(office)) return findOrganization(lowerTokens(office)) ?? createEntity("organization", office, mention.start);
    const entity = createEntity("person", office, mention.start);
    entity.roleKey = mention.roleKey;
    entity.role = mention.role;
    entity.confirmedPerson = true;
    // Nobody the article names: "the neighbor said" is still somebody a later "she" can point to, but no speaker.
    entity.anonymous = !isProperName(mention.text) || ARTICLE.test(mention.text);
    noteRole(entity);
    return entity;
  };

  /**
   * "the mayor said" far below "… during which Mayor Ross Whitely twice threatened …": the last person the article
   * named with that office written as their title, wherever it was (names beyond the antecedent window are not read).
   */
  const titledHolderBefore = (mention: MentionInfo): Entity | undefined => {
    const office = mention.roleKey;
    if (office === null || !/^the\s/i.test(mention.text) || !/^[a-z-]+$/.test(office)) return undefined;
    const pattern = new RegExp(`\\b${escapeRegExp(office.charAt(0).toUpperCase() + office.slice(1))}\\s+(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,2})`, "gu");
    // Only as far back as a full name is looked for, so that a long document costs no more per word.
    pattern.lastIndex = Math.max(headlineEnd, mention.start - TITLED_HOLDER_WINDOW);
    let found: RegExpExecArray | null = null;
    // (Not in the headline: "… Director Calls Win 'a Gift …'" is title case, not a name.)
    for (let match = pattern.exec(text); match !== null && match.index < mention.start; match = pattern.exec(text)) if (match.index >= headlineEnd) found = match;
    const name = found?.[1];
    if (found === null || name === undefined) return undefined;
    const entity = findPerson(lowerTokens(name), found.index) ?? createEntity("person", name, found.index);
    entity.confirmedPerson = true;
    if (entity.roleKey === null) entity.roleKey = office;
    else if (!holdsOffice(entity, office)) entity.otherRoleKeys.push(office);
    noteRole(entity);
    return entity;
  };

  /** The person named next after `position` when the article gives them the same role. */
  const ledeDescribedPerson = (position: number, roleKey: string): Entity | null => {
    const named = nextNamedPerson(position, roleKey);
    return named !== undefined && named.roleKey !== null && rolesMatch(named.roleKey, roleKey) ? named : null;
  };

  /** The first person named in full after `position`, if nobody else is named in between and the role fits. */
  /** Where quotes' person mentions start, in order, for "is anyone named between these two places". */
  const personMentionStarts = quotes.flatMap((quote) => (quote.mention !== null && quote.mention.kind === "person" ? [quote.mention.start] : [])).sort((a, b) => a - b);
  const personMentionBetween = (from: number, to: number): boolean => {
    let low = 0;
    let high = personMentionStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((personMentionStarts[middle] ?? 0) <= from) low = middle + 1;
      else high = middle;
    }
    const first = personMentionStarts[low];
    return first !== undefined && first < to;
  };

  /**
   * `uninterrupted`: only if no other named speaker comes in between. "At a press conference afterward, the director
   * said …" deep in a story means someone it has already quoted, not whoever is named next after two more of their quotes.
   */
  const nextNamedPerson = (position: number, roleKey: string | null, uninterrupted = false): Entity | undefined => {
    let low = 0;
    let high = introductions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((introductions[middle]?.start ?? 0) <= position) low = middle + 1;
      else high = middle;
    }
    const next = introductions[low];
    if (next === undefined || next.start - position > CATAPHORA_WINDOW) return undefined;
    const entity = next.entity;
    if (entity.kind !== "person" || entity.group || entity.anonymous) return undefined;
    if (entity.roleKey !== null && roleKey !== null && !rolesMatch(entity.roleKey, roleKey)) return undefined;
    if (uninterrupted && personMentionBetween(position, next.start)) return undefined;
    return entity;
  };

  // Names outside quotes are read just before a pronoun or bare role needs them ("Fischer ... she said").
  let lastSubject: { entity: Entity; position: number } | null = null;
  const datelinePlace = datelinePlaceOf(text);
  const entityForOccurrence = (occurrence: NameOccurrence): Entity | null => {
    if (occurrence.roleKey !== undefined) {
      const roleKey = occurrence.roleKey;
      return mostRecent([...roleHolders].filter((entity) => entity.kind === "person" && holdsOffice(entity, roleKey)), occurrence.start) ?? null;
    }
    if (occurrence.organization) {
      const name = text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, "");
      if (SILENT_ACRONYMS.has(name.replace(/\./g, ""))) return null;
      return organizationNamed(name, occurrence.start);
    }
    const tokens = occurrenceNameTokens(occurrence.tokens);
    if (tokens.length === 0) return null;
    // "HARLAN SPRINGS, Neb. — …": the dateline's place, wherever the story names it again, is nobody.
    if (datelinePlace !== null && tokens.join(" ") === datelinePlace) return null;
    // "Strauss’s Four Last Songs", "The Three Sisters": a title of a work, never a person ("Two Bulls" is a surname).
    if (tokens.length >= 3 && TITLE_NUMBER_WORDS.has(tokens[0] ?? "")) return null;
    const person = personForOccurrence(occurrence, tokens);
    // "Ogun State Governor, Prince Olusegun Adekanmbi, presented …": the person holds the office named before them.
    // "Dr Chepkoech" is "the doctor" until the article gives her office: "TSC Chief Executive Officer Dr Ruth Chepkoech".
    // "Cr Whitely" quoted, "Mayor Ross Whitely" in a sentence: both offices are theirs.
    if (person !== null && occurrence.office !== undefined && person.kind === "person" && person.roleKey !== null && !ACADEMIC_TITLE_OFFICES.has(person.roleKey) && !holdsOffice(person, occurrence.office)) {
      person.otherRoleKeys.push(occurrence.office);
      noteRole(person);
    }
    if (person !== null && occurrence.office !== undefined && (person.roleKey === null || ACADEMIC_TITLE_OFFICES.has(person.roleKey)) && person.kind === "person") {
      person.roleKey = occurrence.office;
      noteRole(person);
    }
    return person;
  };
  const personForOccurrence = (occurrence: NameOccurrence, tokens: string[]): Entity | null => {
    if (tokens.length >= 2) {
      const found = findPerson(tokens, occurrence.start);
      if (found !== undefined) {
        // "Two Bulls" seen first as a speaker, "Lorraine Two Bulls" in a sentence: keep the fuller name.
        if (tokens.length > found.nameTokens.length && containsAll(tokens, found.nameTokens)) {
          found.name = text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, "");
          found.nameTokens = tokens;
          indexTokens(found);
          found.gender ??= genderOfGivenName(tokens);
        }
        return found;
      }
      const organization = withToken(tokens[0] ?? "").find((entity) => entity.kind === "organization" && containsAll(entity.nameTokens, tokens));
      if (organization !== undefined) return null;
      // A name that opens with a given name ("Kwame Asante") is written in full already; look for more only otherwise.
      const givenFirst = MALE_GIVEN_NAMES.has(tokens[0] ?? "") || FEMALE_GIVEN_NAMES.has(tokens[0] ?? "");
      if (occurrence.tokens.length <= 3 && !givenFirst) {
        const fuller = fullerPersonName(text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, ""), occurrence.start);
        if (fuller !== null) return fuller;
      }
      const entity = createEntity("person", text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, ""), occurrence.start);
      entity.confirmedPerson = true;
      return entity;
    }
    const single = tokens[0] ?? "";
    const namesakes = withToken(single).filter((entity) => entity.kind === "person" && !entity.group);
    // "Dale Hutchins … Their son, Brody Hutchins … Hutchins took a long time to answer": a surname alone is the first
    // person the story gave it to; relatives who share it are called by their given names.
    const bySurname = namesakes.filter((entity) => entity.nameTokens.length >= 2 && entity.nameTokens[entity.nameTokens.length - 1] === single && entity.firstSeen < occurrence.start);
    const byToken = bySurname.length >= 2 ? bySurname.reduce((a, b) => (b.firstSeen < a.firstSeen ? b : a)) : mostRecent(namesakes, occurrence.start);
    if (byToken !== undefined) return byToken;
    const fullName = names.fullNameFor(text.slice(occurrence.start, occurrence.end), occurrence.start);
    if (fullName === undefined) {
      // "Pruitt conceded. “…,” he said.": a lone name opening a sentence can be what a pronoun points back to.
      if (!occurrence.subject || !LONE_SUBJECT_NAME.test(text.slice(occurrence.start, occurrence.end)) || NATIONALITY.test(text.slice(occurrence.start, occurrence.end)) || !VERB_AFTER_SUBJECT.test(text.slice(occurrence.end, occurrence.end + 24))) return null;
      const entity = createEntity("person", text.slice(occurrence.start, occurrence.end).replace(POSSESSIVE_END, ""), occurrence.start);
      entity.tentative = true;
      // "Lord Hadley", "Ms Aldridge": a title before the lone name shows a person, and often whether "he" or "she".
      const title = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, occurrence.start - 16), occurrence.start))?.[1]?.toLowerCase();
      if (title !== undefined && TITLE_WORDS.has(title)) {
        entity.confirmedPerson = true;
        if (MALE_TITLES.has(title)) entity.gender = "male";
        else if (FEMALE_TITLES.has(title)) entity.gender = "female";
      }
      return entity;
    }
    const fullTokens = lowerTokens(fullName);
    const entity = findPerson(fullTokens, occurrence.start) ?? createEntity("person", fullName, occurrence.start);
    entity.confirmedPerson = true;
    return entity;
  };
  let scannedUpTo = 0;
  // Words inside direct quotes are the speaker's, not the story's: "“… Dialogue will.”" names no subject.
  const directSpans = quotes.filter((quote) => quote.type === "direct").map((quote) => [quote.start, quote.end] as const).sort((a, b) => a[0] - b[0]);
  const insideDirectQuote = (position: number): boolean => {
    let low = 0;
    let high = directSpans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((directSpans[middle]?.[0] ?? 0) <= position) low = middle + 1;
      else high = middle;
    }
    const span = directSpans[low - 1];
    return span !== undefined && position < span[1];
  };
  const scanNamesBefore = (position: number): void => {
    const from = Math.max(scannedUpTo, position - ANTECEDENT_WINDOW);
    if (from >= position) return;
    for (const occurrence of names.occurrencesBetween(from, position)) {
      if (occurrence.start < from || occurrence.start >= position || insideDirectQuote(occurrence.start)) continue;
      const entity = entityForOccurrence(occurrence);
      if (entity === null) continue;
      touch(entity, occurrence.start);
      if (entity.gender === null && occurrence.gender !== null) entity.gender = occurrence.gender;
      if (occurrence.subject) lastSubject = { entity, position: occurrence.start };
    }
    scannedUpTo = position;
  };

  const latest = (candidates: Entity[]): Entity | undefined =>
    candidates.reduce<Entity | undefined>((a, b) => (a === undefined || b.lastSeen > a.lastSeen ? b : a), undefined);

  /** The fuller organisation name the article writes near where the entity was first named ("Corvana Therapeutics"), if any. */
  const fullerOrganizationNameNear = (entity: Entity): string | null => {
    // Look near where the organisation was first named, so each look-up stays bounded in long documents.
    const windowStart = Math.max(0, entity.firstSeen - FULLER_NAME_WINDOW);
    return fullerOrganizationName(text.slice(windowStart, Math.min(text.length, entity.firstSeen + FULLER_NAME_WINDOW)), entity.name.replace(ARTICLE, ""));
  };

  const resolvePronoun = (mention: MentionInfo, previousSpeaker: Entity | null, previousQuoteStart: number): Entity | null => {
    const seen = recent.filter((entity) => entity.firstSeen < mention.start);
    switch (mention.pronoun) {
      case "male":
      case "female": {
        const gender: Gender = mention.pronoun;
        const compatible = (entity: Entity): boolean => entity.kind === "person" && !entity.group && (entity.gender === null || entity.gender === gender);
        // "Berlin followed in 2015. By then, she says, …": a lone capitalised word nobody has yet called "he" or
        // "she" is a weaker antecedent than a person the article has shown to be one.
        const unproven = (entity: Entity): boolean => entity.tentative && !entity.confirmedPerson && entity.gender === null;
        const proven = seen.filter((entity) => compatible(entity) && !unproven(entity));
        let chosen: Entity | undefined;
        // The person a new sentence is about outranks the previous speaker ("Fischer ... was more blunt. “…,” she said").
        if (lastSubject !== null && lastSubject.position > previousQuoteStart && compatible(lastSubject.entity) && !(unproven(lastSubject.entity) && proven.length > 0)) chosen = lastSubject.entity;
        // "Corvanta said it had signed … She also said …": a lone word the article also writes as a company's name
        // ("Corvanta Therapeutics") is not "she" while someone proven a person can be.
        else if (previousSpeaker !== null && compatible(previousSpeaker) && !(unproven(previousSpeaker) && proven.length > 0 && fullerOrganizationNameNear(previousSpeaker) !== null)) chosen = previousSpeaker;
        else chosen = latest(proven) ?? latest(seen.filter(compatible));
        if (chosen === undefined) return null;
        if (chosen.gender === null) chosen.gender = gender;
        chosen.confirmedPerson = true;
        return chosen;
      }
      case "plural": {
        if (previousSpeaker !== null && (previousSpeaker.kind === "organization" || previousSpeaker.group)) return previousSpeaker;
        return latest(seen.filter((entity) => entity.kind === "organization" || entity.group)) ?? previousSpeaker;
      }
      case "neuter": {
        if (previousSpeaker !== null && previousSpeaker.kind === "organization") return previousSpeaker;
        return latest(seen.filter((entity) => entity.kind === "organization")) ?? null;
      }
      default:
        return previousSpeaker;
    }
  };

  /** "the Swede", "the 29-year-old": the person the story is about at this point, as for "he" or "she". */
  const resolveDescriptor = (mention: MentionInfo, previousSpeaker: Entity | null, previousQuoteStart: number): Entity | null => {
    // "the mother-of-two" is a woman, "the father of six" a man.
    const compatible = (entity: Entity): boolean => entity.kind === "person" && !entity.group && (mention.gender === null || entity.gender === null || entity.gender === mention.gender);
    let chosen: Entity | undefined;
    if (lastSubject !== null && lastSubject.position > previousQuoteStart && compatible(lastSubject.entity)) chosen = lastSubject.entity;
    else if (previousSpeaker !== null && compatible(previousSpeaker)) chosen = previousSpeaker;
    else chosen = latest(recent.filter((entity) => entity.firstSeen < mention.start && compatible(entity)));
    if (chosen === undefined) return null;
    chosen.confirmedPerson = true;
    return chosen;
  };

  const entityByQuote: (Entity | null)[] = quotes.map(() => null);
  /** Organisations in the order they last spoke, newest last. */
  const speakingOrganizations: { entity: Entity; position: number }[] = [];
  const indexByKey = new Map<number, number>();
  quotes.forEach((quote, index) => indexByKey.set(quote.key, index));
  let previousSpeaker: Entity | null = null;
  let previousQuoteStart = -1;
  /** Quotes before the current one outside the headline: none means the current one is in the lede. */
  let bodyQuotesBefore = 0;
  let previousQuoteEnd = -1;
  let previousQuoteEntity: Entity | null = null;
  for (const quoteIndex of order) {
    const quote = quotes[quoteIndex];
    if (quote === undefined) continue;
    let entity: Entity | null = null;
    const mention = quote.mention;
    if (mention !== null && (mention.kind === "pronoun" || mention.kind === "role")) scanNamesBefore(Math.min(quote.start, mention.start));
    // ("a spokesperson for Nersa": the organisation's own name.)
    const shortName = mention !== null && (mention.kind === "person" || mention.kind === "organization") ? bracketedShortName((mention.kind === "organization" && mention.name !== null ? mention.name : mention.text).replace(ARTICLE, "")) : null;
    if (mention !== null) {
      switch (shortName === null ? mention.kind : "short-name") {
        case "short-name": {
          const defined = shortName ?? "";
          entity = findOrganization(lowerTokens(defined)) ?? createEntity("organization", defined, mention.start);
          entity.aliases.add(mention.text.replace(ARTICLE, ""));
          break;
        }
        case "person":
          entity = resolveNamed(mention);
          break;
        case "organization":
          entity = resolveOrganization(mention);
          break;
        case "role":
          entity = mention.descriptor ? resolveDescriptor(mention, previousSpeaker, previousQuoteStart) : resolveRole(mention);
          break;
        case "group":
          // Unnamed groups ("officials said", "analysts say") are not a speaker anyone can check with; but "A shift
          // supervisor … told a coroner's inquest that …" opening the story is the supervisor it names next.
          entity = mention.roleKey !== null && /^an?\s/i.test(mention.text) && bodyQuotesBefore === 0 ? ledeDescribedPerson(mention.start, mention.roleKey) : null;
          break;
        case "pronoun":
          entity = resolvePronoun(mention, previousSpeaker, previousQuoteStart);
          break;
      }
      if (entity !== null) {
        if (mention.kind !== "pronoun") enrich(entity, mention);
        entity.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
        if (mention.kind !== "pronoun" && !mention.text.includes(",")) entity.aliases.add(mention.text);
        touch(entity, mention.start);
      }
    } else if (quote.sameSpeakerKey !== null) {
      const shared = indexByKey.get(quote.sameSpeakerKey);
      entity = shared === undefined ? null : (entityByQuote[shared] ?? null);
    } else if (quote.type === "direct" && quote.cue === null && previousQuoteEntity !== null && opensParagraphAfterReport(text, previousQuoteEnd, quote.start, quote.end)) {
      // "Justice Vasquez-Hart said the company’s own data contradicted it.¶“The company set every fee …”": a
      // quote opening the paragraph right after a report goes on with the reporter's words.
      entity = previousQuoteEntity;
    } else if (quote.type === "direct" && quote.cue === null && quote.start >= headlineEnd) {
      // "Robert Marsh, 63, read a statement on behalf of the family.¶“Ellie spent her days …”": the statement read
      // out is its reader's, the last person that sentence names.
      const statementStart = statementSentenceBefore(text, quote.start);
      if (statementStart >= 0) {
        const readers = names.occurrencesBetween(statementStart, quote.start).filter((occurrence) => occurrence.start >= statementStart && occurrence.end < quote.start && !occurrence.organization && occurrence.roleKey === undefined && occurrence.tokens.length >= 2);
        const reader = readers[readers.length - 1];
        const readerEntity = reader === undefined ? null : entityForOccurrence(reader);
        if (readerEntity !== null && readerEntity.kind === "person" && !readerEntity.anonymous) entity = readerEntity;
        // "In a prepared opening statement, he set out a three-part plan.¶“First, …”": the statement's "he" or "she"
        // is the speaker just quoted.
        const pronoun = reader === undefined ? statementPronoun(text, statementStart, quote.start) : null;
        if (pronoun !== null && previousSpeaker !== null && previousSpeaker.kind === "person" && !previousSpeaker.group && (previousSpeaker.gender === null || previousSpeaker.gender === pronoun)) entity = previousSpeaker;
      }
    }
    entityByQuote[quoteIndex] = entity;
    if (entity !== null && entity.kind === "organization") speakingOrganizations.push({ entity, position: quote.start });
    if (entity !== null) previousSpeaker = entity;
    // A quote nobody is named for ("felt the road “drop, like an elevator”") does not outrank the subject before it.
    if (entity !== null) previousQuoteStart = quote.start;
    previousQuoteEnd = quote.end;
    if (quote.start >= headlineEnd) bodyQuotesBefore++;
    previousQuoteEntity = entity;
  }

  // "'You count the days'" as a subhead, "“… you count the days,” Whitfield said" below: a quote nobody is named
  // for that repeats words of an attributed quote is that speaker's.
  // "welcomed the verdict, saying it sent “a clear message …”": a phrase quoted inside a reported clause is the
  // reporter's subject's, whoever the quote's own attribution failed to find.
  const reportedSpans = quotes.map((quote, index) => ({ quote, entity: entityByQuote[index] ?? null })).filter(({ quote, entity }) => quote.type !== "direct" && entity !== null);
  if (reportedSpans.length > 0) {
    quotes.forEach((quote, index) => {
      if (quote.type !== "direct" || entityByQuote[index] !== null) return;
      const around = reportedSpans.find(({ quote: reported }) => reported.start <= quote.start && reported.end >= quote.end);
      if (around !== undefined) entityByQuote[index] = around.entity;
    });
  }
  let attributedDirect: { words: string; entity: Entity; index: number }[] | null = null;
  quotes.forEach((quote, index) => {
    // "Hornets fire coach Greg Halvorsen after 11th straight loss: ‘We were not good enough’": a headline quote
    // introduced by no speech verb is matched against the body's quotes too.
    const looseHeadline = quote.start < headlineEnd && (quote.cue === null || !SPEECH_VERBS.has(quote.cue.toLowerCase()));
    // A quote with no cue of its own (a subhead) only inherited its speaker: words repeated from an attributed quote say more.
    if (quote.type !== "direct" || (entityByQuote[index] !== null && !looseHeadline && quote.cue !== null) || quote.end - quote.start > REPEATED_QUOTE_CHARS) return;
    const words = ` ${comparableWords(text.slice(quote.start, quote.end))} `;
    if (words.split(" ").length < 5) return;
    attributedDirect ??= quotes.flatMap((other, otherIndex) => {
      const entity = entityByQuote[otherIndex] ?? null;
      return other.type === "direct" && entity !== null && other.start >= headlineEnd ? [{ words: ` ${comparableWords(text.slice(other.start, other.end))} `, entity, index: otherIndex }] : [];
    }).slice(0, REPEATED_QUOTE_SOURCES);
    const source = attributedDirect.find((other) => other.index !== index && other.words.includes(words));
    if (source !== undefined) entityByQuote[index] = source.entity;
  });

  const speakingEntities = new Set(entityByQuote);
  for (const entity of entities) {
    // A lone capitalised word nobody calls "he" or "she", with no title, is more likely a company or body.
    if (entity.tentative && !entity.confirmedPerson && entity.kind === "person") entity.kind = "organization";
  }
  for (const entity of entities) {
    // "Porchlight" after "Porchlight Inc.", "Ashby" after "Ashby United": the fullest name the article gives wins.
    // "Cascade Regional" after "Cascade Regional Airlines Flight 4417": a two-word name nobody calls "he" or
    // "she", which the article also writes with an organisation's suffix, is that organisation.
    const couldBeOrganization = entity.kind === "organization" || (entity.kind === "person" && entity.gender === null && entity.title === null && entity.role === null);
    if (couldBeOrganization && entity.nameTokens.length <= 3 && speakingEntities.has(entity)) {
      const fuller = fullerOrganizationNameNear(entity);
      if (fuller !== null) {
        entity.kind = "organization";
        entity.aliases.add(entity.name);
        entity.name = fuller;
        entity.nameTokens = lowerTokens(fuller);
      }
    }
  }

  for (const entity of entities) if (entity.anonymous) speakingEntities.delete(entity);
  const speakingSet = speakingEntities;
  const speaking = entities.filter((entity) => speakingSet.has(entity));
  speaking.sort((a, b) => (a.mentions[0]?.start ?? a.firstSeen) - (b.mentions[0]?.start ?? b.firstSeen));
  addNameMentions(text, speaking.slice(0, MAX_SCANNED_SPEAKERS));
  const ids = new Map<Entity, string>();
  const speakers: Speaker[] = speaking.map((entity, index) => {
    const id = `sp${index + 1}`;
    ids.set(entity, id);
    entity.aliases.delete(entity.name);
    return {
      id,
      name: entity.name,
      kind: entity.kind,
      title: entity.title,
      role: entity.role,
      aliases: [...entity.aliases].filter((alias) => alias.toLowerCase() !== entity.name.toLowerCase()),
      mentions: entity.mentions.sort((a, b) => a.start - b.start),
    };
  });
  return { speakers, speakerIdByQuote: entityByQuote.map((entity) => (entity === null ? null : (ids.get(entity) ?? null))) };
}

/** Words that complete a company's or club's name after its first word ("Inc.", "Group", "United", "Town"). */
const ORGANIZATION_SUFFIXES = wordSet(["inc", "corp", "co", "ltd", "llc", "plc", "group", "holdings", "banca", "banco", "banque", "bancorp", "united", "city", "town", "rovers", "athletic", "albion", "wanderers", "fc", "ag", "sa", "nv", "gmbh", "as", "asa", "ab", "oyj", "se", "spa", "bv", "brands", "energy", "motors", "motor", "pharma", "pharmaceuticals", "airways", "airlines", "bank", "technologies", "labs", "power", "electric", "gas", "water", "international", "global", "industries", "company", "corporation", "partners", "capital", "department", "service", ...INDUSTRY_NAME_WORDS]);
const FULLER_NAME_LOOKUPS = 50;
const FULLER_NAME_WINDOW = 10_000;
/** Up to this many distinct first words of speaker names are searched for one by one; more, and the text is read once. */
const FIRST_WORD_SEARCHES = 24;

/**
 * Whether the direct quote [quoteStart, quoteEnd) opens the paragraph right after one that ended with the
 * quote that ended at `previousEnd` (nothing but that sentence's last marks in between).
 */
function opensParagraphAfterReport(text: string, previousEnd: number, quoteStart: number, quoteEnd: number): boolean {
  if (previousEnd < 0 || quoteStart - previousEnd > 12) return false;
  // A short line on its own ("“We are tired of counting ceasefires.”") is as often a sign or a slogan.
  if (text.slice(quoteStart, quoteEnd).split(/\s+/).length < 8) return false;
  return /^[.!?]?[”"’']?[ \t]*\r?\n\s*[“"‘']$/.test(text.slice(previousEnd, quoteStart));
}

/** The longest "Name Suffix…" the article writes for a short organisation name ("Cascade Regional Airlines"), or null. */
export function fullerOrganizationName(text: string, name: string): string | null {
  if (name.length < 2) return null;
  let best: string | null = null;
  let from = 0;
  for (let lookups = 0; lookups < FULLER_NAME_LOOKUPS; lookups++) {
    const at = text.indexOf(name, from);
    if (at < 0) break;
    from = at + name.length;
    if (at > 0 && isWordCharAt(text, at - 1)) continue;
    let end = from;
    let cursor = from;
    for (;;) {
      if (text[cursor] !== " ") break;
      let wordEnd = cursor + 1;
      while (wordEnd < text.length && isWordCharAt(text, wordEnd)) wordEnd++;
      const word = text.slice(cursor + 1, wordEnd);
      if (!/^\p{Lu}/u.test(word) || !ORGANIZATION_SUFFIXES.has(word.toLowerCase())) break;
      end = text[wordEnd] === "." && /^(?:Inc|Corp|Co|Ltd)$/.test(word) ? wordEnd + 1 : wordEnd;
      cursor = wordEnd;
    }
    if (end > from && (best === null || end - at > best.length)) best = text.slice(at, end);
  }
  return best;
}

/** The end of the run of word characters starting at `index`. */
function wordEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && isWordCharAt(text, end)) end++;
  return end;
}

/** Adds every other place the article names each speaker (full name, surname, aliases). */
/** The "taken" marks of addNameMentions, kept between articles: allocating a typed array per article cost more than clearing one. */
let takenMarks = new Uint8Array(0);
const KEPT_MARKS_LIMIT = 1 << 20;

function addNameMentions(text: string, entities: readonly Entity[]): void {
  // (A very long document gets marks of its own, so that no large buffer outlives it.)
  if (takenMarks.length < text.length + 1 && text.length < KEPT_MARKS_LIMIT) takenMarks = new Uint8Array(Math.max(text.length + 1, takenMarks.length * 2));
  const taken = takenMarks.length > text.length ? takenMarks : new Uint8Array(text.length + 1);
  taken.fill(0, 0, text.length + 1);
  for (const entity of entities) for (const mention of entity.mentions) taken.fill(1, mention.start, mention.end);
  const lookups: { entity: Entity; needle: string }[] = [];
  for (const entity of entities) {
    const needles = new Set<string>([entity.name, ...entity.aliases]);
    if (entity.kind === "person" && !entity.group && entity.nameTokens.length >= 2) {
      const words = entity.name.split(/\s+/);
      const surname = words[words.length - 1];
      if (surname !== undefined) needles.add(surname);
    }
    for (const needle of needles) if (needle.length >= 3 && !/^(he|she|they|it|we)$/i.test(needle)) lookups.push({ entity, needle });
  }
  // Longer names first, so "Pat Ryder" claims its span before "Ryder" does.
  lookups.sort((a, b) => b.needle.length - a.needle.length);
  const byFirstWord = new Map<string, number[]>();
  lookups.forEach(({ needle }, rank) => {
    if (needle.length === 0 || !isWordCharAt(needle, 0)) return;
    const first = needle.slice(0, wordEnd(needle, 0));
    const list = byFirstWord.get(first);
    if (list === undefined) byFirstWord.set(first, [rank]);
    else list.push(rank);
  });
  const matches: number[][] = lookups.map(() => []);
  const length = text.length;
  const addMatches = (index: number, ranks: readonly number[]): void => {
    for (const rank of ranks) {
      const needle = (lookups[rank] as { needle: string }).needle;
      const needleEnd = index + needle.length;
      if (text.startsWith(needle, index) && !(needleEnd < length && isWordCharAt(text, needleEnd))) (matches[rank] as number[]).push(index);
    }
  };
  if (byFirstWord.size <= FIRST_WORD_SEARCHES) {
    // Few distinct first words (an article's handful of speakers): a native search for each beats reading every
    // word. Each needle has one first word, so its matches still come in text order.
    for (const [first, ranks] of byFirstWord) {
      for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        const after = at + first.length;
        if ((at > 0 && isWordCharAt(text, at - 1)) || (after < length && isWordCharAt(text, after))) continue;
        addMatches(at, ranks);
      }
    }
  } else {
    // One pass over the text: each word that starts a needle is looked up by that first word, so the cost is the
    // article's length plus the matches, however many speakers there are.
    let index = 0;
    while (index < length) {
      if (!isWordCharAt(text, index)) {
        index++;
        continue;
      }
      const end = wordEnd(text, index);
      const ranks = byFirstWord.get(text.slice(index, end));
      if (ranks !== undefined) addMatches(index, ranks);
      index = end;
    }
  }
  lookups.forEach(({ entity, needle }, rank) => {
    let from = 0;
    for (const start of matches[rank] as number[]) {
      // Matches of one needle never overlap (as a left-to-right search would find them).
      if (start < from) continue;
      const end = start + needle.length;
      from = end;
      if (taken[start] === 1 || taken[end - 1] === 1) continue;
      taken.fill(1, start, end);
      entity.mentions.push({ start, end, text: needle });
    }
  });
}
