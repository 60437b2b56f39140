import { Prisma } from "@/generated/prisma/client";
import type { ClaimKind, ClaimStatus, QuoteType, SpeakerKind } from "@/generated/prisma/client";
import type { DbClient, PrismaClient } from "./client";

export interface ReportArticleRow {
  id: string;
  title: string;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  importedAt: string;
  wordCount: number;
  /** The pinned text, for code-point offsets of the spans; never part of a report DTO. */
  body: string;
  team: { id: string; name: string };
}

/** The article of the team with its team's name, or null (another team's id behaves like a missing one). */
export async function findReportArticle(db: DbClient, teamId: string, articleId: string): Promise<ReportArticleRow | null> {
  const row = await db.article.findFirst({
    where: { id: articleId, teamId },
    select: {
      id: true,
      title: true,
      publisher: true,
      sourceUrl: true,
      publishedAt: true,
      createdAt: true,
      wordCount: true,
      body: true,
      team: { select: { id: true, name: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    sourceUrl: row.sourceUrl,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    importedAt: row.createdAt.toISOString(),
    wordCount: row.wordCount,
    body: row.body,
    team: row.team,
  };
}

export interface ReportSpeakerRow {
  name: string;
  kind: SpeakerKind;
  title: string | null;
  role: string | null;
}

export interface ReportClaimRow {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  kind: ClaimKind;
  status: ClaimStatus;
  publishedAt: string | null;
  createdAt: string;
  quoteId: string | null;
  speaker: ReportSpeakerRow | null;
}

export interface ReportQuoteRow {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  type: QuoteType;
  createdAt: string;
  speaker: ReportSpeakerRow | null;
}

const speakerSelect = { select: { name: true, kind: true, title: true, role: true } } as const;

/** Every claim and quote of the article that nobody deleted, in text order. */
export async function listReportSpans(db: DbClient, teamId: string, articleId: string): Promise<{ claims: ReportClaimRow[]; quotes: ReportQuoteRow[] }> {
  const where = { teamId, articleId, deletedAt: null };
  const [claims, quotes] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      select: {
        id: true,
        start: true,
        end: true,
        text: true,
        prefix: true,
        suffix: true,
        kind: true,
        status: true,
        publishedAt: true,
        createdAt: true,
        quoteId: true,
        speaker: speakerSelect,
      },
    }),
    db.quote.findMany({
      where,
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      select: { id: true, start: true, end: true, text: true, prefix: true, suffix: true, type: true, createdAt: true, speaker: speakerSelect },
    }),
  ]);
  return {
    claims: claims.map((row) => ({ ...row, publishedAt: row.publishedAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() })),
    quotes: quotes.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
  };
}

export interface ClaimSignOffRow {
  /** The editor who approved it: the latest approving review, else the latest claim.approve audit entry. */
  approvedBy: string | null;
  approvedAt: string | null;
  /** Who published it, from the latest claim.publish audit entry. */
  publishedBy: string | null;
  publishedAt: string | null;
}

