import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api";
import { toApiClaimDetail } from "@/server/api-schemas/claims";
import { idParamsSchema, parsePathParams } from "@/server/api-schemas/common";
import { AppError } from "@/server/errors";
import { loadClaimDetail } from "@/server/services/load-claim-detail";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims/{id}: the claim with its sources and verdict (and the verdict's version, to change it). */
export const GET = apiRoute<{ id: string }>({ role: "viewer" }, async ({ principal, prisma }, params) => {
  const { id } = parsePathParams(idParamsSchema, params, "claim");
  const detail = await loadClaimDetail({ prisma, teamId: principal.teamId, viewerId: principal.userId, viewerRole: principal.role, claimId: id });
  if (!detail) throw new AppError("not_found", "That claim does not exist.");
  return NextResponse.json(toApiClaimDetail(detail), { headers: { "cache-control": "no-store" } });
});
