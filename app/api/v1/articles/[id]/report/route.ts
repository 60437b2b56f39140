import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api";
import { idParamsSchema, parsePathParams, parseSearchParams } from "@/server/api-schemas/common";
import { reportQuerySchema } from "@/server/api-schemas/reports";
import { attachmentHeader, refusedHeader, renderArticleReport, reportFormats } from "@/server/reports/render";
import { buildArticleReport } from "@/server/services/build-article-report";

export const dynamic = "force-dynamic";

type RenderedFormat = (typeof reportFormats)[number];
const isRendered = (format: string): format is RenderedFormat => (reportFormats as readonly string[]).includes(format);

/** GET /api/v1/articles/{id}/report?format=…: the article's fact-check report as a file. */
export const GET = apiRoute<{ id: string }>({ role: "viewer" }, async ({ request, principal, prisma }, params) => {
  const { id } = parsePathParams(idParamsSchema, params, "article");
  const { format, include, url } = parseSearchParams(reportQuerySchema, request.nextUrl.searchParams);
  const report = await buildArticleReport({ prisma, teamId: principal.teamId, articleId: id, include, reportUrl: url ?? null });
  if (!isRendered(format)) {
    // The report page of the web app is the HTML report; there is no standalone HTML file yet.
    return NextResponse.json(
      { error: { code: "not_implemented", message: `The ${format} report is not available from the API yet; use one of ${reportFormats.join(", ")}, or open the report page in Factdesk.` } },
      { status: 501, headers: { "cache-control": "no-store" } },
    );
  }
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
