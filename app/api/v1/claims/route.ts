import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api";
import { claimListQuerySchema, toApiClaimListItem } from "@/server/api-schemas/claims";
import { parseSearchParams } from "@/server/api-schemas/common";
import { listClaims } from "@/server/services/list-claims";

export const dynamic = "force-dynamic";

/** GET /api/v1/claims: one page of a queue view under its filters, with a cursor for the next. */
export const GET = apiRoute({ role: "viewer" }, async ({ request, principal, prisma }) => {
  const query = parseSearchParams(claimListQuerySchema, request.nextUrl.searchParams);
  const page = await listClaims({ prisma, teamId: principal.teamId, userId: principal.userId, role: principal.role, query });
  return NextResponse.json({ items: page.items.map(toApiClaimListItem), nextCursor: page.nextCursor }, { headers: { "cache-control": "no-store" } });
});
