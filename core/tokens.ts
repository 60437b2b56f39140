/** Word/punctuation tokens over a range of the text, with offsets into the whole text. */

// The word lists add themselves to the vocabulary when loaded; tokens must see the whole vocabulary.
import "./lexicon";
import { CLASS_SPACE, CLASS_UPPER, CLASS_WORD, charClass as textCharClass } from "./text";
import { vocabularyIndex, vocabularyIndexOfAsciiAt, vocabularyWord } from "./words";

export type TokenKind = "word" | "number" | "punct" | "open-quote" | "close-quote";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, with a possessive "'s" removed, for lexicon look-ups. */
  lower: string;
  kind: TokenKind;
  capitalized: boolean;
  possessive: boolean;
  /** The index of `lower` in the vocabulary (words.ts), or -1: word features can be read by index, with no look-up. */
  wordIndex: number;
}

export const OPENING_QUOTES = new Set(["\u201c", "\u201e", "\u00ab", "\u2018", "\u201a", "\u2039"]);
export const CLOSING_QUOTES = new Set(["\u201d", "\u00bb", "\u2019", "\u203a"]);
export const STRAIGHT_QUOTES = new Set(['"', "'"]);

// Module-local aliases: the tokenizer runs per character, so it avoids cross-module look-ups in its loops.
const charClass = textCharClass;
const WORD = CLASS_WORD;
const SPACE = CLASS_SPACE;
const UPPER = CLASS_UPPER;

/** Joiners that stay inside a word when letters are on both sides: "Al-Sudani", "I’m", "U.S", "IraqiNews.com" (- ' ’ . & ‐ ‑). */
function isInnerJoinerCode(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38 || code === 0x2010 || code === 0x2011;
}

/** Joiners that stay inside a number when digits are on both sides: "2,500", "3.5" (, . :). */
function isNumberJoinerCode(code: number): boolean {
  return code === 44 || code === 46 || code === 58;
}

function isOpeningQuoteCode(code: number): boolean {
  return code === 0x201c || code === 0x201e || code === 0xab || code === 0x2018 || code === 0x201a || code === 0x2039;
}

function isClosingQuoteCode(code: number): boolean {
  return code === 0x201d || code === 0xbb || code === 0x2019 || code === 0x203a;
}

/** Whether a code unit is its own lower case for certain: ASCII other than A-Z. */
function isPlainCode(code: number): boolean {
  return code < 65 || (code > 90 && code < 128);
}

/** Whether every code unit of text[start, end) is ASCII. */
function isAsciiRange(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) >= 128) return false;
  return true;
}

/** ASCII lower case of a code unit (A-Z to a-z). */
function foldAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** `plain`: every code unit of the word is plain (see isPlainCode), so the word is its own lower case. */
function wordToken(text: string, start: number, end: number, kind: TokenKind, plain: boolean): Token {
  const ascii = kind === "word" && (plain || isAsciiRange(text, start, end));
  if (ascii) {
    // An ASCII word in the vocabulary takes its shared copy (see words.ts) as its lower case, with no lower-case
    // copy made, and a plain one is not even sliced. The possessive is read as below, on the lower case.
    let lowerEnd = end;
    if (end - start > 2) {
      const last = foldAscii(text.charCodeAt(end - 1));
      const beforeLast = foldAscii(text.charCodeAt(end - 2));
      if (last === 115 && beforeLast === 39) lowerEnd = end - 2;
      else if (last === 39 && beforeLast === 115) lowerEnd = end - 1;
    }
    const wordIndex = vocabularyIndexOfAsciiAt(text, start, lowerEnd);
    if (wordIndex >= 0) {
      const shared = vocabularyWord(wordIndex);
      const possessive = lowerEnd !== end;
      const raw = plain && !possessive ? shared : text.slice(start, end);
      return { start, end, text: raw, lower: shared, kind, capitalized: (charClass(text.charCodeAt(start)) & UPPER) !== 0, possessive, wordIndex };
    }
  }
  const raw = text.slice(start, end);
  // Most words are plain lower-case ASCII: skip toLowerCase, which copies (two-byte) strings.
  let lower = plain ? raw : raw.toLowerCase();
  let possessive = false;
  const length = lower.length;
  if (kind === "word" && length > 2) {
    const last = lower.charCodeAt(length - 1);
    const beforeLast = lower.charCodeAt(length - 2);
    if (last === 115 && (beforeLast === 39 || beforeLast === 0x2019)) {
      // "Ryder's", "Ryder’s"
      lower = lower.slice(0, -2);
      possessive = true;
    } else if ((last === 39 || last === 0x2019) && beforeLast === 115) {
      // "officers’"
      lower = lower.slice(0, -1);
      possessive = true;
    }
  }
  // An ASCII word was looked up above (and is not in the vocabulary).
  const wordIndex = kind === "word" && !ascii ? vocabularyIndex(lower) : -1;
  if (wordIndex >= 0) lower = vocabularyWord(wordIndex);
  return { start, end, text: raw, lower, kind, capitalized: kind === "word" && (charClass(text.charCodeAt(start)) & UPPER) !== 0, possessive, wordIndex };
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    const flags = charClass(code);
    if ((flags & SPACE) !== 0) {
      index++;
      continue;
    }
    if ((flags & WORD) !== 0) {
      const isNumber = code >= 48 && code <= 57;
      let plain = isPlainCode(code);
      let end = index + 1;
      while (end < to) {
        const next = text.charCodeAt(end);
        if ((charClass(next) & WORD) !== 0) {
          plain = plain && isPlainCode(next);
          end++;
          continue;
        }
        const joinerAllowed = isInnerJoinerCode(next) || (isNumber && isNumberJoinerCode(next));
        if (joinerAllowed && end + 1 < to && (charClass(text.charCodeAt(end + 1)) & WORD) !== 0) {
          plain = plain && isPlainCode(next) && isPlainCode(text.charCodeAt(end + 1));
          end += 2;
          continue;
        }
        // Trailing possessive apostrophe ("officers’ union") belongs to the word.
        if ((next === 0x2019 || next === 39) && !isNumber && text.charCodeAt(end - 1) === 115 && (end + 1 >= to || (charClass(text.charCodeAt(end + 1)) & WORD) === 0)) {
          plain = plain && next === 39;
          end++;
        }
        break;
      }
      tokens.push(wordToken(text, index, end, isNumber ? "number" : "word", plain));
      index = end;
      continue;
    }
    let kind: TokenKind = "punct";
    if (isOpeningQuoteCode(code)) kind = "open-quote";
    else if (isClosingQuoteCode(code)) kind = "close-quote";
    else if (code === 34 || code === 39) {
      const before = index > 0 ? text.charCodeAt(index - 1) : 32;
      kind = (charClass(before) & SPACE) !== 0 || index === from ? "open-quote" : "close-quote";
    }
    const raw = text.slice(index, index + 1);
    tokens.push({ start: index, end: index + 1, text: raw, lower: code < 128 ? raw : raw.toLowerCase(), kind, capitalized: false, possessive: false, wordIndex: -1 });
    index++;
  }
  return tokens;
}

