import { z } from "zod";
import type { ExportFileDto } from "@/server/repositories/export-files";
import { exportKinds } from "@/server/services/request-export";

export const createExportBodySchema = z
  .strictObject({
    kind: z.enum(exportKinds).describe("verdicts-csv: the team's verdicts as CSV; report-pdf: one article's verdict report as PDF."),
    params: z
      .record(z.string(), z.string().max(200))
      .default({})
      .describe("verdicts-csv: status, speaker, kind, article, from, to (as for /api/v1/verdicts.csv); report-pdf: article (its id) and include (all or published)."),
  })
  .meta({
    id: "CreateExportRequest",
    description: "An export to prepare in the background.",
    examples: [{ kind: "verdicts-csv", params: { status: "published", from: "2024-01-01" } }, { kind: "report-pdf", params: { article: "cm0article1", include: "published" } }],
  });

export const exportFileSchema = z
  .object({
    id: z.string(),
    kind: z.enum(exportKinds),
    params: z.record(z.string(), z.string()),
    status: z.enum(["queued", "running", "ready", "failed"]),
    done: z.number().describe("Rows written so far."),
    total: z.number().describe("Rows expected in all."),
    fileName: z.string().nullable(),
    contentType: z.string().nullable(),
    sizeBytes: z.number().nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "ExportFile", description: "A prepared (or preparing) export; download it from …/file once ready." });

export const createExportResponseSchema = z.object({ exportId: z.string() }).meta({ id: "CreateExportResponse" });

export function toApiExportFile(file: ExportFileDto): z.infer<typeof exportFileSchema> {
  const { createdByName: _createdByName, ...rest } = file;
  return rest;
}
