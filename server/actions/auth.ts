"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/server/auth";
import { chooseTeam, currentUser, teamCookie } from "@/server/session";
import type { FormState } from "./form-state";

/** Only same-site paths are allowed after sign-in, so a crafted link cannot redirect elsewhere. */
function safeCallbackPath(value: FormDataEntryValue | null): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  try {
    const url = new URL(value, "http://localhost");
    return url.pathname.startsWith("/sign-in") ? "/" : url.pathname + url.search;
  } catch {
    return "/";
  }
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formData.get("email");
  const password = formData.get("password");
  if (typeof email !== "string" || typeof password !== "string" || !email.trim() || !password) {
    return { error: "Enter your email and password." };
  }
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      return { error: "Too many sign-in attempts. Wait 15 minutes and try again, or ask an admin to reset your password." };
    }
    if (error instanceof AuthError) return { error: "Wrong email or password." };
    throw error; // the success path is a redirect, thrown by Next
  }
  return {};
}

export async function signOutAction(): Promise<void> {
  (await cookies()).delete(teamCookie);
  await signOut({ redirectTo: "/sign-in" });
}

export async function switchTeamAction(formData: FormData): Promise<void> {
  const current = await currentUser();
  if (!current) redirect("/sign-in");
  const teamId = formData.get("teamId");
  if (typeof teamId === "string" && current.user.memberships.some((m) => m.teamId === teamId)) {
    await chooseTeam(teamId);
  }
  redirect("/");
}
