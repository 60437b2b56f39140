"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { addClaim } from "@/server/services/add-claim";
import { deleteSpan } from "@/server/services/delete-span";
import { setClaimCheckWorthiness } from "@/server/services/set-claim-check-worthiness";
import { updateSpanBounds } from "@/server/services/update-span-bounds";
import type { FormState } from "./form-state";
import { idField, offsetField, parseForm, versionField } from "./span-form";

const claimKinds = ["numeric", "statistic", "event", "comparison", "causal", "other"] as const;

function refreshViews(): void {
  revalidatePath("/articles/[id]", "page");
  revalidatePath("/speakers/[id]", "page");
}

export async function addClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(
      z.object({ articleId: idField, start: offsetField, end: offsetField, kind: z.enum(claimKinds).optional() }),
      formData,
      ["articleId", "start", "end", "kind"],
    );
    const result = await addClaim({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, ...input });
    refreshViews();
    return { success: "Claim added.", data: { claimId: result.claimId } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function updateClaimBoundsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField, start: offsetField, end: offsetField }), formData, ["id", "version", "start", "end"]);
    await updateSpanBounds({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, target: "claim", ...input });
    refreshViews();
    return { success: "Claim bounds saved." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function setClaimCheckWorthinessAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField, checkWorthy: z.enum(["true", "false"]) }), formData, ["id", "version", "checkWorthy"]);
    const checkWorthy = input.checkWorthy === "true";
    await setClaimCheckWorthiness({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, actorRole: membership.role, claimId: input.id, version: input.version, checkWorthy });
    refreshViews();
    return { success: checkWorthy ? "Claim is check-worthy again." : "Claim marked not check-worthy." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function deleteClaimAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField }), formData, ["id", "version"]);
    await deleteSpan({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, target: "claim", ...input });
    refreshViews();
    return { success: "Claim deleted." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
