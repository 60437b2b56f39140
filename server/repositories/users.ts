import type { Role } from "@/generated/prisma/client";
import type { DbClient } from "./client";

export type { Role };
export const roles: readonly Role[] = ["admin", "editor", "fact_checker", "viewer"];

export interface MembershipDto {
  teamId: string;
  teamName: string;
  teamSlug: string;
  role: Role;
}

export interface UserDto {
  id: string;
  email: string;
  name: string;
  sessionEpoch: number;
  memberships: MembershipDto[];
}

export interface MemberDto {
  userId: string;
  email: string;
  name: string;
  role: Role;
  joinedAt: string;
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  sessionEpoch: true,
  memberships: { select: { role: true, team: { select: { id: true, name: true, slug: true } } }, orderBy: { createdAt: "asc" } },
} as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  sessionEpoch: number;
  memberships: { role: Role; team: { id: string; name: string; slug: string } }[];
};

function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    sessionEpoch: row.sessionEpoch,
    memberships: row.memberships.map((m) => ({ teamId: m.team.id, teamName: m.team.name, teamSlug: m.team.slug, role: m.role })),
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(db: DbClient, id: string): Promise<UserDto | null> {
  const row = await db.user.findUnique({ where: { id }, select: userSelect });
  return row ? toUserDto(row) : null;
}

/** The user with the password hash, for sign-in and password changes only. */
export async function findCredentialsByEmail(
  db: DbClient,
  email: string,
): Promise<{ id: string; email: string; name: string; passwordHash: string; sessionEpoch: number } | null> {
  return db.user.findUnique({
    where: { email: normaliseEmail(email) },
    select: { id: true, email: true, name: true, passwordHash: true, sessionEpoch: true },
  });
}

export async function findPasswordHashById(db: DbClient, id: string): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

export async function createUserRow(db: DbClient, input: { email: string; name: string; passwordHash: string }): Promise<{ id: string }> {
  return db.user.create({ data: { email: normaliseEmail(input.email), name: input.name, passwordHash: input.passwordHash }, select: { id: true } });
}

/** Sets a new password hash and invalidates every session signed with the old one. */
export async function setPasswordHash(db: DbClient, userId: string, passwordHash: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { passwordHash, sessionEpoch: { increment: 1 } } });
}

export async function countUsers(db: DbClient): Promise<number> {
  return db.user.count();
}

export async function upsertMembership(db: DbClient, input: { teamId: string; userId: string; role: Role }): Promise<{ created: boolean }> {
  const existing = await db.membership.findUnique({ where: { teamId_userId: { teamId: input.teamId, userId: input.userId } }, select: { id: true } });
  if (existing) {
    await db.membership.update({ where: { id: existing.id }, data: { role: input.role } });
    return { created: false };
  }
  await db.membership.create({ data: input });
  return { created: true };
}

export async function listMembers(db: DbClient, teamId: string): Promise<MemberDto[]> {
  const rows = await db.membership.findMany({
    where: { teamId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  return rows.map((row) => ({ userId: row.user.id, email: row.user.email, name: row.user.name, role: row.role, joinedAt: row.createdAt.toISOString() }));
}

export interface MembershipOfUserDto {
  userId: string;
  email: string;
  name: string;
  role: Role;
}

export async function findMembership(db: DbClient, teamId: string, userId: string): Promise<MembershipOfUserDto | null> {
  const row = await db.membership.findFirst({ where: { teamId, userId }, select: { role: true, user: { select: { id: true, email: true, name: true } } } });
  return row ? { userId: row.user.id, email: row.user.email, name: row.user.name, role: row.role } : null;
}

/**
 * Adds the user to the team with the role unless they are already a member, whose role then stays as it
 * is. One statement (ON CONFLICT DO NOTHING), so two invitations accepted at once cannot both insert.
 */
export async function addMembershipIfMissing(db: DbClient, input: { teamId: string; userId: string; role: Role }): Promise<{ created: boolean }> {
  const result = await db.membership.createMany({ data: [input], skipDuplicates: true });
  return { created: result.count === 1 };
}

export async function setMembershipRole(db: DbClient, input: { teamId: string; userId: string; role: Role }): Promise<boolean> {
  const result = await db.membership.updateMany({ where: { teamId: input.teamId, userId: input.userId }, data: { role: input.role } });
  return result.count === 1;
}

export async function deleteMembership(db: DbClient, teamId: string, userId: string): Promise<boolean> {
  const result = await db.membership.deleteMany({ where: { teamId, userId } });
  return result.count === 1;
}

export async function countAdmins(db: DbClient, teamId: string): Promise<number> {
  return db.membership.count({ where: { teamId, role: "admin" } });
}

export interface UserListingDto {
  id: string;
  email: string;
  name: string;
  createdAt: string;
  memberships: { teamName: string; role: Role }[];
}

/** Every user, or the members of one team, for operators (the admin CLI); never used by the app's pages. */
export async function listUsersForOperators(db: DbClient, options: { teamId?: string } = {}): Promise<UserListingDto[]> {
  const rows = await db.user.findMany({
    where: options.teamId ? { memberships: { some: { teamId: options.teamId } } } : {},
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      memberships: {
        where: options.teamId ? { teamId: options.teamId } : {},
        orderBy: { createdAt: "asc" },
        select: { role: true, team: { select: { name: true } } },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    memberships: row.memberships.map((m) => ({ teamName: m.team.name, role: m.role })),
  }));
}
