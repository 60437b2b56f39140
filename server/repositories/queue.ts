import { Prisma } from "@/generated/prisma/client";
import type { ClaimKind, ClaimStatus, Role } from "@/generated/prisma/client";
import { queryRows, type DbClient } from "./client";

export const queueViews = ["unassigned", "mine", "review", "changes", "published"] as const;
export type QueueView = (typeof queueViews)[number];

/** How a page is ordered: by check-worthiness, oldest in its state first, or (published) newest first. */
export type QueueOrder = "score" | "age" | "recent";

export interface QueueFilters {
  articleId?: string;
  speakerId?: string;
  kind?: ClaimKind;
  /** Check-worthiness in [0, 1]. */
  minScore?: number;
  /** Only claims whose status last changed more than this many days ago. */
  olderThanDays?: number;
  assigneeId?: string;
}

/** The last row of the previous page: its ordering key and id (the tie-breaker). */
export type QueueKey = { order: "score"; score: number; id: string } | { order: "age" | "recent"; at: Date; id: string };

export interface QueueViewer {
  userId: string;
  /** Fact-checkers and up review; viewers have no review queue. */
  canReview: boolean;
}

export interface QueueItemDto {
  id: string;
  version: number;
  text: string;
  kind: ClaimKind;
  score: number;
  status: ClaimStatus;
  articleId: string;
  articleTitle: string;
  speakerName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  verdictLabel: string | null;
  verdictAuthorName: string | null;
  statusChangedAt: string;
  publishedAt: string | null;
}

export type QueueCounts = Record<QueueView, number>;

const openAssignedStatuses = Prisma.raw(`('assigned', 'in_research', 'ready_for_review', 'changes_requested')`);

/** Which claims belong to a view. Every branch narrows by status first so the (teamId, status, …) indexes apply. */
function viewCondition(view: QueueView, viewer: QueueViewer): Prisma.Sql {
  switch (view) {
    case "unassigned":
      return Prisma.sql`c.status = 'new'`;
    case "mine":
      return Prisma.sql`c."assigneeId" = ${viewer.userId} AND c.status IN ${openAssignedStatuses}`;
    case "review":
      // The second pair of eyes is neither the verdict's author nor the assignee (claim-workflow "second_reviewer").
      if (!viewer.canReview) return Prisma.sql`FALSE`;
      return Prisma.sql`c.status = 'ready_for_review' AND c."assigneeId" IS DISTINCT FROM ${viewer.userId}
        AND NOT EXISTS (SELECT 1 FROM "Verdict" mine WHERE mine."claimId" = c.id AND mine."authorId" = ${viewer.userId})`;
    case "changes":
      return Prisma.sql`c."assigneeId" = ${viewer.userId} AND c.status = 'changes_requested'`;
    case "published":
      return Prisma.sql`c.status = 'published'`;
  }
}

/** Filtering by assignee only means something where claims of several people are listed. */
export function viewTakesAssigneeFilter(view: QueueView): boolean {
  return view === "review" || view === "published";
}

function filterConditions(view: QueueView, filters: QueueFilters, now: Date): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.articleId) parts.push(Prisma.sql`c."articleId" = ${filters.articleId}`);
  if (filters.speakerId) parts.push(Prisma.sql`c."speakerId" = ${filters.speakerId}`);
  if (filters.kind) parts.push(Prisma.sql`c.kind = ${filters.kind}::"ClaimKind"`);
  if (filters.minScore !== undefined && filters.minScore > 0) parts.push(Prisma.sql`c.score >= ${filters.minScore}`);
  if (filters.olderThanDays !== undefined && filters.olderThanDays > 0) {
    parts.push(Prisma.sql`c."statusChangedAt" < ${new Date(now.getTime() - filters.olderThanDays * 86_400_000)}`);
  }
  if (filters.assigneeId && viewTakesAssigneeFilter(view)) parts.push(Prisma.sql`c."assigneeId" = ${filters.assigneeId}`);
  return parts;
}

function whereClause(teamId: string, view: QueueView, viewer: QueueViewer, filters: QueueFilters, now: Date): Prisma.Sql {
  return Prisma.join(
    [Prisma.sql`c."teamId" = ${teamId}`, Prisma.sql`c."deletedAt" IS NULL`, viewCondition(view, viewer), ...filterConditions(view, filters, now)],
    " AND ",
  );
}

export function queueOrder(view: QueueView, sort: "score" | "age"): QueueOrder {
  return view === "published" ? "recent" : sort;
}

