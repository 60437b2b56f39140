/**
 * `npm run eval -- GOLD_DIR [--json] [--verbose] [--predictions PRED_DIR]`
 *
 * Runs `analyze()` on every NAME.txt that has a NAME.gold.json beside it and scores the result against
 * the gold (rules in /work/shared/examples/README.md; arithmetic in eval-score.ts). With --predictions,
 * reads NAME.pred.json (an AnalysisResult) from PRED_DIR instead of running the analyser, so the scorer
 * can be checked against hand-made or saved predictions.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { AnalysisResult } from "../core/types";
import {
  locateTexts,
  metricsOf,
  scoreArticle,
  sumCounts,
  validateGold,
  type ArticleCounts,
  type ArticleScore,
  type GoldFile,
  type Metrics,
  type ScoredClaim,
  type ScoredQuote,
  type Tally,
} from "./eval-score";

interface Options {
  goldDir: string;
  json: boolean;
  verbose: boolean;
  predictionsDir: string | null;
}

const USAGE = "usage: npm run eval -- GOLD_DIR [--json] [--verbose] [--predictions PRED_DIR]";

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  let goldDir: string | null = null;
  let predictionsDir: string | null = null;
  let json = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--json") json = true;
    else if (arg === "--verbose" || arg === "-v") verbose = true;
    else if (arg === "--predictions") {
      predictionsDir = argv[++i] ?? null;
      if (predictionsDir === null) throw new UsageError("--predictions needs a directory");
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else if (goldDir === null) goldDir = arg;
    else throw new UsageError(`unexpected extra argument ${arg}`);
  }
  if (goldDir === null) throw new UsageError("missing GOLD_DIR");
  return { goldDir, json, verbose, predictionsDir };
}

/** A problem that makes the whole run meaningless (bad directory, malformed gold). */
class FatalError extends Error {}

interface ArticleInput {
  name: string;
  textPath: string;
  goldPath: string;
}

function findArticles(goldDir: string): { articles: ArticleInput[]; warnings: string[] } {
  if (!existsSync(goldDir)) throw new FatalError(`gold directory ${goldDir} does not exist`);
  if (!statSync(goldDir).isDirectory()) throw new FatalError(`${goldDir} is not a directory`);
  const files = new Set(readdirSync(goldDir));
  const warnings: string[] = [];
  const articles: ArticleInput[] = [];
  for (const file of [...files].sort()) {
    if (file.endsWith(".gold.json")) {
      const name = file.slice(0, -".gold.json".length);
      if (!files.has(`${name}.txt`)) warnings.push(`${path.join(goldDir, file)} has no ${name}.txt beside it; skipped`);
      continue;
    }
    if (!file.endsWith(".txt")) continue;
    const name = file.slice(0, -".txt".length);
    if (!files.has(`${name}.gold.json`)) {
      warnings.push(`${path.join(goldDir, file)} has no ${name}.gold.json beside it; skipped`);
      continue;
    }
    articles.push({ name, textPath: path.join(goldDir, file), goldPath: path.join(goldDir, `${name}.gold.json`) });
  }
  if (articles.length === 0) {
    throw new FatalError(`no NAME.txt + NAME.gold.json pairs in ${goldDir}${files.size === 0 ? " (the directory is empty)" : ""}`);
  }
  return { articles, warnings };
}

