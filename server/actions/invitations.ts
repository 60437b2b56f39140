"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/server/auth";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise, chooseTeam, signedInUser } from "@/server/session";
import { acceptInvitation } from "@/server/services/accept-invitation";
import { createInvitation } from "@/server/services/create-invitation";
import { registerWithInvitation } from "@/server/services/register-with-invitation";
import { revokeInvitation } from "@/server/services/revoke-invitation";
import type { FormState } from "./form-state";

const idField = z.string().trim().min(1, "Missing id.").max(100, "Malformed id.");
const tokenField = z.string().trim().min(1, "The invitation link is incomplete.").max(200, "The invitation link is malformed.");

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the form.");
  return parsed.data;
}

/** The token is shown once, in `data.path`; the page never lists it again (only its hash is stored). */
export async function createInvitationAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const validityDays = Number(text(formData, "validityDays"));
    const { token, invitation } = await createInvitation({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      role: text(formData, "role"),
      email: text(formData, "email"),
      validityDays,
    });
    revalidatePath("/settings");
    return { success: "Invitation link created. Copy it now: it is shown only once.", data: { path: `/invite/${token}`, expiresAt: invitation.expiresAt } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function revokeInvitationAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("admin");
    const invitationId = parse(idField, text(formData, "invitationId"));
    await revokeInvitation({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, invitationId });
    revalidatePath("/settings");
    return { success: "Invitation revoked: the link no longer works." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

/**
 * For a signed-in account, which need not be in any team yet: the invitation token is what authorises
 * joining, and the service checks it (unused, unrevoked, unexpired, for this address).
 */
export async function acceptInvitationAction(formData: FormData): Promise<FormState> {
  let teamId: string;
  try {
    const user = await signedInUser();
    if (!user) throw new AppError("unauthenticated", "Sign in first, then open the link again.");
    const token = parse(tokenField, text(formData, "token"));
    const result = await acceptInvitation({ prisma: await prisma(), token, userId: user.id });
    teamId = result.teamId;
  } catch (error) {
    return { error: toFormMessage(error) };
  }
  await chooseTeam(teamId);
  revalidatePath("/", "layout");
  redirect("/");
}

export async function registerWithInvitationAction(formData: FormData): Promise<FormState> {
  let account: { email: string; password: string };
  try {
    const token = parse(tokenField, text(formData, "token"));
    const password = text(formData, "password");
    if (password !== text(formData, "confirmPassword")) throw new AppError("validation", "The passwords do not match.");
    const result = await registerWithInvitation({ prisma: await prisma(), token, name: text(formData, "name"), email: text(formData, "email"), password });
    await chooseTeam(result.teamId);
    account = { email: result.email, password };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
  try {
    await signIn("credentials", { ...account, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) return { error: "Your account was created, but signing in failed: sign in with your email and password." };
    throw error; // the success path is a redirect, thrown by Next
  }
  return {};
}
