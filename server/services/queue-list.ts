import type { PrismaClient } from "@/server/repositories/client";
import { countQueueViews, listQueuePage, queueCountCap, queueOrder, type QueueCounts, type QueueItemDto, type QueueViewer } from "@/server/repositories/queue";
import type { Role } from "@/server/repositories/users";
import { transitionRefusal } from "./claim-workflow";
import { decodeCursor, encodeCursor, queueFilters, type QueueQuery } from "./queue-query";

export interface QueueListing {
  items: QueueItemDto[];
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
  counts: QueueCounts;
  /** Counting stops just past this: a count above it means "more than countCap". */
  countCap: number;
}

export interface ListQueueOptions {
  prisma: PrismaClient;
  teamId: string;
  userId: string;
  role: Role;
  query: QueueQuery;
  now?: Date;
}

/** One page of a queue view with every view's count, for the queue page and GET /api/queue. */
export async function listQueue(options: ListQueueOptions): Promise<QueueListing> {
  const { query } = options;
  const viewer: QueueViewer = { userId: options.userId, canReview: canReview(options.role, options.userId) };
  const order = queueOrder(query.view, query.sort);
  const after = query.cursor ? decodeCursor(query.cursor, order) : undefined;
  const filters = queueFilters(query);
  const now = options.now ?? new Date();
  const [page, counts] = await Promise.all([
    listQueuePage(options.prisma, { teamId: options.teamId, view: query.view, viewer, filters, order, after, limit: query.limit, now }),
    countQueueViews(options.prisma, { teamId: options.teamId, viewer, filters, now }),
  ]);
  const { blindReview } = page;
  // Blind review keeps an open claim's verdict from would-be reviewers until they rate it themselves; a
  // listing cannot tell who rated what, so it names the verdict only where it is never hidden.
  const items = page.items.map((item) =>
    blindReview && openStatuses.includes(item.status) && item.assigneeId !== options.userId ? { ...item, verdictLabel: null, verdictAuthorName: null } : item,
  );
  return { items, nextCursor: page.next ? encodeCursor(page.next) : null, counts, countCap: queueCountCap };
}

const openStatuses: readonly string[] = ["assigned", "in_research", "ready_for_review", "changes_requested"];

/** Whoever may request changes on a claim that is ready for review has a review queue (editors also approve). */
export function canReview(role: Role, userId: string): boolean {
  return transitionRefusal("request_changes", { status: "ready_for_review", role, userId, assigneeId: null, verdictAuthorId: null }) === null;
}
