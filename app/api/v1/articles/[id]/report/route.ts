import { apiRoute } from "@/server/api";
import { idParamsSchema, parsePathParams, parseSearchParams } from "@/server/api-schemas/common";
import { reportQuerySchema } from "@/server/api-schemas/reports";
import { attachmentHeader, refusedHeader, renderArticleReport } from "@/server/reports/render";
import { buildArticleReport } from "@/server/services/build-article-report";

export const dynamic = "force-dynamic";

/** GET /api/v1/articles/{id}/report?format=…: the article's fact-check report as a file. */
export const GET = apiRoute<{ id: string }>({ role: "viewer" }, async ({ request, principal, prisma }, params) => {
  const { id } = parsePathParams(idParamsSchema, params, "article");
  const { format, include, url } = parseSearchParams(reportQuerySchema, request.nextUrl.searchParams);
  const report = await buildArticleReport({ prisma, teamId: principal.teamId, articleId: id, include, reportUrl: url ?? null });
  const rendered = await renderArticleReport(format, report);
  const headers = new Headers({
    "content-type": rendered.contentType,
    "content-disposition": attachmentHeader(rendered.fileName),
    "cache-control": "private, no-store",
  });
  if (rendered.refused.length > 0) {
    headers.set("x-factdesk-refused-count", String(rendered.refused.length));
    headers.set("x-factdesk-refused", refusedHeader(rendered.refused));
  }
  return new Response(rendered.body as BodyInit, { headers });
});
