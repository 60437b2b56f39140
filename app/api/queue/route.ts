import { NextResponse } from "next/server";
import { sessionRoute } from "@/server/api";
import { listQueue } from "@/server/services/queue-list";
import { parseQueueQuery } from "@/server/services/queue-query";

export const dynamic = "force-dynamic";

/** GET /api/queue?view=&sort=&article=&speaker=&kind=&minScore=&olderThan=&assignee=&cursor=&limit= → { items, nextCursor, counts }. */
export const GET = sessionRoute({ role: "viewer" }, async ({ request, user, membership, prisma }) => {
  const query = parseQueueQuery(request.nextUrl.searchParams);
  const listing = await listQueue({ prisma, teamId: membership.teamId, userId: user.id, role: membership.role, query });
  return NextResponse.json(listing, { headers: { "cache-control": "no-store" } });
});
