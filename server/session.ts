import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";
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

/** The signed-in user and team, or null. A session from before a password change is no session. */
export async function currentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  if (!session?.userId) return null;
  const user = await findUserById(await prisma(), session.userId);
  if (!user || user.sessionEpoch !== session.sessionEpoch) return null;
  const chosen = (await cookies()).get(teamCookie)?.value;
  const membership = user.memberships.find((m) => m.teamId === chosen) ?? user.memberships[0];
  if (!membership) return null;
  return { user, membership };
}

/** For pages: the current user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const current = await currentUser();
  if (!current) redirect("/sign-in");
  return current;
}

/** For pages: the current user if their role in the current team is at least `atLeast`, else 404-like refusal. */
export async function requireRole(atLeast: Role): Promise<CurrentUser> {
  const current = await requireUser();
  if (!hasRole(current.membership.role, atLeast)) throw new AppError("forbidden", "Your role in this team does not allow this.");
  return current;
}

/** For server actions and route handlers: throws AppError instead of redirecting. */
export async function authorise(atLeast: Role = "viewer"): Promise<CurrentUser> {
  const current = await currentUser();
  if (!current) throw new AppError("unauthenticated", "Sign in first.");
  if (!hasRole(current.membership.role, atLeast)) throw new AppError("forbidden", "Your role in this team does not allow this.");
  return current;
}
