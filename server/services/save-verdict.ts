import { isConstraintViolation, type PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { countClaimSources, findClaimVerdict, insertVerdict, lockClaim, updateVerdictRow, type VerdictDto } from "@/server/repositories/evidence";
import { hasRatedClaim } from "@/server/repositories/reviews";
import { findTeamLabel, findVerdictNeedsSource } from "@/server/repositories/scales";
import type { Role } from "@/server/repositories/users";
import { findClaimWorkflow } from "@/server/repositories/workflow";
import { AppError } from "@/server/errors";
import { isVerdictHidden } from "./blind-review";
import { claimMissing, commitTransition } from "./claim-transition";
import { checkVerdictEdit } from "./claim-workflow";
import { staleVersionError } from "./source-verdict-conflict";

export const maxRationaleLength = 20_000;
export const needsSourceMessage = "Attach at least one source before giving a verdict.";

export interface SaveVerdictOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  actorRole: Role;
  claimId: string;
  labelId: string;
  /** Markdown. */
  rationale: string;
  /** The verdict version the fact-checker edited; 0 when they saw no verdict yet. */
  version: number;
}

export interface SaveVerdictResult {
  verdict: VerdictDto;
  created: boolean;
  /** True when saving it put the claim into research (and, if it was new, on the author's desk). */
  startedResearch: boolean;
}

function snapshot(verdict: VerdictDto) {
  return { labelId: verdict.labelId, label: verdict.labelName, value: verdict.labelValue, scale: verdict.scaleName, rationale: verdict.rationale };
}

/**
 * Gives or changes the verdict on a claim: a label of one of the team's scales and a written rationale,
 * saved only over the version the fact-checker saw. A verdict on a new claim assigns it to its author and
 * puts it in research (so does the assignee's first verdict on an assigned one); handing it to a second
 * reviewer is a separate, explicit step (submit-claim-for-review.ts).
 */
export async function saveVerdict(options: SaveVerdictOptions): Promise<SaveVerdictResult> {
  const rationale = options.rationale.replace(/\r\n?/g, "\n").trim();
  if (!rationale) throw new AppError("validation", "Write the rationale: what the evidence shows and why it earns this rating.");
  if (rationale.length > maxRationaleLength) throw new AppError("validation", `The rationale is longer than ${maxRationaleLength.toLocaleString("en")} characters.`);
  if (!Number.isInteger(options.version) || options.version < 0) throw new AppError("validation", "The verdict version is not valid; reload the page.");
  const { teamId, actorId, actorRole, claimId } = options;
  try {
    return await options.prisma.$transaction(async (tx) => {
      if (!(await lockClaim(tx, teamId, claimId))) throw new AppError("not_found", "That claim does not exist.");
      const claim = await findClaimWorkflow(tx, teamId, claimId);
      if (!claim) throw claimMissing();
      // A stale page first: "someone else changed it" explains more than who may edit it now.
      const existing = await findClaimVerdict(tx, teamId, claimId);
      if (existing && options.version !== existing.version) throw await staleVersionError(tx, { teamId, actorId, entityType: "verdict", entityId: existing.id });
      if (!existing && options.version !== 0) throw new AppError("conflict", "The verdict you edited no longer exists. Reload the claim and give the verdict again.");
      const refusal = checkVerdictEdit({ status: claim.status, role: actorRole, userId: actorId, assigneeId: claim.assigneeId, assigneeName: claim.assigneeName });
      if (refusal) throw new AppError(refusal.kind === "state" ? "conflict" : "forbidden", refusal.message);
      const viewerHasRated = claim.blindReview && (await hasRatedClaim(tx, teamId, claimId, actorId));
      if (isVerdictHidden({ ...claim, viewerId: actorId, viewerRole: actorRole, viewerHasRated })) {
        throw new AppError("forbidden", "Your team reviews blind: the verdict stays with its author until the second review.");
      }
      const label = await findTeamLabel(tx, teamId, options.labelId);
      if (!label) throw new AppError("not_found", "That rating label does not exist in your team's scales; choose one of the listed labels.");
      if ((await findVerdictNeedsSource(tx, teamId)) && (await countClaimSources(tx, teamId, claimId)) === 0) throw new AppError("validation", needsSourceMessage);
      let verdict: VerdictDto;
      if (!existing) {
        verdict = await insertVerdict(tx, { teamId, claimId, scaleId: label.scaleId, labelId: label.id, rationale, authorId: actorId });
      } else {
        if (!(await updateVerdictRow(tx, { teamId, verdictId: existing.id, version: options.version, scaleId: label.scaleId, labelId: label.id, rationale, authorId: actorId }))) {
          throw await staleVersionError(tx, { teamId, actorId, entityType: "verdict", entityId: existing.id });
        }
        verdict = (await findClaimVerdict(tx, teamId, claimId))!;
      }
      // A first verdict on an unassigned claim is its author taking it; on an assigned one, starting research.
      let researching = claim;
      if (claim.status === "new") {
        const at = new Date();
        const taken = await commitTransition(tx, { teamId, actorId, action: "assign", claim, write: { assigneeId: actorId, assignedAt: at, reviewerId: null }, assigneeName: verdict.authorName, details: { reason: "verdict" }, at });
        researching = { ...claim, status: taken.status, version: taken.version, assigneeId: actorId, assigneeName: verdict.authorName };
      }
      const startedResearch = researching.status === "assigned" && researching.assigneeId === actorId;
      if (startedResearch) await commitTransition(tx, { teamId, actorId, action: "start_research", claim: researching, details: { reason: "verdict" } });
      await recordAudit(tx, {
        teamId,
        actorId,
        action: existing ? "verdict.update" : "verdict.create",
        entityType: "verdict",
        entityId: verdict.id,
        before: existing ? snapshot(existing) : undefined,
        after: { claimId, ...snapshot(verdict) },
      });
      return { verdict, created: !existing, startedResearch };
    });
  } catch (error) {
    // Two first verdicts at once: the second insert hits the one-verdict-per-claim constraint.
    if (isConstraintViolation(error, "P2002")) throw new AppError("conflict", "Someone else gave a verdict on this claim since you opened it. Review it and make your change again.");
    throw error;
  }
}
