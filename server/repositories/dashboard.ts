import type { ClaimKind, ClaimStatus, Role } from "@/generated/prisma/client";
import type { DbClient } from "./client";

export interface MemberWorkloadDto {
  userId: string;
  name: string;
  role: Role;
  assigned: number;
  inResearch: number;
  changesRequested: number;
  /** Their own claims waiting for someone else's review. */
  awaitingReview: number;
  /** Claims ready for review that they may review (not their own verdicts); 0 for viewers. */
  reviewsWaiting: number;
}

export interface OldestClaimDto {
  id: string;
  text: string;
  kind: ClaimKind;
  score: number;
  articleId: string;
  articleTitle: string;
  statusChangedAt: string;
}

export interface TeamDashboardDto {
  byStatus: Record<ClaimStatus, number>;
  published: { count: number; medianHours: number | null };
  members: MemberWorkloadDto[];
  oldestUnassigned: OldestClaimDto[];
}

const emptyStatusCounts = (): Record<ClaimStatus, number> => ({
  new: 0,
  assigned: 0,
  in_research: 0,
  ready_for_review: 0,
  changes_requested: 0,
  approved: 0,
  published: 0,
  not_check_worthy: 0,
});

const reviewerRoles: readonly Role[] = ["fact_checker", "editor", "admin"];

/** The team's workload at a glance: claims by state, time to publish, who holds what, what waits longest. */
export async function loadTeamDashboard(db: DbClient, teamId: string, oldestLimit = 8): Promise<TeamDashboardDto> {
  const [statusRows, publishRows, workRows, authoredReadyRows, memberRows, oldestRows] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: { teamId, deletedAt: null }, _count: { _all: true } }),
    db.$queryRaw<{ count: number; medianSeconds: number | null }[]>`
      SELECT count(*)::int AS count,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."publishedAt" - c."createdAt"))::float8 AS "medianSeconds"
      FROM "Claim" c
      WHERE c."teamId" = ${teamId} AND c."deletedAt" IS NULL AND c.status = 'published' AND c."publishedAt" IS NOT NULL`,
    db.claim.groupBy({
      by: ["assigneeId", "status"],
      where: { teamId, deletedAt: null, assigneeId: { not: null }, status: { in: ["assigned", "in_research", "changes_requested", "ready_for_review"] } },
      _count: { _all: true },
    }),
    db.$queryRaw<{ authorId: string | null; count: number }[]>`
      SELECT v."authorId", count(*)::int AS count
      FROM "Claim" c LEFT JOIN "Verdict" v ON v."claimId" = c.id
      WHERE c."teamId" = ${teamId} AND c."deletedAt" IS NULL AND c.status = 'ready_for_review'
      GROUP BY v."authorId"`,
    db.membership.findMany({ where: { teamId }, orderBy: { user: { name: "asc" } }, select: { role: true, user: { select: { id: true, name: true } } } }),
    db.claim.findMany({
      where: { teamId, deletedAt: null, status: "new" },
      orderBy: [{ statusChangedAt: "asc" }, { id: "asc" }],
      take: oldestLimit,
      select: { id: true, text: true, kind: true, score: true, statusChangedAt: true, article: { select: { id: true, title: true } } },
    }),
  ]);

  const byStatus = emptyStatusCounts();
  for (const row of statusRows) byStatus[row.status] = row._count._all;

  const work = new Map<string, Partial<Record<ClaimStatus, number>>>();
  for (const row of workRows) {
    if (!row.assigneeId) continue;
    work.set(row.assigneeId, { ...work.get(row.assigneeId), [row.status]: row._count._all });
  }
  const readyTotal = authoredReadyRows.reduce((sum, row) => sum + row.count, 0);
  const readyByAuthor = new Map(authoredReadyRows.map((row) => [row.authorId, row.count]));

  const publish = publishRows[0];
  return {
    byStatus,
    published: { count: publish?.count ?? 0, medianHours: publish?.medianSeconds == null ? null : publish.medianSeconds / 3600 },
    members: memberRows.map((member) => {
      const counts = work.get(member.user.id) ?? {};
      return {
        userId: member.user.id,
        name: member.user.name,
        role: member.role,
        assigned: counts.assigned ?? 0,
        inResearch: counts.in_research ?? 0,
        changesRequested: counts.changes_requested ?? 0,
        awaitingReview: counts.ready_for_review ?? 0,
        reviewsWaiting: reviewerRoles.includes(member.role) ? readyTotal - (readyByAuthor.get(member.user.id) ?? 0) : 0,
      };
    }),
    oldestUnassigned: oldestRows.map((row) => ({
      id: row.id,
      text: row.text,
      kind: row.kind,
      score: row.score,
      articleId: row.article.id,
      articleTitle: row.article.title,
      statusChangedAt: row.statusChangedAt.toISOString(),
    })),
  };
}
