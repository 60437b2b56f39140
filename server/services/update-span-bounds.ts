import type { PrismaClient } from "@/server/repositories/client";
import { findArticleBody } from "@/server/repositories/articles";
import { recordAudit } from "@/server/repositories/audit";
import { findClaimForEdit, findQuoteForEdit, liveSpanExists, updateClaimAtVersion, updateQuoteAtVersion } from "@/server/repositories/spans";
import { AppError } from "@/server/errors";
import { missingError, pinSpan, staleError, type SpanTarget } from "./span-rules";

export interface UpdateSpanBoundsOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  target: SpanTarget;
  id: string;
  /** The version the reviewer saw; a newer one means someone else changed it. */
  version: number;
  start: number;
  end: number;
}

/** Moves the start and end of a claim or quote; its text becomes exactly that stretch of the pinned body. */
export async function updateSpanBounds(options: UpdateSpanBoundsOptions): Promise<{ start: number; end: number; text: string }> {
  const { teamId, target, id } = options;
  return options.prisma.$transaction(async (tx) => {
    const current = target === "claim" ? await findClaimForEdit(tx, teamId, id) : await findQuoteForEdit(tx, teamId, id);
    if (!current) throw missingError(target);
    if (current.version !== options.version) throw staleError(target);
    const article = await findArticleBody(tx, teamId, current.articleId);
    if (!article) throw missingError("article");
    const span = pinSpan(article.body, options.start, options.end, target);
    if (span.start === current.start && span.end === current.end) return { start: span.start, end: span.end, text: span.text };
    if (await liveSpanExists(tx, teamId, current.articleId, target, span.start, span.end)) throw new AppError("conflict", `Another ${target} already covers exactly this text.`);
    const data = { ...span, origin: "human" as const };
    const saved =
      target === "claim"
        ? await updateClaimAtVersion(tx, { teamId, id, version: options.version, data })
        : await updateQuoteAtVersion(tx, { teamId, id, version: options.version, data });
    if (!saved) throw staleError(target);
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: `${target}.update_bounds`,
      entityType: target,
      entityId: id,
      before: { start: current.start, end: current.end, text: current.text, origin: current.origin },
      after: { start: span.start, end: span.end, text: span.text, origin: "human" },
    });
    return { start: span.start, end: span.end, text: span.text };
  });
}
