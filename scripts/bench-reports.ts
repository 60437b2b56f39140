/**
 * `npm run bench:reports`: how long the reports take, on an in-memory PGlite database and on PostgreSQL.
 *
 * - an article with 50 checked claims (verdict, rationale, source each): building the report from the
 *   database, rendering it to PDF and to Markdown (medians of repeated runs);
 * - the team CSV export of 100,000 verdicts, streamed to nowhere: wall time and the process's peak
 *   resident memory, sampled every 20 ms while it streams, against the resident memory before.
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) is used to
 * create a scratch database, dropped at the end; when it cannot be reached those figures are skipped.
 * Prints one labelled figure per line.
 */

import { openDatabase, type Database } from "../server/db";
import { renderReportMarkdown } from "../server/reports/markdown";
import { renderReportPdf } from "../server/reports/pdf";
import { seedBulkVerdicts } from "../server/reports/seed-bulk-verdicts";
import { streamVerdictsCsv } from "../server/reports/verdicts-csv";
import { buildArticleReport } from "../server/services/build-article-report";
import { createUser } from "../server/services/create-user";
import { createScratchDatabase, type ScratchDatabase } from "../server/testing/scratch-database";

const REPORT_CLAIMS = 50;
const REPORT_RUNS = 15;
const CSV_ROWS = 100_000;
const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

function print(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

async function bench(kind: string, db: Database): Promise<void> {
  const { teamId, userId } = await createUser({ prisma: db.prisma, email: `bench-${kind}@desk.test`, name: "Bench Checker", password: "bench-password-1", team: "Bench", role: "editor" });

  const run = await seedBulkVerdicts({ prisma: db.prisma, teamId, authorId: userId, count: REPORT_CLAIMS, claimsPerArticle: REPORT_CLAIMS });
  const articleId = `${run}-a-1`;
  const build: number[] = [];
  const pdf: number[] = [];
  const markdown: number[] = [];
  let pdfBytes = 0;
  for (let index = 0; index < REPORT_RUNS + 2; index++) {
    const [buildMs, report] = await timed(() => buildArticleReport({ prisma: db.prisma, teamId, articleId }));
    const [pdfMs, file] = await timed(() => renderReportPdf(report));
    const [markdownMs] = await timed(() => renderReportMarkdown(report));
    // The first two runs warm up the JIT and the font cache.
    if (index < 2) continue;
    build.push(buildMs);
    pdf.push(pdfMs);
    markdown.push(markdownMs);
    pdfBytes = file.length;
  }
  print(`${kind}: report of ${REPORT_CLAIMS} checked claims, build from database`, `${median(build).toFixed(1)} ms (median of ${REPORT_RUNS})`);
  print(`${kind}: report of ${REPORT_CLAIMS} checked claims, render PDF`, `${median(pdf).toFixed(1)} ms (median of ${REPORT_RUNS}, ${(pdfBytes / 1024).toFixed(0)} KB)`);
  print(`${kind}: report of ${REPORT_CLAIMS} checked claims, render Markdown`, `${median(markdown).toFixed(2)} ms (median of ${REPORT_RUNS})`);
  print(`${kind}: report of ${REPORT_CLAIMS} checked claims, build + PDF`, `${(median(build) + median(pdf)).toFixed(1)} ms`);

  const [seedMs] = await timed(() => seedBulkVerdicts({ prisma: db.prisma, teamId, authorId: userId, count: CSV_ROWS }));
  print(`${kind}: seeding ${CSV_ROWS.toLocaleString("en")} verdicts (multi-row INSERT)`, `${(seedMs / 1000).toFixed(1)} s`);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  let bytes = 0;
  let rows = 0;
  const [csvMs] = await timed(async () => {
    const reader = streamVerdictsCsv({ prisma: db.prisma, teamId, filters: {}, onBatch: (count) => (rows += count) }).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
  });
  clearInterval(sampler);
  print(`${kind}: CSV export of ${rows.toLocaleString("en")} verdicts, time`, `${(csvMs / 1000).toFixed(2)} s (${Math.round(rows / (csvMs / 1000)).toLocaleString("en")} rows/s, ${(bytes / MB).toFixed(1)} MB)`);
  print(`${kind}: CSV export, peak RSS while streaming`, `${(peak / MB).toFixed(0)} MB (${((peak - rssBefore) / MB).toFixed(0)} MB above the ${(rssBefore / MB).toFixed(0)} MB before)`);
}

async function main(): Promise<void> {
  const embedded = await openDatabase({ dataDir: "", inMemory: true });
  try {
    await bench("PGlite", embedded);
  } finally {
    await embedded.close();
  }

  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  let scratch: ScratchDatabase;
  try {
    scratch = await createScratchDatabase(serverUrl, "factdesk_bench");
  } catch (error) {
    print("PostgreSQL", `skipped: cannot create a scratch database on BENCH_DATABASE_URL (${(error as Error).message})`);
    return;
  }
  try {
    const postgres = await openDatabase({ databaseUrl: scratch.url, dataDir: "", poolSize: 4 });
    try {
      await bench("PostgreSQL", postgres);
    } finally {
      await postgres.close();
    }
  } finally {
    await scratch.drop();
  }
}

await main();
