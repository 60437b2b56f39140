"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { approveClaim } from "@/server/services/approve-claim";
import { assignClaim } from "@/server/services/assign-claim";
import type { ClaimActionOptions, ClaimTransitionResult } from "@/server/services/claim-transition";
import { workflowActions, type WorkflowAction } from "@/server/services/claim-workflow";
import { giveBlindRating } from "@/server/services/give-blind-rating";
import { publishClaim } from "@/server/services/publish-claim";
import { requestClaimChanges } from "@/server/services/request-claim-changes";
import { reworkClaim } from "@/server/services/rework-claim";
import { setBlindReview } from "@/server/services/set-blind-review";
import { setClaimCheckWorthiness } from "@/server/services/set-claim-check-worthiness";
import { startResearch } from "@/server/services/start-research";
import { submitClaimForReview } from "@/server/services/submit-claim-for-review";
import { unassignClaim } from "@/server/services/unassign-claim";
import { unpublishClaim } from "@/server/services/unpublish-claim";
import type { FormState } from "./form-state";
import { idField, parseForm, versionField } from "./span-form";

const commentField = z.string().max(10_000, "The comment is longer than 10,000 characters.").optional();

interface StepInput extends ClaimActionOptions {
  assigneeId?: string;
  comment?: string;
}

const steps: Record<WorkflowAction, { run: (input: StepInput) => Promise<unknown>; done: string }> = {
  assign: { run: (input) => assignClaim({ ...input, assigneeId: input.assigneeId ?? input.actorId }), done: "Assigned." },
  unassign: { run: unassignClaim, done: "Unassigned: the claim is back in the pool." },
  start_research: { run: startResearch, done: "Research started." },
  submit_for_review: { run: submitClaimForReview, done: "Submitted for review." },
  request_changes: { run: (input) => requestClaimChanges({ ...input, comment: input.comment ?? "" }), done: "Changes requested: the claim is back with its fact-checker." },
  rework: { run: reworkClaim, done: "Back in research." },
  approve: { run: (input) => approveClaim(input), done: "Approved." },
  publish: { run: publishClaim, done: "Published." },
  unpublish: { run: unpublishClaim, done: "Unpublished: the claim is approved, not public." },
  mark_not_check_worthy: {
    run: (input) => setClaimCheckWorthiness({ ...input, version: input.expectedVersion, checkWorthy: false }),
    done: "Marked not check-worthy.",
  },
  reopen: { run: (input) => setClaimCheckWorthiness({ ...input, version: input.expectedVersion, checkWorthy: true }), done: "Reopened as a new claim." },
};

function refreshClaim(claimId: string): void {
  revalidatePath(`/claims/${claimId}`);
  revalidatePath("/articles/[id]", "page");
  revalidatePath("/queue");
}

/** One step of the claim workflow, named by `action`; the service checks role, person, state and version. */
export async function claimWorkflowAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(
      z.object({ claimId: idField, version: versionField, action: z.enum(workflowActions, "Unknown workflow step."), assigneeId: idField.optional(), comment: commentField }),
      formData,
      ["claimId", "version", "action", "assigneeId", "comment"],
    );
    const step = steps[input.action];
    const result = (await step.run({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      actorRole: membership.role,
      claimId: input.claimId,
      expectedVersion: input.version,
      assigneeId: input.assigneeId,
      comment: input.comment,
    })) as Partial<ClaimTransitionResult> & { changed?: boolean };
    refreshClaim(input.claimId);
    if (input.action === "assign") return { success: result.changed === false ? "Already assigned to that person." : input.assigneeId && input.assigneeId !== user.id ? "Assigned." : "You took the claim." };
    return { success: step.done };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

/** A would-be second reviewer's own rating on a blind-review team, given before the verdict is shown. */
export async function giveBlindRatingAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(
      z.object({ claimId: idField, version: versionField, labelId: z.string({ message: "Choose your rating." }).trim().min(1, "Choose your rating.").max(100), comment: commentField }),
      formData,
      ["claimId", "version", "labelId", "comment"],
    );
    await giveBlindRating({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      actorRole: membership.role,
      claimId: input.claimId,
      expectedVersion: input.version,
      labelId: input.labelId,
      comment: input.comment ?? "",
    });
    refreshClaim(input.claimId);
    return { success: "Rating saved: the verdict is shown next to yours." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function setBlindReviewAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const blindReview = formData.get("blindReview") === "on";
    await setBlindReview({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, blindReview });
    revalidatePath("/settings/scales");
    revalidatePath("/claims/[id]", "page");
    return { success: blindReview ? "Second reviews are now blind." : "Second reviewers now see the verdict straight away." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
