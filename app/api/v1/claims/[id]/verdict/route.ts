import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/server/api";
import { saveVerdictBodyLimitBytes, saveVerdictBodySchema, toApiVerdict } from "@/server/api-schemas/claims";
import { idParamsSchema, parsePathParams } from "@/server/api-schemas/common";
import { resolveRatingLabel } from "@/server/services/resolve-rating-label";
import { saveVerdict } from "@/server/services/save-verdict";

export const dynamic = "force-dynamic";

/** PUT /api/v1/claims/{id}/verdict: gives the first verdict (version 0) or changes it over the version it was based on. */
export const PUT = apiRoute<{ id: string }>({ role: "fact_checker" }, async ({ request, principal, prisma }, params) => {
  const { id } = parsePathParams(idParamsSchema, params, "claim");
  const body = await readJsonBody(request, saveVerdictBodySchema, saveVerdictBodyLimitBytes);
  const labelId = body.labelId ?? (await resolveRatingLabel({ prisma, teamId: principal.teamId, actorId: principal.userId, name: body.label ?? "" }));
  const result = await saveVerdict({
    prisma,
    teamId: principal.teamId,
    actorId: principal.userId,
    actorRole: principal.role,
    claimId: id,
    labelId,
    rationale: body.rationale,
    version: body.version,
  });
  return NextResponse.json({ created: result.created, verdict: toApiVerdict(result.verdict) }, { status: result.created ? 201 : 200, headers: { "cache-control": "no-store" } });
});
