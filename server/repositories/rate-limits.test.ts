import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { clearRateLimit, hitRateLimit, underRateLimit } from "./rate-limits";

describe.each(testDatabaseKinds)("rate limits on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("allows `limit` hits per window, then refuses until the window passes", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    for (let i = 1; i <= 3; i++) expect(await hitRateLimit(db.prisma, "k1", 3, 60_000, start)).toMatchObject({ allowed: true, remaining: 3 - i });
    expect(await hitRateLimit(db.prisma, "k1", 3, 60_000, new Date(start.getTime() + 30_000))).toMatchObject({ allowed: false, remaining: 0 });
    expect(await underRateLimit(db.prisma, "k1", 3, 60_000, new Date(start.getTime() + 30_000))).toBe(false);
    const later = await hitRateLimit(db.prisma, "k1", 3, 60_000, new Date(start.getTime() + 61_000));
    expect(later).toMatchObject({ allowed: true, remaining: 2 });
    await clearRateLimit(db.prisma, "k1");
    expect(await underRateLimit(db.prisma, "k1", 3, 60_000)).toBe(true);
  });

  it("counts concurrent hits exactly (one statement, no lost updates)", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(db.prisma, "k2", 25, 60_000, now)));
    expect(results.filter((result) => result.allowed)).toHaveLength(25);
  });
});
