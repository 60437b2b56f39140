/**
 * Recognises the noun phrase that names a speaker next to a cue verb ("the Pentagon Press Secretary,
 * Major General Pat Ryder, said"; "said Smith, the club's coach") and describes it: person name, title,
 * role, organisation, group or pronoun.
 */

import {
  AGE_DESCRIPTOR,
  CUE_ADVERBS,
  DETERMINERS,
  FEMALE_GIVEN_NAMES,
  FEMALE_TITLES,
  GENERIC_ORGANIZATION_HEADS,
  FUNCTION_WORDS,
  GROUP_HEADS,
  isNameParticle,
  isNationalityNoun,
  STANDING_WORDS,
  MALE_GIVEN_NAMES,
  MALE_TITLES,
  MONTHS,
  COMPANY_DESCRIPTORS,
  OFFICE_TITLES,
  ORGANIZATION_WORDS,
  POSSESSIVE_END,
  PRONOUNS,
  ROLE_ABBREVIATIONS,
  ROLE_NOUNS,
  SUBJECT_STOP_WORDS,
  TIME_NOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from "./lexicon";
import type { Token } from "./tokens";
import { isRegexSpaceCode, withoutFinalPeriod } from "./text";
import { wordSet } from "./words";

export type Gender = "male" | "female";
export type MentionKind = "pronoun" | "person" | "organization" | "role" | "group";

export interface NounPhrase {
  /** Token index range [first, last] inclusive, into the token list it was read from. */
  first: number;
  last: number;
  /** Comma-separated appositive parts, each an inclusive token range. */
  parts: { first: number; last: number }[];
}

export interface MentionInfo {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  pronoun: "male" | "female" | "plural" | "neuter" | "first" | null;
  /** Name without title ("Pat Ryder"), or the organisation's name, or null for a bare role. */
  name: string | null;
  nameTokens: string[];
  title: string | null;
  role: string | null;
  /** Normalised role head for linking ("prime minister", "press secretary"). */
  roleKey: string | null;
  gender: Gender | null;
  /** True when the kind came from the lexicon rather than a default guess. */
  kindIsCertain: boolean;
  /** The phrase as an alias, with its article ("the Pentagon Press Secretary"). */
  roleAlias: string | null;
  /** "the Swede", "the 29-year-old", "the veteran": a description of someone already in the story, never a name. */
  descriptor: boolean;
}

/** Prepositions that can sit inside a noun phrase ("spokesperson for the ministry", "head of the agency"). */
const INNER_PREPOSITIONS = wordSet(["of", "for", "at", "from", "in", "to", "with", "on"]);
/** Nouns for documents and data: "according to a report by X" is really according to X. */
export const SOURCE_DOCUMENT_NOUNS = wordSet(
  `statement report reports data figures survey study poll documents document records record filing
   letter memo analysis estimates estimate tally count census statistics figure release press note
   assessment review audit findings investigation account accounts footage video post posts
   results paper papers calculations projections forecast forecasts filings releases statements audits
   studies surveys polls analyses reviews facts
   reviews surveys polls letters memos ruling rulings`.split(/\s+/),
);

/**
 * An ampersand between capitalised words ("Pacific Gas & Electric", "Procter & Gamble") or a slash with no
 * space around it ("AFC/M23 spokesperson", "Hamas/Fatah") joins the parts of one name.
 */
function joinsNameParts(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (token === undefined || previous === undefined || next === undefined || previous.kind !== "word" || next.kind !== "word") return false;
  if (token.text === "&") return previous.capitalized && next.capitalized;
  return token.text === "/" && previous.end === token.start && token.end === next.start && (previous.capitalized || isCapitalsAcronym(previous)) && (next.capitalized || isCapitalsAcronym(next));
}

/**
 * The index of the opening mark of a quoted nickname whose closing mark is at `close` ("Ramon “Monching”
 * Villareal": one or two capitalised words, a capitalised word before the marks), or -1.
 */
export function nicknameOpener(tokens: readonly Token[], close: number): number {
  for (let index = close - 1; index >= close - 3 && index >= 1; index--) {
    const token = tokens[index];
    if (token === undefined || (token.kind !== "word" && token.kind !== "open-quote") || (token.kind === "word" && !token.capitalized)) return -1;
    if (token.kind === "open-quote") return index < close - 1 && tokens[index - 1]?.kind === "word" && tokens[index - 1]?.capitalized === true ? index : -1;
  }
  return -1;
}

/** "investigator-in-charge", "editor-in-chief", "president-elect": an office named by its head word. */
const OFFICE_COMPOUND_TAIL = /-(?:in-chief|in-charge|elect|designate|at-large)$/;

function bare(token: Token): string {
  const word = withoutFinalPeriod(token.lower);
  // Most words hold no hyphen, so no office compound ("editor-in-chief") to strip: skip the pattern.
  if (word.indexOf("-") < 0) return word;
  const tail = OFFICE_COMPOUND_TAIL.exec(word);
  return tail ? word.slice(0, tail.index) : word;
}

function isPunct(token: Token | undefined, chars: string): boolean {
  return token !== undefined && token.kind === "punct" && chars.includes(token.text);
}

/** A period that belongs to an abbreviation or initial inside a name ("Gen.", "J.", "U.S."). */
function isAbbreviationPeriod(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (token === undefined || token.text !== "." || previous === undefined || previous.end !== token.start) return false;
  if (previous.kind !== "word") return false;
  return TITLE_WORDS.has(previous.lower) || (previous.text.length === 1 && previous.capitalized) || previous.text.includes(".") || (previous.capitalized && COMPANY_ABBREVIATIONS.has(previous.lower));
}

/** "Halvorsen & Co.", "Acme Corp.": a company's abbreviated form, whose period is no sentence end. */
const COMPANY_ABBREVIATIONS = wordSet(["co", "corp", "inc", "ltd", "bros", "plc", "llc"]);

/** Roles that speak for an organisation, so an unnamed holder's words are the organisation's. */
const SPOKES_ROLES = wordSet(["spokesperson", "spokespeople", "spokespersons", "representative"]);
/** Determiners of somebody the article does not name ("one user", "a passer-by"). */
const UNNAMED_INDIVIDUAL = wordSet(["a", "an", "one", "another", "some"]);
/** Words for what a source produced, dropped from the source's name ("LSEG data", "a police news release"). */
const DOCUMENT_WORDS = wordSet([...SOURCE_DOCUMENT_NOUNS, "news", "tally", "calculations", "analysis", "research", "results", "website"]);

/** Prepositions that place a speaker ("in Asmara", "at the University") rather than name them. */
const LOCATIVE_PREPOSITIONS = wordSet(["in", "at", "near", "outside", "inside"]);
/** Generational suffixes and regnal numbers end names ("Ewuare II", "Martin Luther King Jr"); they are not acronyms. */
const NAME_SUFFIXES = /^(?:II|III|IV|VI|VII|VIII|IX|Jr|Sr|KC|QC|SC|OBE|CBE|MBE|DBE|KBE|MP|MS|MSP|MLA|MEP|TD|AM|MPP|MHA)\.?$/;

/** Whether the role words before a name end in a preposition ("envoy for the", "ruler of"). */
function isComplementStart(prefix: readonly Token[]): boolean {
  const last = prefix[prefix.length - 1];
  const beforeLast = prefix[prefix.length - 2];
  if (last === undefined) return false;
  if (INNER_PREPOSITIONS.has(last.lower) && !last.capitalized) return true;
  // "a spokesperson for the European Centre for Disease Prevention and": the complement's name goes on past "and".
  if ((last.lower === "and" || last.text === "&") && beforeLast !== undefined && beforeLast.capitalized) {
    for (let index = prefix.length - 2; index > 0; index--) {
      const token = prefix[index];
      if (token === undefined || token.kind !== "word") break;
      if (!token.capitalized && !INNER_PREPOSITIONS.has(token.lower) && !DETERMINERS.has(token.lower) && token.lower !== "and") break;
      const previous = prefix[index - 1];
      if (INNER_PREPOSITIONS.has(token.lower) && previous !== undefined && (ROLE_NOUNS.has(bare(previous)) || GROUP_HEADS.has(previous.lower))) return true;
    }
  }
  return DETERMINERS.has(last.lower) && beforeLast !== undefined && INNER_PREPOSITIONS.has(beforeLast.lower);
}

/** Letters after a name for an office or honour (not a generational "Jr." or "II", which belong to the name). */
const POST_NOMINALS = /^(?:KC|QC|SC|OBE|CBE|MBE|DBE|KBE|MP|MS|MSP|MLA|MEP|TD|AM|MPP|MHA)\.?$/;

function isAcronym(token: Token): boolean {
  if (NAME_SUFFIXES.test(token.text)) return false;
  return token.kind === "word" && token.text.length >= 2 && token.text.length <= 6 && /^[A-Z][A-Z0-9.&]*[A-Z0-9]$/.test(token.text.replace(POSSESSIVE_END, ""));
}

/** "WHO", "AND": three or more capitals spell an acronym, never the function word ("who") they look like. */
/** Company forms written in capitals after a name, which would otherwise read as the words "as", "on", "be". */
const COMPANY_FORMS = new Set(["AS", "ASA", "AB", "AG", "SA", "SE", "NV", "BV", "OY", "OYJ", "SPA", "KK"]);

function isCapitalsAcronym(token: Token): boolean {
  if (token.text.length < 3) return false;
  for (let index = 0; index < token.text.length; index++) {
    const code = token.text.charCodeAt(index);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

/**
 * Walks back from `last` over one comma-free noun phrase and returns its first token index, or -1.
 * Stops at clause boundaries: punctuation, verbs, subordinators, or an article that starts the phrase.
 */
export function walkBackOverPhrase(tokens: readonly Token[], last: number, floor: number): number {
  let first = -1;
  let index = last;
  while (index >= floor && last - index < 17) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "punct") {
      if (isAbbreviationPeriod(tokens, index) || (token.text === "-" && first >= 0) || (first >= 0 && joinsNameParts(tokens, index))) {
        index--;
        continue;
      }
      break;
    }
    if (token.kind === "close-quote" && first >= 0) {
      // "Ramon “Monching” Villareal": a quoted nickname inside a name.
      const opener = nicknameOpener(tokens, index);
      if (opener > floor) {
        index = opener - 1;
        continue;
      }
    }
    if (token.kind !== "word" && token.kind !== "number") break;
    if (SUBJECT_STOP_WORDS.has(token.lower) && !token.capitalized) {
      const previous = tokens[index - 1];
      // "An attendant at the station said": a noun its article opens the clause with, then where it is.
      const articleNoun = previous !== undefined && previous.kind === "word" && !previous.capitalized && DETERMINERS.has(tokens[index - 2]?.lower ?? "") && (index - 2 === floor || tokens[index - 3]?.kind === "punct");
      const prepositionInside =
        INNER_PREPOSITIONS.has(token.lower) && first >= 0 && previous !== undefined && previous.kind === "word" &&
        (previous.capitalized || ROLE_NOUNS.has(previous.lower) || GENERIC_ORGANIZATION_HEADS.has(previous.lower) || POSTMODIFIERS.has(previous.lower) || articleNoun);
      // "the Ohio Freedom to Read Coalition said": "to" between capitalised words of an organisation's name.
      const infinitiveInside = token.lower === "to" && first >= 0 && previous !== undefined && previous.capitalized && tokens[index + 1]?.capitalized === true && hasOrganizationWord(tokens, index + 1, last + 1);
      // "the Department of Health and Social Care said": "and" inside an organisation's name.
      const conjunctionInside =
        token.lower === "and" && first >= 0 && previous !== undefined && previous.capitalized && tokens[index + 1]?.capitalized === true &&
        (hasOrganizationWord(tokens, index + 1, last + 1) || organizationWordBehind(tokens, index - 1, floor));
      if (!prepositionInside && !conjunctionInside && !infinitiveInside) break;
    }
    // "Nordhavn Bank AS", "Vattenfall AB": a company-form suffix after a capitalised name is part of it.
    const companyForm = COMPANY_FORMS.has(token.text) && tokens[index - 1]?.capitalized === true;
    if ((SUBJECT_STOP_WORDS.has(token.lower) || FUNCTION_WORDS.has(token.lower)) && token.capitalized && !PRONOUNS.has(token.lower) && !isCapitalsAcronym(token) && !companyForm) {
      // A capitalised "In", "After", "But" opens a clause; it is never part of the speaker's name.
      break;
    }
    first = index;
    if (DETERMINERS.has(token.lower) && !token.capitalized) {
      const previous = tokens[index - 1];
      if (previous === undefined || !INNER_PREPOSITIONS.has(previous.lower)) break;
    }
    if (PRONOUNS.has(token.lower) && index === last) break;
    index--;
  }
  return first;
}

/** Indefinite pronouns that can speak but name nobody ("someone shouted"). */
export const INDEFINITE_PRONOUNS = wordSet(["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one", "some", "many", "most", "several", "others", "few", "both", "all"]);
/** Adjectives and participles that open a post-modifier ("people familiar with the matter", "a diplomat based in Tripoli"). */
const POSTMODIFIERS = wordSet(["familiar", "close", "briefed", "knowledgeable", "based", "involved", "speaking", "working", "linked", "connected", "loyal"]);

/** The last token of a phrase's head, before any post-modifier ("people | familiar with the matter"). */
function headLast(tokens: readonly Token[], first: number, last: number): number {
  for (let index = first + 1; index <= last; index++) {
    const token = tokens[index];
    if (token !== undefined && !token.capitalized && POSTMODIFIERS.has(token.lower) && tokens[index - 1]?.kind === "word" && index < last) return index - 1;
  }
  return last;
}

function partIsNounPhrase(tokens: readonly Token[], first: number, fullLast: number): boolean {
  if (first < 0 || fullLast < first || fullLast - first > 16) return false;
  const last = headLast(tokens, first, fullLast);
  const head = tokens[first];
  const end = tokens[last];
  if (head === undefined || end === undefined) return false;
  // "the Fraternal Order of Police Lodge 89": a number closing a capitalised name.
  const numberedName = end.kind === "number" && last > first && tokens[last - 1]?.capitalized === true;
  if (end.kind !== "word" && !(end.kind === "punct" && end.text === ".") && !AGE_DESCRIPTOR.test(end.lower) && !numberedName) return false;
  if (first === last && (PRONOUNS.has(head.lower) || INDEFINITE_PRONOUNS.has(head.lower))) return true;
  if (first === last && DETERMINERS.has(head.lower)) return false;
  // "al-Saadi told reporters": a surname joined to its particle.
  if (first === last && head.kind === "word" && !head.capitalized && /[-'\u2019]/.test(head.text) && isNameParticle(head.text)) return true;
  if (DETERMINERS.has(head.lower) || head.capitalized) {
    if (SUBJECT_STOP_WORDS.has(head.lower) && first === last) return false;
    return true;
  }
  // Unnamed plural groups and bare roles: "officials", "police", "senior officials", "defence analysts".
  if (last - first <= 3 && (GROUP_HEADS.has(end.lower) || ROLE_NOUNS.has(end.lower) || GENERIC_ORGANIZATION_HEADS.has(end.lower) || end.lower === "police")) return true;
  // "researchers at the University of Minnesota": an unnamed group or role at a named organisation.
  if (end.capitalized && (GROUP_HEADS.has(head.lower) || ROLE_NOUNS.has(head.lower)) && hasOrganizationWord(tokens, first + 1, last + 1)) return true;
  // A bare descriptor before a name: "project manager Kenji Morimoto", "fintech firm Lumora".
  if (end.capitalized && last - first <= 6) {
    let index = first;
    while (index <= last && tokens[index]?.capitalized !== true) index++;
    for (let rest = index; rest <= last; rest++) if (tokens[rest]?.kind === "word" && tokens[rest]?.capitalized !== true && !isNameParticle(tokens[rest]?.text ?? "")) return false;
    return index > first;
  }
  return false;
}

const RELATIVE_WORDS = wordSet(["which", "who", "whose", "whom"]);
const LOCATING_PARTICIPLES = wordSet(["based", "headquartered", "located"]);
/** How many tokens an inserted appositive or relative clause may run ("X, a senior fellow for aviation at the Y, said"). */
const INSERTION_TOKENS = 36;

/**
 * "X, <insertion>, said": the insertion is an appositive ("a JAXA engineer who worked on ...", "the
 * traditional ruler of Benin") or a relative clause ("which owns the pipeline", even with commas inside).
 * `comma` is the comma right before the cue.
 */
function subjectWithInsertion(tokens: readonly Token[], comma: number, floor: number): NounPhrase | null {
  // "Ashworth, flanked by the chancellor, Priya Latham, and the energy secretary, Tom Okonedo, insisted": a
  // participle phrase set off after the subject may hold names and commas of its own.
  for (let index = comma - 2; index > floor && comma - index <= INSERTION_TOKENS; index--) {
    const token = tokens[index];
    if (token === undefined || isPunct(token, ".;:!?") || token.kind === "open-quote" || token.kind === "close-quote") break;
    if (!isPunct(token, ",")) continue;
    const opener = tokens[index + 1];
    // "Corvanta, based in Cambridge, Massachusetts, said": where a body is, set off the same way.
    const located = opener !== undefined && LOCATING_PARTICIPLES.has(opener.lower) && LOCATIVE_PREPOSITIONS.has(tokens[index + 2]?.lower ?? "");
    // "FAA Administrator Gregory Tillman, testifying before the Senate Commerce, Science and Transportation Committee, said".
    const presentParticiple = opener !== undefined && opener.kind === "word" && !opener.capitalized && opener.lower.length > 5 && opener.lower.endsWith("ing");
    const participle = located || presentParticiple || (opener !== undefined && opener.kind === "word" && !opener.capitalized && ((opener.lower.length > 3 && /(?:[^e]ed|ing)$/.test(opener.lower)) || PAST_PARTICIPLES.has(opener.lower)) && tokens[index + 2]?.lower === "by");
    if (!participle) continue;
    const headFirst = walkBackOverPhrase(tokens, index - 1, floor);
    if (headFirst >= floor && partIsNounPhrase(tokens, headFirst, index - 1)) return { first: headFirst, last: index - 1, parts: [{ first: headFirst, last: index - 1 }] };
    break;
  }
  let nearest = -1;
  for (let index = comma - 1; index > floor && comma - index <= INSERTION_TOKENS; index--) {
    const token = tokens[index];
    // "the committee’s chairwoman, Sen. Patricia Lindqvist, said": a title’s period does not end the clause.
    if (token !== undefined && token.text === "." && isAbbreviationPeriod(tokens, index)) continue;
    if (token === undefined || isPunct(token, ".;:!?") || token.kind === "open-quote" || token.kind === "close-quote") break;
    if (!isPunct(token, ",")) continue;
    const opener = tokens[index + 1];
    if (opener === undefined) break;
    // "a glaciologist at the National Snow and Ice Data Center in Boulder, Colorado, said": a city's state or country.
    if (isPlaceComma(tokens, index, comma)) continue;
    if (RELATIVE_WORDS.has(opener.lower)) {
      // "Red Butte Midstream LLC, which owns the pipeline, said" / "The British Museum, which holds ..., more than 900 objects, has said".
      let headLast = beforeAge(tokens, beforeParenthetical(tokens, index - 1, floor));
      let headFirst = walkBackOverPhrase(tokens, headLast, floor);
      // "a cosmologist at the University of Edinburgh, UK, who …": a place set off after a name is where that name is.
      if (headFirst >= 0 && headLast === headFirst && isPunct(tokens[headFirst - 1], ",") && tokens[headFirst]?.capitalized === true && !MALE_GIVEN_NAMES.has(tokens[headFirst]?.lower ?? "") && !FEMALE_GIVEN_NAMES.has(tokens[headFirst]?.lower ?? "")) {
        const placeOf = walkBackOverPhrase(tokens, headFirst - 2, floor);
        if (placeOf >= 0 && hasOrganizationWord(tokens, placeOf, headFirst - 1)) {
          headLast = headFirst - 2;
          headFirst = placeOf;
        }
      }
      if (!partIsNounPhrase(tokens, headFirst, headLast)) return null;
      // "A Western diplomat following the negotiations, who …": the participle's object is not the head.
      const participle = tokens[headFirst - 1];
      if (participle !== undefined && participle.kind === "word" && !participle.capitalized && participle.lower.length > 5 && participle.lower.endsWith("ing")) {
        const nounFirst = walkBackOverPhrase(tokens, headFirst - 2, floor);
        if (nounFirst >= floor && partIsNounPhrase(tokens, nounFirst, headFirst - 2)) return { first: nounFirst, last: headFirst - 2, parts: [{ first: nounFirst, last: headFirst - 2 }] };
      }
      // "Marcus Oyelaran, a portfolio manager at Kestrel Partners, which holds shares, said": the relative clause
      // describes the appositive's organisation; the speaker is the name before the appositive.
      const nameLast = headFirst - 2;
      // "Dewi Kartikasari, coordinator of the Mining Justice Network, which …, said": or an office without an article.
      const describedBy = DETERMINERS.has(tokens[headFirst]?.lower ?? "") || (ROLE_NOUNS.has(tokens[headFirst]?.lower ?? "") && tokens[headFirst]?.capitalized === false);
      if (isPunct(tokens[headFirst - 1], ",") && describedBy && nameLast > floor) {
        const nameFirst = walkBackOverPhrase(tokens, nameLast, floor);
        if (nameFirst >= floor && partIsNounPhrase(tokens, nameFirst, nameLast) && isPersonName(tokens, nameFirst, nameLast)) {
          return { first: nameFirst, last: headLast, parts: [{ first: nameFirst, last: nameLast }, { first: headFirst, last: headLast }] };
        }
      }
      // "Rachel Odum, a neurologist at Eastbrook University, who was not involved, called …": an appositive with a
      // complement of its own before the relative clause; the name before it is who spoke.
      const described = appositiveWithNameBefore(tokens, headFirst, headLast, floor);
      if (described !== null) return described;
      return { first: headFirst, last: headLast, parts: [{ first: headFirst, last: headLast }] };
    }
    if (nearest < 0) nearest = index;
  }
  if (nearest < 0) return null;
  // The appositive ends where a relative clause inside it starts ("a JAXA engineer who worked on ...").
  let appositionLast = comma - 1;
  for (let index = nearest + 2; index < comma; index++) {
    const token = tokens[index];
    // "a nonprofit that has opposed similar policies": "that" after the appositive's noun opens its relative clause too.
    const relativeThat = token?.lower === "that" && DETERMINERS.has(tokens[nearest + 1]?.lower ?? "") && tokens[index - 1]?.kind === "word" && tokens[index - 1]?.capitalized === false;
    if (token !== undefined && (RELATIVE_WORDS.has(token.lower) || relativeThat) && !token.capitalized) {
      appositionLast = index - 1;
      break;
    }
  }
  const appositionFirst = nearest + 1;
  if (!appositionIsNounPhrase(tokens, appositionFirst, appositionLast)) return null;
  const headLast = beforeAge(tokens, beforeParenthetical(tokens, nearest - 1, floor));
  const headFirst = walkBackOverPhrase(tokens, headLast, floor);
  // "An engineer called on behalf of the council, Declan Hurley, said": a description too long to read back whole,
  // then the name set off after it, who is the subject.
  const beforeHead = tokens[headFirst - 1];
  if (headFirst > floor && beforeHead !== undefined && beforeHead.kind === "word" && !beforeHead.capitalized && !DETERMINERS.has(beforeHead.lower) && isPersonName(tokens, appositionFirst, appositionLast) && appositionLast - appositionFirst <= 3) {
    return { first: appositionFirst, last: appositionLast, parts: [{ first: appositionFirst, last: appositionLast }] };
  }
  if (!partIsNounPhrase(tokens, headFirst, headLast)) return null;
  // "R. Lalitha Devi, Executive Director, CMWSSB, said": a name, then an office, then the organisation.
  const nameLast = headFirst - 2;
  // "Darnell Fitch-Ramos, executive director of the Community Justice Alliance, a Hyattsville-based advocacy group,
  // said": the same with an office of an organisation, and the appositive describing that organisation.
  const headToken = tokens[headFirst];
  const officeOf = headToken !== undefined && ROLE_NOUNS.has(bare(headToken)) && tokens.slice(headFirst + 1, headLast).some((token) => INNER_PREPOSITIONS.has(token.lower));
  if (isPunct(tokens[headFirst - 1], ",") && nameLast > floor && (isBareOffice(tokens, headFirst, headLast) || officeOf)) {
    const nameFirst = walkBackOverPhrase(tokens, nameLast, floor);
    // "In a post on X, Alberta's minister, Colleen Marsh, said": a name after a preposition is its object, not the speaker.
    const beforeName = tokens[nameFirst - 1];
    const objectOfPreposition = beforeName !== undefined && beforeName.kind === "word" && !beforeName.capitalized;
    if (nameFirst >= floor && !objectOfPreposition && partIsNounPhrase(tokens, nameFirst, nameLast) && isPersonName(tokens, nameFirst, nameLast)) {
      return { first: nameFirst, last: appositionLast, parts: [{ first: nameFirst, last: nameLast }, { first: headFirst, last: headLast }, { first: appositionFirst, last: appositionLast }] };
    }
  }
  return { first: headFirst, last: appositionLast, parts: [{ first: headFirst, last: headLast }, { first: appositionFirst, last: appositionLast }] };
}

/** Whether the comma at `index` only parts a place from its region ("in Boulder, Colorado", "in San Jose, Costa Rica"). */
function isPlaceComma(tokens: readonly Token[], index: number, end: number): boolean {
  let before = index - 1;
  while (before > 0 && tokens[before]?.capitalized === true && tokens[before]?.kind === "word" && index - before <= 3) before--;
  if (before === index - 1 || !LOCATIVE_PREPOSITIONS.has(tokens[before]?.lower ?? "")) return false;
  let after = index + 1;
  while (after < end && tokens[after]?.capitalized === true && tokens[after]?.kind === "word" && after - index <= 3) after++;
  return after > index + 1 && (after === end || isPunct(tokens[after], ","));
}

/** The person named right before an appositive ending at `last` ("Rachel Odum, a neurologist at Eastbrook University"), with it. */
function appositiveWithNameBefore(tokens: readonly Token[], headFirst: number, last: number, floor: number): NounPhrase | null {
  for (let comma = headFirst - 1; comma > floor && last - comma <= 16; comma--) {
    const token = tokens[comma];
    if (token === undefined || token.kind === "open-quote" || token.kind === "close-quote" || isPunct(token, ".;:!?")) return null;
    if (!isPunct(token, ",")) continue;
    if (!DETERMINERS.has(tokens[comma + 1]?.lower ?? "") || !appositionIsNounPhrase(tokens, comma + 1, last)) return null;
    const nameLast = comma - 1;
    const nameFirst = walkBackOverPhrase(tokens, nameLast, floor);
    if (nameFirst < floor || !partIsNounPhrase(tokens, nameFirst, nameLast) || !isPersonName(tokens, nameFirst, nameLast)) return null;
    return { first: nameFirst, last, parts: [{ first: nameFirst, last: nameLast }, { first: comma + 1, last }] };
  }
  return null;
}

/**
 * "Macrae, 23, who …, said", "Marlene Hightower, 71, a retired bus driver, told": an age set off by commas between a
 * name and what follows it; the index of the name's last token, or `last` when there is no such age.
 */
function beforeAge(tokens: readonly Token[], last: number): number {
  return tokens[last]?.kind === "number" && isPunct(tokens[last - 1], ",") && isPunct(tokens[last + 1], ",") ? last - 2 : last;
}

/** "The Air Line Pilots Association (ALPA), which …": the name before a short parenthesis (an acronym, a party tag). */
function beforeParenthetical(tokens: readonly Token[], last: number, floor: number): number {
  if (tokens[last]?.text !== ")") return last;
  // "Janet Whitlock (Lib Dem, Brampton and Ridgeway), who …": a party and ward tag may hold a comma.
  for (let index = last - 1; index > floor && last - index <= 8; index--) {
    const token = tokens[index];
    if (token === undefined || token.kind === "open-quote" || token.kind === "close-quote" || isPunct(token, ".;:!?")) return last;
    if (token.text === "(") return index - 1;
  }
  return last;
}

/** Sentence adverbs set off by commas between a subject and its verb ("X, however, said"). */
const INTERJECTED_ADVERBS = wordSet(["however", "meanwhile", "though", "too", "also", "instead", "nevertheless", "nonetheless", "moreover", "furthermore", "likewise", "similarly", "separately", "meantime", "however", "afterwards", "later", "earlier", "though", "then"]);
/** Two- and three-word ones: "for his part", "in turn", "in response", "for its part". */
const INTERJECTED_PHRASES = [["in", "turn"], ["in", "response"], ["for", "*", "part"], ["in", "contrast"], ["by", "contrast"], ["for", "now"], ["at", "the", "time"]];

/** The number of tokens of an adverb between the comma at `comma` and an earlier comma, or 0. */
function interjectedAdverbLength(tokens: readonly Token[], comma: number): number {
  if (!isPunct(tokens[comma], ",")) return 0;
  const one = tokens[comma - 1];
  if (one !== undefined && !one.capitalized && INTERJECTED_ADVERBS.has(one.lower) && isPunct(tokens[comma - 2], ",")) return 1;
  for (const words of INTERJECTED_PHRASES) {
    const start = comma - words.length;
    if (!isPunct(tokens[start - 1], ",")) continue;
    let matches = true;
    for (let offset = 0; offset < words.length && matches; offset++) {
      const token = tokens[start + offset];
      const word = words[offset];
      matches = token !== undefined && token.kind === "word" && !token.capitalized && (word === "*" ? DETERMINERS.has(token.lower) : token.lower === word);
    }
    if (matches) return words.length;
  }
  const opener = earlierCommaInsertion(tokens, comma);
  return opener < 0 ? 0 : comma - opener;
}

/** Irregular past participles that open a phrase set off after a subject ("seen as", "known for"). */
const PAST_PARTICIPLES = wordSet(["seen", "known", "born", "given", "chosen", "taken", "brought", "thought", "widely", "led", "backed", "joined", "funded", "flanked", "represented", "supported", "accompanied", "headed"]);
/** Prepositions and participles that open an adverbial set off between a subject and its verb. */
const ADVERBIAL_INSERTION_OPENERS = wordSet(["in", "at", "on", "during", "after", "before", "following", "through", "via", "under", "speaking", "writing", "responding", "reacting", "asked", "when", "while", "addressing"]);

/**
 * "GAWU, in a statement issued later on Thursday, welcomed …", "the minister, speaking in Accra, said": the
 * index of the insertion's first token when the tokens before `comma` back to an earlier comma are such an
 * adverbial, or -1.
 */
export function earlierCommaInsertion(tokens: readonly Token[], comma: number): number {
  for (let index = comma - 1; index > 0 && comma - index <= 24; index--) {
    const token = tokens[index];
    if (token === undefined || token.kind === "open-quote" || token.kind === "close-quote") return -1;
    if (token.kind === "word" && RELATIVE_WORDS.has(token.lower)) return -1;
    if (!isPunct(token, ",")) {
      if (token.kind === "punct" && !isAbbreviationPeriod(tokens, index) && token.text !== "-" && token.text !== "(" && token.text !== ")") return -1;
      continue;
    }
    const opener = tokens[index + 1];
    // "Priya Raman, arguing for the federal government, warned …": a participle opens one too.
    // "X, seen as one of the more hawkish members, told …", "X, based in Lagos, said": a past participle too.
    const participle = opener !== undefined && opener.lower.length > 3 && (opener.lower.endsWith("ing") || opener.lower.endsWith("ed") || PAST_PARTICIPLES.has(opener.lower));
    return opener !== undefined && opener.kind === "word" && !opener.capitalized && (ADVERBIAL_INSERTION_OPENERS.has(opener.lower) || participle) && index + 1 < comma - 1 ? index + 1 : -1;
  }
  return -1;
}

/** "Executive Director", "chief executive": office words only, with no name and no article. */
function isBareOffice(tokens: readonly Token[], first: number, last: number): boolean {
  let role = false;
  for (let index = first; index <= last; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word") return false;
    const key = bare(token);
    if (ROLE_NOUNS.has(key) || ROLE_ABBREVIATIONS.has(key)) role = true;
    else if (token.capitalized && index === last) return false;
  }
  return role && ROLE_NOUNS.has(bare(tokens[last] as Token));
}

/** A capitalised name with no organisation or role word ("Smt. R. Lalitha Devi", "Jane Doe"). */
function isPersonName(tokens: readonly Token[], first: number, last: number): boolean {
  const lastToken = tokens[last];
  if (lastToken === undefined || !lastToken.capitalized || isAcronym(lastToken)) return false;
  for (let index = first; index <= last; index++) {
    const token = tokens[index];
    if (token === undefined) return false;
    if (token.kind === "punct") continue;
    const key = bare(token);
    if (!token.capitalized && !isNameParticle(token.text)) return false;
    if (ORGANIZATION_WORDS.has(key) || ROLE_NOUNS.has(key) || DETERMINERS.has(key)) return false;
  }
  return true;
}

/** Verbs and clause words that show a comma-bounded stretch is a clause, not an appositive noun phrase. */
const CLAUSE_WORDS = wordSet(`is was were are be been has have had will would can could may might must should do does did not said says told`.split(" "));

const STANDING_OPENERS = wordSet([...STANDING_WORDS, "veteran", "longtime", "then"]);

/** An appositive may carry prepositional phrases ("a senior fellow for aviation at the American Economic Liberties Project"). */
export function appositionIsNounPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first) return false;
  // An age: "Hale, 54, said".
  if (first === last && tokens[first]?.kind === "number") return true;
  if (last - first <= 13 && partIsNounPhrase(tokens, first, last) && walkBackOverPhrase(tokens, last, first) === first) return true;
  const head = tokens[first];
  // "a 31-year veteran of the Country Fire Authority (CFA)": an acronym in brackets may close the appositive.
  const closingAcronym = tokens[last]?.text === ")" && tokens[last - 2]?.text === "(" && last - 3 > first && isAcronym(tokens[last - 1] as Token);
  const end = tokens[closingAcronym ? last - 3 : last];
  if (head === undefined || end === undefined || (end.kind !== "word" && end.kind !== "number")) return false;
  const roleHead = head.lower.split("-").some((part) => ROLE_NOUNS.has(part) || TITLE_WORDS.has(part));
  // "The head of the mission, former Costa Rican Foreign Minister Ana Lucía Brenes, told": a past or passing standing.
  const standing = STANDING_OPENERS.has(head.lower);
  if (!(DETERMINERS.has(head.lower) || head.capitalized || head.possessive || roleHead || standing || head.kind === "number")) return false;
  for (let index = first; index <= last; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind === "open-quote" || token.kind === "close-quote") return false;
    // "the leader of the Christian Democratic Union (CDU) in the Bundestag": an acronym in brackets.
    if (token.text === "(" && tokens[index + 2]?.text === ")" && tokens[index + 1]?.kind === "word" && index + 2 <= last) {
      index += 2;
      continue;
    }
    if (token.kind === "punct" && !isAbbreviationPeriod(tokens, index) && token.text !== "-" && token.text !== "&" && !(token.text === "," && isPlaceComma(tokens, index, last + 1))) return false;
    if (token.kind === "word" && !token.capitalized && (CLAUSE_WORDS.has(token.lower) || PRONOUNS.has(token.lower))) return false;
  }
  return true;
}

