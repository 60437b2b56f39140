/**
 * `npm run bench:analyze`: words per second of analyze() over ≥200,000 words of fixture articles (one
 * article at a time), against Intl.Segmenter sentence segmentation of the same articles as the reference;
 * then one 200,000-word document against 20,000 words, to show the cost per word does not grow with length.
 */

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../core/index";

const ARTICLE_DIR = path.join(import.meta.dirname, "..", "fixtures", "articles");
const CORPUS_WORDS = 200_000;
const SMALL_DOCUMENT_WORDS = 20_000;

function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches === null ? 0 : matches.length;
}

function loadArticles(): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(ARTICLE_DIR).filter((file) => file.endsWith(".txt")).sort();
  } catch {
    files = [];
  }
  const articles = files.map((file) => readFileSync(path.join(ARTICLE_DIR, file), "utf8")).filter((text) => countWords(text) > 0);
  if (articles.length === 0) {
    console.error(`bench-analyze: no articles in ${ARTICLE_DIR}`);
    process.exit(1);
  }
  return articles;
}

/** Articles repeated in order until they hold at least `words` words. */
function repeatToWords(articles: readonly string[], words: number): string[] {
  const corpus: string[] = [];
  let total = 0;
  for (let index = 0; total < words; index++) {
    const article = articles[index % articles.length] ?? "";
    corpus.push(article);
    total += countWords(article);
  }
  return corpus;
}

function timeIt(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

function format(wordsPerSecond: number): string {
  return `${Math.round(wordsPerSecond).toLocaleString("en-US")} words/s`;
}

function main(): void {
  const articles = loadArticles();
  const corpus = repeatToWords(articles, CORPUS_WORDS);
  const corpusWords = corpus.reduce((sum, article) => sum + countWords(article), 0);
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

  // Warm-up so both sides run JIT-compiled code.
  for (const article of articles) {
    analyze(article);
    for (const segment of segmenter.segment(article)) void segment;
  }

  let sink = 0;
  const analyzeSeconds = timeIt(() => {
    for (const article of corpus) sink += analyze(article).sentences.length;
  });
  const segmenterSeconds = timeIt(() => {
    for (const article of corpus) for (const segment of segmenter.segment(article)) sink += segment.index > -1 ? 1 : 0;
  });
  const analyzeRate = corpusWords / analyzeSeconds;
  const segmenterRate = corpusWords / segmenterSeconds;
  console.log(`corpus: ${articles.length} articles repeated to ${corpus.length} documents, ${corpusWords.toLocaleString("en-US")} words`);
  console.log(`analyze (one article at a time):            ${format(analyzeRate)}`);
  console.log(`Intl.Segmenter sentences (reference):       ${format(segmenterRate)}`);
  console.log(`ratio analyze / reference:                  ${(analyzeRate / segmenterRate).toFixed(3)} (target ≥ 0.100)`);

  const big = corpus.join("\n\n");
  const small = repeatToWords(articles, SMALL_DOCUMENT_WORDS).join("\n\n");
  const bigWords = countWords(big);
  const smallWords = countWords(small);
  analyze(small);
  const smallRuns = 5;
  const smallSeconds = timeIt(() => {
    for (let run = 0; run < smallRuns; run++) sink += analyze(small).sentences.length;
  });
  const bigSeconds = timeIt(() => {
    sink += analyze(big).sentences.length;
  });
  const smallRate = (smallWords * smallRuns) / smallSeconds;
  const bigRate = bigWords / bigSeconds;
  console.log(`one document of ${smallWords.toLocaleString("en-US")} words:            ${format(smallRate)}`);
  console.log(`one document of ${bigWords.toLocaleString("en-US")} words:           ${format(bigRate)}`);
  console.log(`cost per word, big / small:                 ${(smallRate / bigRate).toFixed(2)} (≈1 means linear)`);
  if (sink < 0) console.log(sink);
}

main();
