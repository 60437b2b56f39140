/**
 * One shared copy of each vocabulary word (the lower-case words of the word lists).
 *
 * Why: tokens are sliced out of the article, and when the article holds any character beyond Latin-1 (a curly
 * quote is enough) V8 stores every slice in two bytes. Looking such a string up in a word set hashes it and then
 * compares it, in the engine's slow path, with the set's one-byte copy; at a few thousand look-ups per article
 * that was a sizeable share of the analysis. A token whose lower case is a vocabulary word takes the shared
 * copy instead: the internalised string, which every word set and string literal holding that word shares, so a
 * look-up is a pointer comparison. The content is the same, so no result changes.
 *
 * The vocabulary is found by its own hash table over character codes, read straight from the article, so that
 * the common words ("the", "said") need no slice of their own at all.
 */

/**
 * An open-addressing table of a power-of-two number of slots, each three integers in a row (one cache line holds
 * what a probe reads): the word's index + 1 (0: empty), its hash and its length.
 */
const SLOT_SIZE = 3;
let slotCount = 1 << 12;
let slots = new Int32Array(slotCount * SLOT_SIZE);
const words: string[] = [];

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the ASCII lower case of source[start, end) (A-Z read as a-z), so both kinds of look-up share it. */
function hashOf(source: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
  }
  return hash;
}

function find(source: string, start: number, end: number, fold: boolean): number {
  const hash = hashOf(source, start, end);
  const mask = slotCount - 1;
  const length = end - start;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const at = slot * SLOT_SIZE;
    const entry = slots[at] ?? 0;
    if (entry === 0) return -1;
    if (slots[at + 1] !== hash || slots[at + 2] !== length) continue;
    const word = words[entry - 1] as string;
    let same = true;
    for (let offset = 0; offset < length && same; offset++) {
      const code = source.charCodeAt(start + offset);
      same = word.charCodeAt(offset) === (fold && code >= 65 && code <= 90 ? code + 32 : code);
    }
    if (same) return entry - 1;
  }
}

/** The index of the vocabulary word equal to source[start, end) (see vocabularyWord), or -1. */
export function vocabularyIndexAt(source: string, start: number, end: number): number {
  return find(source, start, end, false);
}

/**
 * The index of the vocabulary word equal to the lower case of source[start, end), or -1, for ASCII text only
 * (where lower-casing is A-Z to a-z): "The" finds "the" without a lower-case copy being made.
 */
export function vocabularyIndexOfAsciiAt(source: string, start: number, end: number): number {
  return find(source, start, end, true);
}

/** The vocabulary word with this index (the shared copy). */
export function vocabularyWord(index: number): string {
  return words[index] as string;
}

/** The index of a word in the vocabulary, or -1. */
export function vocabularyIndex(word: string): number {
  return vocabularyIndexAt(word, 0, word.length);
}

function place(word: string, index: number): void {
  const hash = hashOf(word, 0, word.length);
  const mask = slotCount - 1;
  let slot = hash & mask;
  while ((slots[slot * SLOT_SIZE] ?? 0) !== 0) slot = (slot + 1) & mask;
  slots[slot * SLOT_SIZE] = index + 1;
  slots[slot * SLOT_SIZE + 1] = hash;
  slots[slot * SLOT_SIZE + 2] = word.length;
}

/** The engine's internalised copy of a string: property names are internalised. */
function internalized(word: string): string {
  return Object.keys({ [word]: 0 })[0] ?? word;
}

/** The shared copies of `list`, adding them to the vocabulary. */
export function vocabularyWords(list: Iterable<string>): string[] {
  const shared: string[] = [];
  for (const word of list) {
    const index = vocabularyIndex(word);
    let copy: string;
    if (index >= 0) copy = vocabularyWord(index);
    else {
      copy = internalized(word);
      words.push(copy);
      // Kept at most half full, so that probes stay short.
      if (words.length * 2 > slotCount) {
        slotCount *= 2;
        slots = new Int32Array(slotCount * SLOT_SIZE);
        words.forEach(place);
      } else place(copy, words.length - 1);
    }
    shared.push(copy);
  }
  return shared;
}

/** A set of vocabulary words, from a list or a whitespace-separated string. */
export function wordSet(list: string | Iterable<string>): ReadonlySet<string> {
  const items = typeof list === "string" ? list.split(/\s+/).filter((word) => word !== "") : list;
  return new Set(vocabularyWords(items));
}
