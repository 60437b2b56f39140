import { z } from "zod";
import { reportIncludes } from "@/server/reports/types";
import type { VerdictExportQuery } from "@/server/reports/verdicts-csv";
import { claimKindValues, claimStatuses } from "./articles";
import { idSchema } from "./common";

export const reportFormats = ["html", "pdf", "md", "claimreview", "annotations"] as const;
export type ApiReportFormat = (typeof reportFormats)[number];

export const reportMediaTypes: Record<ApiReportFormat, string> = {
  html: "text/html",
  pdf: "application/pdf",
  md: "text/markdown",
  claimreview: "application/ld+json",
  annotations: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
};

export const reportQuerySchema = z
  .strictObject({
    format: z
      .enum(reportFormats)
      .describe(
        "html: a standalone page; pdf; md: Markdown; claimreview: a JSON-LD array of schema.org ClaimReview objects of the published fact-checks (422 when there is none); annotations: W3C Web Annotations anchoring each claim in the article text.",
      ),
    include: z.enum(reportIncludes).default("all").describe("all: every checked claim, drafts marked as such; published: only published fact-checks."),
    url: z
      .url({ protocol: /^https?$/, message: "give the http(s) address of the published fact-check" })
      .max(2000)
      .optional()
      .describe("For claimreview: the page where the fact-check is published (ClaimReview's url)."),
  })
  .meta({ id: "ReportQuery" });

const day = z.iso.date("use YYYY-MM-DD");

export const verdictsCsvQuerySchema = z
  .strictObject({
    status: z.enum(claimStatuses).optional().describe("Only claims in this workflow status (e.g. published)."),
    article: idSchema.optional().describe("Only claims of this article (its id)."),
    speaker: idSchema.optional().describe("Only claims attributed to this speaker (their id)."),
    kind: z.enum(claimKindValues).optional().describe("Only claims of this kind."),
    from: day.optional().describe("Only verdicts last changed on or after this day (UTC)."),
    to: day.optional().describe("Only verdicts last changed on or before this day (UTC)."),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "the start date is after the end date", path: ["from"] })
  .meta({ id: "VerdictsCsvQuery" }) satisfies z.ZodType<VerdictExportQuery>;
