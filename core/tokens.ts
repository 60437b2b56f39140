/** Word/punctuation tokens over a range of the text, with offsets into the whole text. */

import { isDigitCode, isSpaceCode, isUpperAt, isWordCharAt } from "./text";

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
}

/** Joiners that stay inside a word when letters are on both sides: "Al-Sudani", "I’m", "U.S", "IraqiNews.com". */
const INNER_JOINERS = new Set(["-", "'", "\u2019", ".", "&", "\u2010", "\u2011"]);
/** Joiners that stay inside a number when digits are on both sides: "2,500", "3.5". */
const NUMBER_JOINERS = new Set([",", ".", ":"]);

export const OPENING_QUOTES = new Set(["\u201c", "\u201e", "\u00ab", "\u2018", "\u201a", "\u2039"]);
export const CLOSING_QUOTES = new Set(["\u201d", "\u00bb", "\u2019", "\u203a"]);
export const STRAIGHT_QUOTES = new Set(['"', "'"]);

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const raw = text.slice(start, end);
  let lower = raw.toLowerCase();
  let possessive = false;
  if (kind === "word" && lower.length > 2 && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
    lower = lower.slice(0, -2);
    possessive = true;
  } else if (kind === "word" && lower.length > 2 && /s['\u2019]$/.test(lower)) {
    lower = lower.slice(0, -1);
    possessive = true;
  }
  return { start, end, text: raw, lower, kind, capitalized: kind === "word" && isUpperAt(text, start), possessive };
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (isSpaceCode(code)) {
      index++;
      continue;
    }
    if (isWordCharAt(text, index)) {
      const isNumber = isDigitCode(code);
      let end = index + 1;
      while (end < to) {
        if (isWordCharAt(text, end)) {
          end++;
          continue;
        }
        const char = text[end] ?? "";
        const joinerAllowed = isNumber ? NUMBER_JOINERS.has(char) || INNER_JOINERS.has(char) : INNER_JOINERS.has(char);
        if (joinerAllowed && end + 1 < to && isWordCharAt(text, end + 1)) {
          end += 2;
          continue;
        }
        // Trailing possessive apostrophe ("officers’ union") belongs to the word.
        if ((char === "\u2019" || char === "'") && !isNumber && text[end - 1] === "s" && (end + 1 >= to || !isWordCharAt(text, end + 1))) {
          end++;
        }
        break;
      }
      tokens.push(makeToken(text, index, end, isNumber ? "number" : "word"));
      index = end;
      continue;
    }
    const char = text[index] ?? "";
    let kind: TokenKind = "punct";
    if (OPENING_QUOTES.has(char)) kind = "open-quote";
    else if (CLOSING_QUOTES.has(char)) kind = "close-quote";
    else if (STRAIGHT_QUOTES.has(char)) {
      const before = index > 0 ? text.charCodeAt(index - 1) : 32;
      kind = isSpaceCode(before) || index === from ? "open-quote" : "close-quote";
    }
    tokens.push(makeToken(text, index, index + 1, kind));
    index++;
  }
  return tokens;
}
