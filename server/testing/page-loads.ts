import type { PrismaClient } from "@/server/repositories/client";
import { findArticle, listArticleHistory } from "@/server/repositories/articles";
import { listClaimComments, listMentionableMembers } from "@/server/repositories/comments";
import { findClaimForReview } from "@/server/repositories/evidence";
import { queueFilterOptions } from "@/server/repositories/queue";
import { findVerdictNeedsSource } from "@/server/repositories/scales";
import { listSpeakerOptions } from "@/server/repositories/speakers";
import type { Role } from "@/server/repositories/users";
import { loadArticleEvidenceForViewer } from "@/server/services/article-evidence-view";
import { loadClaimReviewView } from "@/server/services/claim-review-view";
import { getDefaultScale } from "@/server/services/ensure-default-scale";
import { teamChangeMarker } from "@/server/services/queue-changes";
import { listQueue } from "@/server/services/queue-list";
import type { QueueQuery } from "@/server/services/queue-query";

/**
 * The data loads of the three hot pages, call for call, without the session and the rendering: the
 * query-count test (no N+1) and the EXPLAIN report run these. Keep them in step with the pages:
 * app/(workbench)/queue/page.tsx, articles/[id]/page.tsx and claims/[id]/page.tsx.
 */
export interface PageViewer {
  prisma: PrismaClient;
  teamId: string;
  userId: string;
  role: Role;
}

export async function loadQueuePage({ prisma, teamId, userId, role }: PageViewer, query: QueueQuery) {
  const [listing, options, marker] = await Promise.all([
    listQueue({ prisma, teamId, userId, role, query }),
    queueFilterOptions(prisma, teamId, query.article),
    teamChangeMarker({ prisma, teamId }),
  ]);
  return { listing, options, marker };
}

export async function loadArticlePage({ prisma, teamId, userId, role }: PageViewer, articleId: string) {
  const article = await findArticle(prisma, teamId, articleId);
  if (!article) return null;
  const [speakerOptions, history, byClaim, scale, verdictNeedsSource] = await Promise.all([
    listSpeakerOptions(prisma, teamId),
    listArticleHistory(prisma, teamId, article.id),
    loadArticleEvidenceForViewer({ prisma, teamId, viewerId: userId, viewerRole: role, claimIds: article.claims.map((claim) => claim.id) }),
    getDefaultScale(prisma, teamId, userId),
    findVerdictNeedsSource(prisma, teamId),
  ]);
  return { article, speakerOptions, history, byClaim, scale, verdictNeedsSource };
}

export async function loadClaimPage({ prisma, teamId, userId, role }: PageViewer, claimId: string) {
  const claim = await findClaimForReview(prisma, teamId, claimId);
  if (!claim) return null;
  const [review, scale, verdictNeedsSource, comments, members] = await Promise.all([
    loadClaimReviewView({ prisma, teamId, viewerId: userId, viewerRole: role, claimId: claim.id }),
    getDefaultScale(prisma, teamId, userId),
    findVerdictNeedsSource(prisma, teamId),
    listClaimComments(prisma, teamId, claim.id),
    listMentionableMembers(prisma, teamId),
  ]);
  return { claim, review, scale, verdictNeedsSource, comments, members };
}
