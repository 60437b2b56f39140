import type { DbClient } from "./client";

export interface ReportLinkDto {
  id: string;
  articleId: string;
  createdByName: string | null;
  createdAt: string;
}

export async function insertReportLink(db: DbClient, input: { teamId: string; articleId: string; tokenHash: string; createdById: string | null }): Promise<ReportLinkDto> {
  const row = await db.reportLink.create({
    data: input,
    select: { id: true, articleId: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return { id: row.id, articleId: row.articleId, createdByName: row.createdBy?.name ?? null, createdAt: row.createdAt.toISOString() };
}

/** The article's links that still open, newest first. */
export async function listActiveReportLinks(db: DbClient, teamId: string, articleId: string): Promise<ReportLinkDto[]> {
  const rows = await db.reportLink.findMany({
    where: { teamId, articleId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, articleId: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, articleId: row.articleId, createdByName: row.createdBy?.name ?? null, createdAt: row.createdAt.toISOString() }));
}

/** Revokes a link of the team that is still open; false when there is none (missing, another team's, or revoked already). */
export async function revokeReportLinkRow(db: DbClient, input: { teamId: string; linkId: string; at: Date }): Promise<{ articleId: string } | null> {
  const link = await db.reportLink.findFirst({ where: { id: input.linkId, teamId: input.teamId, revokedAt: null }, select: { articleId: true } });
  if (!link) return null;
  const { count } = await db.reportLink.updateMany({ where: { id: input.linkId, teamId: input.teamId, revokedAt: null }, data: { revokedAt: input.at } });
  return count > 0 ? link : null;
}

/** The open link with this token hash: the only lookup that is not scoped by team, because the token is the credential. */
export async function findOpenReportLink(db: DbClient, tokenHash: string): Promise<{ id: string; teamId: string; articleId: string } | null> {
  return db.reportLink.findFirst({ where: { tokenHash, revokedAt: null }, select: { id: true, teamId: true, articleId: true } });
}

export async function isTeamArticle(db: DbClient, teamId: string, articleId: string): Promise<boolean> {
  return (await db.article.count({ where: { id: articleId, teamId } })) > 0;
}
