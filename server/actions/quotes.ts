"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { addQuote } from "@/server/services/add-quote";
import { changeQuoteSpeaker } from "@/server/services/change-quote-speaker";
import { deleteSpan } from "@/server/services/delete-span";
import { updateSpanBounds } from "@/server/services/update-span-bounds";
import type { FormState } from "./form-state";
import { idField, offsetField, parseForm, speakerChoice, versionField } from "./span-form";

const quoteType = z.enum(["direct", "indirect", "according_to"], { message: "Choose the kind of quote." });

function refreshViews(): void {
  revalidatePath("/articles/[id]", "page");
  revalidatePath("/speakers", "page");
  revalidatePath("/speakers/[id]", "page");
}

export async function addQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ articleId: idField, start: offsetField, end: offsetField, type: quoteType }), formData, ["articleId", "start", "end", "type"]);
    const result = await addQuote({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, ...input, speaker: speakerChoice(formData) });
    refreshViews();
    return { success: "Quote added.", data: { quoteId: result.quoteId } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function updateQuoteBoundsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField, start: offsetField, end: offsetField }), formData, ["id", "version", "start", "end"]);
    await updateSpanBounds({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, target: "quote", ...input });
    refreshViews();
    return { success: "Quote bounds saved." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function changeQuoteSpeakerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField }), formData, ["id", "version"]);
    await changeQuoteSpeaker({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, quoteId: input.id, version: input.version, speaker: speakerChoice(formData) });
    refreshViews();
    return { success: "Speaker changed." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function deleteQuoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField }), formData, ["id", "version"]);
    await deleteSpan({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, target: "quote", ...input });
    refreshViews();
    return { success: "Quote deleted." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
