import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { authenticateToken, findTokenPrincipal, listApiTokens } from "@/server/repositories/api-tokens";
import { createApiToken, hashApiToken } from "./create-api-token";
import { createUser } from "./create-user";
import { revokeApiToken } from "./revoke-api-token";

describe.each(testDatabaseKinds)("personal API tokens on %s", (kind) => {
  let db: TestDatabase;
  let userId: string;
  let teamId: string;
  let otherTeamId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ userId, teamId } = await createUser({ prisma: db.prisma, email: "bot@example.test", password: "token-password-1", team: "Desk", role: "editor" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "bot@example.test", password: "token-password-1", team: "Second", role: "viewer" }));
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("stores only a hash, acts with the user's current role in the token's team, and stops when revoked", async () => {
    const { id, token } = await createApiToken({ prisma: db.prisma, userId, teamId, name: "nightly import", expiresInDays: null });
    expect(token).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
    expect(await db.prisma.apiToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await findTokenPrincipal(db.prisma, hashApiToken(token))).toMatchObject({ userId, teamId, role: "editor", tokenId: id });

    await db.prisma.membership.update({ where: { teamId_userId: { teamId, userId } }, data: { role: "viewer" } });
    expect(await findTokenPrincipal(db.prisma, hashApiToken(token))).toMatchObject({ role: "viewer" });
    await db.prisma.membership.update({ where: { teamId_userId: { teamId, userId } }, data: { role: "editor" } });

    expect((await listApiTokens(db.prisma, userId, teamId)).map((t) => t.name)).toEqual(["nightly import"]);
    expect(await listApiTokens(db.prisma, userId, otherTeamId)).toEqual([]);
    await expect(revokeApiToken({ prisma: db.prisma, userId, teamId: otherTeamId, tokenId: id })).rejects.toThrow("does not exist");
    await revokeApiToken({ prisma: db.prisma, userId, teamId, tokenId: id });
    expect(await findTokenPrincipal(db.prisma, hashApiToken(token))).toBeNull();
  });

  it("refuses expired tokens, unknown tokens and tokens of former members", async () => {
    const { token } = await createApiToken({ prisma: db.prisma, userId, teamId: otherTeamId, name: "short", expiresInDays: 1 });
    expect(await findTokenPrincipal(db.prisma, hashApiToken(token), new Date(Date.now() + 2 * 86_400_000))).toBeNull();
    expect(await findTokenPrincipal(db.prisma, hashApiToken("fdk_not-a-token"))).toBeNull();
    await db.prisma.membership.delete({ where: { teamId_userId: { teamId: otherTeamId, userId } } });
    expect(await findTokenPrincipal(db.prisma, hashApiToken(token))).toBeNull();
    await expect(createApiToken({ prisma: db.prisma, userId, teamId, name: " ", expiresInDays: null })).rejects.toThrow("Name the token");
  });

  it("counts each authenticated request against the token's rate limit in the same statement, and starts again after the window", async () => {
    const { id, token } = await createApiToken({ prisma: db.prisma, userId, teamId, name: "counted", expiresInDays: null });
    const limit = { limit: 3, windowMs: 60_000 };
    const start = new Date();
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push((await authenticateToken(db.prisma, hashApiToken(token), limit, new Date(start.getTime() + i * 1000)))!.rateLimit);
    expect(hits.map((hit) => [hit?.allowed, hit?.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(hits[3]?.resetAt.getTime()).toBe(start.getTime() + 60_000);
    const later = await authenticateToken(db.prisma, hashApiToken(token), limit, new Date(start.getTime() + 61_000));
    expect(later).toMatchObject({ principal: { tokenId: id, role: "editor" }, rateLimit: { allowed: true, remaining: 2 } });
    // An unknown token is refused without counting anything.
    const before = await db.prisma.rateLimit.count();
    expect(await authenticateToken(db.prisma, hashApiToken("fdk_unknown"), limit)).toBeNull();
    expect(await db.prisma.rateLimit.count()).toBe(before);
  });
});
