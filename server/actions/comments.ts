"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { addComment } from "@/server/services/add-comment";
import { deleteComment } from "@/server/services/delete-comment";
import type { FormState } from "./form-state";
import { idField, parseForm } from "./span-form";

export async function addCommentAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    // The service says how long is too long, so the limit's message names the length.
    const input = parseForm(z.object({ claimId: idField, body: z.string({ message: "Write something before posting the comment." }).max(50_000, "The comment is far too long.") }), formData, ["claimId", "body"]);
    const comment = await addComment({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, claimId: input.claimId, body: input.body });
    revalidatePath(`/claims/${input.claimId}`);
    return { success: comment.mentions.length ? `Comment posted; it mentions ${comment.mentions.map((person) => person.name).join(", ")}.` : "Comment posted.", data: { commentId: comment.id } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function deleteCommentAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ commentId: idField }), formData, ["commentId"]);
    const { claimId } = await deleteComment({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, commentId: input.commentId });
    revalidatePath(`/claims/${claimId}`);
    return { success: "Comment deleted." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
