import { zipSync, strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { waitFor } from "@/server/testing/wait-for";
import { findImportBatch, type ImportBatchDetailDto } from "@/server/repositories/import-batches";
import { listArticles } from "@/server/repositories/articles";
import { startJobWorkers } from "@/server/jobs/workers";
import type { JobQueue } from "@/server/jobs/queue";
import { createUser } from "./create-user";
import { importBatchItem } from "./import-batch-item";
import { readImportUpload } from "./read-import-bundle";
import { startBulkImport } from "./start-bulk-import";

const article = (n: number) =>
  `Council approves budget number ${n}\n\nThe city council approved a $${n}.5 million budget on Tuesday, Mayor Ada Brooks said. ` +
  `"We kept every library open," Brooks said. Spending rose ${n} percent from last year, according to the finance office.`;

async function waitForBatch(db: TestDatabase, teamId: string, batchId: string): Promise<ImportBatchDetailDto> {
  const batch = await waitFor(
    () => findImportBatch(db.prisma, teamId, batchId),
    (found) => Boolean(found?.finishedAt),
  );
  return batch!;
}

describe.each(testDatabaseKinds)("bulk import through the job queue on %s", (kind) => {
  let db: TestDatabase;
  let jobs: JobQueue;
  let teamId: string;
  let userId: string;
  let otherTeamId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId } = await createUser({ prisma: db.prisma, email: "bulk@example.test", password: "bulk-password-1", team: "Bulk desk", role: "fact_checker" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "other@example.test", password: "other-password-1", team: "Other desk", role: "admin" }));
    // A resolver that fails like a flaky DNS server: the kind of failure that is worth retrying.
    const resolveHost = () => Promise.reject(Object.assign(new Error("getaddrinfo EAI_AGAIN news.example"), { code: "EAI_AGAIN" }));
    jobs = await startJobWorkers(db, { pollingIntervalSeconds: 0.5, retryDelaySeconds: 0, resolveHost });
  }, 60_000);
  afterAll(async () => {
    await jobs.stop();
    await db.dispose();
  });

  it("imports every good line of a JSON Lines file and lists each bad one with its reason", async () => {
    const lines = [
      JSON.stringify({ title: "First", text: article(1), publisher: "Gazette", publishedAt: "2026-03-01" }),
      "",
      "{not json",
      JSON.stringify({ title: "Second", text: article(2) }),
      JSON.stringify({ text: article(3) }),
      JSON.stringify(["an", "array"]),
      JSON.stringify({ title: "Same text again", text: article(1) }),
      JSON.stringify({ title: "Nothing to import" }),
      JSON.stringify({ title: 42, text: article(4) }),
      JSON.stringify({ title: "Bad\u0000title", text: article(5) }),
    ].join("\n");
    const bundle = readImportUpload([{ name: "wire.jsonl", bytes: strToU8(lines) }]);
    expect(bundle.source).toBe("jsonl");
    const started = await startBulkImport({ prisma: db.prisma, jobs, teamId, actorId: userId, bundle });
    expect(started).toMatchObject({ total: 9, refused: 6 });

    const batch = await waitForBatch(db, teamId, started.batchId);
    expect(batch.counts).toEqual({ pending: 0, imported: 2, duplicate: 1, failed: 6 });
    const byName = new Map(batch.items.map((item) => [item.name, item]));
    expect(byName.get("line 3")?.error).toMatch(/^Not valid JSON/);
    expect(byName.get("line 5")?.error).toBe('An article given as "text" needs a "title".');
    expect(byName.get("line 6")?.error).toMatch(/JSON object/);
    expect(byName.get("line 8")?.error).toMatch(/"text" or a "url"/);
    expect(byName.get("line 9")?.error).toBe('"title" must be a string.');
    // Text the database cannot store fails its line alone, while the upload is read.
    expect(byName.get("line 10")).toMatchObject({ status: "failed", attempts: 0, error: expect.stringMatching(/^"title": The text contains a NUL character/) as unknown });
    // The same text twice: whichever ran first is imported, the other points at its article.
    const sameText = [byName.get("line 1"), byName.get("line 7")];
    expect(sameText.map((item) => item?.status).sort()).toEqual(["duplicate", "imported"]);
    expect(sameText[0]?.articleId).toBe(sameText[1]?.articleId);
    // Failures come first: they are what the person has to act on.
    expect(batch.items.slice(0, 6).every((item) => item.status === "failed")).toBe(true);

    const titles = (await listArticles(db.prisma, teamId)).map((a) => a.title).sort();
    expect(titles.length).toBe(2);
    expect(titles).toContain("Second");
  });

  it("imports a zip of article files, skipping folders and hidden files, and fails what it cannot read", async () => {
    const zip = zipSync({
      "desk/": new Uint8Array(),
      "desk/a-story.txt": strToU8(article(10)),
      "desk/b-story.html": strToU8(`<html><head><title>Harbour story</title></head><body><article><h1>Harbour story</h1><p>${article(11)}</p></article></body></html>`),
      "desk/c-notes.pdf": strToU8("%PDF-1.4"),
      "desk/d-empty.txt": new Uint8Array(),
      "desk/e-binary.txt": new Uint8Array([0, 1, 2, 3, 0, 255, 0]),
      "__MACOSX/desk/._a-story.txt": strToU8("resource fork"),
      "desk/.DS_Store": strToU8("x"),
    });
    const bundle = readImportUpload([{ name: "archive.zip", bytes: zip }]);
    expect(bundle.items.map((item) => item.name)).toEqual(["desk/a-story.txt", "desk/b-story.html", "desk/c-notes.pdf", "desk/d-empty.txt", "desk/e-binary.txt"]);
    const started = await startBulkImport({ prisma: db.prisma, jobs, teamId, actorId: userId, bundle });
    const batch = await waitForBatch(db, teamId, started.batchId);
    expect(batch.counts).toEqual({ pending: 0, imported: 2, duplicate: 0, failed: 3 });
    const failed = Object.fromEntries(batch.items.filter((item) => item.status === "failed").map((item) => [item.name, item.error]));
    expect(failed["desk/c-notes.pdf"]).toMatch(/PDF files cannot be imported/);
    expect(failed["desk/d-empty.txt"]).toBe("The file is empty.");
    expect(failed["desk/e-binary.txt"]).toMatch(/binary/);
    expect(batch.items.find((item) => item.name === "desk/b-story.html")?.articleTitle).toBe("Harbour story");
  });

  it("retries a failure that may pass and, after the last retry, records the item as failed with the error", async () => {
    const bundle = { source: "api" as const, label: "API", items: [{ name: "item 1", url: "https://news.example/story" }] };
    const started = await startBulkImport({ prisma: db.prisma, jobs, teamId, actorId: userId, bundle });
    const batch = await waitForBatch(db, teamId, started.batchId);
    const [item] = batch.items;
    expect(item).toMatchObject({ status: "failed", attempts: 4, error: "Gave up after 4 attempts: news.example could not be found: the name does not resolve (DNS lookup failed). Check the address." });
  });

  it("does an item once even when its job runs again after a crash", async () => {
    const bundle = readImportUpload([{ name: "one.jsonl", bytes: strToU8(JSON.stringify({ title: "Once", text: article(20) })) }]);
    const started = await startBulkImport({ prisma: db.prisma, jobs, teamId, actorId: userId, bundle });
    const batch = await waitForBatch(db, teamId, started.batchId);
    const itemId = batch.items[0]!.id;
    expect(await importBatchItem({ prisma: db.prisma, itemId })).toBe("already done");
    expect((await listArticles(db.prisma, teamId)).filter((a) => a.title === "Once")).toHaveLength(1);
  });

  it("keeps batches to their team", async () => {
    const bundle = readImportUpload([{ name: "x.jsonl", bytes: strToU8(JSON.stringify({ title: "Mine", text: article(30) })) }]);
    const started = await startBulkImport({ prisma: db.prisma, jobs, teamId, actorId: userId, bundle });
    await waitForBatch(db, teamId, started.batchId);
    expect(await findImportBatch(db.prisma, otherTeamId, started.batchId)).toBeNull();
    expect(await listArticles(db.prisma, otherTeamId)).toHaveLength(0);
  });
});
