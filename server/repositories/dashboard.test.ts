import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { createQueueArticle, createQueueClaim, createQueueTeam } from "@/server/services/queue-test-fixtures";
import { loadTeamDashboard } from "./dashboard";

describe.each(testDatabaseKinds)("team dashboard on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("counts states, the median time to publish, each member's work and the oldest unassigned claims", async () => {
    const { teamId, users } = await createQueueTeam(db.prisma, "Dash", { ana: "fact_checker", ben: "fact_checker", eve: "editor", vic: "viewer" });
    const other = await createQueueTeam(db.prisma, "Other dash", { olga: "fact_checker" });
    const articleId = await createQueueArticle(db.prisma, teamId, "Dash article");
    const otherArticle = await createQueueArticle(db.prisma, other.teamId, "Other article");
    const created = new Date("2026-11-01T00:00:00Z");
    const hoursLater = (hours: number) => new Date(created.getTime() + hours * 3_600_000);
    const oldest = await createQueueClaim(db.prisma, teamId, { articleId, statusChangedAt: new Date("2026-10-01T00:00:00Z") });
    await createQueueClaim(db.prisma, teamId, { articleId, statusChangedAt: new Date("2026-10-05T00:00:00Z") });
    await createQueueClaim(db.prisma, teamId, { articleId, status: "assigned", assigneeId: users.ana });
    await createQueueClaim(db.prisma, teamId, { articleId, status: "in_research", assigneeId: users.ana });
    await createQueueClaim(db.prisma, teamId, { articleId, status: "changes_requested", assigneeId: users.ben });
    await createQueueClaim(db.prisma, teamId, { articleId, status: "ready_for_review", assigneeId: users.ana, verdictAuthorId: users.ana });
    await createQueueClaim(db.prisma, teamId, { articleId, status: "ready_for_review", assigneeId: users.ben, verdictAuthorId: users.ben });
    for (const hours of [10, 20, 60]) {
      await createQueueClaim(db.prisma, teamId, {
        articleId,
        status: "published",
        createdAt: created,
        publishedAt: hoursLater(hours),
        verdictAuthorId: users.ana,
      });
    }
    await createQueueClaim(db.prisma, other.teamId, { articleId: otherArticle, status: "published", createdAt: created, publishedAt: hoursLater(1000) });

    const dashboard = await loadTeamDashboard(db.prisma, teamId);

    expect(dashboard.byStatus).toMatchObject({ new: 2, assigned: 1, in_research: 1, changes_requested: 1, ready_for_review: 2, published: 3, approved: 0 });
    expect(dashboard.published).toEqual({ count: 3, medianHours: 20 });
    const byName = Object.fromEntries(dashboard.members.map((member) => [member.name, member]));
    expect(byName.Ana).toMatchObject({ assigned: 1, inResearch: 1, changesRequested: 0, awaitingReview: 1, reviewsWaiting: 1 });
    expect(byName.Ben).toMatchObject({ assigned: 0, changesRequested: 1, awaitingReview: 1, reviewsWaiting: 1 });
    expect(byName.Eve).toMatchObject({ reviewsWaiting: 2 });
    expect(byName.Vic).toMatchObject({ reviewsWaiting: 0 });
    expect(dashboard.members).toHaveLength(4);
    expect(dashboard.oldestUnassigned.map((claim) => claim.id)[0]).toBe(oldest);
    expect(dashboard.oldestUnassigned).toHaveLength(2);
  });
});
