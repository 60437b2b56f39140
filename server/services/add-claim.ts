import type { PrismaClient } from "@/server/repositories/client";
import { findArticleBody } from "@/server/repositories/articles";
import { recordAudit } from "@/server/repositories/audit";
import { findQuoteContaining, insertClaim, liveSpanExists, type ClaimKind } from "@/server/repositories/spans";
import { AppError } from "@/server/errors";
import { missingError, pinSpan } from "./span-rules";

export interface AddClaimOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  articleId: string;
  /** Offsets into the pinned body as selected; surrounding whitespace is trimmed. */
  start: number;
  end: number;
  kind?: ClaimKind;
}

// A claim a reviewer picked out is check-worthy by their judgement: rank it with the strongest.
const reviewerScore = 1;

/** Adds a claim a reviewer selected in the text; inside a quote it is attributed to the quote's speaker. */
export async function addClaim(options: AddClaimOptions): Promise<{ claimId: string }> {
  const { teamId, articleId } = options;
  return options.prisma.$transaction(async (tx) => {
    const article = await findArticleBody(tx, teamId, articleId);
    if (!article) throw missingError("article");
    const span = pinSpan(article.body, options.start, options.end, "claim");
    if (await liveSpanExists(tx, teamId, articleId, "claim", span.start, span.end)) throw new AppError("conflict", "This text is already a claim.");
    const quote = await findQuoteContaining(tx, teamId, articleId, span.start, span.end);
    const kind = options.kind ?? "other";
    const claim = await insertClaim(tx, {
      teamId,
      articleId,
      ...span,
      kind,
      score: reviewerScore,
      origin: "human",
      quoteId: quote?.id ?? null,
      speakerId: quote?.speakerId ?? null,
    });
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: "claim.create",
      entityType: "claim",
      entityId: claim.id,
      after: { articleId, start: span.start, end: span.end, text: span.text, kind, quoteId: quote?.id ?? null, speakerId: quote?.speakerId ?? null },
    });
    return { claimId: claim.id };
  });
}
