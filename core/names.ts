/** An index of the capitalised multi-word names an article uses, so a bare surname can find its full name. */

import { DETERMINERS, FUNCTION_WORDS, isNameParticle, MONTHS, ORGANIZATION_WORDS, ROLE_NOUNS, SENTENCE_STARTERS, TITLE_WORDS, WEEKDAYS } from "./lexicon";
import { isWordCharAt } from "./text";
import { tokenize, type Token } from "./tokens";

/** Words that make a capitalised run a place or thing rather than a person ("Harbor City", "Lowry Park"). */
const NON_PERSON_WORDS = new Set(
  `city park street road avenue square river lake mountain mount island islands league cup stadium arena airport
   station bridge hall county state states province district region valley bay beach coast north south east west
   northern southern eastern western united kingdom republic island gulf sea ocean strait forces force games
   cathedral church mosque temple museum gallery theatre theater tower building plaza centre center street's
   day week month year olympics championship championships series prize award awards act bill law treaty accord`.split(/\s+/),
);


/** "I've", "We're", "It’s": a pronoun with a contraction is never a name. */
const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she|it|that|there|here|what|who|let)['\u2019]/;

function isNameWord(token: Token): boolean {
  if (token.kind !== "word") return false;
  if (PRONOUN_CONTRACTION.test(token.lower)) return false;
  const key = token.lower.replace(/\.$/, "");
  if (!token.capitalized) return isNameParticle(token.text);
  if (token.text.length > 1 && token.text === token.text.toUpperCase()) return false;
  // "Under Calloway, ...", "But Ashby manager ...", "Well, ...": a capitalised function word is never part of a name.
  if (FUNCTION_WORDS.has(key)) return false;
  return !TITLE_WORDS.has(key) && !ROLE_NOUNS.has(key) && !ORGANIZATION_WORDS.has(key) && !NON_PERSON_WORDS.has(key) && !WEEKDAYS.has(key) && !MONTHS.has(key) && !DETERMINERS.has(key) && !PRONOUN_WORDS.has(key);
}

const FULL_NAME_WINDOW = 20_000;
/** How many places a surname is looked up before giving up on finding its full name. */
const MAX_SURNAME_LOOKUPS = 50;

/**
 * The first full name ("Marcus Hale") that ends with `surname` ("Hale") in the article: the capitalised
 * name words right before one of its occurrences, skipping titles and roles ("Coach Marcus Hale").
 */
export function findFullName(text: string, surname: string, near = 0): string | undefined {
  const needle = surname.replace(/['\u2019]s$/, "").trim();
  if (needle.length < 2 || /\s/.test(needle)) return undefined;
  // Look only in a window around the mention: full names are given near their surnames, and it keeps each look-up bounded.
  const windowStart = Math.max(0, near - FULL_NAME_WINDOW);
  const windowEnd = Math.min(text.length, near + FULL_NAME_WINDOW / 4);
  let from = windowStart;
  for (let lookups = 0; lookups < MAX_SURNAME_LOOKUPS; lookups++) {
    const at = text.indexOf(needle, from);
    if (at < 0 || at >= windowEnd) return undefined;
    from = at + needle.length;
    if ((at > 0 && isWordCharAt(text, at - 1)) || (from < text.length && isWordCharAt(text, from))) continue;
    const tokens = tokenize(text, Math.max(0, at - 60), at);
    let first = tokens.length;
    while (first > 0 && tokens.length - first < 3) {
      const token = tokens[first - 1];
      if (token === undefined || !isNameWord(token) || token.possessive || token.end !== (tokens[first]?.start ?? at) - 1) break;
      first--;
    }
    const opener = tokens[first];
    if (opener !== undefined && first < tokens.length && !(SENTENCE_STARTERS.has(opener.lower) && first === tokens.length - 1)) {
      return text.slice(opener.start, from);
    }
  }
  return undefined;
}

const PRONOUN_WORDS = new Set(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its"]);
const MALE_WORDS = new Set(["he", "his", "him", "himself"]);
const FEMALE_WORDS = new Set(["she", "her", "hers", "herself"]);

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
}

const ORGANIZATION_JOINERS = new Set(["of", "for", "and", "&", "the"]);

function isAcronymToken(token: Token): boolean {
  return token.kind === "word" && /^[A-Z][A-Z.&]{1,7}$/.test(token.text) && token.text.replace(/[.&]/g, "").length >= 2;
}

/** Capitalised runs that name organisations: they contain an organisation word or are an acronym. */
function findOrganizationOccurrences(tokens: readonly Token[], floor: number): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  let index = floor;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "word" || !token.capitalized) {
      index++;
      continue;
    }
    let end = index;
    let hasOrganizationWord = false;
    for (let next = index; next < tokens.length && next - index < 8; next++) {
      const word = tokens[next];
      if (word === undefined || word.kind !== "word") break;
      if (word.capitalized) {
        end = next;
        if (ORGANIZATION_WORDS.has(word.lower.replace(/\.$/, "")) || isAcronymToken(word)) hasOrganizationWord = true;
        if (word.possessive) break;
      } else if (!ORGANIZATION_JOINERS.has(word.lower)) break;
    }
    const first = tokens[index];
    const last = tokens[end];
    const single = end === index;
    const opener = index === floor && single && SENTENCE_STARTERS.has(token.lower);
    if (hasOrganizationWord && first !== undefined && last !== undefined && !opener) {
      found.push({ start: first.start, end: last.end, tokens: tokens.slice(index, end + 1).map((word) => word.lower), subject: false, gender: null, organization: true });
    }
    index = end + 1;
  }
  return found;
}

