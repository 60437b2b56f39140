import type { ClaimStatus, Stance } from "@/generated/prisma/client";
import { ratingBounds } from "@/server/services/rating-scale";
import type { DbClient } from "./client";

export type { Stance };
export const stances: readonly Stance[] = ["supports", "refutes", "context"];

export interface SourceDto {
  id: string;
  claimId: string;
  url: string | null;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  excerpt: string;
  stance: Stance;
  accessedAt: string;
  /** The pinned copy itself can be up to 1 MB, so lists only say whether there is one. */
  hasPinnedText: boolean;
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface VerdictDto {
  id: string;
  claimId: string;
  labelId: string;
  labelName: string;
  /** ClaimReview ratingValue, within worstRating..bestRating of the verdict's scale. */
  labelValue: number;
  labelDescription: string | null;
  scaleId: string;
  scaleName: string;
  worstRating: number;
  bestRating: number;
  /** Markdown, as written. */
  rationale: string;
  authorName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface ClaimEvidenceDto {
  claimId: string;
  /** Oldest first, the order they were attached. */
  sources: SourceDto[];
  verdict: VerdictDto | null;
}

const sourceSelect = {
  id: true,
  claimId: true,
  url: true,
  title: true,
  publisher: true,
  publishedAt: true,
  excerpt: true,
  stance: true,
  accessedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  createdBy: { select: { name: true } },
} as const;

const verdictSelect = {
  id: true,
  claimId: true,
  rationale: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  author: { select: { name: true } },
  label: { select: { id: true, name: true, value: true, description: true } },
  scale: { select: { id: true, name: true, labels: { select: { value: true } } } },
} as const;

type SourceRow = {
  id: string;
  claimId: string;
  url: string | null;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  excerpt: string;
  stance: Stance;
  accessedAt: Date;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  createdBy: { name: string } | null;
};

type VerdictRow = {
  id: string;
  claimId: string;
  rationale: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  author: { name: string } | null;
  label: { id: string; name: string; value: number; description: string | null };
  scale: { id: string; name: string; labels: { value: number }[] };
};

function toSourceDto(row: SourceRow, hasPinnedText: boolean): SourceDto {
  return {
    id: row.id,
    claimId: row.claimId,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    excerpt: row.excerpt,
    stance: row.stance,
    accessedAt: row.accessedAt.toISOString(),
    hasPinnedText,
    createdByName: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

function toVerdictDto(row: VerdictRow): VerdictDto {
  return {
    id: row.id,
    claimId: row.claimId,
    labelId: row.label.id,
    labelName: row.label.name,
    labelValue: row.label.value,
    labelDescription: row.label.description,
    scaleId: row.scale.id,
    scaleName: row.scale.name,
    ...ratingBounds(row.scale.labels),
    rationale: row.rationale,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * Sources and verdict of each claim, in a fixed number of queries however many claims there are. Every
 * requested id gets an entry; ids of other teams' claims get an empty one.
 */
export async function loadClaimEvidence(db: DbClient, teamId: string, claimIds: string[]): Promise<Record<string, ClaimEvidenceDto>> {
  const ids = [...new Set(claimIds)];
  const evidence: Record<string, ClaimEvidenceDto> = {};
  for (const claimId of ids) evidence[claimId] = { claimId, sources: [], verdict: null };
  if (ids.length === 0) return evidence;
  const where = { teamId, claimId: { in: ids } };
  const [sources, pinned, verdicts] = await Promise.all([
    db.source.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: sourceSelect }),
    db.source.findMany({ where: { ...where, pinnedText: { not: null } }, select: { id: true } }),
    db.verdict.findMany({ where, select: verdictSelect }),
  ]);
  const pinnedIds = new Set(pinned.map((row) => row.id));
  for (const row of sources) evidence[row.claimId]?.sources.push(toSourceDto(row, pinnedIds.has(row.id)));
  for (const row of verdicts) {
    const entry = evidence[row.claimId];
    if (entry) entry.verdict = toVerdictDto(row);
  }
  return evidence;
}

export interface ClaimContextDto {
  /** Text of the article before the claim, from a sentence start when it is near enough. */
  before: string;
  text: string;
  after: string;
  /** True when the article goes on beyond the shown context on that side. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface ClaimForReviewDto {
  id: string;
  text: string;
  version: number;
  status: ClaimStatus;
  kind: string;
  score: number;
  speaker: { id: string; name: string; title: string | null; role: string | null } | null;
  article: { id: string; title: string; publisher: string | null; publishedAt: string | null; sourceUrl: string | null };
  context: ClaimContextDto;
}

/**
 * A few hundred characters of the article around a claim: whole sentences before and after it when they
 * fit within `radius`, else cut at a word boundary.
 */
export function claimContext(body: string, sentences: [number, number][], start: number, end: number, radius = 300): ClaimContextDto {
  const earliest = Math.max(0, start - radius);
  const latest = Math.min(body.length, end + radius);
  let from = earliest;
  let to = latest;
  const sentenceStarts = sentences.map(([s]) => s).filter((s) => s >= earliest && s <= start);
  const sentenceEnds = sentences.map(([, e]) => e).filter((e) => e >= end && e <= latest);
  if (sentenceStarts.length) from = Math.min(...sentenceStarts);
  else if (earliest > 0) {
    const space = body.indexOf(" ", earliest);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (sentenceEnds.length) to = Math.max(...sentenceEnds);
  else if (latest < body.length) {
    const space = body.lastIndexOf(" ", latest);
    if (space > end) to = space;
  }
  return {
    before: body.slice(from, start).replace(/^\s+/, ""),
    text: body.slice(start, end),
    after: body.slice(end, to).replace(/\s+$/, ""),
    clippedStart: body.slice(0, from).trim().length > 0,
    clippedEnd: body.slice(to).trim().length > 0,
  };
}

function asSentences(value: unknown): [number, number][] {
  if (!Array.isArray(value)) return [];
  return value.filter((pair): pair is [number, number] => Array.isArray(pair) && typeof pair[0] === "number" && typeof pair[1] === "number");
}

/** A claim of the team (not deleted) with its article, speaker and surrounding text, or null. */
export async function findClaimForReview(db: DbClient, teamId: string, claimId: string): Promise<ClaimForReviewDto | null> {
  const row = await db.claim.findFirst({
    where: { id: claimId, teamId, deletedAt: null },
    select: {
      id: true,
      text: true,
      start: true,
      end: true,
      version: true,
      status: true,
      kind: true,
      score: true,
      speaker: { select: { id: true, name: true, title: true, role: true } },
      article: { select: { id: true, title: true, publisher: true, publishedAt: true, sourceUrl: true, body: true, sentences: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    text: row.text,
    version: row.version,
    status: row.status,
    kind: row.kind,
    score: row.score,
    speaker: row.speaker,
    article: {
      id: row.article.id,
      title: row.article.title,
      publisher: row.article.publisher,
      publishedAt: row.article.publishedAt?.toISOString() ?? null,
      sourceUrl: row.article.sourceUrl,
    },
    context: claimContext(row.article.body, asSentences(row.article.sentences), row.start, row.end),
  };
}

/**
 * Locks the claim's row until the transaction ends, so source deletions and verdicts on one claim run one
 * after another (the "at least one source" rule is checked under this lock). Null when the claim is not
 * the team's or was deleted.
 */
export async function lockClaim(db: DbClient, teamId: string, claimId: string): Promise<{ id: string; status: ClaimStatus; version: number } | null> {
  const rows = await db.$queryRaw<{ id: string; status: ClaimStatus; version: number }[]>`
    SELECT "id", "status"::text AS "status", "version" FROM "Claim"
    WHERE "id" = ${claimId} AND "teamId" = ${teamId} AND "deletedAt" IS NULL
    FOR UPDATE`;
  return rows[0] ?? null;
}

export interface SourceWrite {
  url: string | null;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
  excerpt: string;
  stance: Stance;
  accessedAt: Date;
}

export async function insertSource(
  db: DbClient,
  input: SourceWrite & { teamId: string; claimId: string; pinnedText: string | null; createdById: string | null },
): Promise<SourceDto> {
  const row = await db.source.create({ data: input, select: sourceSelect });
  return toSourceDto(row, input.pinnedText !== null);
}

export async function findSource(db: DbClient, teamId: string, sourceId: string): Promise<SourceDto | null> {
  const row = await db.source.findFirst({ where: { id: sourceId, teamId }, select: sourceSelect });
  if (!row) return null;
  const pinned = await db.source.count({ where: { id: sourceId, teamId, pinnedText: { not: null } } });
  return toSourceDto(row, pinned > 0);
}

/** The pinned copy of a source's page, for reading it in full. */
export async function findSourcePinnedText(
  db: DbClient,
  teamId: string,
  claimId: string,
  sourceId: string,
): Promise<{ id: string; title: string; url: string | null; accessedAt: string; pinnedText: string | null } | null> {
  const row = await db.source.findFirst({
    where: { id: sourceId, claimId, teamId, claim: { deletedAt: null } },
    select: { id: true, title: true, url: true, accessedAt: true, pinnedText: true },
  });
  return row ? { ...row, accessedAt: row.accessedAt.toISOString() } : null;
}

/** Saves the source if it is still at `version`; `pinnedText` undefined keeps the pinned copy. False when stale or missing. */
export async function updateSourceRow(
  db: DbClient,
  input: { teamId: string; sourceId: string; version: number; data: SourceWrite & { pinnedText?: string | null } },
): Promise<boolean> {
  const { count } = await db.source.updateMany({
    where: { id: input.sourceId, teamId: input.teamId, version: input.version },
    data: { ...input.data, version: { increment: 1 } },
  });
  return count > 0;
}

export async function deleteSourceRow(db: DbClient, input: { teamId: string; sourceId: string; version: number }): Promise<boolean> {
  const { count } = await db.source.deleteMany({ where: { id: input.sourceId, teamId: input.teamId, version: input.version } });
  return count > 0;
}

export async function countClaimSources(db: DbClient, teamId: string, claimId: string): Promise<number> {
  return db.source.count({ where: { teamId, claimId } });
}

export async function findClaimVerdict(db: DbClient, teamId: string, claimId: string): Promise<VerdictDto | null> {
  const row = await db.verdict.findFirst({ where: { teamId, claimId }, select: verdictSelect });
  return row ? toVerdictDto(row) : null;
}

export async function insertVerdict(
  db: DbClient,
  input: { teamId: string; claimId: string; scaleId: string; labelId: string; rationale: string; authorId: string | null },
): Promise<VerdictDto> {
  const row = await db.verdict.create({ data: input, select: verdictSelect });
  return toVerdictDto(row);
}

/** Saves the verdict if it is still at `version`; false when stale. */
export async function updateVerdictRow(
  db: DbClient,
  input: { teamId: string; verdictId: string; version: number; scaleId: string; labelId: string; rationale: string; authorId: string | null },
): Promise<boolean> {
  const { count } = await db.verdict.updateMany({
    where: { id: input.verdictId, teamId: input.teamId, version: input.version },
    data: { scaleId: input.scaleId, labelId: input.labelId, rationale: input.rationale, authorId: input.authorId, version: { increment: 1 } },
  });
  return count > 0;
}

/** Who made the latest audited change to an entity of the team, to name them in a conflict message. */
export async function findLastChange(db: DbClient, teamId: string, entityType: string, entityId: string): Promise<{ actorId: string | null; actorName: string | null; at: string } | null> {
  const row = await db.auditEvent.findFirst({
    where: { teamId, entityType, entityId },
    orderBy: { createdAt: "desc" },
    select: { actorId: true, createdAt: true, actor: { select: { name: true } } },
  });
  return row ? { actorId: row.actorId, actorName: row.actor?.name ?? null, at: row.createdAt.toISOString() } : null;
}
