import { z } from "zod";
import { sessionRoute } from "@/server/api";
import { AppError } from "@/server/errors";
import { attachmentHeader, refusedHeader, renderArticleReport, reportFormats } from "@/server/reports/render";
import { reportIncludes } from "@/server/reports/types";
import { buildArticleReport } from "@/server/services/build-article-report";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  format: z.enum(reportFormats, { message: `use one of ${reportFormats.join(", ")}` }),
  include: z.enum(reportIncludes).default("all"),
  /** For ClaimReview: the page where the fact-check is published (the public link, or the newsroom's own page). */
  url: z
    .url({ protocol: /^https?$/, message: "give the http(s) address of the published fact-check" })
    .max(2000)
    .optional(),
});

/** GET …/report/download?format=html|pdf|md|claimreview|annotations&include=all|published[&url=] → the file, or a JSON error. */
export const GET = sessionRoute<{ id: string }>({ role: "viewer" }, async ({ request, membership, prisma }, { id }) => {
  const raw = Object.fromEntries([...request.nextUrl.searchParams.keys()].map((key) => [key, request.nextUrl.searchParams.get(key) || undefined]));
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("validation", `Invalid ${issue?.path.join(".") || "query"}: ${issue?.message ?? "check the value"}.`);
  }
  const { format, include, url } = parsed.data;
  const report = await buildArticleReport({ prisma, teamId: membership.teamId, articleId: id, include, reportUrl: url ?? null });
  const rendered = await renderArticleReport(format, report);
  const headers = new Headers({
    "content-type": rendered.contentType,
    "content-disposition": attachmentHeader(rendered.fileName),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
  if (rendered.refused.length > 0) {
    headers.set("x-factdesk-refused-count", String(rendered.refused.length));
    headers.set("x-factdesk-refused", refusedHeader(rendered.refused));
  }
  return new Response(rendered.body as BodyInit, { headers });
});
