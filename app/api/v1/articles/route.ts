import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/server/api";
import { createArticleBodyLimitBytes, createArticleBodySchema, toApiArticle } from "@/server/api-schemas/articles";
import { AppError } from "@/server/errors";
import { findArticle } from "@/server/repositories/articles";
import { importArticle } from "@/server/services/import-article";

export const dynamic = "force-dynamic";

/** POST /api/v1/articles: imports and analyses an article; the same text again gives the existing article (200, duplicate). */
export const POST = apiRoute({ role: "fact_checker" }, async ({ request, principal, prisma }) => {
  const body = await readJsonBody(request, createArticleBodySchema, createArticleBodyLimitBytes);
  const result = await importArticle({
    prisma,
    teamId: principal.teamId,
    actorId: principal.userId,
    title: body.title,
    body: body.text,
    sourceUrl: body.url ?? null,
    publisher: body.publisher || null,
    publishedAt: body.publishedAt ? new Date(body.publishedAt) : null,
  });
  const article = await findArticle(prisma, principal.teamId, result.articleId);
  if (!article) throw new AppError("internal", "The imported article could not be read back.");
  const location = `/api/v1/articles/${article.id}`;
  return NextResponse.json(
    { duplicate: result.duplicate, article: toApiArticle(article) },
    { status: result.duplicate ? 200 : 201, headers: { "cache-control": "no-store", [result.duplicate ? "content-location" : "location"]: location } },
  );
});
