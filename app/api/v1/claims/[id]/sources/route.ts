import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/server/api";
import { addSourceBodyLimitBytes, addSourceBodySchema, toApiSource } from "@/server/api-schemas/claims";
import { idParamsSchema, parsePathParams } from "@/server/api-schemas/common";
import { addSource } from "@/server/services/add-source";

export const dynamic = "force-dynamic";

/** POST /api/v1/claims/{id}/sources: attaches a source to the claim. */
export const POST = apiRoute<{ id: string }>({ role: "fact_checker" }, async ({ request, principal, prisma }, params) => {
  const { id } = parsePathParams(idParamsSchema, params, "claim");
  const body = await readJsonBody(request, addSourceBodySchema, addSourceBodyLimitBytes);
  const source = await addSource({ prisma, teamId: principal.teamId, actorId: principal.userId, claimId: id, source: body });
  return NextResponse.json(toApiSource(source), { status: 201, headers: { "cache-control": "no-store" } });
});
