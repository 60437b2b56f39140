import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { insertReportLink, isTeamArticle, type ReportLinkDto } from "@/server/repositories/report-links";
import { AppError } from "@/server/errors";

export interface CreateReportLinkOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  articleId: string;
}

export function hashReportToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The shape of a token this app hands out: 32 random bytes in base64url. */
export const reportTokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** The path of a public report page. */
export function publicReportPath(token: string): string {
  return `/r/${token}`;
}

/**
 * A new read-only public link to the article's report (its published fact-checks only). The token is
 * returned once, inside the link; only its hash is stored, so a leaked database cannot open reports.
 */
export async function createReportLink(options: CreateReportLinkOptions): Promise<{ link: ReportLinkDto; token: string }> {
  const { teamId, actorId, articleId } = options;
  const token = randomBytes(32).toString("base64url");
  return options.prisma.$transaction(async (tx) => {
    if (!(await isTeamArticle(tx, teamId, articleId))) throw new AppError("not_found", "That article does not exist.");
    const link = await insertReportLink(tx, { teamId, articleId, tokenHash: hashReportToken(token), createdById: actorId });
    await recordAudit(tx, { teamId, actorId, action: "report_link.create", entityType: "article", entityId: articleId, after: { linkId: link.id } });
    return { link, token };
  });
}
