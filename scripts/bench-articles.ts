/**
 * Article texts for the import benchmarks: about 1,000 words of shuffled sentences of
 * fixtures/articles, a different text for every seed, so the duplicate check never short-circuits.
 */

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { random } from "./bench-data";

const ARTICLE_DIR = path.join(import.meta.dirname, "..", "fixtures", "articles");
export const ARTICLE_WORDS = 1_000;

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Every sentence of the fixture articles: split after . ! ? (and a closing quote) before a capital. */
export function loadSentences(): string[] {
  const files = readdirSync(ARTICLE_DIR).filter((file) => file.endsWith(".txt"));
  const sentences = files.flatMap((file) =>
    readFileSync(path.join(ARTICLE_DIR, file), "utf8")
      .split(/\n+/)
      .flatMap((paragraph) => paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])/))
      .map((sentence) => sentence.trim())
      .filter((sentence) => countWords(sentence) >= 4),
  );
  if (sentences.length < 50) {
    console.error(`bench-import: too few sentences in ${ARTICLE_DIR}`);
    process.exit(1);
  }
  return sentences;
}

/** About ARTICLE_WORDS words of shuffled sentences in paragraphs of 2–4; a different text per seed. */
export function generateArticle(sentences: readonly string[], seed: number): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < ARTICLE_WORDS) {
    const paragraph: string[] = [];
    const length = 2 + Math.floor(next() * 3);
    for (let index = 0; index < length && words < ARTICLE_WORDS; index++) {
      const sentence = sentences[Math.floor(next() * sentences.length)] ?? "";
      paragraph.push(sentence);
      words += countWords(sentence);
    }
    paragraphs.push(paragraph.join(" "));
  }
  return paragraphs.join("\n\n");
}

