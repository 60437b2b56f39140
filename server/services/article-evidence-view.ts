import type { PrismaClient } from "@/server/repositories/client";
import { loadClaimEvidence, type ClaimEvidenceDto } from "@/server/repositories/evidence";
import type { Role } from "@/server/repositories/users";
import { findBlindReview, listClaimBlindStates } from "@/server/repositories/workflow";
import { isVerdictHidden } from "./blind-review";

export interface ArticleEvidenceViewOptions {
  prisma: PrismaClient;
  teamId: string;
  viewerId: string;
  viewerRole: Role;
  claimIds: string[];
}

/**
 * Sources and verdicts of an article's claims as one viewer may see them: with blind review on, a
 * would-be reviewer gets no verdict for the claims they have not rated yet (the same rule as the claim page).
 */
export async function loadArticleEvidenceForViewer(options: ArticleEvidenceViewOptions): Promise<Record<string, ClaimEvidenceDto>> {
  const { prisma: db, teamId, viewerId, viewerRole, claimIds } = options;
  const [evidence, blindReview] = await Promise.all([loadClaimEvidence(db, teamId, claimIds), findBlindReview(db, teamId)]);
  if (!blindReview) return evidence;
  for (const state of await listClaimBlindStates(db, teamId, claimIds, viewerId)) {
    const entry = evidence[state.claimId];
    if (entry?.verdict && isVerdictHidden({ ...state, blindReview, viewerId, viewerRole })) evidence[state.claimId] = { ...entry, verdict: null };
  }
  return evidence;
}