/**
 * The speaker phrase that ends right before the cue verb at `cueIndex`, reading back no further than
 * `floor`. Handles appositions on either side ("X, the Y," / "the Y, X,").
 */
export function subjectBefore(tokens: readonly Token[], cueIndex: number, floor: number): NounPhrase | null {
  let last = cueIndex - 1;
  while (last >= floor) {
    const token = tokens[last];
    if (token === undefined) return null;
    // "He further disclosed", "she later told": an adverb between the speaker and the verb.
    // "Farmworker advocates have long argued": "long" after "have" too.
    const longAfterHave = token.lower === "long" && /^(?:has|have|had)$/.test(tokens[last - 1]?.lower ?? "");
    if (token.kind === "word" && !token.capitalized && (CUE_ADVERBS.has(token.lower) || /ly$/.test(token.lower) || token.lower === "would" || token.lower === "will" || longAfterHave)) {
      last--;
      continue;
    }
    break;
  }
  // "Jharkhand chief minister Hemraj Oraon on Sunday accused": when, between the speaker and the verb.
  if (last - 1 > floor && !tokens[last - 1]?.capitalized && startsTimeAdverbial(tokens, last - 1) && (WEEKDAYS.has(tokens[last]?.lower ?? "") || TIME_NOUNS.has(tokens[last]?.lower ?? ""))) last -= 2;
  // "Oraon 58, yesterday said"
  else if (last > floor && (tokens[last]?.lower === "yesterday" || tokens[last]?.lower === "today") && !tokens[last]?.capitalized) last -= 1;
  // "the Japan Aerospace Exploration Agency (JAXA) said": the bracketed acronym restates the name.
  const close = tokens[last];
  const inner = tokens[last - 1];
  // "the Turkish Statistical Institute (TurkStat) said": a short name in brackets after a capitalised name does too.
  const shortName = inner !== undefined && inner.kind === "word" && inner.capitalized && inner.text.length <= 12 && tokens[last - 3]?.capitalized === true;
  if (close !== undefined && inner !== undefined && isPunct(close, ")") && isPunct(tokens[last - 2], "(") && (isAcronym(inner) || shortName) && last - 3 >= floor) last -= 3;
  if (last < floor) return null;
  // "Opposition MLA S. Senthilkumar, however, alleged": a sentence adverb set off by commas is not an appositive.
  const adverbLength = interjectedAdverbLength(tokens, last);
  const adverbComma = last - adverbLength - 1;
  if (adverbLength > 0 && isPunct(tokens[adverbComma], ",") && adverbComma - 1 >= floor && !isPunct(tokens[adverbComma - 1], ",")) last = adverbComma - 1;
  // "the minority leader, Ganiyu Adeleke (PDP, Ilorin East), accused": a party and constituency tag holding a comma.
  if (isPunct(tokens[last], ",") && isPunct(tokens[last - 1], ")")) {
    const named = beforeParenthetical(tokens, last - 1, floor);
    if (named < last - 1 && tokens[named]?.capitalized === true && tokens.slice(named + 2, last - 1).some((token) => token.text === ",")) last = named;
  }
  const lastToken = tokens[last];
  if (lastToken === undefined) return null;
  if (isPunct(lastToken, ",")) return subjectWithInsertion(tokens, last, floor);
  const first = walkBackOverPhrase(tokens, last, floor);
  if (!partIsNounPhrase(tokens, first, last)) return null;
  const seriesFirst = namedSeriesStart(tokens, first, floor);
  if (seriesFirst >= 0) return { first: seriesFirst, last, parts: [{ first: seriesFirst, last }] };
  return coordinatedSpeakers(tokens, first, last, floor) ?? { first, last, parts: [{ first, last }] };
}

