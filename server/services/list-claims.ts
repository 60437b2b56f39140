import type { PrismaClient } from "@/server/repositories/client";
import { listQueuePage, queueOrder, type QueueItemDto } from "@/server/repositories/queue";
import type { Role } from "@/server/repositories/users";
import { listClaimBlindStates } from "@/server/repositories/workflow";
import { isVerdictHidden } from "./blind-review";
import { canReview } from "./queue-list";
import { decodeCursor, encodeCursor, queueFilters, type QueueQuery } from "./queue-query";

export interface ListClaimsOptions {
  prisma: PrismaClient;
  teamId: string;
  userId: string;
  role: Role;
  query: QueueQuery;
  now?: Date;
}

export interface ClaimPage {
  items: QueueItemDto[];
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/**
 * One page of claims under the queue's views and filters, for GET /api/v1/claims (without the per-view
 * counts the queue page shows). With blind review on, a verdict the viewer may not see yet is left out of
 * the page, by the same rule as the claim page.
 */
export async function listClaims(options: ListClaimsOptions): Promise<ClaimPage> {
  const { prisma: db, teamId, query, userId } = options;
  const order = queueOrder(query.view, query.sort);
  const page = await listQueuePage(db, {
    teamId,
    view: query.view,
    viewer: { userId, canReview: canReview(options.role, userId) },
    filters: queueFilters(query),
    order,
    after: query.cursor ? decodeCursor(query.cursor, order) : undefined,
    limit: query.limit,
    now: options.now,
  });
  const { blindReview } = page;
  const withVerdict = page.items.filter((item) => item.verdictLabel !== null).map((item) => item.id);
  const hidden = new Set<string>();
  if (blindReview && withVerdict.length) {
    for (const state of await listClaimBlindStates(db, teamId, withVerdict, userId)) {
      if (isVerdictHidden({ ...state, blindReview, viewerId: userId, viewerRole: options.role })) hidden.add(state.claimId);
    }
  }
  return {
    items: page.items.map((item) => (hidden.has(item.id) ? { ...item, verdictLabel: null, verdictAuthorName: null } : item)),
    nextCursor: page.next ? encodeCursor(page.next) : null,
  };
}
