import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { createQueueArticle, createQueueClaim, createQueueTeam } from "./queue-test-fixtures";
import { takeNextClaim } from "./take-next-claim";

describe.each(testDatabaseKinds)("taking the next claim on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("hands each of 150 claims to exactly one of 20 people taking 200 times at once", async () => {
    const members = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`checker${index}`, "fact_checker" as const]));
    const { teamId, users } = await createQueueTeam(db.prisma, "Rush", members);
    const articleId = await createQueueArticle(db.prisma, teamId, "Busy day");
    await db.prisma.claim.createMany({
      data: Array.from({ length: 150 }, (_, index) => ({ teamId, articleId, start: index, end: index + 1, text: `Claim ${index}`, score: (index % 37) / 37 })),
    });
    const userIds = Object.values(users);

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        takeNextClaim({ prisma: db.prisma, teamId, actorId: userIds[index % userIds.length]!, actorRole: "fact_checker", filters: {}, order: "score" }),
      ),
    );

    const taken = results.filter((result) => result !== null).map((result) => result.claimId);
    expect(taken).toHaveLength(150);
    expect(results.filter((result) => result === null)).toHaveLength(50);
    expect(new Set(taken).size).toBe(150);
    const claims = await db.prisma.claim.findMany({ where: { teamId }, select: { id: true, status: true, assigneeId: true, version: true } });
    expect(claims.every((claim) => claim.status === "assigned" && claim.assigneeId !== null && claim.version === 2)).toBe(true);
    // The audit log names the same taker as the claim does, once per claim.
    const audits = await db.prisma.auditEvent.findMany({ where: { teamId, action: "claim.take" }, select: { entityId: true, actorId: true } });
    expect(audits).toHaveLength(150);
    const assigneeById = new Map(claims.map((claim) => [claim.id, claim.assigneeId]));
    expect(audits.every((audit) => assigneeById.get(audit.entityId!) === audit.actorId)).toBe(true);
  });

  it("takes the best claim matching the filters, and the oldest first when sorted by age", async () => {
    const { teamId, users } = await createQueueTeam(db.prisma, "Picky", { ana: "fact_checker" });
    const articleId = await createQueueArticle(db.prisma, teamId, "Filters");
    const now = new Date();
    const low = await createQueueClaim(db.prisma, teamId, {
      articleId,
      score: 0.3,
      kind: "numeric",
      statusChangedAt: new Date(now.getTime() - 9 * 86_400_000),
    });
    const high = await createQueueClaim(db.prisma, teamId, { articleId, score: 0.95, kind: "event" });
    const mid = await createQueueClaim(db.prisma, teamId, { articleId, score: 0.6, kind: "numeric" });
    const take = (filters: Parameters<typeof takeNextClaim>[0]["filters"], order: "score" | "age" = "score") =>
      takeNextClaim({ prisma: db.prisma, teamId, actorId: users.ana!, actorRole: "fact_checker", filters, order });

    expect(await take({ kind: "numeric", olderThanDays: 5 }, "age")).toEqual({ claimId: low });
    expect(await take({ kind: "numeric" })).toEqual({ claimId: mid });
    expect(await take({ kind: "numeric" })).toBeNull();
    expect(await take({})).toEqual({ claimId: high });
    const claim = await db.prisma.claim.findUniqueOrThrow({
      where: { id: high },
      select: { status: true, assigneeId: true, assignedAt: true, statusChangedAt: true },
    });
    expect(claim).toMatchObject({ status: "assigned", assigneeId: users.ana });
    expect(claim.assignedAt!.getTime()).toBeGreaterThanOrEqual(now.getTime());
    expect(claim.statusChangedAt).toEqual(claim.assignedAt);
    const audit = await db.prisma.auditEvent.findFirst({ where: { teamId, entityId: high, action: "claim.take" }, select: { actorId: true, after: true } });
    expect(audit).toMatchObject({ actorId: users.ana, after: { status: "assigned", assigneeId: users.ana, assignee: "Ana" } });
  });

  it("never takes another team's claim, and refuses viewers", async () => {
    const mine = await createQueueTeam(db.prisma, "Mine", { ana: "fact_checker", vic: "viewer" });
    const theirs = await createQueueTeam(db.prisma, "Theirs", { tom: "fact_checker" });
    const theirArticle = await createQueueArticle(db.prisma, theirs.teamId, "Theirs");
    await createQueueClaim(db.prisma, theirs.teamId, { articleId: theirArticle, score: 1 });
    expect(
      await takeNextClaim({
        prisma: db.prisma,
        teamId: mine.teamId,
        actorId: mine.users.ana!,
        actorRole: "fact_checker",
        filters: { articleId: theirArticle },
        order: "score",
      }),
    ).toBeNull();
    await expect(
      takeNextClaim({ prisma: db.prisma, teamId: mine.teamId, actorId: mine.users.vic!, actorRole: "viewer", filters: {}, order: "score" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