function readGold(goldPath: string): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldPath, "utf8"));
  } catch (error) {
    throw new FatalError(`${goldPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const { gold, problems } = validateGold(raw);
  if (gold === null) throw new FatalError(`${goldPath}: malformed gold file:\n  - ${problems.join("\n  - ")}`);
  return gold;
}

function readArticle(textPath: string): string {
  // A byte-order mark is an encoding artefact, not article text; drop it so offsets match the analyser's input.
  return readFileSync(textPath, "utf8").replace(/^\uFEFF/, "");
}

/** Turns gold texts into spans, warning about any text that is not (exactly) in the article. */
function goldSpans(name: string, text: string, gold: GoldFile, warnings: string[]) {
  const speakerNames = new Map(gold.speakers.map((speaker) => [speaker.id, speaker.name]));
  const notExact = (kind: string, index: number, needle: string) =>
    `${name}: gold ${kind}[${index}] is not an exact substring of the article ("${clip(needle, 80)}")`;

  const quotes: ScoredQuote[] = [];
  locateTexts(text, gold.quotes.map((quote) => quote.text)).forEach((located, index) => {
    const quote = gold.quotes[index];
    if (quote === undefined) return;
    if (located.span === null) {
      warnings.push(`${notExact("quotes", index, quote.text)}; not found at all, left out of scoring`);
      return;
    }
    if (!located.exact) warnings.push(`${notExact("quotes", index, quote.text)}; matched after folding quote marks/whitespace`);
    quotes.push({
      ...located.span,
      text: quote.text,
      type: quote.type,
      speakerName: quote.speaker === null ? null : (speakerNames.get(quote.speaker) ?? null),
    });
  });

  const claims: ScoredClaim[] = [];
  locateTexts(text, gold.claims.map((claim) => claim.text)).forEach((located, index) => {
    const claim = gold.claims[index];
    if (claim === undefined) return;
    if (located.span === null) {
      warnings.push(`${notExact("claims", index, claim.text)}; not found at all, left out of scoring`);
      return;
    }
    if (!located.exact) warnings.push(`${notExact("claims", index, claim.text)}; matched after folding quote marks/whitespace`);
    claims.push({ ...located.span, text: claim.text });
  });
  return { quotes, claims };
}

/**
 * Spans from the analyser are offsets into `result.text`. If the analyser changed the text (it should not),
 * offsets are meaningless here, so each span is re-found by its text instead.
 */
function predictedSpans(name: string, text: string, result: AnalysisResult, warnings: string[]) {
  const speakerNames = new Map(result.speakers.map((speaker) => [speaker.id, speaker.name]));
  const sameText = result.text === text;
  if (!sameText) warnings.push(`${name}: analyze() returned a different text than it was given; spans re-located by their text`);
  const relocated = sameText ? [] : locateTexts(text, [...result.quotes, ...result.claims].map((item) => item.text));

  const quotes: ScoredQuote[] = [];
  result.quotes.forEach((quote, index) => {
    const span = sameText ? { start: quote.start, end: quote.end } : relocated[index]?.span;
    if (!span) return;
    quotes.push({
      ...span,
      text: text.slice(span.start, span.end),
      type: quote.type,
      speakerName: quote.speakerId === null ? null : (speakerNames.get(quote.speakerId) ?? null),
    });
  });
  const claims: ScoredClaim[] = [];
  result.claims.forEach((claim, index) => {
    const span = sameText ? { start: claim.start, end: claim.end } : relocated[result.quotes.length + index]?.span;
    if (!span) return;
    claims.push({ ...span, text: text.slice(span.start, span.end) });
  });
  return { quotes, claims };
}

type Analyze = (text: string) => AnalysisResult;

async function loadAnalyzer(): Promise<Analyze> {
  try {
    const core = await import("../core/index");
    return core.analyze;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FatalError(`cannot load analyze() from core/index.ts: ${reason}`);
  }
}

function readPrediction(predictionsDir: string, name: string): AnalysisResult {
  const predictionPath = path.join(predictionsDir, `${name}.pred.json`);
  if (!existsSync(predictionPath)) throw new Error(`no ${predictionPath}`);
  return JSON.parse(readFileSync(predictionPath, "utf8")) as AnalysisResult;
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface ArticleReport {
  name: string;
  error: string | null;
  milliseconds: number;
  counts: ArticleCounts;
  metrics: Record<keyof ArticleCounts, Metrics>;
  score: ArticleScore | null;
}

const METRIC_LABELS: Record<keyof ArticleCounts, string> = {
  quotes: "quotes (span)",
  attributions: "attributions",
  directAttributions: "direct attributions",
  reportedAttributions: "reported attributions",
  claims: "claims",
};

function metricsForCounts(counts: ArticleCounts): Record<keyof ArticleCounts, Metrics> {
  return {
    quotes: metricsOf(counts.quotes),
    attributions: metricsOf(counts.attributions),
    directAttributions: metricsOf(counts.directAttributions),
    reportedAttributions: metricsOf(counts.reportedAttributions),
    claims: metricsOf(counts.claims),
  };
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function percent(value: number | null): string {
  return value === null ? "   —" : `${(value * 100).toFixed(0).padStart(3)}%`;
}

function prf(metrics: Metrics): string {
  return `${percent(metrics.precision)} ${percent(metrics.recall)} ${percent(metrics.f1)}`;
}

function tallyNote(tally: Tally): string {
  return `${tally.correctOfGold}/${tally.gold} gold, ${tally.correctOfPredicted}/${tally.predicted} predicted`;
}

function printTable(reports: readonly ArticleReport[], overall: ArticleCounts): void {
  const nameWidth = Math.max(8, ...reports.map((report) => report.name.length));
  const header = [
    "article".padEnd(nameWidth),
    "quotes P/R/F1".padEnd(14),
    "attrib P/R/F1".padEnd(14),
    "direct F1",
    "reported F1",
    "claims R/P",
  ].join(" | ");
  console.log(header);
  console.log("-".repeat(header.length));
  for (const report of reports) {
    const m = report.metrics;
    const row = [
      report.name.padEnd(nameWidth),
      prf(m.quotes),
      prf(m.attributions),
      percent(m.directAttributions.f1).padStart(9),
      percent(m.reportedAttributions.f1).padStart(11),
      `${percent(m.claims.recall)} ${percent(m.claims.precision)}`,
    ].join(" | ");
    console.log(report.error === null ? row : `${row}   ERROR: ${report.error}`);
  }
  console.log("");
  console.log("overall (micro-averaged over all articles)        precision  recall    F1   counts");
  const metrics = metricsForCounts(overall);
  for (const key of Object.keys(METRIC_LABELS) as (keyof ArticleCounts)[]) {
    const m = metrics[key];
    const label = key === "claims" ? "claims (recall; precision informative only)" : METRIC_LABELS[key];
    console.log(`  ${label.padEnd(47)} ${percent(m.precision).padStart(9)} ${percent(m.recall).padStart(7)} ${percent(m.f1).padStart(5)}   ${tallyNote(overall[key])}`);
  }
}

function speakerLabel(name: string | null): string {
  return name === null ? "(no speaker)" : name;
}

function printDetails(report: ArticleReport): void {
  const score = report.score;
  if (score === null) return;
  const lines: string[] = [];
  for (const quote of score.missedQuotes) {
    lines.push(`  MISSED quote    [${quote.type}, ${speakerLabel(quote.speakerName)}] "${clip(quote.text, 110)}"`);
  }
  for (const pair of score.matchedQuotes) {
    if (pair.speakerRight) continue;
    lines.push(
      `  WRONG SPEAKER   [${pair.gold.type}] "${clip(pair.gold.text, 80)}": gold ${speakerLabel(pair.gold.speakerName)}, predicted ${speakerLabel(pair.predicted.speakerName)}`,
    );
  }
  for (const pair of score.matchedQuotes) {
    if (pair.gold.type === pair.predicted.type) continue;
    lines.push(`  WRONG TYPE      "${clip(pair.gold.text, 80)}": gold ${pair.gold.type}, predicted ${pair.predicted.type}`);
  }
  for (const quote of score.extraQuotes) {
    lines.push(`  FALSE quote     [${quote.type}, ${speakerLabel(quote.speakerName)}] "${clip(quote.text, 110)}"`);
  }
  for (const claim of score.missedClaims) lines.push(`  MISSED claim    "${clip(claim.text, 120)}"`);
  for (const claim of score.extraClaims) lines.push(`  EXTRA claim     "${clip(claim.text, 120)}"`);
  if (lines.length === 0) return;
  console.log(`\n${report.name}:`);
  for (const line of lines) console.log(line);
}

function toJson(reports: readonly ArticleReport[], overall: ArticleCounts, warnings: readonly string[], verbose: boolean) {
  return {
    articles: reports.map((report) => ({
      name: report.name,
      error: report.error,
      milliseconds: Math.round(report.milliseconds * 10) / 10,
      counts: report.counts,
      metrics: report.metrics,
      ...(verbose && report.score !== null
        ? {
            missedQuotes: report.score.missedQuotes,
            extraQuotes: report.score.extraQuotes,
            wrongSpeaker: report.score.matchedQuotes
              .filter((pair) => !pair.speakerRight)
              .map((pair) => ({ gold: pair.gold, predicted: pair.predicted })),
            missedClaims: report.score.missedClaims,
            extraClaims: report.score.extraClaims,
          }
        : {}),
    })),
    overall: { counts: overall, metrics: metricsForCounts(overall) },
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const { articles, warnings } = findArticles(options.goldDir);
  // Validate every gold file before running anything, so a typo in one file fails fast and by name.
  const golds = articles.map((article) => ({ article, gold: readGold(article.goldPath) }));
  const analyze: Analyze | null = options.predictionsDir === null ? await loadAnalyzer() : null;

  const reports: ArticleReport[] = [];
  for (const { article, gold } of golds) {
    const text = readArticle(article.textPath);
    const goldForScoring = goldSpans(article.name, text, gold, warnings);
    let result: AnalysisResult | null = null;
    let error: string | null = null;
    const started = performance.now();
    try {
      result = analyze !== null ? analyze(text) : readPrediction(options.predictionsDir ?? "", article.name);
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const milliseconds = performance.now() - started;
    const predicted = result === null ? { quotes: [], claims: [] } : predictedSpans(article.name, text, result, warnings);
    const score = scoreArticle(text, goldForScoring, predicted);
    reports.push({ name: article.name, error, milliseconds, counts: score.counts, metrics: metricsForCounts(score.counts), score });
  }

  const overall = sumCounts(reports.map((report) => report.counts));
  if (options.json) {
    console.log(JSON.stringify(toJson(reports, overall, warnings, options.verbose), null, 2));
  } else {
    printTable(reports, overall);
    if (options.verbose) for (const report of reports) printDetails(report);
  }
  // Warnings go to stderr in both modes so --json output stays parseable.
  if (warnings.length > 0) {
    console.error(`\n${warnings.length} warning(s):`);
    for (const warning of warnings) console.error(`  ${warning}`);
  }
  const failed = reports.filter((report) => report.error !== null);
  if (failed.length > 0) {
    console.error(`\nanalyze() failed on ${failed.length} article(s): ${failed.map((report) => report.name).join(", ")}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`eval: ${error.message}\n${USAGE}`);
    else if (error instanceof FatalError) console.error(`eval: ${error.message}`);
    else console.error(error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
