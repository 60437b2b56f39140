import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { listScales } from "@/server/repositories/scales";
import { createUser } from "./create-user";
import { createRatingScale } from "./create-rating-scale";
import { deleteRatingScale } from "./delete-rating-scale";
import { getDefaultScale } from "./ensure-default-scale";
import { importArticle } from "./import-article";
import { addSource } from "./add-source";
import { saveVerdict } from "./save-verdict";
import { setDefaultScale } from "./set-default-scale";
import { updateVerdictSourceRule } from "./update-verdict-source-rule";

describe.each(testDatabaseKinds)("rating scales on %s", (kind) => {
  let db: TestDatabase;
  let adminId: string;
  let otherTeamId: string;
  const teams: string[] = [];
  let teamCount = 0;

  async function newTeam(): Promise<string> {
    const { teamId } = await createUser({ prisma: db.prisma, email: `scales-${++teamCount}@example.test`, password: "scales-password-1", team: `Scales ${teamCount}`, role: "admin" });
    teams.push(teamId);
    return teamId;
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ userId: adminId } = await createUser({ prisma: db.prisma, email: "scale-admin@example.test", password: "scales-password-1", team: "Scale Desk", role: "admin" }));
    otherTeamId = await newTeam();
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("creates PolitiFact as the default on first need, once, even for concurrent first requests", async () => {
    const teamId = await newTeam();
    const results = await Promise.all(Array.from({ length: 8 }, () => getDefaultScale(db.prisma, teamId)));
    expect(new Set(results.map((scale) => scale.id)).size).toBe(1);
    const scale = results[0]!;
    expect(scale).toMatchObject({ name: "PolitiFact", worstRating: 1, bestRating: 6 });
    expect(scale.labels.map((label) => [label.name, label.value])).toEqual([
      ["True", 6],
      ["Mostly True", 5],
      ["Half True", 4],
      ["Mostly False", 3],
      ["False", 2],
      ["Pants on Fire", 1],
    ]);
    expect(await getDefaultScale(db.prisma, teamId)).toEqual(scale);
    expect(await db.prisma.ratingScale.count({ where: { teamId } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { teamId, action: "scale.create" } })).toBe(1);
  });

  it("refuses an unknown team", async () => {
    await expect(getDefaultScale(db.prisma, "no-such-team")).rejects.toThrow("That team does not exist.");
  });

  it("adds presets and custom scales, makes the first one default and refuses duplicate names", async () => {
    const teamId = await newTeam();
    const meta = await createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, preset: "meta" });
    expect(meta).toMatchObject({ name: "Meta", worstRating: 1, bestRating: 6 });
    expect((await getDefaultScale(db.prisma, teamId)).id).toBe(meta.id);
    await expect(createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, preset: "meta" })).rejects.toThrow("Your team already has the “Meta” scale.");
    await expect(createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, preset: "snopes" })).rejects.toThrow("Choose one of the presets");
    const custom = await createRatingScale({
      prisma: db.prisma,
      teamId,
      actorId: adminId,
      custom: {
        name: "House",
        labels: [
          { name: "Correct", value: 10, description: "Matches the record." },
          { name: "Needs context", value: 0, description: null },
          { name: "Wrong", value: -10, description: "" },
        ],
      },
    });
    expect(custom).toMatchObject({ name: "House", worstRating: -10, bestRating: 10 });
    expect(custom.labels.map((label) => label.name)).toEqual(["Correct", "Needs context", "Wrong"]);
    await expect(
      createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, custom: { name: "house", labels: [{ name: "A", value: 1, description: null }, { name: "B", value: 2, description: null }] } }),
    ).rejects.toThrow("Your team already has a scale named “House”.");
    // Another team may use the same names.
    await expect(createRatingScale({ prisma: db.prisma, teamId: otherTeamId, actorId: null, preset: "meta" })).resolves.toMatchObject({ name: "Meta" });
    const scales = await listScales(db.prisma, teamId);
    expect(scales.map((scale) => [scale.name, scale.isDefault])).toEqual([
      ["Meta", true],
      ["House", false],
    ]);
  });

  it("keeps exactly one default scale, also when two admins switch it at once", async () => {
    const teamId = await newTeam();
    const politifact = await getDefaultScale(db.prisma, teamId);
    const plain = await createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, preset: "plain" });
    const meta = await createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, preset: "meta", makeDefault: true });
    expect((await getDefaultScale(db.prisma, teamId)).id).toBe(meta.id);
    for (let round = 0; round < 5; round++) {
      await Promise.all([politifact.id, plain.id, meta.id].map((scaleId) => setDefaultScale({ prisma: db.prisma, teamId, actorId: adminId, scaleId })));
      expect(await db.prisma.ratingScale.count({ where: { teamId, isDefault: true } })).toBe(1);
    }
    await setDefaultScale({ prisma: db.prisma, teamId, actorId: adminId, scaleId: plain.id });
    expect((await getDefaultScale(db.prisma, teamId)).id).toBe(plain.id);
    const audit = await db.prisma.auditEvent.findFirst({ where: { teamId, action: "scale.set_default", entityId: plain.id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: adminId });
  });

  it("treats another team's scale like a missing one", async () => {
    const teamId = await newTeam();
    const theirs = await getDefaultScale(db.prisma, otherTeamId);
    await expect(setDefaultScale({ prisma: db.prisma, teamId, actorId: adminId, scaleId: theirs.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteRatingScale({ prisma: db.prisma, teamId, actorId: adminId, scaleId: theirs.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.prisma.ratingScale.count({ where: { id: theirs.id } })).toBe(1);
  });

  it("deletes an unused scale, and refuses to delete the default or a scale verdicts use", async () => {
    const teamId = await newTeam();
    const { userId } = await createUser({ prisma: db.prisma, email: "scale-checker@example.test", password: "scales-password-1", team: "x", teamId, role: "fact_checker" });
    const politifact = await getDefaultScale(db.prisma, teamId);
    const meta = await createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, preset: "meta" });
    const plain = await createRatingScale({ prisma: db.prisma, teamId, actorId: adminId, preset: "plain" });
    await expect(deleteRatingScale({ prisma: db.prisma, teamId, actorId: adminId, scaleId: politifact.id })).rejects.toThrow(
      "“PolitiFact” is the team's default scale: make another scale the default before deleting it.",
    );

    const article = await importArticle({ prisma: db.prisma, teamId, actorId: userId, title: "Bridge", body: "The bridge cost $4.2 million to build in 2019, the council said." });
    const claim = await db.prisma.claim.create({
      data: { teamId, articleId: article.articleId, start: 4, end: 36, text: "bridge cost $4.2 million to build", kind: "numeric", origin: "human" },
    });
    await addSource({ prisma: db.prisma, teamId, actorId: userId, claimId: claim.id, source: { title: "Council accounts 2019", stance: "supports", url: "https://example.org/accounts" } });
    await saveVerdict({ prisma: db.prisma, teamId, actorId: userId, actorRole: "fact_checker", claimId: claim.id, labelId: meta.labels[5]!.id, rationale: "Matches the accounts.", version: 0 });
    await expect(deleteRatingScale({ prisma: db.prisma, teamId, actorId: adminId, scaleId: meta.id })).rejects.toThrow(
      "The “Meta” scale cannot be deleted: a verdict uses it.",
    );

    await deleteRatingScale({ prisma: db.prisma, teamId, actorId: adminId, scaleId: plain.id });
    expect((await listScales(db.prisma, teamId)).map((scale) => [scale.name, scale.verdictCount])).toEqual([
      ["PolitiFact", 0],
      ["Meta", 1],
    ]);
    const audit = await db.prisma.auditEvent.findFirst({ where: { teamId, action: "scale.delete", entityId: plain.id } });
    expect(audit).toMatchObject({ actorId: adminId, before: expect.objectContaining({ name: "True / Misleading / False" }) as unknown });
  });

  it("turns the team's source rule off and on, with audit entries", async () => {
    const teamId = await newTeam();
    const rule = async () => (await db.prisma.team.findUniqueOrThrow({ where: { id: teamId } })).verdictNeedsSource;
    expect(await rule()).toBe(true);
    await updateVerdictSourceRule({ prisma: db.prisma, teamId, actorId: adminId, verdictNeedsSource: false });
    expect(await rule()).toBe(false);
    await updateVerdictSourceRule({ prisma: db.prisma, teamId, actorId: adminId, verdictNeedsSource: false });
    await updateVerdictSourceRule({ prisma: db.prisma, teamId, actorId: adminId, verdictNeedsSource: true });
    expect(await rule()).toBe(true);
    const events = await db.prisma.auditEvent.findMany({ where: { teamId, action: "team.verdict_needs_source" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => event.after)).toEqual([{ verdictNeedsSource: false }, { verdictNeedsSource: true }]);
  });
});