/**
 * Every capitalised name run in one sentence, in order. Used to find who a later "he" or "she" is:
 * antecedents are often named in sentences that quote nobody.
 */
export function findNameOccurrences(tokens: readonly Token[], floor: number): NameOccurrence[] {
  const occurrences: NameOccurrence[] = [];
  let clauseClean = true;
  let index = floor;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    if (!isNameWord(token) || !token.capitalized) {
      const key = token.lower.replace(/\.$/, "");
      // "His daughter, Gina, was …": a role in apposition before the name keeps it the subject.
      const previous = tokens[index - 1];
      const appositiveComma = token.text === "," && previous !== undefined && ROLE_NOUNS.has(previous.lower);
      const keepsSubject = token.capitalized || TITLE_WORDS.has(key) || ROLE_NOUNS.has(key) || DETERMINERS.has(key) || token.text === "." || token.text === "-" || appositiveComma;
      if (!keepsSubject) clauseClean = false;
      index++;
      continue;
    }
    let end = index;
    while (end + 1 < tokens.length && end - index < 4) {
      const next = tokens[end + 1];
      if (next === undefined || !isNameWord(next) || tokens[end]?.possessive) break;
      end++;
    }
    const first = tokens[index];
    const last = tokens[end];
    if (first !== undefined && last !== undefined) {
      const words = tokens.slice(index, end + 1).map((word) => word.lower);
      const sentenceOpener = index === floor && SENTENCE_STARTERS.has(first.lower) && end === index;
      if (!sentenceOpener) {
        occurrences.push({ start: first.start, end: last.end, tokens: words, subject: clauseClean, gender: null, organization: false });
      }
    }
    // "Northgate manager Paul Redding": a name used as a modifier before a role keeps the clause open.
    const after = tokens[end + 1];
    const afterKey = after?.lower.replace(/\.$/, "") ?? "";
    clauseClean = clauseClean && after !== undefined && (ROLE_NOUNS.has(afterKey) || TITLE_WORDS.has(afterKey));
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
  if (opener !== undefined && opener.lower === "the") {
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
  return [...occurrences, ...organizations].sort((a, b) => a.start - b.start);
}

