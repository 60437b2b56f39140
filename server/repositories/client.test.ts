import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { queryRows } from "./client";

describe.each(testDatabaseKinds)("rows of a raw statement on %s", (kind) => {
  let db: TestDatabase;
  const zone = process.env.TZ;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    // A server far from UTC: the direct path must still send and read timestamps as UTC, as Prisma's
    // PostgreSQL adapter does.
    process.env.TZ = "America/New_York";
  });
  afterAll(async () => {
    process.env.TZ = zone;
    await db.dispose();
  });

  it("come back the same through the direct path as through Prisma", async () => {
    const at = new Date("2026-03-08T06:30:15.123Z");
    const statement = Prisma.sql`SELECT ${at}::timestamp(3) AS at, ${at}::timestamp(3) + interval '1 hour' AS later, 7::int AS n, 1.5::float8 AS f, true AS b, ${"tekst"} AS s, NULL::text AS nothing`;
    const [direct] = await queryRows<Record<string, unknown>>(db.prisma, statement);
    expect(direct).toEqual({ at, later: new Date("2026-03-08T07:30:15.123Z"), n: 7, f: 1.5, b: true, s: "tekst", nothing: null });
    // The embedded database's Prisma adapter binds a raw Date parameter in local time (one of the
    // reasons the hot statements take the direct path there too), so it is compared in UTC only.
    process.env.TZ = kind === "postgresql" ? "America/New_York" : "UTC";
    const [viaPrisma] = await db.prisma.$queryRaw<Record<string, unknown>[]>(statement);
    expect(viaPrisma).toEqual(direct);
  });

  it("inside a transaction read through the transaction, seeing its own uncommitted writes", async () => {
    const key = `probe:${kind}:${Date.now()}`;
    const seen = await db.prisma
      .$transaction(async (tx) => {
        await tx.rateLimit.create({ data: { key, windowStart: new Date(), count: 1 } });
        const rows = await queryRows<{ n: number }>(tx, Prisma.sql`SELECT count(*)::int AS n FROM "RateLimit" WHERE key = ${key}`);
        throw Object.assign(new Error("roll back"), { rows });
      })
      .catch((error: { rows?: { n: number }[] }) => error.rows);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await db.prisma.rateLimit.count({ where: { key } })).toBe(0);
  });
});
