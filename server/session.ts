import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { auth } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";
import { servedOverHttps } from "./security-headers";
import { findUserById, type MembershipDto, type Role, type UserDto } from "./repositories/users";

export const teamCookie = "factdesk-team";

export interface CurrentUser {
  user: UserDto;
  /** The team the user is working in now: the one chosen in the team switcher, else their first. */
  membership: MembershipDto;
}

const roleRank: Record<Role, number> = { viewer: 0, fact_checker: 1, editor: 2, admin: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return roleRank[role] >= roleRank[atLeast];
}

/**
 * The signed-in account, whether or not it is in any team (the invitation page needs that), or null.
 * A session from before a password change is no session.
 */
export async function signedInUser(): Promise<UserDto | null> {
  const session = await auth();
  if (!session?.userId) return null;
  const user = await findUserById(await prisma(), session.userId);
  if (!user || user.sessionEpoch !== session.sessionEpoch) return null;
  return user;
}

/**
 * The signed-in user and team, or null. Memberships are read on every request, so a removed member loses
 * the team at once: a team cookie naming a team they left falls back to their first remaining team.
 */
export async function currentUser(): Promise<CurrentUser | null> {
  const user = await signedInUser();
  const membership = user ? await chosenMembership(user) : null;
  return user && membership ? { user, membership } : null;
}

async function chosenMembership(user: UserDto): Promise<MembershipDto | null> {
  const chosen = (await cookies()).get(teamCookie)?.value;
  return user.memberships.find((m) => m.teamId === chosen) ?? user.memberships[0] ?? null;
}

/** For pages: the current user, or a redirect to sign-in (or, for an account in no team, to the page that explains it). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await signedInUser();
  if (!user) redirect("/sign-in");
  const membership = await chosenMembership(user);
  if (!membership) redirect("/invite");
  return { user, membership };
}

/** For pages: the current user if their role in the current team is at least `atLeast`, else the 404 page. */
export async function requireRole(atLeast: Role): Promise<CurrentUser> {
  const current = await requireUser();
  if (!hasRole(current.membership.role, atLeast)) notFound();
  return current;
}

/** Makes the team the one the user works in from the next request on (the caller checked the membership). */
export async function chooseTeam(teamId: string): Promise<void> {
  // Secure exactly when Auth.js makes the session cookie secure: the same AUTH_URL / X-Forwarded-Proto rule.
  const secure = servedOverHttps(await headers(), process.env.AUTH_URL, "http:");
  (await cookies()).set(teamCookie, teamId, { httpOnly: true, sameSite: "lax", path: "/", secure });
}

/** For server actions and route handlers: throws AppError instead of redirecting. */
export async function authorise(atLeast: Role = "viewer"): Promise<CurrentUser> {
  const current = await currentUser();
  if (!current) throw new AppError("unauthenticated", "Sign in first.");
  if (!hasRole(current.membership.role, atLeast)) throw new AppError("forbidden", "Your role in this team does not allow this.");
  return current;
}