/**
 * "The Ministry of Information, Communications and the Digital Economy said": read back from the last field, an
 * office "of" a series of capitalised fields joined by commas and one "and" is one name. Its first token, or -1.
 */
function namedSeriesStart(tokens: readonly Token[], first: number, floor: number): number {
  let index = first - 1;
  if (tokens[index]?.lower !== "and" || tokens[index - 1]?.capitalized !== true) return -1;
  index--;
  let commas = 0;
  for (; index > floor; index--) {
    const token = tokens[index];
    if (token === undefined) return -1;
    if (token.kind === "word" && token.capitalized) continue;
    if (isPunct(token, ",")) {
      commas++;
      continue;
    }
    break;
  }
  const of = tokens[index];
  const office = tokens[index - 1];
  // "the Department for Environment, Food and Rural Affairs": "for" joins an office to its fields as "of" does.
  if (commas === 0 || (of?.lower !== "of" && of?.lower !== "for") || office === undefined || !office.capitalized || !ORGANIZATION_WORDS.has(office.lower)) return -1;
  const start = walkBackOverPhrase(tokens, index - 1, floor);
  return start >= 0 ? start : -1;
}

/** Title words that only make a title with the title after them ("Air Marshal", "Vice Admiral", "Field Marshal"). */
const TITLE_MODIFIERS = wordSet(["air", "vice", "rear", "field", "staff"]);

