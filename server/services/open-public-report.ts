import type { DbClient } from "@/server/repositories/client";
import { findOpenReportLink } from "@/server/repositories/report-links";
import type { ArticleReport } from "@/server/reports/types";
import { buildArticleReport } from "./build-article-report";
import { hashReportToken, publicReportPath, reportTokenPattern } from "./create-report-link";

export interface OpenPublicReportOptions {
  prisma: DbClient;
  token: string;
  /** The public origin (AUTH_URL, else the request's), for the page's own URL in ClaimReview. */
  origin: string;
}

/**
 * The report behind a public link, with published fact-checks only; null for an unknown or revoked
 * token, which the page answers as 404 like any missing page.
 */
export async function openPublicReport(options: OpenPublicReportOptions): Promise<ArticleReport | null> {
  if (!reportTokenPattern.test(options.token)) return null;
  const link = await findOpenReportLink(options.prisma, hashReportToken(options.token));
  if (!link) return null;
  return buildArticleReport({
    prisma: options.prisma,
    teamId: link.teamId,
    articleId: link.articleId,
    include: "published",
    reportUrl: new URL(publicReportPath(options.token), options.origin).toString(),
  });
}
