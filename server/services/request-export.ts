import { z } from "zod";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { createExportFile, type ExportKind } from "@/server/repositories/export-files";
import { findReportArticle } from "@/server/repositories/reports";
import { jobNames, type JobQueue } from "@/server/jobs/queue";
import { parseVerdictExportQuery } from "@/server/reports/verdicts-csv";
import { reportIncludes } from "@/server/reports/types";

export const exportKinds = ["verdicts-csv", "report-pdf"] as const satisfies readonly ExportKind[];

export interface RequestExportOptions {
  prisma: PrismaClient;
  jobs: JobQueue;
  teamId: string;
  actorId: string | null;
  kind: ExportKind;
  /** verdicts-csv: the CSV export's filters (status, speaker, kind, article, from, to); report-pdf: article and include. */
  params: Record<string, string>;
}

const reportParamsSchema = z.object({ article: z.string().trim().min(1, "name the article").max(100), include: z.enum(reportIncludes).default("all") });

/** Checks what to export now (so a bad filter is a 422, not a failed job later), records it and queues its job. */
export async function requestExport(options: RequestExportOptions): Promise<{ exportId: string }> {
  const params = await checkedParams(options);
  const exportId = await options.prisma.$transaction(async (tx) => {
    const id = await createExportFile(tx, { teamId: options.teamId, createdById: options.actorId, kind: options.kind, params });
    await options.jobs.enqueue(tx, [{ name: jobNames.exportFile, data: { exportId: id } }]);
    await recordAudit(tx, { teamId: options.teamId, actorId: options.actorId, action: "export.request", entityType: "export", entityId: id, after: { kind: options.kind, params } });
    return id;
  });
  options.jobs.wake(jobNames.exportFile);
  return { exportId };
}

async function checkedParams(options: RequestExportOptions): Promise<Record<string, string>> {
  const given = Object.fromEntries(Object.entries(options.params).filter(([, value]) => value !== ""));
  if (options.kind === "verdicts-csv") {
    const query = parseVerdictExportQuery(new URLSearchParams(given));
    return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  }
  const parsed = reportParamsSchema.safeParse(given);
  if (!parsed.success) throw new AppError("validation", `Invalid ${parsed.error.issues[0]?.path.join(".") || "params"}: ${parsed.error.issues[0]?.message ?? "check the value"}.`);
  if (!(await findReportArticle(options.prisma, options.teamId, parsed.data.article))) throw new AppError("not_found", "That article does not exist.");
  return parsed.data;
}