/** What a ministry or department is for: "Environment and Climate Change Canada", "Health and Social Care". */
const DOMAIN_NOUNS = wordSet(`environment health science trade justice education housing transport transportation agriculture
  fisheries employment energy culture immigration refugees citizenship security defence defense finance industry innovation
  research development labour labor commerce tourism heritage sport sports youth families women climate water food safety
  natural resources infrastructure communities economy economic economics interior digital foreign home social affairs
  planning local rural urban veterans consumer competition technology communications information mines petroleum
  aviation maritime jobs skills welfare pensions budget revenue customs prisons arts media land lands forestry wildlife
  human rights`);

/**
 * "Oceana and ClientEarth said", "The Canadian Red Cross and the Salvation Army said": two named speakers
 * joined by "and" speak together; the first one named is taken as the speaker (the phrase read back from the
 * verb stopped at "and", on the second). But "Environment and Climate Change Canada said" is one name: a lone
 * domain word ("Environment", "Health") joined to a longer capitalised name is read as part of that name.
 * Returns null when the phrase [first, last] has no such first conjunct.
 */
function coordinatedSpeakers(tokens: readonly Token[], first: number, last: number, floor: number): NounPhrase | null {
  const conjunction = tokens[first - 1];
  const before = tokens[first - 2];
  const second = tokens[first];
  if (conjunction === undefined || conjunction.text !== "and" || before === undefined || before.kind !== "word" || !before.capitalized || second === undefined) return null;
  // The second conjunct names somebody too: "UNICEF", "the Salvation Army", "chip designer Halvard Systems".
  if (tokens[last]?.capitalized !== true) return null;
  const firstConjunct = walkBackOverPhrase(tokens, first - 2, floor);
  if (firstConjunct < 0 || !partIsNounPhrase(tokens, firstConjunct, first - 2)) return null;
  const loneWord = firstConjunct === first - 2 && DOMAIN_NOUNS.has(before.lower);
  if (loneWord && last > first && second.capitalized) return { first: firstConjunct, last, parts: [{ first: firstConjunct, last }] };
  return { first: firstConjunct, last: first - 2, parts: [{ first: firstConjunct, last: first - 2 }] };
}

/** "last month", "this week", "on Monday", "yesterday": a time adverbial, which ends a noun phrase read forward. */
export function startsTimeAdverbial(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || token.kind !== "word") return false;
  const lower = token.lower;
  if (lower === "yesterday" || lower === "today" || lower === "tonight" || WEEKDAYS.has(lower)) return true;
  const next = tokens[index + 1];
  if (next === undefined) return false;
  const nextKey = withoutFinalPeriod(next.lower);
  const timeWord = TIME_NOUNS.has(nextKey) || WEEKDAYS.has(nextKey) || MONTHS.has(nextKey);
  return timeWord && (lower === "last" || lower === "this" || lower === "next" || lower === "early" || lower === "late" || lower === "earlier" || lower === "on" || lower === "in");
}

function walkForwardOverPhrase(tokens: readonly Token[], first: number, ceiling: number): number {
  let last = -1;
  for (let index = first; index < ceiling && index - first < 14; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (index > first && startsTimeAdverbial(tokens, index)) break;
    // "in a statement it was ...": a subject pronoun starts the next clause.
    if (index > first && token.kind === "word" && !token.capitalized && PRONOUNS.has(token.lower)) break;
    if (token.kind === "punct") {
      if (isAbbreviationPeriod(tokens, index) && index + 1 < ceiling && tokens[index + 1]?.kind === "word") continue;
      if (last >= 0 && index + 1 < ceiling && joinsNameParts(tokens, index)) continue;
      break;
    }
    if (token.kind !== "word" && token.kind !== "number") break;
    if (SUBJECT_STOP_WORDS.has(token.lower) && !token.capitalized) {
      const next = tokens[index + 1];
      const prepositionInside =
        INNER_PREPOSITIONS.has(token.lower) && last >= 0 && next !== undefined && next.kind === "word" &&
        (next.capitalized || DETERMINERS.has(next.lower));
      // "the National Institute on Deafness and Other Communication Disorders": "and" inside an institution's name.
      // "Labour and Employment Adviser Rezaul Karim Talukder": two fields of one office.
      const fieldsOfOffice = DOMAIN_NOUNS.has(tokens[index - 1]?.lower ?? "") && DOMAIN_NOUNS.has(next?.lower ?? "");
      const conjunctionInside = token.lower === "and" && last >= 0 && next !== undefined && next.capitalized && tokens[index - 1]?.capitalized === true && (fieldsOfOffice || hasOrganizationWord(tokens, first, index) || organizationWordAhead(tokens, index + 1, ceiling));
      // "according to the Ohio Freedom to Read Coalition": "to" inside an organisation's name.
      const infinitiveInside = token.lower === "to" && last >= 0 && next !== undefined && next.capitalized && tokens[index - 1]?.capitalized === true && organizationWordAhead(tokens, index + 1, ceiling);
      if (!prepositionInside && !conjunctionInside && !infinitiveInside) break;
      continue;
    }
    if (index > first && DETERMINERS.has(token.lower) && !INNER_PREPOSITIONS.has(tokens[index - 1]?.lower ?? "")) break;
    // A lower-case word that is not a known noun ends a phrase headed by a name or noun ("Osei declined",
    // "the company denied", "said Smith recently"); "the Corps spokesman", "Reuters data" keep their noun.
    const previous = tokens[index - 1];
    // "the Ohio Department of Taxation", "the University of Minnesota": a preposition inside an organisation's name.
    if (index > first && previous !== undefined && previous.capitalized && INNER_PREPOSITIONS.has(token.lower) && tokens[index + 1]?.capitalized === true && (hasOrganizationWord(tokens, first, index) || organizationWordAhead(tokens, index + 1, ceiling))) continue;
    if (index > first && previous !== undefined && previous.kind === "word" && !token.capitalized && !isNameParticle(token.text) && !isNounWord(token.lower)) {
      // "Chilean copper producer Minera Cordillera SA": lower-case modifiers of a descriptor noun before a name.
      if (previous.capitalized && !DETERMINERS.has(previous.lower) && !descriptorBeforeName(tokens, index, ceiling)) break;
      if (isNounWord(previous.lower) && (CLAUSE_WORDS.has(token.lower) || /[^e]ed$/.test(token.lower))) break;
    }
    last = index;
  }
  return last;
}

/** Whether the lower-case words from `index` lead, within two more, to a descriptor noun and then a capitalised name. */
function descriptorBeforeName(tokens: readonly Token[], index: number, ceiling: number): boolean {
  for (let at = index; at < ceiling && at - index <= 2; at++) {
    const token = tokens[at];
    if (token === undefined || token.kind !== "word" || token.capitalized) return false;
    if ((GENERIC_ORGANIZATION_HEADS.has(token.lower) || ROLE_NOUNS.has(token.lower) || COMPANY_DESCRIPTORS.has(token.lower)) && tokens[at + 1]?.capitalized === true && tokens[at + 1]?.kind === "word") return true;
    if (CLAUSE_WORDS.has(token.lower) || /(?:ed|s)$/.test(token.lower)) return false;
  }
  return false;
}

function hasOrganizationWord(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index++) {
    const token = tokens[index];
    if (token !== undefined && token.capitalized && ORGANIZATION_WORDS.has(bare(token))) return true;
  }
  return false;
}

/** "Water Supply and Sewerage Board": the capitalised run after "and" ends in an organisation word. */
function organizationWordAhead(tokens: readonly Token[], from: number, ceiling: number): boolean {
  for (let index = from; index < ceiling && index - from < 5; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word" || !token.capitalized) return false;
    if (ORGANIZATION_WORDS.has(bare(token))) return true;
  }
  return false;
}

/** "Department of Health and": the capitalised run (with of/for/the) ending at `from` holds an organisation word. */
function organizationWordBehind(tokens: readonly Token[], from: number, floor: number): boolean {
  for (let index = from; index >= floor && from - index < 8; index--) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word") return false;
    if (!token.capitalized) {
      if (ORGANIZATION_JOINERS.has(token.lower)) continue;
      return false;
    }
    if (ORGANIZATION_WORDS.has(bare(token))) return true;
  }
  return false;
}
const ORGANIZATION_JOINERS = wordSet(["of", "for", "the", "on", "and"]);

function isNounWord(lower: string): boolean {
  const key = withoutFinalPeriod(lower);
  return ROLE_NOUNS.has(key) || GROUP_HEADS.has(key) || GENERIC_ORGANIZATION_HEADS.has(key) || ORGANIZATION_WORDS.has(key) || SOURCE_DOCUMENT_NOUNS.has(key) || TITLE_WORDS.has(key) || ROLE_ABBREVIATIONS.has(key);
}

/** "…, the Serum Institute of India, which has said it could …": the antecedent of "which"/"who" before the cue. */
const RELATIVE_ADVERBIAL_OPENERS = wordSet(["in", "at", "on", "during", "last", "earlier", "later", "this", "after", "before"]);

export function relativeAntecedent(tokens: readonly Token[], cueIndex: number, floor: number): NounPhrase | null {
  let index = cueIndex - 1;
  while (index > floor && /^(has|have|had|also|previously|repeatedly|since|already)$/.test(tokens[index]?.lower ?? "")) index--;
  // "the founder, who in a 2022 podcast interview said …": a short adverbial between the pronoun and its verb.
  for (let at = index; at > floor && index - at <= 7; at--) {
    const token = tokens[at];
    if (token === undefined || (token.kind !== "word" && token.kind !== "number")) break;
    if ((token.lower === "who" || token.lower === "which") && at < index && RELATIVE_ADVERBIAL_OPENERS.has(tokens[at + 1]?.lower ?? "")) {
      index = at;
      break;
    }
  }
  const relative = tokens[index];
  if (relative === undefined || !(relative.lower === "which" || relative.lower === "who")) return restrictiveRelativeHead(tokens, cueIndex, floor);
  if (!isPunct(tokens[index - 1], ",")) return restrictiveRelativeHead(tokens, cueIndex, floor);
  const last = index - 2;
  const first = walkBackOverPhrase(tokens, last, floor);
  if (!partIsNounPhrase(tokens, first, last)) return null;
  // "presented by jury president Mikkel Thorsager, the Danish filmmaker, who said …": the description set off after a
  // name describes that person; the name is who spoke.
  if (DETERMINERS.has(tokens[first]?.lower ?? "") && isPunct(tokens[first - 1], ",")) {
    const nameLast = first - 2;
    let nameFirst = nameLast;
    while (nameFirst - 1 > floor && tokens[nameFirst - 1]?.capitalized === true && tokens[nameFirst - 1]?.kind === "word") nameFirst--;
    if (nameLast > nameFirst && isPersonName(tokens, nameFirst, nameLast)) return { first: nameFirst, last, parts: [{ first: nameFirst, last: nameLast }, { first, last }] };
  }
  return { first, last, parts: [{ first, last }] };
}

