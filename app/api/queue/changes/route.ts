import { NextResponse } from "next/server";
import { sessionRoute } from "@/server/api";
import { AppError } from "@/server/errors";
import { teamChangeMarker } from "@/server/services/queue-changes";

export const dynamic = "force-dynamic";

/** GET /api/queue/changes?since=<marker> → { marker, changed }: cheap enough to poll every few seconds. */
export const GET = sessionRoute({ role: "viewer" }, async ({ request, membership, prisma }) => {
  const since = request.nextUrl.searchParams.get("since");
  if (since !== null && since.length > 200) throw new AppError("validation", "Invalid since: not a change marker.");
  const marker = await teamChangeMarker({ prisma, teamId: membership.teamId });
  return NextResponse.json({ marker, changed: since !== null && since !== marker }, { headers: { "cache-control": "no-store" } });
});