/** Who approved and published each claim, from the reviews and the audit log; claims of other teams get nothing. */
export async function listClaimSignOffs(db: DbClient, teamId: string, claimIds: string[]): Promise<Map<string, ClaimSignOffRow>> {
  const signOffs = new Map<string, ClaimSignOffRow>();
  if (claimIds.length === 0) return signOffs;
  const [reviews, events] = await Promise.all([
    db.review.findMany({
      where: { teamId, claimId: { in: claimIds }, decision: "approve" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { claimId: true, createdAt: true, reviewer: { select: { name: true } } },
    }),
    db.auditEvent.findMany({
      where: { teamId, entityType: "claim", entityId: { in: claimIds }, action: { in: ["claim.approve", "claim.publish"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { entityId: true, action: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  const entry = (claimId: string): ClaimSignOffRow => {
    let found = signOffs.get(claimId);
    if (!found) {
      found = { approvedBy: null, approvedAt: null, publishedBy: null, publishedAt: null };
      signOffs.set(claimId, found);
    }
    return found;
  };
  // Rows come newest first, so the first one seen for a claim is the one that counts.
  for (const review of reviews) {
    const signOff = entry(review.claimId);
    if (signOff.approvedAt) continue;
    signOff.approvedBy = review.reviewer?.name ?? null;
    signOff.approvedAt = review.createdAt.toISOString();
  }
  for (const event of events) {
    if (!event.entityId) continue;
    const signOff = entry(event.entityId);
    if (event.action === "claim.approve" && !signOff.approvedAt) {
      signOff.approvedBy = event.actor?.name ?? null;
      signOff.approvedAt = event.createdAt.toISOString();
    } else if (event.action === "claim.publish" && !signOff.publishedAt) {
      signOff.publishedBy = event.actor?.name ?? null;
      signOff.publishedAt = event.createdAt.toISOString();
    }
  }
  return signOffs;
}

export interface VerdictExportFilters {
  status?: ClaimStatus;
  speakerId?: string;
  kind?: ClaimKind;
  articleId?: string;
  /** Verdicts last changed at or after this instant. */
  updatedFrom?: Date;
  /** Verdicts last changed before this instant. */
  updatedBefore?: Date;
}

export interface VerdictExportRow {
  verdictId: string;
  claimId: string;
  articleTitle: string;
  articleUrl: string | null;
  claimText: string;
  speakerName: string | null;
  kind: ClaimKind;
  status: ClaimStatus;
  labelName: string;
  labelValue: number;
  worstRating: number;
  bestRating: number;
  rationale: string;
  sourceCount: number;
  authorName: string | null;
  approvedBy: string | null;
  updatedAt: Date;
}

/** Conditions on the claim "c" of a verdict (the team is checked on the verdict and on the claim). */
function claimConditions(teamId: string, filters: VerdictExportFilters): Prisma.Sql {
  const parts = [Prisma.sql`c."teamId" = ${teamId}`, Prisma.sql`c."deletedAt" IS NULL`];
  if (filters.status) parts.push(Prisma.sql`c.status = ${filters.status}::"ClaimStatus"`);
  if (filters.speakerId) parts.push(Prisma.sql`c."speakerId" = ${filters.speakerId}`);
  if (filters.kind) parts.push(Prisma.sql`c.kind = ${filters.kind}::"ClaimKind"`);
  if (filters.articleId) parts.push(Prisma.sql`c."articleId" = ${filters.articleId}`);
  return Prisma.join(parts, " AND ");
}

function verdictConditions(teamId: string, filters: VerdictExportFilters): Prisma.Sql {
  const parts = [Prisma.sql`v."teamId" = ${teamId}`];
  if (filters.updatedFrom) parts.push(Prisma.sql`v."updatedAt" >= ${filters.updatedFrom}`);
  if (filters.updatedBefore) parts.push(Prisma.sql`v."updatedAt" < ${filters.updatedBefore}`);
  return Prisma.join(parts, " AND ");
}

/** How many verdicts the export's filters match, for a progress bar. */
export async function countVerdictExport(db: DbClient, input: { teamId: string; filters: VerdictExportFilters }): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint | number }[]>`
    SELECT count(*) AS count FROM "Verdict" v JOIN "Claim" c ON c.id = v."claimId"
    WHERE ${verdictConditions(input.teamId, input.filters)} AND ${claimConditions(input.teamId, input.filters)}`;
  return Number(row?.count ?? 0);
}

/**
 * One batch of a team's verdicts for the CSV export, in verdict id order after `afterVerdictId` (keyset
 * pagination on the primary key: every batch is one index range scan, however deep into the export).
 */
export async function listVerdictExportBatch(
  db: PrismaClient,
  input: { teamId: string; filters: VerdictExportFilters; afterVerdictId: string | null; limit: number },
): Promise<VerdictExportRow[]> {
  const after = input.afterVerdictId === null ? Prisma.empty : Prisma.sql` AND v.id > ${input.afterVerdictId}`;
  // The page of ids first: walking the verdict primary key from the cursor is the only sensible plan,
  // because every other condition (team, filters, the claim) sits in a scalar subquery checked row by
  // row. Left to statistics, the planner may sort all the team's verdicts for every batch, and the
  // embedded database has no autovacuum to keep statistics fresh. Then the details of those rows only,
  // each by its keys (OFFSET 0 keeps the planner from merging the lookup into whole-table hash joins,
  // which it picks on a freshly loaded table): a batch costs the same at the start and end of an export.
  // PostgreSQL would JIT-compile this query for about 400 ms per batch (its cost estimate is high while a
  // freshly loaded table has no statistics) to save a few of the 15 ms it takes: JIT is off for it.
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL jit = off`;
    return tx.$queryRaw<(Omit<VerdictExportRow, "sourceCount"> & { sourceCount: bigint | number })[]>`
    WITH page AS MATERIALIZED (
      SELECT v.id FROM "Verdict" v
      WHERE TRUE${after}
        AND (SELECT TRUE FROM "Claim" c WHERE c.id = v."claimId" AND ${verdictConditions(input.teamId, input.filters)} AND ${claimConditions(input.teamId, input.filters)})
      ORDER BY v.id ASC
      LIMIT ${input.limit}
    )
    SELECT detail.* FROM page
    CROSS JOIN LATERAL (
      SELECT v.id AS "verdictId", c.id AS "claimId", a.title AS "articleTitle", a."sourceUrl" AS "articleUrl", c.text AS "claimText",
        s.name AS "speakerName", c.kind::text AS kind, c.status::text AS status, l.name AS "labelName", l.value AS "labelValue",
        (SELECT min(bl.value) FROM "RatingLabel" bl WHERE bl."scaleId" = v."scaleId") AS "worstRating",
        (SELECT max(bl.value) FROM "RatingLabel" bl WHERE bl."scaleId" = v."scaleId") AS "bestRating",
        v.rationale, author.name AS "authorName",
        (SELECT count(*) FROM "Source" src WHERE src."claimId" = c.id) AS "sourceCount",
        COALESCE(
          (SELECT reviewer.name FROM "Review" r LEFT JOIN "User" reviewer ON reviewer.id = r."reviewerId"
            WHERE r."claimId" = c.id AND r.decision = 'approve' ORDER BY r."createdAt" DESC, r.id DESC LIMIT 1),
          (SELECT actor.name FROM "AuditEvent" e LEFT JOIN "User" actor ON actor.id = e."actorId"
            WHERE e."entityType" = 'claim' AND e."entityId" = c.id AND e.action = 'claim.approve' ORDER BY e."createdAt" DESC, e.id DESC LIMIT 1)
        ) AS "approvedBy",
        v."updatedAt"
      FROM "Verdict" v
      JOIN "Claim" c ON c.id = v."claimId"
      JOIN "Article" a ON a.id = c."articleId"
      JOIN "RatingLabel" l ON l.id = v."labelId"
      LEFT JOIN "Speaker" s ON s.id = c."speakerId"
      LEFT JOIN "User" author ON author.id = v."authorId"
      WHERE v.id = page.id
      OFFSET 0
    ) detail
    ORDER BY page.id ASC`;
  });
  return rows.map((row) => ({ ...row, sourceCount: Number(row.sourceCount) }));
}