/**
 * "Some farmers who spoke to GhanaWeb also said …", "residents who live near the plant said …": the head of a
 * subject that a relative clause without commas restricts. Only a phrase that opens the clause counts.
 */
function restrictiveRelativeHead(tokens: readonly Token[], cueIndex: number, floor: number): NounPhrase | null {
  for (let index = cueIndex - 1; index > floor && cueIndex - index <= 12; index--) {
    const token = tokens[index];
    if (token === undefined || token.kind === "punct" || token.kind === "open-quote" || token.kind === "close-quote") return null;
    if (token.lower !== "who") continue;
    const last = index - 1;
    const first = walkBackOverPhrase(tokens, last, floor);
    // "fined Raymond Hollis, a Springfield podcaster who claimed in 2022 that …": an appositive's relative clause
    // is the named person's.
    if (first > floor && partIsNounPhrase(tokens, first, last)) {
      const named = appositiveWithNameBefore(tokens, first, last, floor);
      if (named !== null) return named;
    }
    if (first !== floor || !partIsNounPhrase(tokens, first, last)) return null;
    return { first, last, parts: [{ first, last }] };
  }
  return null;
}

/** Words that open an introductory adverbial before the subject ("At a bond hearing on Monday, ...", "Speaking to reporters, ..."). */
const INTRODUCTORY_WORDS = wordSet(["in", "at", "on", "after", "before", "during", "following", "despite", "earlier", "later", "speaking", "asked", "meanwhile", "however", "separately", "since", "with", "by", "for", "under", "over", "when", "while", "as", "last", "this"]);

/**
 * The subject of the clause that opens at `floor` — "Osei declined to predict, saying ...", "Abba Tijani,
 * director-general of the commission, welcomed the decision but said ..." — skipping an introductory
 * adverbial that ends in a comma. The phrase must be followed by a lower-case word (its verb).
 */
export function clauseSubject(tokens: readonly Token[], floor: number, ceiling: number): NounPhrase | null {
  let start = floor;
  const opener = tokens[start];
  if (opener === undefined) return null;
  if (INTRODUCTORY_WORDS.has(opener.lower)) {
    let comma = -1;
    for (let index = start + 1; index < ceiling && index - start < 24; index++) {
      const token = tokens[index];
      if (token === undefined || isPunct(token, ".;:!?") || token.kind === "open-quote") break;
      if (isPunct(token, ",")) {
        comma = index;
        break;
      }
    }
    if (comma < 0) return null;
    start = comma + 1;
  }
  const head = tokens[start];
  if (head === undefined || !(head.capitalized || DETERMINERS.has(head.lower) || PRONOUNS.has(head.lower))) return null;
  const phrase = phraseAfter(tokens, start, ceiling);
  if (phrase === null) return null;
  let verb = phrase.last + 1;
  // "The General Agricultural Workers Union (GAWU) of the TUC, …": the acronym, and the body it belongs to, go with the name.
  // "Workers' Party MP Kenneth Yeo (Sengkang GRC) welcomed …": a constituency or party in brackets after a name.
  if (isPunct(tokens[verb], "(") && phrase.parts.length === 1) {
    let close = verb + 1;
    while (close < ceiling && close - verb <= 4 && tokens[close]?.kind === "word" && tokens[close]?.capitalized === true) close++;
    if (close > verb + 1 && close - verb <= 4 && isPunct(tokens[close], ")") && !(close === verb + 2 && isAcronym(tokens[verb + 1] as Token)) && tokens[phrase.last]?.capitalized === true) verb = close + 1;
  }
  const acronym = tokens[verb + 1];
  if (isPunct(tokens[verb], "(") && acronym !== undefined && isAcronym(acronym) && isPunct(tokens[verb + 2], ")")) {
    verb += 3;
    if (INNER_PREPOSITIONS.has(tokens[verb]?.lower ?? "")) {
      const ownerLast = walkForwardOverPhrase(tokens, verb + 1, ceiling);
      if (ownerLast > verb) verb = ownerLast + 1;
    }
  }
  // "The Electric Reliability Council of Texas, or ERCOT, issued …": the acronym the name goes by.
  const orAcronym = tokens[verb + 2];
  if (isPunct(tokens[verb], ",") && tokens[verb + 1]?.lower === "or" && orAcronym !== undefined && isAcronym(orAcronym) && isPunct(tokens[verb + 3], ",")) verb += 4;
  if (isPunct(tokens[verb], ",") && phrase.parts.length === 1) {
    // "Outgoing President Edward Kojo Ansah, who was barred from a third term, congratulated …": a relative clause.
    const relative = RELATIVE_WORDS.has(tokens[verb + 1]?.lower ?? "");
    for (let index = verb + 2; index < ceiling && index - verb <= 25; index++) {
      if (isPunct(tokens[index], ".;:!?")) break;
      if (!isPunct(tokens[index], ",")) continue;
      if (relative || earlierCommaInsertion(tokens, index) === verb + 1) verb = index + 1;
      break;
    }
  }
  if (isPunct(tokens[verb], ",") && phrase.parts.length === 1) {
    // An appositive without an article: "Abba Tijani, director-general of the Nigerian commission, welcomed".
    for (let index = verb + 1; index < ceiling && index - verb <= INSERTION_TOKENS; index++) {
      const token = tokens[index];
      if (token === undefined || isPunct(token, ".;:!?") || token.kind === "open-quote" || token.kind === "close-quote") return null;
      if (isPunct(token, ",")) {
        if (!appositionIsNounPhrase(tokens, verb + 1, index - 1)) return null;
        phrase.parts.push({ first: verb + 1, last: index - 1 });
        phrase.last = index - 1;
        verb = index + 1;
        break;
      }
    }
  }
  if (isPunct(tokens[verb], ",") && phrase.parts.length > 1) verb++;
  const verbToken = tokens[verb];
  if (verbToken === undefined || verbToken.kind !== "word" || verbToken.capitalized || DETERMINERS.has(verbToken.lower)) return null;
  return phrase;
}

/** The speaker phrase starting at `first` ("said Smith, the club's coach."; "according to the ministry"). */
export function phraseAfter(tokens: readonly Token[], first: number, ceiling: number): NounPhrase | null {
  const last = walkForwardOverPhrase(tokens, first, ceiling);
  if (!partIsNounPhrase(tokens, first, last)) return null;
  const parts = [{ first, last }];
  if (isPunct(tokens[last + 1], ",")) {
    const appositionFirst = last + 2;
    const appositionLast = walkForwardOverPhrase(tokens, appositionFirst, ceiling);
    const appositionHead = tokens[appositionFirst];
    const after = tokens[appositionLast + 1];
    const closesClause = after === undefined || isPunct(after, ",.;:!?") || appositionLast + 1 >= ceiling;
    if (appositionHead !== undefined && DETERMINERS.has(appositionHead.lower) && closesClause && partIsNounPhrase(tokens, appositionFirst, appositionLast)) {
      parts.push({ first: appositionFirst, last: appositionLast });
      return { first, last: appositionLast, parts };
    }
    // "said the group’s chair, Colin Ashworth.": an office, then the name of whoever holds it.
    const office = tokens[last];
    if (office !== undefined && ROLE_NOUNS.has(bare(office)) && !office.capitalized && appositionHead !== undefined && appositionHead.capitalized && closesClause && appositionLast >= appositionFirst && isPersonName(tokens, appositionFirst, appositionLast)) {
      parts.push({ first: appositionFirst, last: appositionLast });
      return { first, last: appositionLast, parts };
    }
  }
  return { first, last, parts };
}

// ---------------------------------------------------------------------------------------------

interface PartDescription {
  name: Token[];
  titleTokens: Token[];
  roleTokens: Token[];
  organization: boolean;
  group: boolean;
  pronoun: MentionInfo["pronoun"];
  startsWithArticle: boolean;
}

function joinTokens(text: string, tokens: readonly Token[]): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return "";
  const joined = collapseSpaces(text.slice(first.start, last.end));
  // "Ramon “Monching” Villareal" is named "Ramon Villareal": the nickname left out of the tokens stays out.
  return /["“”‘’]/.test(joined) ? joined.replace(QUOTED_NICKNAME, " ") : joined;
}

const QUOTED_NICKNAME = / ["“‘'][\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)?["”’'] /gu;

/** text.replace(/\s+/g, " "), copying only when there is a run to collapse. */
function collapseSpaces(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 ? index + 1 < text.length && isRegexSpaceCode(text.charCodeAt(index + 1)) : isRegexSpaceCode(code)) return text.replace(/\s+/g, " ");
  }
  return text;
}

function isNameToken(token: Token): boolean {
  return token.kind === "word" && (token.capitalized || isNameParticle(token.text) || /^[\p{Lu}]/u.test(token.text));
}

/** "the Texas-based company", "the London-headquartered lender": where a body sits is not part of its name. */
const LOCATION_MODIFIER = /-(?:based|headquartered)$/i;

