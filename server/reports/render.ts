import { renderReportHtml } from "./html";
import { AppError } from "@/server/errors";
import { buildClaimReviews, type ClaimReviewRefusal } from "./claim-review";
import { renderReportMarkdown } from "./markdown";
import { renderReportPdf } from "./pdf";
import { reportFileName, type ArticleReport } from "./types";
import { buildWebAnnotations } from "./web-annotations";

export const reportFormats = ["html", "pdf", "md", "claimreview", "annotations"] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface RenderedReport {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
  /** ClaimReview only: the entries left out and why (the body holds only valid ClaimReview items). */
  refused: ClaimReviewRefusal[];
}

/**
 * One report in one download format. ClaimReview answers a JSON array of valid ClaimReview objects, ready
 * to paste into a page, and lists what it left out in `refused` (the route handler sends it as the
 * X-Factdesk-Refused header); when nothing can be exported it throws a 422 that names every reason.
 */
export async function renderArticleReport(format: ReportFormat, report: ArticleReport): Promise<RenderedReport> {
  switch (format) {
    case "html":
      return { body: renderReportHtml(report), contentType: "text/html; charset=utf-8", fileName: reportFileName(report, "html"), refused: [] };
    case "pdf":
      return { body: new Uint8Array(await renderReportPdf(report)), contentType: "application/pdf", fileName: reportFileName(report, "pdf"), refused: [] };
    case "md":
      return { body: renderReportMarkdown(report), contentType: "text/markdown; charset=utf-8", fileName: reportFileName(report, "md"), refused: [] };
    case "annotations":
      return {
        body: `${JSON.stringify(buildWebAnnotations(report), null, 2)}\n`,
        contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
        fileName: reportFileName(report, "annotations.jsonld"),
        refused: [],
      };
    case "claimreview": {
      const { items, refused } = buildClaimReviews(report);
      if (items.length === 0) {
        const reasons = refused.map((refusal) => `${refusal.claimId}: ${refusal.reasons.join("; ")}`);
        const message =
          refused.length === 0
            ? "Nothing to export: this report has no published fact-check."
            : `No fact-check of this report can be exported as ClaimReview. ${reasons.join(" | ")}`;
        throw new AppError("validation", message, refused);
      }
      return {
        body: `${JSON.stringify(items, null, 2)}\n`,
        contentType: "application/ld+json; charset=utf-8",
        fileName: reportFileName(report, "claimreview.jsonld"),
        refused,
      };
    }
  }
}

/** Content-Disposition for a download, with an ASCII fallback name and the UTF-8 one (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The refusals as a compact ASCII header value (JSON, at most 20 entries), for clients that want them. */
export function refusedHeader(refused: ClaimReviewRefusal[]): string {
  return JSON.stringify(refused.slice(0, 20)).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
