"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/server/db";
import { toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { mergeSpeakers } from "@/server/services/merge-speakers";
import { updateSpeaker } from "@/server/services/update-speaker";
import type { FormState } from "./form-state";
import { idField, parseForm, versionField } from "./span-form";

function refreshViews(): void {
  revalidatePath("/speakers");
  revalidatePath("/speakers/[id]", "page");
  revalidatePath("/articles/[id]", "page");
}

/** Aliases come one per line (commas also separate them, since names rarely contain one). */
function splitAliases(value: FormDataEntryValue | null): string[] {
  return typeof value === "string" ? value.split(/[\n,;]/).map((alias) => alias.trim()).filter(Boolean) : [];
}

export async function updateSpeakerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField }), formData, ["id", "version"]);
    const text = (key: string) => {
      const value = formData.get(key);
      return typeof value === "string" ? value : "";
    };
    const result = await updateSpeaker({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      speakerId: input.id,
      version: input.version,
      fields: { name: text("name"), kind: text("kind") as "person", title: text("title"), role: text("role"), aliases: splitAliases(formData.get("aliases")) },
    });
    refreshViews();
    return { success: `Saved ${result.name}.` };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function mergeSpeakersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let target: string;
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField, targetId: idField }), formData, ["id", "version", "targetId"]);
    const result = await mergeSpeakers({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, sourceId: input.id, sourceVersion: input.version, targetId: input.targetId });
    refreshViews();
    target = `/speakers/${result.targetId}?merged=${result.quotes + result.claims}`;
  } catch (error) {
    return { error: toFormMessage(error) };
  }
  redirect(target);
}
