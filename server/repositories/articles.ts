import type { DbClient } from "./client";

export interface ArticleSummaryDto {
  id: string;
  title: string;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  createdAt: string;
  wordCount: number;
  claimCount: number;
  quoteCount: number;
}

export interface SpeakerDto {
  id: string;
  name: string;
  title: string | null;
  role: string | null;
  kind: "person" | "organization";
  aliases: string[];
}

export type SpanOrigin = "analysis" | "human";

export interface QuoteDto {
  id: string;
  type: "direct" | "indirect" | "according_to";
  start: number;
  end: number;
  text: string;
  cue: string | null;
  speakerId: string | null;
  origin: SpanOrigin;
  version: number;
}

export interface ClaimDto {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  score: number;
  status: string;
  quoteId: string | null;
  speakerId: string | null;
  origin: SpanOrigin;
  version: number;
  sourceCount: number;
  hasVerdict: boolean;
}

export interface ArticleHistoryEventDto {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actorName: string | null;
  createdAt: string;
  before: unknown;
  after: unknown;
}

export interface ArticleDto {
  id: string;
  title: string;
  body: string;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  language: string;
  wordCount: number;
  contentHash: string;
  createdAt: string;
  createdByName: string | null;
  analyzedAt: string | null;
  version: number;
  speakers: SpeakerDto[];
  quotes: QuoteDto[];
  claims: ClaimDto[];
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export async function listArticles(db: DbClient, teamId: string, options: { take?: number } = {}): Promise<ArticleSummaryDto[]> {
  const rows = await db.article.findMany({
    where: { teamId },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    select: {
      id: true,
      title: true,
      publisher: true,
      sourceUrl: true,
      publishedAt: true,
      createdAt: true,
      wordCount: true,
      _count: { select: { claims: { where: { deletedAt: null } }, quotes: { where: { deletedAt: null } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    sourceUrl: row.sourceUrl,
    publishedAt: iso(row.publishedAt),
    createdAt: row.createdAt.toISOString(),
    wordCount: row.wordCount,
    claimCount: row._count.claims,
    quoteCount: row._count.quotes,
  }));
}

/** The article with its analysis, or null when it does not exist in this team (never another team's). */
export async function findArticle(db: DbClient, teamId: string, id: string): Promise<ArticleDto | null> {
  const row = await db.article.findFirst({
    where: { id, teamId },
    select: {
      id: true,
      title: true,
      body: true,
      publisher: true,
      sourceUrl: true,
      publishedAt: true,
      language: true,
      wordCount: true,
      contentHash: true,
      createdAt: true,
      analyzedAt: true,
      version: true,
      createdBy: { select: { name: true } },
      quotes: {
        where: { deletedAt: null },
        orderBy: { start: "asc" },
        select: { id: true, type: true, start: true, end: true, text: true, cue: true, speakerId: true, origin: true, version: true },
      },
      claims: {
        where: { deletedAt: null },
        orderBy: { start: "asc" },
        select: {
          id: true,
          start: true,
          end: true,
          text: true,
          kind: true,
          score: true,
          status: true,
          quoteId: true,
          speakerId: true,
          origin: true,
          version: true,
          verdict: { select: { id: true } },
          _count: { select: { sources: true } },
        },
      },
    },
  });
  if (!row) return null;
  const speakerIds = [...new Set([...row.quotes, ...row.claims].map((item) => item.speakerId).filter((id): id is string => id !== null))];
  const speakers = speakerIds.length
    ? await db.speaker.findMany({
        where: { teamId, id: { in: speakerIds } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, title: true, role: true, kind: true, aliases: true },
      })
    : [];
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    publisher: row.publisher,
    sourceUrl: row.sourceUrl,
    publishedAt: iso(row.publishedAt),
    language: row.language,
    wordCount: row.wordCount,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy?.name ?? null,
    analyzedAt: iso(row.analyzedAt),
    version: row.version,
    speakers,
    quotes: row.quotes,
    claims: row.claims.map(({ verdict, _count, ...claim }) => ({ ...claim, sourceCount: _count.sources, hasVerdict: verdict !== null })),
  };
}

/** The pinned text, for services that check a span against it; null when not in this team. */
export async function findArticleBody(db: DbClient, teamId: string, id: string): Promise<{ id: string; body: string; version: number } | null> {
  return db.article.findFirst({ where: { id, teamId }, select: { id: true, body: true, version: true } });
}

/** Records a new analysis run on the article, only if nobody re-ran it since `version`. */
export async function markArticleAnalysed(db: DbClient, input: { teamId: string; id: string; version: number; sentences: [number, number][] }): Promise<boolean> {
  const result = await db.article.updateMany({
    where: { id: input.id, teamId: input.teamId, version: input.version },
    data: { analyzedAt: new Date(), sentences: input.sentences, version: { increment: 1 } },
  });
  return result.count === 1;
}

/**
 * The audit trail of one article: its own events and those of every quote and claim it has or had
 * (deleted ones too), newest first.
 */
export async function listArticleHistory(db: DbClient, teamId: string, articleId: string, limit = 100): Promise<ArticleHistoryEventDto[]> {
  const [quotes, claims] = await Promise.all([
    db.quote.findMany({ where: { teamId, articleId }, select: { id: true } }),
    db.claim.findMany({ where: { teamId, articleId }, select: { id: true } }),
  ]);
  const entityIds = [articleId, ...quotes.map((quote) => quote.id), ...claims.map((claim) => claim.id)];
  const rows = await db.auditEvent.findMany({
    where: { teamId, entityType: { in: ["article", "quote", "claim"] }, entityId: { in: entityIds } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actorName: row.actor?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    before: row.before,
    after: row.after,
  }));
}

export async function findArticleIdByHash(db: DbClient, teamId: string, contentHash: string): Promise<string | null> {
  const row = await db.article.findUnique({ where: { teamId_contentHash: { teamId, contentHash } }, select: { id: true } });
  return row?.id ?? null;
}
