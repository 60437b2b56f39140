import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { bulkAssignClaims } from "./bulk-assign-claims";
import { createQueueArticle, createQueueClaim, createQueueTeam } from "./queue-test-fixtures";

describe.each(testDatabaseKinds)("bulk-assigning claims on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let users: Record<string, string>;
  let articleId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, users } = await createQueueTeam(db.prisma, "Assign desk", { eve: "editor", ana: "fact_checker", ben: "fact_checker", vic: "viewer" }));
    articleId = await createQueueArticle(db.prisma, teamId, "To share out");
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const versionOf = async (id: string) => (await db.prisma.claim.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

  it("assigns what is still as selected and reports what changed meanwhile", async () => {
    const fresh = await createQueueClaim(db.prisma, teamId, { articleId });
    const reassigned = await createQueueClaim(db.prisma, teamId, { articleId, status: "in_research", assigneeId: users.ben });
    const changed = await createQueueClaim(db.prisma, teamId, { articleId });
    const published = await createQueueClaim(db.prisma, teamId, { articleId, status: "published" });
    const selection = await Promise.all([fresh, reassigned, changed, published].map(async (id) => ({ id, version: await versionOf(id) })));
    await db.prisma.claim.update({ where: { id: changed }, data: { text: "Edited meanwhile", version: { increment: 1 } } });

    const result = await bulkAssignClaims({ prisma: db.prisma, teamId, actorId: users.eve!, actorRole: "editor", assigneeId: users.ana!, claims: selection });

    expect(result.assigned).toEqual([fresh, reassigned]);
    expect(result.skipped.map((skip) => [skip.claimId, skip.reason])).toEqual([
      [changed, "changed"],
      [published, "refused"],
    ]);
    expect(result.summary).toBe("Assigned 2 claims to Ana; skipped 2 (1 changed meanwhile, 1 not assignable in their state).");
    const rows = await db.prisma.claim.findMany({ where: { id: { in: [fresh, reassigned, changed] } }, select: { id: true, status: true, assigneeId: true } });
    expect(rows.find((row) => row.id === fresh)).toMatchObject({ status: "assigned", assigneeId: users.ana });
    expect(rows.find((row) => row.id === reassigned)).toMatchObject({ status: "assigned", assigneeId: users.ana });
    expect(rows.find((row) => row.id === changed)).toMatchObject({ status: "new", assigneeId: null });
    expect(await db.prisma.auditEvent.count({ where: { teamId, action: "claim.assign", entityId: { in: [fresh, reassigned] } } })).toBe(2);
  });

  it("only lets editors and admins assign, only to fact-checkers and up of the same team", async () => {
    const claim = await createQueueClaim(db.prisma, teamId, { articleId });
    const claims = [{ id: claim, version: await versionOf(claim) }];
    await expect(
      bulkAssignClaims({ prisma: db.prisma, teamId, actorId: users.ana!, actorRole: "fact_checker", assigneeId: users.ben!, claims }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(bulkAssignClaims({ prisma: db.prisma, teamId, actorId: users.eve!, actorRole: "editor", assigneeId: users.vic!, claims })).rejects.toThrow(
      "Vic is a viewer and cannot be assigned claims.",
    );
    const outsider = await createQueueTeam(db.prisma, "Outside", { otto: "fact_checker" });
    await expect(
      bulkAssignClaims({ prisma: db.prisma, teamId, actorId: users.eve!, actorRole: "editor", assigneeId: outsider.users.otto!, claims }),
    ).rejects.toThrow("not a member of this team");
    expect(await versionOf(claim)).toBe(claims[0]!.version);
  });

  it("treats another team's claim as missing", async () => {
    const rival = await createQueueTeam(db.prisma, "Rival desk", { rita: "editor" });
    const rivalArticle = await createQueueArticle(db.prisma, rival.teamId, "Rival");
    const theirs = await createQueueClaim(db.prisma, rival.teamId, { articleId: rivalArticle });
    const result = await bulkAssignClaims({
      prisma: db.prisma,
      teamId,
      actorId: users.eve!,
      actorRole: "editor",
      assigneeId: users.ana!,
      claims: [{ id: theirs, version: 1 }],
    });
    expect(result.skipped).toEqual([{ claimId: theirs, reason: "not_found", message: "Claim not found." }]);
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: theirs }, select: { assigneeId: true } })).toEqual({ assigneeId: null });
  });
});
