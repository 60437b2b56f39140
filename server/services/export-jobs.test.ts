import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { waitFor } from "@/server/testing/wait-for";
import { findExportFile, readExportContent, type ExportFileDto } from "@/server/repositories/export-files";
import { seedBulkVerdicts } from "@/server/reports/seed-bulk-verdicts";
import { startJobWorkers } from "@/server/jobs/workers";
import type { JobQueue } from "@/server/jobs/queue";
import { AppError } from "@/server/errors";
import { createUser } from "./create-user";
import { importArticle } from "./import-article";
import { prepareExport } from "./prepare-export";
import { requestExport } from "./request-export";

async function waitForExport(db: TestDatabase, teamId: string, exportId: string): Promise<ExportFileDto> {
  const file = await waitFor(
    () => findExportFile(db.prisma, teamId, exportId),
    (found) => found?.status === "ready" || found?.status === "failed",
  );
  return file!;
}

describe.each(testDatabaseKinds)("exports prepared by background jobs on %s", (kind) => {
  let db: TestDatabase;
  let jobs: JobQueue;
  let teamId: string;
  let userId: string;
  let otherTeamId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId } = await createUser({ prisma: db.prisma, email: "exports@example.test", password: "exports-password-1", team: "Export desk", role: "editor" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "rival-exports@example.test", password: "rival-password-1", team: "Rival desk", role: "admin" }));
    await seedBulkVerdicts({ prisma: db.prisma, teamId, authorId: userId, count: 2_500 });
    await seedBulkVerdicts({ prisma: db.prisma, teamId: otherTeamId, authorId: null, count: 300 });
    jobs = await startJobWorkers(db, { pollingIntervalSeconds: 0.5, retryDelaySeconds: 0 });
  }, 120_000);
  afterAll(async () => {
    await jobs.stop();
    await db.dispose();
  });

  it("prepares the team's verdicts CSV with progress, kept for download", async () => {
    const { exportId } = await requestExport({ prisma: db.prisma, jobs, teamId, actorId: userId, kind: "verdicts-csv", params: {} });
    const file = await waitForExport(db, teamId, exportId);
    expect(file).toMatchObject({ status: "ready", total: 2_500, done: 2_500, contentType: "text/csv; charset=utf-8", error: null });
    expect(file.fileName).toMatch(/^factdesk-verdicts-\d{4}-\d{2}-\d{2}\.csv$/);
    const content = await readExportContent(db.prisma, teamId, exportId);
    const lines = content!.content.toString("utf8").trimEnd().split("\r\n");
    // A header and one row per verdict of this team only.
    expect(lines).toHaveLength(2_501);
    expect(file.sizeBytes).toBe(content!.content.length);
    expect(await readExportContent(db.prisma, otherTeamId, exportId)).toBeNull();
    expect(await findExportFile(db.prisma, otherTeamId, exportId)).toBeNull();
  });

  it("applies the filters, and refuses a bad one before queuing anything", async () => {
    const { exportId } = await requestExport({ prisma: db.prisma, jobs, teamId, actorId: userId, kind: "verdicts-csv", params: { status: "published", kind: "" } });
    const file = await waitForExport(db, teamId, exportId);
    expect(file.status).toBe("ready");
    expect(file.params).toEqual({ status: "published" });
    expect(file.total).toBeGreaterThan(0);
    expect(file.total).toBeLessThan(2_500);
    await expect(requestExport({ prisma: db.prisma, jobs, teamId, actorId: userId, kind: "verdicts-csv", params: { status: "bogus" } })).rejects.toThrow(AppError);
  });

  it("prepares an article's report as a PDF, and refuses another team's article", async () => {
    const { articleId } = await importArticle({ prisma: db.prisma, teamId, actorId: userId, title: "Export report", body: 'The bridge cost $48 million, the city said. "It opens in May," said Mayor Ada Brooks.' });
    const { exportId } = await requestExport({ prisma: db.prisma, jobs, teamId, actorId: userId, kind: "report-pdf", params: { article: articleId } });
    const file = await waitForExport(db, teamId, exportId);
    expect(file).toMatchObject({ status: "ready", contentType: "application/pdf" });
    const content = await readExportContent(db.prisma, teamId, exportId);
    expect(content!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect(requestExport({ prisma: db.prisma, jobs: jobs, teamId: otherTeamId, actorId: null, kind: "report-pdf", params: { article: articleId } })).rejects.toThrow("That article does not exist.");
  });

  it("prepares an export once even when its job runs again", async () => {
    const { exportId } = await requestExport({ prisma: db.prisma, jobs, teamId, actorId: userId, kind: "verdicts-csv", params: { kind: "numeric" } });
    await waitForExport(db, teamId, exportId);
    expect(await prepareExport({ prisma: db.prisma, exportId })).toBe("already done");
  });
});