function orderBy(order: QueueOrder): Prisma.Sql {
  if (order === "score") return Prisma.sql`c.score DESC, c.id DESC`;
  if (order === "age") return Prisma.sql`c."statusChangedAt" ASC, c.id ASC`;
  return Prisma.sql`c."statusChangedAt" DESC, c.id DESC`;
}

/**
 * Keyset condition after the previous page's last row. The single-column bound is redundant with the
 * row comparison but is what lets PostgreSQL start the index scan at the cursor instead of filtering
 * its way there (the indexes end in the sort column, not in id).
 */
function afterKey(order: QueueOrder, key: QueueKey | undefined): Prisma.Sql {
  if (!key) return Prisma.empty;
  if (key.order !== order) throw new Error(`A ${key.order} cursor cannot continue a ${order} listing.`);
  if (key.order === "score") return Prisma.sql` AND c.score <= ${key.score} AND (c.score, c.id) < (${key.score}, ${key.id})`;
  if (key.order === "age") return Prisma.sql` AND c."statusChangedAt" >= ${key.at} AND (c."statusChangedAt", c.id) > (${key.at}, ${key.id})`;
  return Prisma.sql` AND c."statusChangedAt" <= ${key.at} AND (c."statusChangedAt", c.id) < (${key.at}, ${key.id})`;
}

type QueueRow = Omit<QueueItemDto, "statusChangedAt" | "publishedAt"> & { statusChangedAt: Date; publishedAt: Date | null };

export interface QueuePageInput {
  teamId: string;
  view: QueueView;
  viewer: QueueViewer;
  filters: QueueFilters;
  order: QueueOrder;
  after?: QueueKey;
  limit: number;
  now?: Date;
}

