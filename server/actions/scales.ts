"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { createRatingScale } from "@/server/services/create-rating-scale";
import { deleteRatingScale } from "@/server/services/delete-rating-scale";
import { setDefaultScale } from "@/server/services/set-default-scale";
import { updateVerdictSourceRule } from "@/server/services/update-verdict-source-rule";
import type { FormState } from "./form-state";

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

function done(success: string): FormState {
  revalidatePath("/settings/scales");
  revalidatePath("/claims/[id]", "page");
  revalidatePath("/articles/[id]", "page");
  return { success };
}

export async function addPresetScaleAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const scale = await createRatingScale({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      preset: text(formData, "preset"),
      makeDefault: formData.get("makeDefault") === "on",
    });
    return done(`Added the “${scale.name}” scale.`);
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

/** The labels come as parallel lists (labelName, labelValue, labelDescription), in the order the admin set. */
export async function createCustomScaleAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const names = formData.getAll("labelName").map(String);
    const values = formData.getAll("labelValue").map(String);
    const descriptions = formData.getAll("labelDescription").map(String);
    if (values.length !== names.length || descriptions.length !== names.length) throw new AppError("bad_request", "The form is incomplete; reload the page and try again.");
    const labels = names.map((name, index) => {
      const raw = values[index]!.trim();
      return { name, value: raw === "" ? Number.NaN : Number(raw), description: descriptions[index] ?? null };
    });
    const missingValue = labels.find((label) => Number.isNaN(label.value));
    if (missingValue) throw new AppError("validation", `Give the label “${missingValue.name.trim() || "(unnamed)"}” a numeric value.`);
    const scale = await createRatingScale({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      custom: { name: text(formData, "name"), labels },
      makeDefault: formData.get("makeDefault") === "on",
    });
    return done(`Created the “${scale.name}” scale.`);
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function setDefaultScaleAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    await setDefaultScale({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, scaleId: text(formData, "scaleId") });
    return done(`“${text(formData, "scaleName")}” is now the default scale.`);
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function deleteScaleAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    await deleteRatingScale({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, scaleId: text(formData, "scaleId") });
    return done(`Deleted the “${text(formData, "scaleName")}” scale.`);
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function updateVerdictSourceRuleAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const verdictNeedsSource = formData.get("verdictNeedsSource") === "on";
    await updateVerdictSourceRule({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, verdictNeedsSource });
    return done(verdictNeedsSource ? "Verdicts now need at least one source." : "Verdicts can now be given without a source.");
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
