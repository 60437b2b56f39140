import { Prisma, type Role } from "@/generated/prisma/client";
import { queryRows, type DbClient } from "./client";
import type { RateLimitResult } from "./rate-limits";

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
  return (await authenticateToken(db, tokenHash, null, now))?.principal ?? null;
}

/**
 * The token's principal and, when `rateLimit` is given, one hit on its per-token rate limit, in one
 * statement: every API request starts here, and at load each statement's round trip and query
 * compilation cost more than the lookup itself (token, user, team and membership were four).
 */
export async function authenticateToken(
  db: DbClient,
  tokenHash: string,
  rateLimit: { limit: number; windowMs: number } | null,
  now = new Date(),
): Promise<{ principal: TokenPrincipal; rateLimit: RateLimitResult | null } | null> {
  const windowFloor = new Date(now.getTime() - (rateLimit?.windowMs ?? 0));
  const [token] = await queryRows<TokenPrincipal & { lastUsedAt: Date | null; hits: number | null; windowStart: Date | null }>(
    db,
    Prisma.sql`
    WITH principal AS (
      SELECT t.id AS "tokenId", t."userId", u.name AS "userName", t."teamId", team.name AS "teamName", m.role::text AS role, t."lastUsedAt"
      FROM "ApiToken" t
      JOIN "User" u ON u.id = t."userId"
      JOIN "Team" team ON team.id = t."teamId"
      JOIN "Membership" m ON m."teamId" = t."teamId" AND m."userId" = t."userId"
      WHERE t."tokenHash" = ${tokenHash} AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > ${now})
    ), hit AS (
      INSERT INTO "RateLimit" ("key", "windowStart", "count")
      SELECT 'api:' || p."tokenId", ${now}, 1 FROM principal p WHERE ${rateLimit !== null}
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimit"."windowStart" END
      RETURNING "count", "windowStart"
    )
    SELECT principal.*, hit."count" AS hits, hit."windowStart" FROM principal LEFT JOIN hit ON TRUE`,
    { prepare: true },
  );
  if (!token) return null;
  // Recording every use would write on every request; once a minute is plenty to show "last used".
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.tokenId }, data: { lastUsedAt: now } });
  }
  const { lastUsedAt: _lastUsedAt, hits, windowStart, ...principal } = token;
  if (!rateLimit) return { principal, rateLimit: null };
  const count = hits ?? 1;
  const start = windowStart ?? now;
  return {
    principal,
    rateLimit: { allowed: count <= rateLimit.limit, remaining: Math.max(0, rateLimit.limit - count), resetAt: new Date(start.getTime() + rateLimit.windowMs) },
  };
}
