/** Word/punctuation tokens over a range of the text, with offsets into the whole text. */

import { CLASS_SPACE, CLASS_UPPER, CLASS_WORD, charClass as textCharClass } from "./text";

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

function wordToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const raw = text.slice(start, end);
  // Most words are plain lower-case ASCII, their own lower case: skip toLowerCase, which copies (two-byte) strings.
  let plain = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128 || (code >= 65 && code <= 90)) {
      plain = false;
      break;
    }
  }
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
  return { start, end, text: raw, lower, kind, capitalized: kind === "word" && (charClass(text.charCodeAt(start)) & UPPER) !== 0, possessive };
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
      let end = index + 1;
      while (end < to) {
        const next = text.charCodeAt(end);
        if ((charClass(next) & WORD) !== 0) {
          end++;
          continue;
        }
        const joinerAllowed = isInnerJoinerCode(next) || (isNumber && isNumberJoinerCode(next));
        if (joinerAllowed && end + 1 < to && (charClass(text.charCodeAt(end + 1)) & WORD) !== 0) {
          end += 2;
          continue;
        }
        // Trailing possessive apostrophe ("officers’ union") belongs to the word.
        if ((next === 0x2019 || next === 39) && !isNumber && text.charCodeAt(end - 1) === 115 && (end + 1 >= to || (charClass(text.charCodeAt(end + 1)) & WORD) === 0)) {
          end++;
        }
        break;
      }
      tokens.push(wordToken(text, index, end, isNumber ? "number" : "word"));
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
    tokens.push({ start: index, end: index + 1, text: raw, lower: code < 128 ? raw : raw.toLowerCase(), kind, capitalized: false, possessive: false });
    index++;
  }
  return tokens;
}