function describePart(tokens: readonly Token[], definedName = false): PartDescription {
  let quoted = false;
  const words = tokens.filter((token) => {
    // A quoted nickname ("Ramon “Monching” Villareal") is not part of the name the article gives in full.
    if (token.kind === "open-quote" || token.kind === "close-quote") quoted = token.kind === "open-quote";
    return !quoted && (token.kind === "word" || token.kind === "number") && !LOCATION_MODIFIER.test(token.text);
  });
  const description: PartDescription = {
    name: [],
    titleTokens: [],
    roleTokens: [],
    organization: false,
    group: false,
    pronoun: null,
    startsWithArticle: false,
  };
  const firstWord = words[0];
  if (firstWord === undefined) return description;
  if (words.length === 1 && PRONOUNS.has(firstWord.lower)) {
    description.pronoun = PRONOUNS.get(firstWord.lower) ?? null;
    return description;
  }
  // "several", "both companies", "many residents": a quantity of people or bodies, nobody named.
  if (INDEFINITE_PRONOUNS.has(firstWord.lower) && words.every((token, index) => index === 0 || (!token.capitalized && token.kind === "word"))) {
    description.group = true;
    return description;
  }
  let body = words;
  const postmodifier = body.findIndex((token, index) => index > 0 && !token.capitalized && POSTMODIFIERS.has(token.lower) && index < body.length - 1);
  if (postmodifier > 0) body = body.slice(0, postmodifier);
  // "the Peruvian company that operates the pipeline": a relative clause describes the head; it is not part of it.
  const relative = body.findIndex((token, index) => index > 0 && !token.capitalized && (token.lower === "that" || RELATIVE_WORDS.has(token.lower)));
  if (relative > 0) body = body.slice(0, relative);
  if (DETERMINERS.has(firstWord.lower)) {
    description.startsWithArticle = true;
    body = body.slice(1);
  }
  // "Carmaker Sejin says …": a headline capitalises the descriptor before the company's name.
  const descriptor = body[0];
  if (descriptor !== undefined && descriptor.capitalized && COMPANY_DESCRIPTORS.has(descriptor.lower) && body.length >= 2 && body.slice(1).every((token) => token.capitalized)) {
    description.organization = true;
    description.name = body.slice(1);
    return description;
  }
  // "analysts at Peel Hunt": an unnamed group at a named organisation is that organisation speaking.
  const groupHead = body[0];
  const at = body[1];
  if (groupHead !== undefined && at !== undefined && GROUP_HEADS.has(groupHead.lower) && at.lower === "at" && body[2] !== undefined) {
    const organization = body.slice(2).filter((token) => !DETERMINERS.has(token.lower));
    if (organization.length > 0 && organization.every((token) => token.capitalized || INNER_PREPOSITIONS.has(token.lower) || token.lower === "and")) {
      description.organization = true;
      description.name = organization;
      return description;
    }
  }
  for (let index = 1; index < body.length; index++) {
    const token = body[index];
    const previous = body[index - 1];
    if (token === undefined || previous === undefined) continue;
    // "The ministry in Asmara", "The Horniman-Whitby Museum in London": where a speaker is, is not their name.
    if (!definedName && LOCATIVE_PREPOSITIONS.has(token.lower) && previous.kind === "word" && !INNER_PREPOSITIONS.has(previous.lower)) {
      body = body.slice(0, index);
      break;
    }
    // "Sen. James Whitaker of Fresno": a place or affiliation after a name is not part of it.
    // But "the United Nations Office for the Coordination of Humanitarian Affairs" goes on: an organisation word came first.
    if (index >= 2 && (token.lower === "of" || token.lower === "from") && previous.capitalized && !ROLE_NOUNS.has(bare(previous)) && !TITLE_WORDS.has(bare(previous)) && !ORGANIZATION_WORDS.has(bare(previous)) && body.slice(0, index).filter((word) => word.capitalized).length >= 2 && !hasOrganizationWord(body, 0, index)) {
      body = body.slice(0, index);
      break;
    }
  }
  // "Huw Prosser MS", "Felicity Carmody SC": letters after a name are no title of office ("MS" is not "Ms").
  while (body.length > 2 && POST_NOMINALS.test(body[body.length - 1]?.text ?? "") && body[body.length - 2]?.capitalized === true) body = body.slice(0, -1);
  // The name is the capitalised run at the end; everything before the last title/role/lower-case word is title or role.
  let split = -1;
  for (let index = 0; index < body.length; index++) {
    const token = body[index];
    if (token === undefined) continue;
    const key = bare(token);
    // A lone common noun is never a name, capitalised or not ("Scientists cautioned", "Striker").
    // "Air", "Vice", "Field" are titles only before another title ("Air Marshal", "Vice Admiral"): "Air Canada" is a name.
    const nextKey = body[index + 1] === undefined ? "" : bare(body[index + 1] as Token);
    const modifierOnly = TITLE_MODIFIERS.has(key) && !TITLE_WORDS.has(nextKey) && !ROLE_NOUNS.has(nextKey);
    // "Ex-MEC Mahlangu", "ex-minister Jones": a former office is an office.
    const formerOffice = key.startsWith("ex-") && key.length > 4;
    const isRoleWord = !modifierOnly && (ROLE_NOUNS.has(key) || TITLE_WORDS.has(key) || ROLE_ABBREVIATIONS.has(key) || GROUP_HEADS.has(key) || formerOffice);
    const isLowerWord = !token.capitalized && !isNameParticle(token.text);
    // "the Wales Patients’ Forum", "the Cocoa Farmers’ Alliance": a capitalised plural possessive inside a name.
    const insideName = token.possessive && token.capitalized && /s['\u2019]$/u.test(token.text) && body[index + 1]?.capitalized === true && index > 0 && body[index - 1]?.capitalized === true;
    if (!insideName && (isRoleWord || isLowerWord || token.possessive)) split = index;
  }
  let nameTokens = body.slice(split + 1).filter(isNameToken);
  let prefix = body.slice(0, split + 1);
  // "Secretary of State Antony Blinken": the word after "of" belongs to the office when a full name follows.
  const ofIndex = prefix.length > 0 ? prefix[prefix.length - 1]?.lower : undefined;
  const endsInOrganization = ORGANIZATION_WORDS.has(bare(nameTokens[nameTokens.length - 1] ?? firstWord));
  if ((ofIndex === "of" || ofIndex === "for") && nameTokens.length >= 3 && !endsInOrganization) {
    // "Minister for Housing Darragh Fennelly", "Minister for Foreign Affairs Simon Harris": the office takes the
    // words before a given name, or all but the last two.
    const given = nameTokens.findIndex((token, index) => index > 0 && (MALE_GIVEN_NAMES.has(token.lower) || FEMALE_GIVEN_NAMES.has(token.lower)));
    const split = given > 0 ? given : ofIndex === "of" ? 1 : nameTokens.length - 2;
    prefix = [...prefix, ...nameTokens.slice(0, split)];
    nameTokens = nameTokens.slice(split);
  } else if (nameTokens.length > 0 && prefix.length > 0 && isComplementStart(prefix)) {
    // "the special envoy for the Horn of Africa", "the traditional ruler of Benin": a name after a preposition
    // completes the role; it is not the speaker's name.
    prefix = body;
    nameTokens = [];
  }
  // A trailing role word with nothing after it means the whole part is a role ("the Iraqi Prime Minister").
  const allTitles = prefix.length > 0 && prefix.every((token) => TITLE_WORDS.has(bare(token)) && !ROLE_ABBREVIATIONS.has(bare(token)));
  if (nameTokens.length > 0 && allTitles && !ROLE_NOUNS.has(bare(prefix[prefix.length - 1] ?? firstWord))) {
    description.titleTokens = prefix;
  } else if (nameTokens.length > 0 && allTitles) {
    description.titleTokens = prefix;
  } else {
    // Leading honorifics stay titles even before an office ("Gen. Pat Ryder" vs "Major General").
    let titleEnd = 0;
    while (titleEnd < prefix.length - 1 && TITLE_WORDS.has(bare(prefix[titleEnd] ?? firstWord)) && !ROLE_NOUNS.has(bare(prefix[titleEnd] ?? firstWord))) titleEnd++;
    description.titleTokens = nameTokens.length > 0 ? prefix.slice(0, titleEnd) : [];
    description.roleTokens = nameTokens.length > 0 ? prefix.slice(titleEnd) : prefix;
    // "Collector Smt. A. Meenakshi": an honorific right before the name is a title, not part of the office.
    let roleEnd = prefix.length;
    while (titleEnd === 0 && nameTokens.length > 0 && roleEnd > 1 && TITLE_WORDS.has(bare(prefix[roleEnd - 1] ?? firstWord)) && !ROLE_NOUNS.has(bare(prefix[roleEnd - 1] ?? firstWord))) roleEnd--;
    if (roleEnd < prefix.length) {
      description.titleTokens = prefix.slice(roleEnd);
      description.roleTokens = prefix.slice(0, roleEnd);
    }
  }
  description.name = nameTokens;

  const all = body;
  const hasRoleNoun = all.some((token) => ROLE_NOUNS.has(bare(token)) || ROLE_ABBREVIATIONS.has(bare(token)));
  const last = all[all.length - 1];
  const lastKey = last === undefined ? "" : bare(last);
  const organizationWord = all.some((token) => ORGANIZATION_WORDS.has(bare(token)) && (token.capitalized || GENERIC_ORGANIZATION_HEADS.has(bare(token))));
  // ("SP Williams Ayeni": a rank written in capitals is a title, not a body's acronym.)
  const acronym = all.some((token) => isAcronym(token) && !ROLE_ABBREVIATIONS.has(bare(token)) && !TITLE_WORDS.has(bare(token)));
  // "Calloway’s campaign", "the city’s water department": an organisation word owned by a name is an organisation.
  const ownedOrganization = last !== undefined && !last.capitalized && ORGANIZATION_WORDS.has(lastKey) && all.slice(0, -1).some((token) => token.possessive && token.capitalized);
  // "the Keystone Justice Project", "the Judicial Conduct Board": a capitalised name ending in an organisation word,
  // whatever office words ("Justice", "Judicial") it holds.
  const capitalizedName = all.every((token) => token.capitalized || INNER_PREPOSITIONS.has(token.lower) || token.lower === "and" || DETERMINERS.has(token.lower));
  // "the Department of Justice", "the Ministry of Defence": a body's word then "of" or "for" heads the name, whatever it ends with.
  const firstName = all.find((token) => !DETERMINERS.has(token.lower));
  const headedByBody = firstName !== undefined && firstName.capitalized && ORGANIZATION_WORDS.has(bare(firstName)) && !ROLE_NOUNS.has(bare(firstName)) && (all[all.indexOf(firstName) + 1]?.lower === "of" || all[all.indexOf(firstName) + 1]?.lower === "for");
  const capitalizedOrganization = last !== undefined && last.capitalized && all.length >= 2 && capitalizedName && (ORGANIZATION_WORDS.has(lastKey) || headedByBody);
  // "the head of the region’s transit agency", "the director of the museum": a person, whatever their office's name.
  const bodyHead = body[0];
  // (Capitalised too: "the Commissioner of Police, CP Bethrand Onuoha".)
  const officeHead = bodyHead !== undefined && ROLE_NOUNS.has(bodyHead.lower) && !ORGANIZATION_WORDS.has(bodyHead.lower) && !SPOKES_ROLES.has(bodyHead.lower) && INNER_PREPOSITIONS.has(body[1]?.lower ?? "");
  const officeWithComplement = officeHead && nameTokens.length === 0;
  // "The president of the Irish Farmers’ Federation": the body's name completes the office, whose holder is a person.
  // (A capitalised office keeps a person's name after it: "Minister for Housing Darragh Fennelly".)
  const namesBody = bodyHead !== undefined && (!bodyHead.capitalized || ORGANIZATION_WORDS.has(bare(nameTokens[nameTokens.length - 1] ?? bodyHead)));
  const officeOfNamedBody = officeHead && namesBody && nameTokens.length > 0 && body.slice(2, body.length - nameTokens.length).every((token) => token.capitalized || DETERMINERS.has(token.lower) || INNER_PREPOSITIONS.has(token.lower));
  if (officeOfNamedBody) {
    description.name = [];
    description.titleTokens = [];
    description.roleTokens = body;
  } else if (officeWithComplement) {
    // Left as a role.
  } else if (lastKey === "source" || lastKey === "sources") {
    // "league sources", "a police source": whoever they belong to, sources are unnamed people.
    description.group = true;
  } else if (GROUP_HEADS.has(lastKey) && (!organizationWord || (last !== undefined && !last.capitalized))) {
    // "State officials", "Pentagon officials", "hospital officials": unnamed people of a body, not the body speaking.
    description.group = true;
  }
  else if (ownedOrganization || capitalizedOrganization) description.organization = true;
  else if (GENERIC_ORGANIZATION_HEADS.has(lastKey) || ((organizationWord || acronym) && (!hasRoleNoun || (!ROLE_NOUNS.has(lastKey) && nameTokens.length === all.length)))) {
    if (!(ROLE_NOUNS.has(lastKey) && nameTokens.length === 0)) description.organization = true;
  }
  // "dive operator Luke Fanning", "network Executive Jane Roe": a given name opening the name makes it a person's,
  // whatever organisation word describes them.
  const givenName = nameTokens[0] !== undefined && nameTokens.length >= 2 && (MALE_GIVEN_NAMES.has(nameTokens[0].lower) || FEMALE_GIVEN_NAMES.has(nameTokens[0].lower));
  if (description.organization && givenName && !nameTokens.some((token) => ORGANIZATION_WORDS.has(bare(token)))) description.organization = false;
  // "Pacific Gas & Electric", "Procter & Gamble": people are not joined by an ampersand in one name.
  if (tokens.some((token) => token.text === "&") && nameTokens.length > 0) description.organization = true;
  if (description.organization) {
    description.name = body;
    description.roleTokens = [];
    description.titleTokens = [];
  }
  return description;
}

function normalizeRole(roleTokens: readonly Token[]): string | null {
  const words: string[] = [];
  for (const token of roleTokens) {
    if (token.kind !== "word") continue;
    const key = bare(token);
    const expanded = ROLE_ABBREVIATIONS.get(key);
    // "Justice Castellanos" and "the judge" hold one office.
    words.push(expanded ?? (key === "justice" ? "judge" : key));
  }
  // The head is the trailing run of role nouns ("press secretary", "prime minister", "spokesperson").
  const flat = words.join(" ").split(" ");
  let headStart = flat.length;
  while (headStart > 0) {
    const word = flat[headStart - 1] ?? "";
    const isRoleWord = ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) || word === "prime" || word === "press" || word === "foreign" || word === "defence" || word === "defense" || word === "finance" || word === "interior";
    if (!isRoleWord) break;
    headStart--;
  }
  const head = flat.slice(headStart).join(" ");
  if (head !== "") return head;
  // "spokesperson for the ministry": the head noun comes first.
  const firstRoleWord = flat.find((word) => ROLE_NOUNS.has(word));
  return firstRoleWord ?? null;
}

function genderOf(tokens: readonly Token[]): Gender | null {
  // "Mr Siddiqui's wife, Nadia Siddiqui": the words up to a possessive are somebody else's.
  let from = 0;
  tokens.forEach((token, index) => {
    if (token.possessive) from = index + 1;
  });
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    // "Owain Lloyd-Hughes MS": a post-nominal in capitals (Member of the Senedd) is no "Ms".
    if (index > from && /^[A-Z]{2}$/.test(token.text)) continue;
    const key = bare(token);
    if (MALE_TITLES.has(key) || key === "husband" || key === "son" || key === "father" || key === "brother") return "male";
    if (FEMALE_TITLES.has(key) || key === "wife" || key === "daughter" || key === "mother" || key === "sister") return "female";
  }
  return null;
}

