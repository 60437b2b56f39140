import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/server/db";
import { AppError, toErrorResponse } from "@/server/errors";
import { authorise } from "@/server/session";
import { teamChangeMarker } from "@/server/services/queue-changes";

export const dynamic = "force-dynamic";

const headers = { "cache-control": "no-store" };

/** GET /api/queue/changes?since=<marker> → { marker, changed }: cheap enough to poll every few seconds. */
export async function GET(request: NextRequest): Promise<NextResponse> {
  try {
    const { membership } = await authorise("viewer");
    const since = request.nextUrl.searchParams.get("since");
    if (since !== null && since.length > 200) throw new AppError("validation", "Invalid since: not a change marker.");
    const marker = await teamChangeMarker({ prisma: await prisma(), teamId: membership.teamId });
    return NextResponse.json({ marker, changed: since !== null && since !== marker }, { headers });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return NextResponse.json(body, { status, headers });
  }
}
