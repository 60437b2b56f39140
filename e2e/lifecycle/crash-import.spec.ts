import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startTestServer } from "../../scripts/test-server.mjs";
import { adminCli } from "../fixtures";
import { createScratchDatabase } from "../../server/testing/scratch-database";

// Kill -9 in the middle of a bulk import, then start again: nothing is half-imported, and the batch
// finishes on its own (or says exactly which items did not). Once on the embedded database, once on PostgreSQL.
// 200 long articles (about 6,000 words each), so the import takes long enough to be interrupted.

const itemCount = 200;

type Batch = { finishedAt: string | null; total: number; counts: Record<"pending" | "imported" | "duplicate" | "failed", number>; items: { name: string; status: string; articleId: string | null }[] };

// Each article is 150 short paragraphs with its own numbers.
const story = (run: string, n: number) =>
  `Crash run ${run} story ${n}\n\n` +
  Array.from(
    { length: 150 },
    (_, p) =>
      `The ferry company carried ${1000 + n * 13 + p} passengers on route ${n}.${p} in March, its director Tove Lind said. ` +
      `"Route ${n} is our busiest since ${1990 + ((n + p) % 30)}," Lind said. Fares rose ${(n + p) % 9} percent, according to the transport agency.`,
  ).join("\n\n");

async function readBatch(request: APIRequestContext, baseUrl: string, token: string, batchId: string): Promise<Batch> {
  const response = await request.get(`${baseUrl}/api/v1/imports/${batchId}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Batch;
}

async function createTokenByCli(admin: { email: string }, dataDir: string, databaseUrl?: string): Promise<string> {
  const result = await adminCli(["token:create", "--email", admin.email, "--team", "Demo Newsroom", "--name", "crash test"], dataDir, databaseUrl);
  expect(result.stderr).toBe("");
  return result.stdout.trim().split("\n").pop()!;
}

async function crashAndResume(request: APIRequestContext, databaseUrl?: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "factdesk-crash-"));
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : {};
  const run = `${Date.now().toString(36)}`;
  let server = await startTestServer({ dataDir, env });
  try {
    const token = await createTokenByCli(server.admin!, dataDir, databaseUrl);
    const items = Array.from({ length: itemCount }, (_, i) => ({ title: `Crash run ${run} story ${i + 1}`, text: story(run, i + 1) }));
    const created = await request.post(`${server.baseUrl}/api/v1/imports`, { headers: { authorization: `Bearer ${token}` }, data: { label: `crash ${run}`, items } });
    expect(created.status(), await created.text()).toBe(202);
    const { batchId } = (await created.json()) as { batchId: string };

    // Let part of the batch through, then kill the server without warning. (Not by watching the progress:
    // the embedded database answers one statement at a time, so a poll can lag the import.)
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const child = server.child as ChildProcess;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const killedAt = Date.now();

    server = await startTestServer({ dataDir, env, port: server.port });
    const afterCrash = await readBatch(request, server.baseUrl, token, batchId);
    expect(afterCrash.counts.imported + afterCrash.counts.pending + afterCrash.counts.failed + afterCrash.counts.duplicate).toBe(itemCount);

    // The restarted server picks the rest up by itself: on PostgreSQL the killed worker's jobs come back when they expire.
    let batch = afterCrash;
    await expect
      .poll(
        async () => {
          batch = await readBatch(request, server.baseUrl, token, batchId);
          return batch.finishedAt !== null;
        },
        // Two shared cores, with other end-to-end tests running beside it: the rest of 200 long articles can take
        // well over two minutes there (the analysis itself is about 2 s of it; the writes are the rest).
        { timeout: 300_000, intervals: [500] },
      )
      .toBe(true);
    expect(batch.counts).toEqual({ pending: 0, imported: itemCount, duplicate: 0, failed: 0 });
    // The kill did interrupt it: the batch finished only after the restart.
    expect(Date.parse(batch.finishedAt!)).toBeGreaterThan(killedAt);

    // Every item is one whole article: analysed, with its quote, and none twice.
    const articleIds = batch.items.map((item) => item.articleId);
    expect(new Set(articleIds).size).toBe(itemCount);
    for (const articleId of articleIds.filter((_, index) => index % 15 === 0)) {
      const response = await request.get(`${server.baseUrl}/api/v1/articles/${articleId}`, { headers: { authorization: `Bearer ${token}` } });
      const article = (await response.json()) as { quotes: unknown[]; claims: unknown[] };
      expect(article.quotes.length).toBeGreaterThanOrEqual(1);
      expect(article.claims.length).toBeGreaterThanOrEqual(1);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test("kill -9 during a bulk import on the embedded database: nothing half-imported, the import resumes", async ({ request }) => {
  test.setTimeout(450_000);
  await crashAndResume(request);
});

test("kill -9 during a bulk import on PostgreSQL: nothing half-imported, the import resumes", async ({ request }) => {
  test.skip(!process.env.TEST_DATABASE_URL, "needs TEST_DATABASE_URL (PostgreSQL)");
  test.setTimeout(450_000);
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, "factdesk_crash");
  try {
    await crashAndResume(request, scratch.url);
  } finally {
    await scratch.drop();
  }
});