/** One page of a queue view, plus the key to continue after it (null on the last page). */
export async function listQueuePage(
  db: DbClient,
  input: QueuePageInput,
): Promise<{ items: QueueItemDto[]; next: QueueKey | null; /** The team's blind-review setting; false when the page is empty. */ blindReview: boolean }> {
  const now = input.now ?? new Date();
  // The page is cut from Claim alone before the joins: with many equal scores the sort has to read a
  // whole group of ties, and joining only the rows that make the page keeps that cheap. The team's
  // blind-review setting comes along (evaluated once), so listing a page is one statement, not two.
  const rows = await queryRows<QueueRow & { teamBlindReview: boolean }>(
    db,
    Prisma.sql`
    SELECT c.id, c.version, c.text, c.kind::text AS kind, c.score, c.status::text AS status, c."articleId",
      (SELECT a.title FROM "Article" a WHERE a.id = c."articleId") AS "articleTitle",
      (SELECT s.name FROM "Speaker" s WHERE s.id = c."speakerId") AS "speakerName",
      c."assigneeId", (SELECT u.name FROM "User" u WHERE u.id = c."assigneeId") AS "assigneeName",
      (SELECT l.name FROM "RatingLabel" l WHERE l.id = v."labelId") AS "verdictLabel",
      (SELECT u.name FROM "User" u WHERE u.id = v."authorId") AS "verdictAuthorName",
      c."statusChangedAt", c."publishedAt", (SELECT t."blindReview" FROM "Team" t WHERE t.id = ${input.teamId}) AS "teamBlindReview"
    FROM (
      SELECT c.id, c.version, c.text, c.kind, c.score, c.status, c."articleId", c."speakerId", c."assigneeId", c."statusChangedAt", c."publishedAt"
      FROM "Claim" c
      WHERE ${whereClause(input.teamId, input.view, input.viewer, input.filters, now)}${afterKey(input.order, input.after)}
      ORDER BY ${orderBy(input.order)}
      LIMIT ${input.limit + 1}
    ) c
    LEFT JOIN "Verdict" v ON v."claimId" = c.id
    ORDER BY ${orderBy(input.order)}`,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const next: QueueKey | null =
    rows.length > input.limit && last
      ? input.order === "score"
        ? { order: "score", score: last.score, id: last.id }
        : { order: input.order, at: last.statusChangedAt, id: last.id }
      : null;
  return {
    items: page.map(({ teamBlindReview: _setting, ...row }) => ({ ...row, statusChangedAt: row.statusChangedAt.toISOString(), publishedAt: row.publishedAt?.toISOString() ?? null })),
    next,
    blindReview: rows[0]?.teamBlindReview ?? false,
  };
}

/**
 * Tabs show at most this many claims per view ("500+"): counting stops there, so the counts cost the
 * same for a team with 50,000 open claims as for one with 2,000.
 */
export const queueCountCap = 500;

/** How many claims each view holds under the same filters (up to queueCountCap + 1), in one round trip. */
export async function countQueueViews(db: DbClient, input: { teamId: string; viewer: QueueViewer; filters: QueueFilters; now?: Date }): Promise<QueueCounts> {
  const now = input.now ?? new Date();
  const count = (view: QueueView) =>
    Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Claim" c WHERE ${whereClause(input.teamId, view, input.viewer, input.filters, now)} LIMIT ${queueCountCap + 1}) capped)`;
  const [row] = await db.$queryRaw<QueueCounts[]>`
    SELECT ${count("unassigned")} AS unassigned, ${count("mine")} AS mine, ${count("review")} AS review,
      ${count("changes")} AS changes, ${count("published")} AS published`;
  return row ?? { unassigned: 0, mine: 0, review: 0, changes: 0, published: 0 };
}

/**
 * Locks the best unassigned claim matching the filters, skipping rows another transaction holds, so
 * concurrent takers each get a different claim. Call inside a transaction; null when none is left.
 */
export async function lockNextUnassignedClaim(
  tx: Prisma.TransactionClient,
  input: { teamId: string; filters: QueueFilters; order: "score" | "age"; now?: Date },
): Promise<{ id: string; version: number } | null> {
  const viewer: QueueViewer = { userId: "", canReview: false };
  const [row] = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT c.id, c.version FROM "Claim" c
    WHERE ${whereClause(input.teamId, "unassigned", viewer, input.filters, input.now ?? new Date())}
    ORDER BY ${orderBy(input.order)}
    LIMIT 1
    FOR UPDATE OF c SKIP LOCKED`;
  return row ?? null;
}

export interface ClaimAssignmentState {
  id: string;
  version: number;
  status: ClaimStatus;
  assigneeId: string | null;
  verdictAuthorId: string | null;
}

export async function findClaimsForAssignment(db: DbClient, teamId: string, ids: readonly string[]): Promise<ClaimAssignmentState[]> {
  const rows = await db.claim.findMany({
    where: { teamId, id: { in: [...ids] }, deletedAt: null },
    select: { id: true, version: true, status: true, assigneeId: true, verdict: { select: { authorId: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    status: row.status,
    assigneeId: row.assigneeId,
    verdictAuthorId: row.verdict?.authorId ?? null,
  }));
}

export async function findMemberRole(db: DbClient, teamId: string, userId: string): Promise<{ role: Role; name: string } | null> {
  const row = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId } }, select: { role: true, user: { select: { name: true } } } });
  return row ? { role: row.role, name: row.user.name } : null;
}

/**
 * The team's latest change: its newest audit event and how many events fall in the 30 seconds before it.
 * The count catches a transaction that commits late with an older timestamp than the newest event
 * (a timestamp is taken when the row is written, not at commit), which the newest event alone would miss.
 */
export async function latestTeamChange(db: DbClient, teamId: string): Promise<{ at: Date; id: string; recent: number } | null> {
  const [row] = await db.$queryRaw<{ at: Date; id: string; recent: number }[]>`
    SELECT latest."createdAt" AS at, latest.id,
      (SELECT count(*)::int FROM "AuditEvent" e WHERE e."teamId" = ${teamId} AND e."createdAt" > latest."createdAt" - interval '30 seconds') AS recent
    FROM (SELECT "createdAt", id FROM "AuditEvent" WHERE "teamId" = ${teamId} ORDER BY "createdAt" DESC, id DESC LIMIT 1) latest`;
  return row ?? null;
}

export interface QueueFilterOptions {
  articles: { id: string; title: string }[];
  speakers: { id: string; name: string }[];
  members: { id: string; name: string; role: Role }[];
}

/** Choices for the filter controls: recent articles (and the chosen one), speakers, members. */
export async function queueFilterOptions(db: DbClient, teamId: string, selectedArticleId?: string): Promise<QueueFilterOptions> {
  const [articles, selected, speakers, members] = await Promise.all([
    db.article.findMany({ where: { teamId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 100, select: { id: true, title: true } }),
    selectedArticleId ? db.article.findFirst({ where: { teamId, id: selectedArticleId }, select: { id: true, title: true } }) : Promise.resolve(null),
    db.speaker.findMany({ where: { teamId }, orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } }),
    db.membership.findMany({ where: { teamId }, orderBy: { user: { name: "asc" } }, select: { role: true, user: { select: { id: true, name: true } } } }),
  ]);
  return {
    articles: selected && !articles.some((article) => article.id === selected.id) ? [selected, ...articles] : articles,
    speakers,
    members: members.map((member) => ({ id: member.user.id, name: member.user.name, role: member.role })),
  };
}
