import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { revokeReportLinkRow } from "@/server/repositories/report-links";
import { AppError } from "@/server/errors";

export interface RevokeReportLinkOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  linkId: string;
}

/** Stops a public report link from opening, at once and for good. */
export async function revokeReportLink(options: RevokeReportLinkOptions): Promise<{ articleId: string }> {
  const { teamId, actorId, linkId } = options;
  return options.prisma.$transaction(async (tx) => {
    const revoked = await revokeReportLinkRow(tx, { teamId, linkId, at: new Date() });
    if (!revoked) throw new AppError("not_found", "That public link does not exist or was already revoked.");
    await recordAudit(tx, { teamId, actorId, action: "report_link.revoke", entityType: "article", entityId: revoked.articleId, after: { linkId } });
    return revoked;
  });
}
