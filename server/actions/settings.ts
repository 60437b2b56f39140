"use server";

import { revalidatePath } from "next/cache";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { changePassword } from "@/server/services/change-password";
import { addMember } from "@/server/services/add-member";
import { signOut } from "@/server/auth";
import type { FormState } from "./form-state";

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user } = await authorise("viewer");
    const newPassword = text(formData, "newPassword");
    if (newPassword !== text(formData, "confirmPassword")) throw new AppError("validation", "The new passwords do not match.");
    await changePassword({ prisma: await prisma(), userId: user.id, currentPassword: text(formData, "currentPassword"), newPassword });
  } catch (error) {
    return { error: toFormMessage(error) };
  }
  // Every session of the old password ends, this one too: sign in again with the new password.
  await signOut({ redirectTo: "/sign-in" });
  return {};
}

export async function addMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const email = text(formData, "email");
    const result = await addMember({
      prisma: await prisma(),
      teamId: membership.teamId,
      teamName: membership.teamName,
      actorId: user.id,
      email,
      name: text(formData, "name") || undefined,
      password: text(formData, "password"),
      role: text(formData, "role") as never,
    });
    revalidatePath("/settings");
    return {
      success: result.createdUser
        ? `Added ${email.trim().toLowerCase()} to ${result.teamName}. Share the password with them privately.`
        : `${email.trim().toLowerCase()} already had an account: they are now in ${result.teamName}, with their own password.`,
    };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
