import { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "./client";
import { highlightEnd, highlightStart } from "./search-markers";

export type SearchScope = "all" | "articles" | "claims" | "quotes" | "speakers";

export interface SearchFilters {
  query: string;
  scope: SearchScope;
  speakerId?: string;
  claimKind?: string;
  /** A verdict label name, or "none" for claims without a verdict. */
  verdict?: string;
  /** Inclusive bounds on the article's publish date (its import date when it has none). */
  from?: Date;
  to?: Date;
  limit?: number;
}

export interface ArticleHit {
  id: string;
  title: string;
  publisher: string | null;
  date: string;
  snippet: string;
}

export interface ClaimHit {
  id: string;
  articleId: string;
  articleTitle: string;
  text: string;
  kind: string;
  score: number;
  status: string;
  speakerName: string | null;
  verdictLabel: string | null;
}

export interface QuoteHit {
  id: string;
  articleId: string;
  articleTitle: string;
  text: string;
  type: string;
  speakerId: string | null;
  speakerName: string | null;
}

export interface SpeakerHit {
  id: string;
  name: string;
  kind: string;
  title: string | null;
  role: string | null;
  quoteCount: number;
  claimCount: number;
}

export interface SearchResults {
  articles: ArticleHit[];
  claims: ClaimHit[];
  quotes: QuoteHit[];
  speakers: SpeakerHit[];
}

const headlineOptions = `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function dateBounds(alias: string, filters: SearchFilters): Prisma.Sql {
  const column = Prisma.raw(`coalesce(${alias}."publishedAt", ${alias}."createdAt")`);
  const parts: Prisma.Sql[] = [];
  if (filters.from) parts.push(Prisma.sql`${column} >= ${filters.from}`);
  if (filters.to) parts.push(Prisma.sql`${column} < ${new Date(filters.to.getTime() + 86_400_000)}`);
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/**
 * Full-text search over one team's articles, claims, quotes and speakers (Postgres tsvector columns
 * with GIN indexes; identical on PGlite). With an empty query the filters alone list matching items.
 */
export async function searchTeam(db: DbClient, teamId: string, filters: SearchFilters): Promise<SearchResults> {
  const limit = Math.min(filters.limit ?? 20, 100);
  const text = filters.query.trim();
  const hasQuery = text.length > 0;
  const english = Prisma.sql`websearch_to_tsquery('english', ${text})`;
  const simple = Prisma.sql`websearch_to_tsquery('simple', ${text})`;
  const wants = (scope: SearchScope) => filters.scope === "all" || filters.scope === scope;
  const claimOrQuoteFiltersOnly = Boolean(filters.speakerId || filters.claimKind || filters.verdict);

  const articles =
    wants("articles") && !claimOrQuoteFiltersOnly && (hasQuery || filters.from || filters.to)
      ? await db.$queryRaw<{ id: string; title: string; publisher: string | null; date: Date; snippet: string }[]>`
          SELECT a.id, a.title, a.publisher, coalesce(a."publishedAt", a."createdAt") AS date,
            ${hasQuery ? Prisma.sql`ts_headline('english', a.body, ${english}, ${headlineOptions})` : Prisma.sql`left(a.body, 240)`} AS snippet
          FROM "Article" a
          WHERE a."teamId" = ${teamId}
            ${hasQuery ? Prisma.sql`AND a."searchVector" @@ ${english}` : Prisma.empty}
            ${dateBounds("a", filters)}
          ORDER BY ${hasQuery ? Prisma.sql`ts_rank(a."searchVector", ${english}) DESC,` : Prisma.empty} a."createdAt" DESC
          LIMIT ${limit}`
      : [];

  const verdictFilter =
    filters.verdict === "none"
      ? Prisma.sql`AND v.id IS NULL`
      : filters.verdict
        ? Prisma.sql`AND lower(l.name) = lower(${filters.verdict})`
        : Prisma.empty;
  const claims =
    wants("claims") && (hasQuery || claimOrQuoteFiltersOnly || filters.from || filters.to)
      ? await db.$queryRaw<ClaimHit[]>`
          SELECT c.id, c."articleId", a.title AS "articleTitle", c.text, c.kind::text AS kind, c.score, c.status::text AS status,
            s.name AS "speakerName", l.name AS "verdictLabel"
          FROM "Claim" c
          JOIN "Article" a ON a.id = c."articleId" AND a."teamId" = ${teamId}
          LEFT JOIN "Speaker" s ON s.id = c."speakerId"
          LEFT JOIN "Verdict" v ON v."claimId" = c.id
          LEFT JOIN "RatingLabel" l ON l.id = v."labelId"
          WHERE c."teamId" = ${teamId} AND c."deletedAt" IS NULL
            ${hasQuery ? Prisma.sql`AND c."searchVector" @@ ${english}` : Prisma.empty}
            ${filters.speakerId ? Prisma.sql`AND c."speakerId" = ${filters.speakerId}` : Prisma.empty}
            ${filters.claimKind ? Prisma.sql`AND c.kind::text = ${filters.claimKind}` : Prisma.empty}
            ${verdictFilter}
            ${dateBounds("a", filters)}
          ORDER BY ${hasQuery ? Prisma.sql`ts_rank(c."searchVector", ${english}) DESC,` : Prisma.empty} c.score DESC, c."createdAt" DESC
          LIMIT ${limit}`
      : [];

  const quotes =
    wants("quotes") && !filters.claimKind && !filters.verdict && (hasQuery || filters.speakerId || filters.from || filters.to)
      ? await db.$queryRaw<QuoteHit[]>`
          SELECT q.id, q."articleId", a.title AS "articleTitle", q.text, q.type::text AS type, q."speakerId", s.name AS "speakerName"
          FROM "Quote" q
          JOIN "Article" a ON a.id = q."articleId" AND a."teamId" = ${teamId}
          LEFT JOIN "Speaker" s ON s.id = q."speakerId"
          WHERE q."teamId" = ${teamId} AND q."deletedAt" IS NULL
            ${hasQuery ? Prisma.sql`AND q."searchVector" @@ ${english}` : Prisma.empty}
            ${filters.speakerId ? Prisma.sql`AND q."speakerId" = ${filters.speakerId}` : Prisma.empty}
            ${dateBounds("a", filters)}
          ORDER BY ${hasQuery ? Prisma.sql`ts_rank(q."searchVector", ${english}) DESC,` : Prisma.empty} q."createdAt" DESC
          LIMIT ${limit}`
      : [];

  const speakers =
    wants("speakers") && hasQuery && !claimOrQuoteFiltersOnly
      ? await db.$queryRaw<SpeakerHit[]>`
          SELECT s.id, s.name, s.kind::text AS kind, s.title, s.role,
            (SELECT count(*)::int FROM "Quote" q WHERE q."speakerId" = s.id AND q."deletedAt" IS NULL) AS "quoteCount",
            (SELECT count(*)::int FROM "Claim" c WHERE c."speakerId" = s.id AND c."deletedAt" IS NULL) AS "claimCount"
          FROM "Speaker" s
          WHERE s."teamId" = ${teamId} AND s."searchVector" @@ ${simple}
          ORDER BY ts_rank(s."searchVector", ${simple}) DESC, s.name
          LIMIT ${limit}`
      : [];

  return {
    articles: articles.map((row) => ({ ...row, date: row.date.toISOString() })),
    claims,
    quotes,
    speakers,
  };
}

export interface SearchFacets {
  speakers: { id: string; name: string }[];
  verdictLabels: string[];
}

/** Options for the filter controls: the team's speakers with quotes or claims, and the labels in use. */
export async function searchFacets(db: DbClient, teamId: string): Promise<SearchFacets> {
  const [speakers, labels] = await Promise.all([
    db.speaker.findMany({ where: { teamId }, orderBy: { name: "asc" }, select: { id: true, name: true }, take: 500 }),
    db.ratingLabel.findMany({ where: { scale: { teamId } }, select: { name: true }, distinct: ["name"], orderBy: { name: "asc" } }),
  ]);
  return { speakers, verdictLabels: labels.map((label) => label.name) };
}
