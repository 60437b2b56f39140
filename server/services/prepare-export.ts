import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/repositories/client";
import { failExport, findExportForJob, finishExport, markExportRunning, noteExportRetry, updateExportProgress, type ExportJobWork } from "@/server/repositories/export-files";
import { countVerdictExport } from "@/server/repositories/reports";
import { renderArticleReport } from "@/server/reports/render";
import type { ReportInclude } from "@/server/reports/types";
import { parseVerdictExportQuery, streamVerdictsCsv, verdictExportFilters } from "@/server/reports/verdicts-csv";
import { buildArticleReport } from "./build-article-report";

export interface PrepareExportOptions {
  prisma: PrismaClient;
  exportId: string;
  batchSize?: number;
}

/**
 * Builds an export file in the background (the job handler's work) and keeps it in the database, where
 * any instance can serve it. Bad input fails it at once; anything else is thrown for the queue to retry.
 */
export async function prepareExport(options: PrepareExportOptions): Promise<"ready" | "failed" | "already done"> {
  const work = await findExportForJob(options.prisma, options.exportId);
  if (!work || work.status === "ready" || work.status === "failed") return "already done";
  try {
    if (work.kind === "verdicts-csv") await prepareVerdictsCsv(options, work);
    else await prepareReportPdf(options, work);
    return "ready";
  } catch (error) {
    if (error instanceof AppError && !error.transient) {
      await failExport(options.prisma, work.id, error.message);
      return "failed";
    }
    await noteExportRetry(options.prisma, work.id, error instanceof AppError ? error.message : "The server could not finish it; trying again.");
    throw error;
  }
}

async function prepareVerdictsCsv(options: PrepareExportOptions, work: ExportJobWork): Promise<void> {
  const { prisma } = options;
  const filters = verdictExportFilters(parseVerdictExportQuery(new URLSearchParams(work.params)));
  const total = await countVerdictExport(prisma, { teamId: work.teamId, filters });
  await markExportRunning(prisma, work.id, total);
  let rows = 0;
  const reader = streamVerdictsCsv({ prisma, teamId: work.teamId, filters, batchSize: options.batchSize, onBatch: (count) => (rows += count) }).getReader();
  const chunks: Uint8Array[] = [];
  let reported = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    if (rows !== reported) {
      reported = rows;
      await updateExportProgress(prisma, work.id, rows);
    }
  }
  const day = new Date().toISOString().slice(0, 10);
  await finishExport(prisma, work.id, { fileName: `factdesk-verdicts-${day}.csv`, contentType: "text/csv; charset=utf-8", content: Buffer.concat(chunks), done: rows });
}

async function prepareReportPdf(options: PrepareExportOptions, work: ExportJobWork): Promise<void> {
  const { prisma } = options;
  await markExportRunning(prisma, work.id, 1);
  const report = await buildArticleReport({ prisma, teamId: work.teamId, articleId: work.params.article ?? "", include: (work.params.include ?? "all") as ReportInclude, reportUrl: null });
  const rendered = await renderArticleReport("pdf", report);
  const content = typeof rendered.body === "string" ? Buffer.from(rendered.body, "utf8") : rendered.body;
  await finishExport(prisma, work.id, { fileName: rendered.fileName, contentType: rendered.contentType, content, done: 1 });
}

/** Records an export whose job used up its retries. */
export async function giveUpExport(options: { prisma: PrismaClient; exportId: string }): Promise<void> {
  const work = await findExportForJob(options.prisma, options.exportId);
  if (!work || work.status === "ready" || work.status === "failed") return;
  await failExport(options.prisma, work.id, "The export could not be prepared after several attempts. Try again later.");
}
