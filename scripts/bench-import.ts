/**
 * `npm run bench:import`: milliseconds per importArticle (validate, hash, duplicate check, analyse,
 * store article + spans + speakers + audit in one transaction) on an in-memory PGlite database, for
 * ~1,000-word articles assembled from sentences of fixtures/articles. Every run imports a different
 * text, so the duplicate check never short-circuits. Prints median and p90 against the target.
 */

import { openDatabase } from "../server/db";
import { createUser } from "../server/services/create-user";
import { importArticle } from "../server/services/import-article";
import { countWords, generateArticle, loadSentences } from "./bench-articles";

const WARM_UP_RUNS = 5;
const RUNS = 40;
const TARGET_MEDIAN_MS = 150;

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = sorted[Math.floor(position)] ?? 0;
  const upper = sorted[Math.ceil(position)] ?? lower;
  return lower + (upper - lower) * (position - Math.floor(position));
}

function line(label: string, value: string): void {
  console.log(`${`${label}:`.padEnd(44)} ${value}`);
}

async function main(): Promise<void> {
  const sentences = loadSentences();
  const db = await openDatabase({ dataDir: "", inMemory: true });
  try {
    const { teamId, userId } = await createUser({ prisma: db.prisma, email: "bench@example.test", password: "bench-password-1", team: "Bench", role: "fact_checker" });
    const articles = Array.from({ length: WARM_UP_RUNS + RUNS }, (_, index) => generateArticle(sentences, index + 1));
    const timings: number[] = [];
    let claims = 0;
    let quotes = 0;
    for (const [index, body] of articles.entries()) {
      const started = performance.now();
      const result = await importArticle({ prisma: db.prisma, teamId, actorId: userId, title: `Bench article ${index + 1}`, body });
      const elapsed = performance.now() - started;
      if (result.duplicate) throw new Error(`run ${index + 1} hit the duplicate check: the generated texts must differ`);
      if (index < WARM_UP_RUNS) continue;
      timings.push(elapsed);
      claims += result.counts.claims;
      quotes += result.counts.quotes;
    }
    const words = articles.slice(WARM_UP_RUNS).reduce((sum, body) => sum + countWords(body), 0) / RUNS;
    const median = percentile(timings, 0.5);
    line("database", `${db.kind} in memory`);
    line("article", `~${Math.round(words).toLocaleString("en-US")} words, ${(claims / RUNS).toFixed(1)} claims and ${(quotes / RUNS).toFixed(1)} quotes on average`);
    line("runs", `${RUNS} after ${WARM_UP_RUNS} warm-up, each a different text`);
    line("importArticle median", `${median.toFixed(1)} ms (target < ${TARGET_MEDIAN_MS} ms: ${median < TARGET_MEDIAN_MS ? "met" : "NOT met"})`);
    line("importArticle p90", `${percentile(timings, 0.9).toFixed(1)} ms`);
    line("fastest / slowest", `${Math.min(...timings).toFixed(1)} / ${Math.max(...timings).toFixed(1)} ms`);
  } finally {
    await db.close();
  }
}

await main();
