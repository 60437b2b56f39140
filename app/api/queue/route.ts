import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/server/db";
import { toErrorResponse } from "@/server/errors";
import { authorise } from "@/server/session";
import { listQueue } from "@/server/services/queue-list";
import { parseQueueQuery } from "@/server/services/queue-query";

export const dynamic = "force-dynamic";

const headers = { "cache-control": "no-store" };

/** GET /api/queue?view=&sort=&article=&speaker=&kind=&minScore=&olderThan=&assignee=&cursor=&limit= → { items, nextCursor, counts }. */
export async function GET(request: NextRequest): Promise<NextResponse> {
  try {
    const { user, membership } = await authorise("viewer");
    const query = parseQueueQuery(request.nextUrl.searchParams);
    const listing = await listQueue({ prisma: await prisma(), teamId: membership.teamId, userId: user.id, role: membership.role, query });
    return NextResponse.json(listing, { headers });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return NextResponse.json(body, { status, headers });
  }
}
