import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimListQuerySchema } from "@/server/api-schemas/claims";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { createRatingScale } from "./create-rating-scale";
import { getDefaultScale } from "./ensure-default-scale";
import { listClaims } from "./list-claims";
import { loadClaimDetail } from "./load-claim-detail";
import { createQueueArticle, createQueueClaim, createQueueTeam } from "./queue-test-fixtures";
import { resolveRatingLabel } from "./resolve-rating-label";

// The services only the HTTP API uses: its claim listing, one claim with its evidence, and labels by name.

describe.each(testDatabaseKinds)("API reads on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let users: Record<string, string>;
  let otherTeamId: string;
  let otherClaimId: string;
  let articleId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, users } = await createQueueTeam(db.prisma, "Desk", { ana: "fact_checker", ben: "fact_checker", vic: "viewer" }));
    ({ teamId: otherTeamId } = await createQueueTeam(db.prisma, "Rival", { rex: "admin" }));
    articleId = await createQueueArticle(db.prisma, teamId, "Budget speech");
    otherClaimId = await createQueueClaim(db.prisma, otherTeamId, { articleId: await createQueueArticle(db.prisma, otherTeamId, "Their article"), score: 0.99 });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const query = (raw: Record<string, string>) => claimListQuerySchema.parse(raw);

  it("lists a view page by page: every claim once, in score order, never another team's", async () => {
    const scores = [0.9, 0.8, 0.8, 0.8, 0.5, 0.3, 0.1];
    const created = [];
    for (const score of scores) created.push({ id: await createQueueClaim(db.prisma, teamId, { articleId, score }), score });
    const expected = created.sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1)).map((claim) => claim.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listClaims({ prisma: db.prisma, teamId, userId: users.vic!, role: "viewer", query: query({ article: articleId, limit: "3", ...(cursor ? { cursor } : {}) }) });
      seen.push(...result.items.map((item) => item.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toEqual(expected);
    const strong = await listClaims({ prisma: db.prisma, teamId, userId: users.vic!, role: "viewer", query: query({ article: articleId, minScore: "80" }) });
    expect(strong.items.map((item) => item.score)).toEqual([0.9, 0.8, 0.8, 0.8]);
    const all = await listClaims({ prisma: db.prisma, teamId, userId: users.vic!, role: "viewer", query: query({ limit: "100" }) });
    expect(all.items.map((item) => item.id)).not.toContain(otherClaimId);
  });

  it("keeps a verdict hidden under blind review, in the listing and in the claim, from all but its author", async () => {
    await db.prisma.team.update({ where: { id: teamId }, data: { blindReview: true } });
    try {
      const claimId = await createQueueClaim(db.prisma, teamId, { articleId, status: "ready_for_review", assigneeId: users.ana, verdictAuthorId: users.ana, score: 0.95 });
      const asBen = await listClaims({ prisma: db.prisma, teamId, userId: users.ben!, role: "fact_checker", query: query({ view: "review" }) });
      expect(asBen.items.find((item) => item.id === claimId)).toMatchObject({ verdictLabel: null });
      const asAna = await listClaims({ prisma: db.prisma, teamId, userId: users.ana!, role: "fact_checker", query: query({ view: "mine" }) });
      expect(asAna.items.find((item) => item.id === claimId)?.verdictLabel).toBeTruthy();
      // Once Ben has given his own rating, he sees the verdict.
      const label = await db.prisma.verdict.findFirstOrThrow({ where: { claimId }, select: { labelId: true } });
      await db.prisma.review.create({ data: { teamId, claimId, reviewerId: users.ben!, labelId: label.labelId, comment: "" } });
      const rated = await listClaims({ prisma: db.prisma, teamId, userId: users.ben!, role: "fact_checker", query: query({ view: "review" }) });
      expect(rated.items.find((item) => item.id === claimId)?.verdictLabel).toBeTruthy();
      expect(await loadClaimDetail({ prisma: db.prisma, teamId, viewerId: users.ben!, viewerRole: "fact_checker", claimId })).toMatchObject({ verdictHidden: false });
      await db.prisma.review.deleteMany({ where: { claimId } });

      const hidden = await loadClaimDetail({ prisma: db.prisma, teamId, viewerId: users.ben!, viewerRole: "fact_checker", claimId });
      expect(hidden).toMatchObject({ verdict: null, verdictHidden: true });
      expect(JSON.stringify(hidden)).not.toContain("Because.");
      const shown = await loadClaimDetail({ prisma: db.prisma, teamId, viewerId: users.ana!, viewerRole: "fact_checker", claimId });
      expect(shown).toMatchObject({ verdictHidden: false, verdict: { rationale: "Because." }, workflow: { status: "ready_for_review", assigneeName: "Ana" } });
      expect(shown?.claim.article.id).toBe(articleId);
    } finally {
      await db.prisma.team.update({ where: { id: teamId }, data: { blindReview: false } });
    }
  });

  it("answers null for another team's claim or a missing one", async () => {
    expect(await loadClaimDetail({ prisma: db.prisma, teamId, viewerId: users.ana!, viewerRole: "fact_checker", claimId: otherClaimId })).toBeNull();
    expect(await loadClaimDetail({ prisma: db.prisma, teamId, viewerId: users.ana!, viewerRole: "fact_checker", claimId: "missing" })).toBeNull();
  });

  it("finds a label by name: the default scale's first, else the only scale that has it", async () => {
    const { teamId: labelTeamId, users: labelUsers } = await createQueueTeam(db.prisma, "Labels", { lou: "fact_checker" });
    const actorId = labelUsers.lou!;
    const resolve = (name: string) => resolveRatingLabel({ prisma: db.prisma, teamId: labelTeamId, actorId, name });
    // A team without scales gets its default one first, as the claim page does.
    const falseId = await resolve("  false ");
    const politifact = await getDefaultScale(db.prisma, labelTeamId);
    expect(politifact.name).toBe("PolitiFact");
    expect(politifact.labels.find((label) => label.name === "False")?.id).toBe(falseId);
    await createRatingScale({ prisma: db.prisma, teamId: labelTeamId, actorId, preset: "meta", makeDefault: false });
    // "False" is in both scales: the default scale's wins.
    expect(await resolve("FALSE")).toBe(falseId);
    const satire = await resolve("satire");
    expect(satire).not.toBe(falseId);
    await createRatingScale({ prisma: db.prisma, teamId: labelTeamId, actorId, custom: { name: "Desk satire", labels: [{ name: "Satire", value: 1, description: null }, { name: "Serious", value: 2, description: null }] }, makeDefault: false });
    await expect(resolve("Satire")).rejects.toThrow(/several of your team's scales/);
    await expect(resolve("Probably fine")).rejects.toThrow(/no label called “Probably fine”.*Pants on Fire/);
    // Another team's labels are never found.
    await createRatingScale({ prisma: db.prisma, teamId: otherTeamId, actorId: null, custom: { name: "Rival only", labels: [{ name: "Rival label", value: 1, description: null }, { name: "Other", value: 2, description: null }] }, makeDefault: false });
    await expect(resolve("Rival label")).rejects.toThrow(/no label called/);
  });
});
