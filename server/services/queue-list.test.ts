import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { bulkAssignClaims } from "./bulk-assign-claims";
import { listQueue } from "./queue-list";
import { teamChangeMarker } from "./queue-changes";
import { parseQueueQuery, type QueueQuery } from "./queue-query";
import { createQueueArticle, createQueueClaim, createQueueTeam } from "./queue-test-fixtures";
import { takeNextClaim } from "./take-next-claim";

const day = 86_400_000;
const now = new Date("2026-11-20T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * day);

describe.each(testDatabaseKinds)("queue views on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let users: Record<string, string>;
  let articleA: string;
  let articleB: string;
  let speakerId: string;
  const ids: Record<string, string> = {};

  const list = (user: string, raw: Record<string, string>, role: "fact_checker" | "editor" | "viewer" = "fact_checker") =>
    listQueue({ prisma: db.prisma, teamId, userId: users[user]!, role, query: parseQueueQuery(raw), now });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, users } = await createQueueTeam(db.prisma, "Desk", { ana: "fact_checker", ben: "fact_checker", eve: "editor", vic: "viewer" }));
    articleA = await createQueueArticle(db.prisma, teamId, "Budget speech");
    articleB = await createQueueArticle(db.prisma, teamId, "Transport plan");
    speakerId = (await db.prisma.speaker.create({ data: { teamId, name: "Minister Ray" }, select: { id: true } })).id;
    const seed = (name: string, data: Parameters<typeof createQueueClaim>[2]) => createQueueClaim(db.prisma, teamId, data).then((id) => (ids[name] = id));
    await seed("newHigh", { articleId: articleA, score: 0.9, kind: "numeric", speakerId, statusChangedAt: daysAgo(1) });
    await seed("newLow", { articleId: articleB, score: 0.2, kind: "event", statusChangedAt: daysAgo(10) });
    await seed("newMid", { articleId: articleA, score: 0.6, kind: "numeric", statusChangedAt: daysAgo(5) });
    await seed("anaAssigned", { articleId: articleA, status: "assigned", assigneeId: users.ana, score: 0.7 });
    await seed("anaResearch", { articleId: articleB, status: "in_research", assigneeId: users.ana, score: 0.5 });
    await seed("anaChanges", { articleId: articleB, status: "changes_requested", assigneeId: users.ana, score: 0.4, verdictAuthorId: users.ana });
    await seed("anaReady", { articleId: articleA, status: "ready_for_review", assigneeId: users.ana, score: 0.8, verdictAuthorId: users.ana });
    await seed("benReady", { articleId: articleA, status: "ready_for_review", assigneeId: users.ben, score: 0.3, verdictAuthorId: users.ben });
    // Ana wrote the verdict, Ben holds the claim: neither of them may give it the second review.
    await seed("mixedReady", { articleId: articleB, status: "ready_for_review", assigneeId: users.ben, score: 0.35, verdictAuthorId: users.ana });
    await seed("anaApproved", { articleId: articleA, status: "approved", assigneeId: users.ana, verdictAuthorId: users.ana });
    await seed("oldPublished", {
      articleId: articleA,
      status: "published",
      assigneeId: users.ben,
      statusChangedAt: daysAgo(3),
      publishedAt: daysAgo(3),
      verdictAuthorId: users.ben,
    });
    await seed("newPublished", {
      articleId: articleB,
      status: "published",
      assigneeId: users.ana,
      statusChangedAt: daysAgo(1),
      publishedAt: daysAgo(1),
      verdictAuthorId: users.ana,
    });
    await seed("dropped", { articleId: articleA, status: "not_check_worthy" });
    const deleted = await createQueueClaim(db.prisma, teamId, { articleId: articleA, score: 0.99 });
    await db.prisma.claim.update({ where: { id: deleted }, data: { deletedAt: now } });
  });
  afterAll(async () => {
    await db?.dispose();
  });

  const idsOf = async (user: string, raw: Record<string, string>, role?: "fact_checker" | "editor" | "viewer") =>
    (await list(user, raw, role)).items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0] ?? item.id);

  it("puts each claim in the views its state and people say, most check-worthy first", async () => {
    expect(await idsOf("ana", { view: "unassigned" })).toEqual(["newHigh", "newMid", "newLow"]);
    expect(await idsOf("ana", { view: "mine" })).toEqual(["anaReady", "anaAssigned", "anaResearch", "anaChanges"]);
    expect(await idsOf("ana", { view: "changes" })).toEqual(["anaChanges"]);
    // Never one's own verdict to review; a viewer has no review queue.
    expect(await idsOf("ana", { view: "review" })).toEqual(["benReady"]);
    expect(await idsOf("ben", { view: "review" })).toEqual(["anaReady"]);
    expect(await idsOf("eve", { view: "review" }, "editor")).toEqual(["anaReady", "mixedReady", "benReady"]);
    expect(await idsOf("vic", { view: "review" }, "viewer")).toEqual([]);
    expect(await idsOf("ben", { view: "published" })).toEqual(["newPublished", "oldPublished"]);
  });

  it("hides an open claim's verdict from all but its assignee while the team has blind review on", async () => {
    const label = async (user: string, view: string, claim: string, role: "fact_checker" | "editor" = "fact_checker") =>
      (await list(user, { view }, role)).items.find((item) => item.id === ids[claim])?.verdictLabel;
    expect(await label("eve", "review", "anaReady", "editor")).toBe("False");
    await db.prisma.team.update({ where: { id: teamId }, data: { blindReview: true } });
    try {
      expect(await label("eve", "review", "anaReady", "editor")).toBeNull();
      expect(await label("ana", "mine", "anaReady")).toBe("False");
      expect(await label("eve", "published", "newPublished", "editor")).toBe("False");
    } finally {
      await db.prisma.team.update({ where: { id: teamId }, data: { blindReview: false } });
    }
  });

  it("counts every view under the same filters", async () => {
    expect((await list("ana", {})).counts).toEqual({ unassigned: 3, mine: 4, review: 1, changes: 1, published: 2 });
    expect((await list("eve", { article: articleA }, "editor")).counts).toEqual({ unassigned: 2, mine: 0, review: 2, changes: 0, published: 1 });
    expect((await list("vic", {}, "viewer")).counts.review).toBe(0);
  });

  it("filters by article, speaker, kind, minimum score, age and assignee", async () => {
    expect(await idsOf("ana", { article: articleB })).toEqual(["newLow"]);
    expect(await idsOf("ana", { speaker: speakerId })).toEqual(["newHigh"]);
    expect(await idsOf("ana", { kind: "numeric" })).toEqual(["newHigh", "newMid"]);
    expect(await idsOf("ana", { minScore: "60" })).toEqual(["newHigh", "newMid"]);
    expect(await idsOf("ana", { olderThan: "3" })).toEqual(["newMid", "newLow"]);
    expect(await idsOf("ana", { view: "published", assignee: users.ben! })).toEqual(["oldPublished"]);
    expect(await idsOf("eve", { view: "review", assignee: users.ana! }, "editor")).toEqual(["anaReady"]);
  });

  it("sorts by age: the longest in its state first", async () => {
    expect(await idsOf("ana", { sort: "age" })).toEqual(["newLow", "newMid", "newHigh"]);
  });

  it("never lists or counts another team's claims, even by their article or speaker id", async () => {
    const other = await createQueueTeam(db.prisma, "Rival", { rita: "editor" });
    const rivalArticle = await createQueueArticle(db.prisma, other.teamId, "Rival story");
    await createQueueClaim(db.prisma, other.teamId, { articleId: rivalArticle, score: 1 });
    expect(await idsOf("ana", {})).toEqual(["newHigh", "newMid", "newLow"]);
    expect((await list("ana", { article: rivalArticle })).counts).toEqual({ unassigned: 0, mine: 0, review: 0, changes: 0, published: 0 });
    const rival = await listQueue({
      prisma: db.prisma,
      teamId: other.teamId,
      userId: other.users.rita!,
      role: "editor",
      query: parseQueueQuery({ article: articleA }),
      now,
    });
    expect(rival.items).toEqual([]);
  });

  it("rejects a cursor from another sort order and a forged one", async () => {
    const first = await list("ana", { limit: "1" });
    expect(first.nextCursor).not.toBeNull();
    await expect(list("ana", { limit: "1", sort: "age", cursor: first.nextCursor! })).rejects.toThrow(/different sort order/);
    await expect(list("ana", { cursor: "bm90LWpzb24" })).rejects.toThrow(/Invalid cursor/);
  });
});

