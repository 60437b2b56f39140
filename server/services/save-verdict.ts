import { isConstraintViolation, type PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { countClaimSources, findClaimVerdict, insertVerdict, lockClaim, markClaimReadyForReview, updateVerdictRow, type VerdictDto } from "@/server/repositories/evidence";
import { findTeamLabel, findVerdictNeedsSource } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";
import { staleVersionError } from "./source-verdict-conflict";

export const maxRationaleLength = 20_000;
export const needsSourceMessage = "Attach at least one source before giving a verdict.";

export interface SaveVerdictOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
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
  /** True when the claim moved from research to ready_for_review. */
  movedToReview: boolean;
}

function snapshot(verdict: VerdictDto) {
  return { labelId: verdict.labelId, label: verdict.labelName, value: verdict.labelValue, scale: verdict.scaleName, rationale: verdict.rationale };
}

/**
 * Gives or changes the verdict on a claim: a label of one of the team's scales and a written rationale,
 * saved only over the version the fact-checker saw. A claim still in research moves to ready_for_review.
 */
export async function saveVerdict(options: SaveVerdictOptions): Promise<SaveVerdictResult> {
  const rationale = options.rationale.replace(/\r\n?/g, "\n").trim();
  if (!rationale) throw new AppError("validation", "Write the rationale: what the evidence shows and why it earns this rating.");
  if (rationale.length > maxRationaleLength) throw new AppError("validation", `The rationale is longer than ${maxRationaleLength.toLocaleString("en")} characters.`);
  if (!Number.isInteger(options.version) || options.version < 0) throw new AppError("validation", "The verdict version is not valid; reload the page.");
  const { teamId, actorId, claimId } = options;
  try {
    return await options.prisma.$transaction(async (tx) => {
      const claim = await lockClaim(tx, teamId, claimId);
      if (!claim) throw new AppError("not_found", "That claim does not exist.");
      const label = await findTeamLabel(tx, teamId, options.labelId);
      if (!label) throw new AppError("not_found", "That rating label does not exist in your team's scales; choose one of the listed labels.");
      if ((await findVerdictNeedsSource(tx, teamId)) && (await countClaimSources(tx, teamId, claimId)) === 0) throw new AppError("validation", needsSourceMessage);
      const existing = await findClaimVerdict(tx, teamId, claimId);
      let verdict: VerdictDto;
      if (!existing) {
        if (options.version !== 0) throw new AppError("conflict", "The verdict you edited no longer exists. Reload the claim and give the verdict again.");
        verdict = await insertVerdict(tx, { teamId, claimId, scaleId: label.scaleId, labelId: label.id, rationale, authorId: actorId });
      } else {
        if (options.version !== existing.version || !(await updateVerdictRow(tx, { teamId, verdictId: existing.id, version: options.version, scaleId: label.scaleId, labelId: label.id, rationale, authorId: actorId }))) {
          throw await staleVersionError(tx, { teamId, actorId, entityType: "verdict", entityId: existing.id });
        }
        verdict = (await findClaimVerdict(tx, teamId, claimId))!;
      }
      await recordAudit(tx, {
        teamId,
        actorId,
        action: existing ? "verdict.update" : "verdict.create",
        entityType: "verdict",
        entityId: verdict.id,
        before: existing ? snapshot(existing) : undefined,
        after: { claimId, ...snapshot(verdict) },
      });
      const movedToReview = await markClaimReadyForReview(tx, teamId, claimId);
      if (movedToReview) {
        await recordAudit(tx, { teamId, actorId, action: "claim.status", entityType: "claim", entityId: claimId, before: { status: claim.status }, after: { status: "ready_for_review", reason: "verdict" } });
      }
      return { verdict, created: !existing, movedToReview };
    });
  } catch (error) {
    // Two first verdicts at once: the second insert hits the one-verdict-per-claim constraint.
    if (isConstraintViolation(error, "P2002")) throw new AppError("conflict", "Someone else gave a verdict on this claim since you opened it. Review it and make your change again.");
    throw error;
  }
}
