"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { changeMemberRole } from "@/server/services/change-member-role";
import { removeMember } from "@/server/services/remove-member";
import type { FormState } from "./form-state";

const roleLabel: Record<string, string> = { admin: "Admin", editor: "Editor", fact_checker: "Fact-checker", viewer: "Viewer" };
const userIdField = z.string().trim().min(1, "Missing member.").max(100, "Malformed member id.");

function userId(formData: FormData): string {
  const parsed = userIdField.safeParse(formData.get("userId") ?? "");
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Missing member.");
  return parsed.data;
}

export async function changeMemberRoleAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const role = formData.get("role");
    const result = await changeMemberRole({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, userId: userId(formData), role: typeof role === "string" ? role : "" });
    revalidatePath("/", "layout");
    return { success: result.changed ? `${result.name} is now ${roleLabel[result.role]}.` : `${result.name} already is ${roleLabel[result.role]}.` };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function removeMemberAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const result = await removeMember({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, userId: userId(formData) });
    revalidatePath("/", "layout");
    return { success: `${result.name} (${result.email}) was removed from ${membership.teamName}. Their work stays.` };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
