/**
 * `npm run bench:bulk-import`: a .zip of 1,000 generated ~1,000-word articles read, queued and imported
 * by the background job workers, end to end, on in-memory PGlite and (when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set) on PostgreSQL. Prints the time to queue the batch and articles per second.
 */

import { strToU8, zipSync } from "fflate";
import { openDatabase, type Database } from "../server/db";
import { startJobWorkers } from "../server/jobs/workers";
import { findImportBatch } from "../server/repositories/import-batches";
import { createUser } from "../server/services/create-user";
import { readImportUpload } from "../server/services/read-import-bundle";
import { startBulkImport } from "../server/services/start-bulk-import";
import { generateArticle, loadSentences } from "./bench-articles";
import { createScratchDatabase } from "../server/testing/scratch-database";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1_000);

function line(label: string, value: string): void {
  console.log(`${`${label}:`.padEnd(40)} ${value}`);
}

async function run(db: Database, zip: Uint8Array): Promise<void> {
  const { teamId, userId } = await createUser({ prisma: db.prisma, email: "bulk-bench@example.test", password: "bench-password-1", team: "Bulk bench", role: "fact_checker" });
  const jobs = await startJobWorkers(db, { pollingIntervalSeconds: 0.5 });
  try {
    const started = performance.now();
    const bundle = readImportUpload([{ name: "bench.zip", bytes: zip }]);
    const { batchId } = await startBulkImport({ prisma: db.prisma, jobs, teamId, actorId: userId, bundle });
    const queuedMs = performance.now() - started;
    for (;;) {
      const batch = await findImportBatch(db.prisma, teamId, batchId, 1);
      if (batch?.finishedAt) {
        const seconds = (performance.now() - started) / 1000;
        line(`${db.kind}: read + queue ${ARTICLES} items`, `${queuedMs.toFixed(0)} ms`);
        line(`${db.kind}: all imported`, `${seconds.toFixed(1)} s, ${(ARTICLES / seconds).toFixed(1)} articles/s (${JSON.stringify(batch.counts)})`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await jobs.stop();
  }
}

async function main(): Promise<void> {
  const sentences = loadSentences();
  const files: Record<string, Uint8Array> = {};
  for (let index = 1; index <= ARTICLES; index++) files[`articles/article-${String(index).padStart(4, "0")}.txt`] = strToU8(generateArticle(sentences, index));
  const zip = zipSync(files, { level: 6 });
  line("upload", `${ARTICLES} articles of ~1,000 words, ${(zip.length / 1024 / 1024).toFixed(1)} MB zipped`);

  const embedded = await openDatabase({ dataDir: "", inMemory: true });
  try {
    await run(embedded, zip);
  } finally {
    await embedded.close();
  }

  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    line("postgresql", "skipped (set BENCH_DATABASE_URL)");
    return;
  }
  const scratch = await createScratchDatabase(serverUrl, "factdesk_bulk_bench");
  const server = await openDatabase({ databaseUrl: scratch.url, dataDir: "" });
  try {
    await run(server, zip);
  } finally {
    await server.close();
    await scratch.drop();
  }
}

await main();