/** Nouns a sports or profile story uses for someone it has already named. */
const DESCRIPTOR_NOUNS = wordSet(`veteran youngster teenager newcomer rookie debutant`.split(" "));
const PARENT_OF = /^(?:father|mother|grandfather|grandmother|dad|mum|mom)(?: of |-of-)(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** "the Swede", "the 29-year-old", "the veteran striker": a definite description of a person already named. */
/** Words for a person's standing in a body ("a veteran of the department", "a member of the board"). */
const MEMBER_NOUNS = wordSet(["veteran", "member", "employee", "alumnus", "alumna", "graduate", "founder", "co-founder", "fellow", "resident", "native", "supporter", "critic", "officer"]);

function isPersonDescriptor(tokens: readonly Token[], first: number, last: number): boolean {
  const article = tokens[first];
  // "the 47-year-old secondary school teacher": an age before an occupation describes the person in focus too.
  if (article !== undefined && article.lower === "the" && last - first >= 2 && last - first <= 5 && AGE_DESCRIPTOR.test(tokens[first + 1]?.lower ?? "") && !(tokens[last]?.possessive ?? true)) {
    // "the 24-year-old Briton": or before a nationality.
    if (last - first === 2 && isNationalityNoun(tokens[last] as Token)) return true;
    return tokens.slice(first + 2, last + 1).every((token) => token.kind === "word" && !token.capitalized && !GROUP_HEADS.has(token.lower));
  }
  // "the father of six", "the mother-of-two": a parent described by their children is the person in focus.
  if (article !== undefined && article.lower === "the" && PARENT_OF.test(tokens.slice(first + 1, last + 1).map((token) => token.lower).join(" "))) return true;
  if (article === undefined || article.lower !== "the" || last - first < 1 || last - first > 2) return false;
  const head = tokens[last];
  if (head === undefined || head.possessive) return false;
  if (AGE_DESCRIPTOR.test(head.lower)) return true;
  if (last - first === 1 && head.capitalized && head.kind === "word" && !ORGANIZATION_WORDS.has(head.lower) && !GROUP_HEADS.has(head.lower)) return isNationalityNoun(head);
  if (!head.capitalized && DESCRIPTOR_NOUNS.has(head.lower)) {
    const modifier = tokens[first + 1];
    return last - first === 1 || (modifier !== undefined && !modifier.capitalized && modifier.kind === "word");
  }
  return false;
}

/**
 * The tokens of a one-part phrase that is a capitalised name with "and" inside ("Environment and Climate Change
 * Canada"), with its article if it has one; null for any other phrase. Subject phrases only hold such an "and" when it
 * was read as part of one name (see coordinatedSpeakers).
 */
function capitalizedNameWithAnd(tokens: readonly Token[], phrase: NounPhrase): Token[] | null {
  if (phrase.parts.length !== 1) return null;
  // The article stays with the name, as for any organisation ("The Kansas Department of Health and Environment").
  const article = tokens[phrase.first]?.lower === "the" ? 1 : 0;
  const words = tokens.slice(phrase.first + article, phrase.last + 1);
  let hasAnd = false;
  for (let index = 0; index < words.length; index++) {
    const token = words[index] as Token;
    if (token.kind !== "word") return null;
    if (token.lower === "and" && !token.capitalized) {
      if (index === 0 || index === words.length - 1 || words[index - 1]?.capitalized !== true || words[index + 1]?.capitalized !== true) return null;
      hasAnd = true;
      continue;
    }
    if (!token.capitalized && !INNER_PREPOSITIONS.has(token.lower) && token.lower !== "the") return null;
    if (token.capitalized && (TITLE_WORDS.has(bare(token)) || ROLE_NOUNS.has(bare(token)))) return null;
  }
  return hasAnd ? tokens.slice(phrase.first, phrase.last + 1) : null;
}

/** Describes the phrase at `phrase` (token indices into `tokens`) as a speaker mention. */
function startsWithGivenName(name: readonly Token[]): boolean {
  const first = name[0];
  return first !== undefined && (MALE_GIVEN_NAMES.has(first.lower) || FEMALE_GIVEN_NAMES.has(first.lower));
}

export function describeMention(text: string, tokens: readonly Token[], phrase: NounPhrase): MentionInfo | null {
  const firstToken = tokens[phrase.first];
  const lastToken = tokens[phrase.last];
  if (firstToken === undefined || lastToken === undefined) return null;
  const parts = phrase.parts.map((part) => tokens.slice(part.first, part.last + 1));
  // "The United Nations Support Mission in Libya (UNSMIL)": a name the acronym defines keeps its "in Libya".
  const defined = isPunct(tokens[phrase.last + 1], "(") && tokens[phrase.last + 2] !== undefined && isAcronym(tokens[phrase.last + 2] as Token) && isPunct(tokens[phrase.last + 3], ")");
  const descriptions = parts.map((part, index) => describePart(part, defined && index === parts.length - 1));
  const info: MentionInfo = {
    start: firstToken.start,
    end: lastToken.end,
    text: text.slice(firstToken.start, lastToken.end),
    kind: "person",
    pronoun: null,
    name: null,
    nameTokens: [],
    title: null,
    role: null,
    roleKey: null,
    gender: null,
    kindIsCertain: false,
    roleAlias: null,
    descriptor: false,
  };
  const only = descriptions[0];
  if (only === undefined) return null;
  const joinedName = capitalizedNameWithAnd(tokens, phrase);
  if (joinedName !== null) {
    // "Environment and Climate Change Canada", "Department of Health and Social Care": one organisation's name.
    info.kind = "organization";
    info.kindIsCertain = true;
    info.name = joinTokens(text, joinedName).replace(POSSESSIVE_END, "");
    info.nameTokens = joinedName.filter((token) => token.lower !== "and" && !DETERMINERS.has(token.lower)).map((token) => token.lower);
    return info;
  }
  if (descriptions.length === 1 && only.pronoun !== null) {
    info.kind = "pronoun";
    info.pronoun = only.pronoun;
    return info;
  }
  if (phrase.parts.length === 1 && isPersonDescriptor(tokens, phrase.first, phrase.last)) {
    info.kind = "role";
    info.kindIsCertain = true;
    info.descriptor = true;
    const parent = /^(?:the\s+)?(grand)?(mother|mum|mom|father|dad)/i.exec(info.text)?.[2]?.toLowerCase();
    if (parent !== undefined) info.gender = parent === "father" || parent === "dad" ? "male" : "female";
    return info;
  }
  // "the Commissioner for Budget and Planning, Mrs Olufunke Adeyemo-Bakare": of two named parts, the one with a
  // title or a full name is the person; a lone capitalised word of an office's complement is not.
  const namedParts = descriptions.filter((description) => description.name.length > 0 && !description.organization);
  const named = namedParts.length > 1 ? (namedParts.find((description) => description.titleTokens.length > 0 || description.name.length >= 2) ?? namedParts[0]) : namedParts[0];
  const organization = descriptions.find((description) => description.organization);
  const roleDescription = descriptions.find((description) => description.roleTokens.length > 0 && description !== organization);
  const roleIndex = roleDescription === undefined ? -1 : descriptions.indexOf(roleDescription);

  const lastRole = roleDescription?.roleTokens[roleDescription.roleTokens.length - 1];
  const acronymOfBody = named !== undefined && named.name.length === 1 && named.name[0] !== undefined && isCapitalsAcronym(named.name[0]) && named.titleTokens.length === 0 && lastRole !== undefined && GENERIC_ORGANIZATION_HEADS.has(lastRole.lower);
  // "Petrolera Costa Norte, the Peruvian company that …": a name set beside a bare organisation noun is that organisation.
  const organizationHead = organization?.name[organization.name.length - 1];
  // "Rahmat Mokodompit, a 28-year-old miner who escaped …": an age or a "who" shows a person, whatever the noun.
  const organizationPart = organization === undefined ? [] : (parts[descriptions.indexOf(organization)] ?? []);
  // "Whitaker, a 26-year veteran of the department": a person's standing in a body describes a person.
  const memberOfBody = organizationPart.some((token, index) => token.kind === "word" && !token.capitalized && (ROLE_NOUNS.has(bare(token)) || MEMBER_NOUNS.has(token.lower)) && INNER_PREPOSITIONS.has(organizationPart[index + 1]?.lower ?? ""));
  const personLike = memberOfBody || organizationPart.some((token) => AGE_DESCRIPTOR.test(token.lower)) || tokens[phrase.last + 1]?.lower === "who";
  const describedAsBody = named !== undefined && organization !== undefined && organization !== named && organizationHead !== undefined && !organizationHead.capitalized && GENERIC_ORGANIZATION_HEADS.has(organizationHead.lower) && named.titleTokens.length === 0 && !startsWithGivenName(named.name) && !personLike;
  if (acronymOfBody || describedAsBody) {
    // "Peru's environmental regulator OEFA": an acronym after the noun of a body is that body.
    info.kind = "organization";
    info.kindIsCertain = true;
    const nameTokens = named?.name ?? [];
    info.name = joinTokens(text, nameTokens).replace(POSSESSIVE_END, "");
    info.nameTokens = nameTokens.map((token) => token.lower.replace(POSSESSIVE_END, ""));
    const head = describedAsBody ? (parts[descriptions.indexOf(organization)] ?? []).filter((token) => token.kind === "word" && GENERIC_ORGANIZATION_HEADS.has(token.lower)).pop() : lastRole;
    if (head !== undefined) info.roleKey = head.lower;
    return info;
  }
  // "The company’s lobbyist, Mr Gideon Kiprono": a courtesy title shows a person, whatever body the description names.
  if (named !== undefined && (organization === undefined || descriptions.indexOf(organization) !== 0 || roleDescription !== undefined || named.titleTokens.length > 0)) {
    info.kind = "person";
    info.kindIsCertain = named.titleTokens.length > 0 || roleDescription !== undefined || named.name.length >= 2;
    info.name = joinTokens(text, named.name);
    info.nameTokens = named.name.map((token) => token.lower.replace(POSSESSIVE_END, ""));
    const lastTitle = named.titleTokens[named.titleTokens.length - 1];
    // Keep an abbreviation's period ("Gen.", "Sen.") with the title.
    const titleEnd = lastTitle !== undefined && text[lastTitle.end] === "." ? lastTitle.end + 1 : (lastTitle?.end ?? 0);
    info.title = named.titleTokens.length > 0 && named.titleTokens[0] !== undefined ? text.slice(named.titleTokens[0].start, titleEnd).replace(/\s+/g, " ") : null;
  } else if (organization !== undefined && named !== undefined && (parts[descriptions.indexOf(organization)] ?? []).every((token) => !token.capitalized || DETERMINERS.has(token.lower))) {
    // "The regional transport authority, Västtrafik,": an organisation described, then named in apposition.
    info.kind = "organization";
    info.kindIsCertain = true;
    info.name = joinTokens(text, named.name).replace(POSSESSIVE_END, "");
    info.nameTokens = named.name.map((token) => token.lower.replace(POSSESSIVE_END, ""));
    const descriptor = (parts[descriptions.indexOf(organization)] ?? []).filter((token) => token.kind === "word" && !DETERMINERS.has(token.lower));
    const head = descriptor[descriptor.length - 1];
    if (head !== undefined) {
      info.role = joinTokens(text, descriptor);
      info.roleKey = head.lower;
    }
    return info;
  } else if (organization !== undefined) {
    info.kind = "organization";
    info.kindIsCertain = true;
    const orgIndex = descriptions.indexOf(organization);
    const partTokens = parts[orgIndex]?.filter((token) => token.kind === "word" || token.kind === "number") ?? [];
    const orgTokens = organization.name.length > 0 ? organization.name : partTokens;
    // "Fintech firm Lumora", "British home goods retailer Brightwell Group Plc": the name follows the descriptor.
    let lastLower = -1;
    orgTokens.forEach((token, index) => {
      // "Chipmaker Norvik beats forecasts": a headline capitalises the descriptor it opens with.
      const descriptorWord = !token.capitalized || (index === 0 && COMPANY_DESCRIPTORS.has(token.lower) && orgTokens.length > 1);
      if (descriptorWord && !DETERMINERS.has(token.lower) && !INNER_PREPOSITIONS.has(token.lower) && token.lower !== "and") lastLower = index;
    });
    const afterDescriptor = orgTokens.slice(lastLower + 1);
    const described = lastLower >= 0 && afterDescriptor.length > 0 && afterDescriptor.every((token) => token.capitalized || INNER_PREPOSITIONS.has(token.lower));
    const article = partTokens[0];
    // Keep the article the article uses ("The Pentagon said"), unless a descriptor came first.
    let nameTokens = described ? afterDescriptor : organization.startsWithArticle && article !== undefined && article.lower === "the" && orgTokens === organization.name ? [article, ...orgTokens] : orgTokens;
    // "LSEG data", "a Reuters tally", "a Chicago Police Department news release": the source, not its document.
    let end = nameTokens.length;
    while (end > 1 && !(nameTokens[end - 1]?.capitalized ?? true) && DOCUMENT_WORDS.has(nameTokens[end - 1]?.lower ?? "")) end--;
    if (end < nameTokens.length && nameTokens.slice(0, end).some((token) => token.capitalized && !DETERMINERS.has(token.lower))) nameTokens = nameTokens.slice(0, end);
    info.name = joinTokens(text, nameTokens).replace(POSSESSIVE_END, "");
    info.nameTokens = nameTokens.filter((token) => !DETERMINERS.has(token.lower)).map((token) => token.lower);
    const descriptor = described ? orgTokens[lastLower] : undefined;
    if (descriptor !== undefined) {
      info.role = joinTokens(text, orgTokens.slice(0, lastLower + 1).filter((token) => !DETERMINERS.has(token.lower)));
      info.roleKey = descriptor.lower;
    }
    return info;
  } else if (descriptions.some((description) => description.group)) {
    info.kind = "group";
    info.kindIsCertain = true;
    info.name = info.text;
    info.nameTokens = [];
    return info;
  } else {
    info.kind = "role";
    info.kindIsCertain = true;
  }

  if (roleDescription !== undefined) {
    const roleTokens = roleDescription.roleTokens.filter((token) => token.kind === "word" || token.kind === "number");
    info.role = joinTokens(text, roleTokens).replace(POSSESSIVE_END, "");
    info.roleKey = normalizeRole(roleTokens);
    const partTokens = parts[roleIndex] ?? [];
    const articleFirst = partTokens[0];
    const aliasTokens = roleDescription.startsWithArticle && articleFirst !== undefined && roleDescription.name.length === 0 ? [articleFirst, ...roleTokens] : roleTokens;
    info.roleAlias = joinTokens(text, aliasTokens).replace(POSSESSIVE_END, "");
    if (info.role === "") info.role = null;
  }
  if (info.kind === "role" && info.roleKey !== null && SPOKES_ROLES.has(info.roleKey) && roleDescription !== undefined) {
    // "A Corps spokesman", "A State Department spokesperson", "Lumora's spokeswoman": the organisation speaks.
    // "A spokesman for Rescue 1122": a number can close the owner's name.
    let owner = roleDescription.roleTokens.filter((token, index, all) => (token.kind === "word" && (token.capitalized || token.possessive) && !TITLE_WORDS.has(bare(token)) && !ROLE_NOUNS.has(bare(token)) && !ROLE_ABBREVIATIONS.has(bare(token))) || (token.kind === "number" && all[index - 1]?.capitalized === true));
    const ownerFirst = owner[0];
    // "A spokeswoman for the NSW planning department": the owner's name runs on to the body's head word.
    const roleWords = roleDescription.roleTokens;
    const ownerAt = ownerFirst === undefined ? -1 : roleWords.indexOf(ownerFirst);
    const bodyHead = ownerAt < 0 ? -1 : roleWords.findIndex((token, index) => index > ownerAt && token.kind === "word" && !token.capitalized && GENERIC_ORGANIZATION_HEADS.has(token.lower));
    if (bodyHead > ownerAt && ownerAt >= 0 && roleWords.slice(ownerAt, bodyHead + 1).every((token) => token.kind === "word")) owner = roleWords.slice(ownerAt, bodyHead + 1);
    if (ownerFirst !== undefined && (bodyHead > ownerAt || owner.every((token) => token.capitalized || token.kind === "number"))) {
      info.kind = "organization";
      info.name = joinTokens(text, owner).replace(POSSESSIVE_END, "");
      info.nameTokens = owner.map((token) => token.lower);
      return info;
    }
    // "a ministry spokesperson", "a company spokeswoman": the ministry or company the story is about.
    const ownerNoun = roleDescription.roleTokens.find((token) => token.kind === "word" && !token.capitalized && GENERIC_ORGANIZATION_HEADS.has(token.lower));
    if (ownerNoun !== undefined) {
      // "a spokesman for the provincial finance department": the body's modifiers are part of what it is called.
      let from = roleWords.indexOf(ownerNoun);
      while (from > 0 && roleWords[from - 1]?.kind === "word" && roleWords[from - 1]?.capitalized === false && !DETERMINERS.has(roleWords[from - 1]?.lower ?? "") && !INNER_PREPOSITIONS.has(roleWords[from - 1]?.lower ?? "") && !SPOKES_ROLES.has(roleWords[from - 1]?.lower ?? "") && !ROLE_NOUNS.has(roleWords[from - 1]?.lower ?? "")) from--;
      const owned = roleWords.slice(from, roleWords.indexOf(ownerNoun) + 1);
      info.kind = "organization";
      info.name = owned.map((token) => token.lower).join(" ");
      info.nameTokens = owned.map((token) => token.lower);
      return info;
    }
  }
  if ((info.kind === "role" || info.kind === "person") && named === undefined && firstToken.lower === "our") {
    // "Our correspondent", "our reporter": the publication's own staff report; they are not a source.
    info.kind = "group";
    info.name = info.text;
    return info;
  }
  if (info.kind === "role" && named === undefined && UNNAMED_INDIVIDUAL.has(firstToken.lower) && !(info.roleKey !== null && SPOKES_ROLES.has(info.roleKey))) {
    // "an AFP correspondent", "a senior security official", "a diplomat based in Tripoli": somebody left unnamed.
    info.kind = "group";
    info.name = info.text;
    return info;
  }
  if (info.kind === "role" && info.roleKey === null) {
    if (UNNAMED_INDIVIDUAL.has(firstToken.lower)) {
      // "one user on X", "a passer-by": somebody the article does not name.
      info.kind = "group";
      info.name = info.text;
      return info;
    }
    // "the neighbor", "this reporter": a description of somebody, with its noun as the role to link by.
    if (DETERMINERS.has(firstToken.lower) && lastToken.kind === "word" && !lastToken.capitalized && phrase.parts.length === 1) {
      // "the ruling said", "the opinion says": a court's written decision speaks for the judge who wrote it.
      info.roleKey = JUDICIAL_DOCUMENTS.has(lastToken.lower) ? "judge" : lastToken.lower;
      return info;
    }
    // A capitalised phrase with no role word and no name (odd); treat as a named person-like phrase.
    info.kind = "person";
    info.name = info.text;
    info.nameTokens = [];
  }
  info.gender = genderOf(tokens.slice(phrase.first, phrase.last + 1));
  if (info.roleKey === null && named !== undefined) {
    for (const token of named.titleTokens) {
      const office = OFFICE_TITLES.get(bare(token));
      if (office !== undefined) info.roleKey = office;
    }
  }
  return info;
}

export function isSourceDocumentPhrase(tokens: readonly Token[], phrase: NounPhrase): number {
  // Returns the index just after "from/by/of" when the phrase is "a statement from X", else -1.
  for (let index = phrase.first; index <= phrase.last && index - phrase.first < 5; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (SOURCE_DOCUMENT_NOUNS.has(token.lower)) {
      const next = tokens[index + 1];
      if (next !== undefined && (next.lower === "from" || next.lower === "by" || next.lower === "of")) return index + 2;
      const publisher = publisherStart(tokens, index);
      if (publisher >= 0) return publisher;
    }
  }
  return -1;
}

const JUDICIAL_DOCUMENTS = wordSet(["ruling", "opinion", "judgment", "judgement"]);

/** Documents written by researchers, whose findings are not an organisation's word ("according to the paper"). */
const ACADEMIC_DOCUMENTS = wordSet(["paper", "papers", "study", "studies", "research", "findings", "analysis"]);
/** Participles that say where a document was published, not who wrote it ("documents posted on the agency's website"). */
export const PUBLISHING_PARTICIPLES = wordSet(["released", "posted", "published", "filed", "seen", "obtained", "reviewed", "cited", "issued", "submitted", "made", "shared", "lodged", "tendered", "compiled", "prepared", "produced", "provided", "collected", "gathered"]);
/** Participles that name who read a document, not who wrote it ("a memo seen by Reuters", "records obtained by the Post"). */
const READING_PARTICIPLES = wordSet(["seen", "obtained", "reviewed", "cited"]);

/**
 * "a statement released by X", "figures compiled by X", "results published by X": the document at `index` is its
 * publisher's word, and the publisher's phrase starts at the returned index (-1 if no publisher is named). "A memo
 * seen by Reuters" names only who read it.
 */
export function publisherStart(tokens: readonly Token[], index: number): number {
  const participle = tokens[index + 1];
  if (participle === undefined || !PUBLISHING_PARTICIPLES.has(participle.lower) || READING_PARTICIPLES.has(participle.lower)) return -1;
  return tokens[index + 2]?.lower === "by" ? index + 3 : -1;
}

export function unnamedMention(text: string, tokens: readonly Token[], first: number, last: number, kind: "group" | "pronoun", pronoun: MentionInfo["pronoun"]): MentionInfo | null {
  const firstToken = tokens[first];
  const lastToken = tokens[last];
  if (firstToken === undefined || lastToken === undefined) return null;
  const mentionText = text.slice(firstToken.start, lastToken.end);
  return {
    start: firstToken.start,
    end: lastToken.end,
    text: mentionText,
    kind,
    pronoun,
    name: kind === "group" ? mentionText : null,
    nameTokens: [],
    title: null,
    role: null,
    roleKey: null,
    gender: null,
    kindIsCertain: true,
    roleAlias: null,
    descriptor: false,
  };
}

/**
 * "according to industry data", "according to council documents", "according to the fund’s annual reports",
 * "according to documents posted on the agency’s website": a document nobody is named as writing has no
 * speaker; "its filings" is the organisation "it" stands for. Returns null when the phrase is no such
 * document (or names its author: "a report by X", "figures published by X", "LSEG data", "Lumora’s filing"), with `last` the
 * phrase's last token.
 */
export function documentMention(text: string, tokens: readonly Token[], first: number): { mention: MentionInfo; last: number } | null {
  let head = -1;
  for (let index = first; index < tokens.length && index - first < 6; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word") return null;
    if (token.capitalized && !(index === first && DETERMINERS.has(token.lower))) return null;
    if (SOURCE_DOCUMENT_NOUNS.has(token.lower) || DOCUMENT_WORDS.has(token.lower)) {
      head = index;
      while (DOCUMENT_WORDS.has(tokens[head + 1]?.lower ?? "") && tokens[head + 1]?.capitalized === false) head++;
      break;
    }
    if (token.possessive && !PRONOUNS.has(token.lower) && index > first) continue;
  }
  if (head < 0) return null;
  const headToken = tokens[head];
  if (headToken === undefined || !SOURCE_DOCUMENT_NOUNS.has(headToken.lower) && !DOCUMENT_WORDS.has(headToken.lower)) return null;
  const after = tokens[head + 1];
  if (after !== undefined && (after.lower === "from" || after.lower === "by" || after.lower === "of")) return null;
  // "research firm TechInsights", "data provider LSEG": the document word describes the source that follows.
  const afterNext = tokens[head + 2];
  if (after !== undefined && after.kind === "word" && (after.capitalized || ((GENERIC_ORGANIZATION_HEADS.has(after.lower) || ROLE_NOUNS.has(after.lower) || (afterNext?.kind === "word" && afterNext.capitalized)) && !PUBLISHING_PARTICIPLES.has(after.lower)))) return null;
  let last = head;
  if (publisherStart(tokens, head) >= 0) return null;
  if (after !== undefined && PUBLISHING_PARTICIPLES.has(after.lower)) {
    last = head + 1;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (next === undefined || next.kind === "punct" || next.kind === "open-quote" || next.kind === "close-quote") break;
      last++;
    }
  }
  const opener = tokens[first];
  // "the report", "the statement": the document the story has been quoting, whose publisher speaks through it.
  if (opener !== undefined && opener.lower === "the" && head === first + 1 && last === head && !ACADEMIC_DOCUMENTS.has(headToken.lower)) return null;
  if (opener !== undefined && (opener.lower === "its" || opener.lower === "their")) {
    return wrap(unnamedMention(text, tokens, first, last, "pronoun", opener.lower === "its" ? "neuter" : "plural"), last);
  }
  return wrap(unnamedMention(text, tokens, first, last, "group", null), last);
}

const OBJECT_PRONOUNS: ReadonlyMap<string, MentionInfo["pronoun"]> = new Map([["him", "male"], ["her", "female"], ["them", "plural"]]);

/** "According to him, …", "…, according to her.": an object pronoun standing alone is the source. */
export function objectPronounMention(text: string, tokens: readonly Token[], index: number): { mention: MentionInfo; last: number } | null {
  const pronoun = OBJECT_PRONOUNS.get(tokens[index]?.lower ?? "");
  const next = tokens[index + 1];
  if (pronoun === undefined || (next !== undefined && !(next.kind === "punct" && ",.;!?".includes(next.text)))) return null;
  return wrap(unnamedMention(text, tokens, index, index, "pronoun", pronoun), index);
}

function wrap(mention: MentionInfo | null, last: number): { mention: MentionInfo; last: number } | null {
  return mention === null ? null : { mention, last };
}