/** US states as party tags write them: postal codes, AP abbreviations (without their periods) and short names. */
const US_STATES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD
   TN TX UT VT VA WA WV WI WY DC PR GU
   Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y
   N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C
   Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah`.split(/\s+/),
);

/** "D-Minn", "R-Texas", "I-Vt", "R-N.Y": a US legislator's party and state. */
function isPartyTag(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "word" || token.text.length < 3) return false;
  const party = token.text.charCodeAt(0);
  if ((party !== 68 && party !== 82 && party !== 73) || token.text.charCodeAt(1) !== 45) return false;
  return US_STATES.has(token.text.slice(2));
}

/** Words after a party tag's comma that start an appositive or relative clause, which keeps that comma. */
const APPOSITIVE_OPENERS = new Set(["the", "a", "an", "who", "whose", "which", "whom", "his", "her", "their", "its", "one", "chair", "chairman", "chairwoman", "chairperson"]);

/** The last index of the party tag starting the drop at `index` ("(" or ","), or -1 when there is no tag there. */
function partyTagEnd(tokens: readonly Token[], index: number): number {
  const opener = tokens[index];
  const tag = tokens[index + 1];
  if (opener === undefined || (opener.text !== "(" && opener.text !== ",") || tag === undefined || !isPartyTag(tag)) return -1;
  let after = index + 2;
  const period = tokens[after];
  if (period !== undefined && period.text === "." && period.start === tag.end) after++;
  if (opener.text === "(") return tokens[after]?.text === ")" ? after : -1;
  const comma = tokens[after];
  // "…, said Sen. Jane Doe, D-Minn.": a period that ends the sentence too stays.
  if (comma === undefined || comma.text !== ",") return index + 1;
  const next = tokens[after + 1];
  // "Rep. John Roe, R-Texas, the panel’s chairman, said": the comma before an appositive stays.
  const keepsComma = next !== undefined && (next.capitalized || next.kind === "number" || APPOSITIVE_OPENERS.has(next.lower));
  return keepsComma ? after - 1 : after;
}

/**
 * The tokens without party-and-state tags: "Sen. Jane Doe (D-Minn.) said", "Rep. John Roe, R-Texas, said" read
 * as "Sen. Jane Doe said", so the tag never splits a speaker from their verb. The same array when there is none.
 */
export function withoutPartyTags(tokens: Token[]): Token[] {
  let kept: Token[] | null = null;
  for (let index = 0; index < tokens.length; index++) {
    const end = partyTagEnd(tokens, index);
    if (end >= 0) {
      kept ??= tokens.slice(0, index);
      index = end;
      continue;
    }
    if (kept !== null) kept.push(tokens[index] as Token);
  }
  return kept ?? tokens;
}