describe.each(testDatabaseKinds)("queue pagination on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let userId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const team = await createQueueTeam(db.prisma, "Pages", { ana: "fact_checker" });
    teamId = team.teamId;
    userId = team.users.ana!;
    const articleId = await createQueueArticle(db.prisma, teamId, "Long article");
    // Many ties on both sort keys, so the id tie-breaker decides page boundaries.
    for (let index = 0; index < 53; index++) {
      await createQueueClaim(db.prisma, teamId, { articleId, score: [0.9, 0.5, 0.5, 0.1][index % 4], statusChangedAt: daysAgo(index % 3) });
    }
  });
  afterAll(async () => {
    await db?.dispose();
  });

  async function walk(raw: Record<string, string>): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const query: QueueQuery = parseQueueQuery({ ...raw, limit: "10", ...(cursor ? { cursor } : {}) });
      const result = await listQueue({ prisma: db.prisma, teamId, userId, role: "fact_checker", query, now });
      seen.push(...result.items.map((item) => item.id));
      if (!result.nextCursor) return seen;
      cursor = result.nextCursor;
    }
    throw new Error("pagination did not end");
  }

  it.each<[string, Record<string, string>]>([
    ["score", {}],
    ["age", { sort: "age" }],
  ])("pages through every claim exactly once by %s", async (_name, raw) => {
    const whole = await listQueue({ prisma: db.prisma, teamId, userId, role: "fact_checker", query: parseQueueQuery({ ...raw, limit: "100" }), now });
    const paged = await walk(raw);
    expect(paged).toHaveLength(53);
    expect(new Set(paged).size).toBe(53);
    expect(paged).toEqual(whole.items.map((item) => item.id));
  });

  it("stops counting just past the cap, so a huge view costs no more than a big one", async () => {
    const team = await createQueueTeam(db.prisma, "Huge", { ana: "fact_checker" });
    const articleId = await createQueueArticle(db.prisma, team.teamId, "Huge");
    await db.prisma.claim.createMany({
      data: Array.from({ length: 520 }, (_, index) => ({ teamId: team.teamId, articleId, start: index, end: index + 1, text: `Claim ${index}` })),
    });
    const listing = await listQueue({ prisma: db.prisma, teamId: team.teamId, userId: team.users.ana!, role: "fact_checker", query: parseQueueQuery({}), now });
    expect(listing.countCap).toBe(500);
    expect(listing.counts.unassigned).toBe(501);
  });

  it("pages the published view newest first", async () => {
    const articleId = await createQueueArticle(db.prisma, teamId, "Published things");
    for (let index = 0; index < 12; index++) {
      await createQueueClaim(db.prisma, teamId, { articleId, status: "published", statusChangedAt: daysAgo(index % 2), publishedAt: daysAgo(index % 2) });
    }
    const paged = await walk({ view: "published" });
    expect(new Set(paged).size).toBe(12);
    const items = (await listQueue({ prisma: db.prisma, teamId, userId, role: "fact_checker", query: parseQueueQuery({ view: "published" }), now })).items;
    const times = items.map((item) => item.statusChangedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe.each(testDatabaseKinds)("queue change marker on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("moves when a teammate takes or assigns a claim, and not for another team's actions", async () => {
    const { teamId, users } = await createQueueTeam(db.prisma, "Live", { ana: "fact_checker", eve: "editor" });
    const other = await createQueueTeam(db.prisma, "Elsewhere", { olga: "fact_checker" });
    const articleId = await createQueueArticle(db.prisma, teamId, "Live story");
    const otherArticle = await createQueueArticle(db.prisma, other.teamId, "Other story");
    const first = await createQueueClaim(db.prisma, teamId, { articleId, score: 0.9 });
    const second = await createQueueClaim(db.prisma, teamId, { articleId, score: 0.8 });
    await createQueueClaim(db.prisma, other.teamId, { articleId: otherArticle });

    const empty = await teamChangeMarker({ prisma: db.prisma, teamId });
    const taken = await takeNextClaim({ prisma: db.prisma, teamId, actorId: users.ana!, actorRole: "fact_checker", filters: {}, order: "score" });
    expect(taken).toEqual({ claimId: first });
    const afterTake = await teamChangeMarker({ prisma: db.prisma, teamId });
    expect(afterTake).not.toBe(empty);
    expect(await teamChangeMarker({ prisma: db.prisma, teamId })).toBe(afterTake);

    await takeNextClaim({ prisma: db.prisma, teamId: other.teamId, actorId: other.users.olga!, actorRole: "fact_checker", filters: {}, order: "score" });
    expect(await teamChangeMarker({ prisma: db.prisma, teamId })).toBe(afterTake);

    const version = (await db.prisma.claim.findUniqueOrThrow({ where: { id: second }, select: { version: true } })).version;
    await bulkAssignClaims({ prisma: db.prisma, teamId, actorId: users.eve!, actorRole: "editor", assigneeId: users.ana!, claims: [{ id: second, version }] });
    expect(await teamChangeMarker({ prisma: db.prisma, teamId })).not.toBe(afterTake);
  });
});
