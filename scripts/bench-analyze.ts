/**
 * `npm run bench:analyze`: words per second of analyze() over ≥200,000 words of fixture articles (one
 * article at a time), against Intl.Segmenter sentence segmentation of the same articles as the reference;
 * then one 200,000-word document against 20,000 words, to show the cost per word does not grow with length.
 *
 * The machine may be shared, so every figure is the median of several runs, and the two sides of each
 * comparison are run alternately (analyze, reference, reference, analyze...) for about as long each, so that
 * both see the same load; the ratios are medians of those pairs. Best runs are printed too: interference only
 * ever slows a run down, so on a busy machine they are the closer estimate of the code's own speed.
 */

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyze } from "../core/index";

const ARTICLE_DIR = path.join(import.meta.dirname, "..", "fixtures", "articles");
const CORPUS_WORDS = 200_000;
const SMALL_DOCUMENT_WORDS = 20_000;
/** Timed runs per figure (the median is reported). */
const RUNS = 7;
const TARGET_RATIO = 0.1;

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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function rate(wordsPerSecond: number): string {
  return `${Math.round(wordsPerSecond).toLocaleString("en-US")} words/s`;
}

function line(label: string, value: string): void {
  console.log(`${`${label}:`.padEnd(58)} ${value}`);
}

/** Runs `first` and `second` alternately `runs` times (swapping which goes first), timing each run. */
function alternate(runs: number, first: () => void, second: () => void): { first: number[]; second: number[] } {
  const times = { first: [] as number[], second: [] as number[] };
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      times.first.push(timeIt(first));
      times.second.push(timeIt(second));
    } else {
      times.second.push(timeIt(second));
      times.first.push(timeIt(first));
    }
  }
  return times;
}

function main(): void {
  const articles = loadArticles();
  const corpus = repeatToWords(articles, CORPUS_WORDS);
  const corpusWords = corpus.reduce((sum, article) => sum + countWords(article), 0);
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  let sink = 0;

  const analyzeCorpus = (): void => {
    for (const article of corpus) sink += analyze(article).sentences.length;
  };
  const segmentCorpus = (): void => {
    for (const article of corpus) for (const segment of segmenter.segment(article)) sink += segment.index > -1 ? 1 : 0;
  };

  // Warm-up so both sides run JIT-compiled code; it also sizes the reference runs (below).
  for (let pass = 0; pass < 3; pass++) {
    for (const article of articles) {
      sink += analyze(article).sentences.length;
      for (const segment of segmenter.segment(article)) sink += segment.index > -1 ? 1 : 0;
    }
  }
  const warmAnalyze = timeIt(analyzeCorpus);
  const warmSegment = timeIt(segmentCorpus);
  // The reference segments the corpus several times per run, so that a reference run lasts about as long as an
  // analyze run and both sample the same machine load.
  const referenceRepeats = Math.max(1, Math.min(50, Math.round(warmAnalyze / Math.max(warmSegment, 1e-6))));
  const segmentRun = (): void => {
    for (let repeat = 0; repeat < referenceRepeats; repeat++) segmentCorpus();
  };

  const corpusTimes = alternate(RUNS, analyzeCorpus, segmentRun);
  const analyzeRate = corpusWords / median(corpusTimes.first);
  const referenceRate = (corpusWords * referenceRepeats) / median(corpusTimes.second);
  const pairedRatios = corpusTimes.first.map((seconds, run) => (corpusWords / seconds) / ((corpusWords * referenceRepeats) / (corpusTimes.second[run] ?? seconds)));
  const ratio = median(pairedRatios);
  const bestAnalyzeRate = corpusWords / Math.min(...corpusTimes.first);
  const bestReferenceRate = (corpusWords * referenceRepeats) / Math.min(...corpusTimes.second);

  const big = corpus.join("\n\n");
  const smallDocument = repeatToWords(articles, SMALL_DOCUMENT_WORDS).join("\n\n");
  const bigWords = countWords(big);
  const smallWords = countWords(smallDocument);
  // Enough small documents per run to analyse as many words as one big document.
  const smallRepeats = Math.max(1, Math.round(bigWords / smallWords));
  sink += analyze(smallDocument).sentences.length + analyze(big).sentences.length;
  const documentTimes = alternate(
    Math.max(5, RUNS - 2),
    () => {
      for (let repeat = 0; repeat < smallRepeats; repeat++) sink += analyze(smallDocument).sentences.length;
    },
    () => void (sink += analyze(big).sentences.length),
  );
  const smallRate = (smallWords * smallRepeats) / median(documentTimes.first);
  const bigRate = bigWords / median(documentTimes.second);
  // Cost per word of the big document over that of the small ones, run by run (paired against load drift).
  const costRatio = median(documentTimes.second.map((seconds, run) => seconds / bigWords / ((documentTimes.first[run] ?? seconds) / (smallWords * smallRepeats))));

  line("corpus words", `${corpusWords.toLocaleString("en-US")} (${articles.length} articles repeated to ${corpus.length} documents)`);
  line(`analyze, one article at a time (median of ${RUNS})`, rate(analyzeRate));
  line(`Intl.Segmenter sentences, reference (median of ${RUNS})`, rate(referenceRate));
  line(`ratio analyze / reference (median of ${RUNS} paired runs)`, `${ratio.toFixed(3)} (target ≥ ${TARGET_RATIO.toFixed(3)}: ${ratio >= TARGET_RATIO ? "met" : "NOT met"})`);
  line(`analyze, best of ${RUNS} runs`, rate(bestAnalyzeRate));
  line(`Intl.Segmenter reference, best of ${RUNS} runs`, rate(bestReferenceRate));
  line("ratio of best runs", (bestAnalyzeRate / bestReferenceRate).toFixed(3));
  line(`linearity: ${smallWords.toLocaleString("en-US")}-word document of articles (median)`, rate(smallRate));
  line(`linearity: one ${bigWords.toLocaleString("en-US")}-word document (median)`, rate(bigRate));
  line("linearity: cost per word, big / small (median of pairs)", `${costRatio.toFixed(2)} (target ≤ 1.00: ${costRatio <= 1 ? "met" : "NOT met"})`);
  if (sink < 0) console.log(sink);
}

main();
