import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api";
import { toApiArticle } from "@/server/api-schemas/articles";
import { idParamsSchema, parsePathParams } from "@/server/api-schemas/common";
import { AppError } from "@/server/errors";
import { findArticle } from "@/server/repositories/articles";

export const dynamic = "force-dynamic";

/** GET /api/v1/articles/{id}: the article with its speakers, quotes and claims. */
export const GET = apiRoute<{ id: string }>({ role: "viewer" }, async ({ principal, prisma }, params) => {
  const { id } = parsePathParams(idParamsSchema, params, "article");
  const article = await findArticle(prisma, principal.teamId, id);
  if (!article) throw new AppError("not_found", "That article does not exist.");
  return NextResponse.json(toApiArticle(article), { headers: { "cache-control": "no-store" } });
});
