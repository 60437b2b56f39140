import type { Role } from "@/generated/prisma/client";
import type { DbClient } from "./client";

export interface ApiTokenDto {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

/** Who a presented token acts as: its user, in its team, with the role they hold there now. */
export interface TokenPrincipal {
  tokenId: string;
  userId: string;
  userName: string;
  teamId: string;
  teamName: string;
  role: Role;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function insertApiToken(
  db: DbClient,
  input: { userId: string; teamId: string; name: string; tokenHash: string; prefix: string; expiresAt: Date | null },
): Promise<{ id: string }> {
  return db.apiToken.create({ data: input, select: { id: true } });
}

export async function listApiTokens(db: DbClient, userId: string, teamId: string): Promise<ApiTokenDto[]> {
  const rows = await db.apiToken.findMany({
    where: { userId, teamId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), lastUsedAt: iso(row.lastUsedAt), expiresAt: iso(row.expiresAt) }));
}

/** Revokes one of the user's own tokens in the team; false when there is no such live token. */
export async function revokeApiTokenRow(db: DbClient, input: { id: string; userId: string; teamId: string }): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({ where: { ...input, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}

/**
 * The principal of a live token, or null when the token is unknown, revoked, expired, or its user is no
 * longer a member of the team (the role is read at each use, so a demotion takes effect at once).
 */
export async function findTokenPrincipal(db: DbClient, tokenHash: string, now = new Date()): Promise<TokenPrincipal | null> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      userId: true,
      teamId: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { name: true } },
      team: { select: { name: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId: token.teamId, userId: token.userId } }, select: { role: true } });
  if (!membership) return null;
  // Recording every use would write on every request; once a minute is plenty to show "last used".
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: token.id, userId: token.userId, userName: token.user.name, teamId: token.teamId, teamName: token.team.name, role: membership.role };
}
