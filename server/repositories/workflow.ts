import type { ClaimStatus, Origin, Prisma, Role } from "@/generated/prisma/client";
import type { DbClient } from "./client";

// The claim workflow's reads and writes: who holds a claim, who reviews it, the team's review rules and the
// claim's history. Every status change is a compare-and-set on (version, status), so of two people acting
// on the same claim at once exactly one wins.

export interface ClaimWorkflowDto {
  id: string;
  status: ClaimStatus;
  version: number;
  assigneeId: string | null;
  assigneeName: string | null;
  assignedAt: string | null;
  reviewerId: string | null;
  reviewerName: string | null;
  statusChangedAt: string;
  publishedAt: string | null;
  hasVerdict: boolean;
  verdictAuthorId: string | null;
  verdictAuthorName: string | null;
  /** The team's setting: the verdict stays hidden from a would-be reviewer until they rate the claim. */
  blindReview: boolean;
}

const workflowSelect = {
  id: true,
  status: true,
  version: true,
  assigneeId: true,
  assignedAt: true,
  reviewerId: true,
  statusChangedAt: true,
  publishedAt: true,
  assignee: { select: { name: true } },
  reviewer: { select: { name: true } },
  verdict: { select: { authorId: true, author: { select: { name: true } } } },
  article: { select: { team: { select: { blindReview: true } } } },
} as const;

/** A live claim of the team with its workflow state, or null (another team's claim is a missing one). */
export async function findClaimWorkflow(db: DbClient, teamId: string, claimId: string): Promise<ClaimWorkflowDto | null> {
  const row = await db.claim.findFirst({ where: { id: claimId, teamId, deletedAt: null }, select: workflowSelect });
  if (!row) return null;
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    assigneeId: row.assigneeId,
    assigneeName: row.assignee?.name ?? null,
    assignedAt: row.assignedAt?.toISOString() ?? null,
    reviewerId: row.reviewerId,
    reviewerName: row.reviewer?.name ?? null,
    statusChangedAt: row.statusChangedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    hasVerdict: row.verdict !== null,
    verdictAuthorId: row.verdict?.authorId ?? null,
    verdictAuthorName: row.verdict?.author?.name ?? null,
    blindReview: row.article.team.blindReview,
  };
}

export interface ClaimTransitionWrite {
  status: ClaimStatus;
  assigneeId?: string | null;
  assignedAt?: Date | null;
  reviewerId?: string | null;
  publishedAt?: Date | null;
  /** A person's decision about the claim itself (check-worthy or not), which re-analysis keeps. */
  origin?: Origin;
}

/**
 * Moves the claim only if it is still at `version` and in one of `from`; false when someone else moved it
 * first. On PostgreSQL the second of two concurrent updates waits for the first and then sees its version.
 */
export async function applyClaimTransition(
  db: DbClient,
  input: { teamId: string; claimId: string; version: number; from: readonly ClaimStatus[]; write: ClaimTransitionWrite; at: Date },
): Promise<boolean> {
  const { count } = await db.claim.updateMany({
    where: { id: input.claimId, teamId: input.teamId, deletedAt: null, version: input.version, status: { in: [...input.from] } },
    data: { ...input.write, statusChangedAt: input.at, version: { increment: 1 } },
  });
  return count === 1;
}

export interface TeamMemberDto {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

export async function findTeamMember(db: DbClient, teamId: string, userId: string): Promise<TeamMemberDto | null> {
  const row = await db.membership.findFirst({ where: { teamId, userId }, select: { role: true, user: { select: { id: true, name: true, email: true } } } });
  return row ? { userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role } : null;
}

/** Members who can research claims (fact-checkers, editors, admins), by name. */
export async function listAssignableMembers(db: DbClient, teamId: string): Promise<TeamMemberDto[]> {
  const rows = await db.membership.findMany({
    where: { teamId, role: { in: ["fact_checker", "editor", "admin"] } },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({ userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export async function findBlindReview(db: DbClient, teamId: string): Promise<boolean | null> {
  const row = await db.team.findUnique({ where: { id: teamId }, select: { blindReview: true } });
  return row?.blindReview ?? null;
}

export async function updateBlindReview(db: DbClient, teamId: string, blindReview: boolean): Promise<boolean> {
  const { count } = await db.team.updateMany({ where: { id: teamId }, data: { blindReview } });
  return count === 1;
}

export interface ClaimHistoryEventDto {
  id: string;
  action: string;
  entityType: string;
  actorId: string | null;
  actorName: string | null;
  createdAt: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
}

/**
 * The audit trail of one claim, oldest first: its own events and those of its verdict, sources, reviews and
 * comments (found by the claim id their audit entries carry, so deleted ones are listed too).
 */
export async function listClaimHistory(db: DbClient, teamId: string, claimId: string, limit = 200): Promise<ClaimHistoryEventDto[]> {
  const related = ["verdict", "source", "review", "comment"];
  const rows = await db.auditEvent.findMany({
    where: {
      teamId,
      OR: [
        { entityType: "claim", entityId: claimId },
        { entityType: { in: related }, after: { path: ["claimId"], equals: claimId } },
        { entityType: { in: related }, before: { path: ["claimId"], equals: claimId } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, entityType: true, actorId: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return rows.reverse().map((row) => ({
    id: row.id,
    action: row.action,
    entityType: row.entityType,
    actorId: row.actorId,
    actorName: row.actor?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    before: row.before,
    after: row.after,
  }));
}

export interface ClaimBlindStateDto {
  claimId: string;
  status: ClaimStatus;
  assigneeId: string | null;
  verdictAuthorId: string | null;
  hasVerdict: boolean;
  viewerHasRated: boolean;
}

/** What blind review needs to know about each claim for one viewer, in one query. */
export async function listClaimBlindStates(db: DbClient, teamId: string, claimIds: string[], viewerId: string): Promise<ClaimBlindStateDto[]> {
  if (!claimIds.length) return [];
  const rows = await db.claim.findMany({
    where: { teamId, id: { in: claimIds } },
    select: {
      id: true,
      status: true,
      assigneeId: true,
      verdict: { select: { authorId: true } },
      reviews: { where: { reviewerId: viewerId, labelId: { not: null } }, select: { id: true }, take: 1 },
    },
  });
  return rows.map((row) => ({
    claimId: row.id,
    status: row.status,
    assigneeId: row.assigneeId,
    verdictAuthorId: row.verdict?.authorId ?? null,
    hasVerdict: row.verdict !== null,
    viewerHasRated: row.reviews.length > 0,
  }));
}
