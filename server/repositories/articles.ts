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

export interface QuoteDto {
  id: string;
  type: "direct" | "indirect" | "according_to";
  start: number;
  end: number;
  text: string;
  cue: string | null;
  speakerId: string | null;
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
      _count: { select: { claims: true, quotes: true } },
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
      createdBy: { select: { name: true } },
      quotes: { orderBy: { start: "asc" }, select: { id: true, type: true, start: true, end: true, text: true, cue: true, speakerId: true } },
      claims: {
        orderBy: { start: "asc" },
        select: { id: true, start: true, end: true, text: true, kind: true, score: true, status: true, quoteId: true, speakerId: true },
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
    speakers,
    quotes: row.quotes,
    claims: row.claims,
  };
}

export async function findArticleIdByHash(db: DbClient, teamId: string, contentHash: string): Promise<string | null> {
  const row = await db.article.findUnique({ where: { teamId_contentHash: { teamId, contentHash } }, select: { id: true } });
  return row?.id ?? null;
}
