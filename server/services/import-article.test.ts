import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { findArticle, listArticles } from "@/server/repositories/articles";
import { createUser } from "./create-user";
import { importArticle } from "./import-article";
import { seedDemo } from "./seed-demo";

const example = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/articles/iraq-coalition.txt"), "utf8");

describe.each(testDatabaseKinds)("importing articles on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let otherTeamId: string;
  let userId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId } = await createUser({ prisma: db.prisma, email: "importer@example.test", password: "import-password-1", team: "Wire", role: "fact_checker" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "rival@example.test", password: "rival-password-1", team: "Rival", role: "admin" }));
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("pins the exact text and stores the split with team-wide speakers", async () => {
    const result = await importArticle({ prisma: db.prisma, teamId, actorId: userId, title: "Iraq coalition", body: example, publisher: "IraqiNews.com" });
    expect(result.duplicate).toBe(false);
    const article = (await findArticle(db.prisma, teamId, result.articleId))!;
    expect(article.body).toBe(example);
    for (const span of [...article.quotes, ...article.claims]) expect(example.slice(span.start, span.end)).toBe(span.text);
    const ryder = article.speakers.find((speaker) => speaker.name === "Pat Ryder");
    expect(ryder).toBeDefined();
    expect(article.quotes.filter((quote) => quote.type === "direct" && quote.speakerId === ryder!.id)).toHaveLength(2);
    expect(article.claims.length).toBeGreaterThanOrEqual(5);
    const audit = await db.prisma.auditEvent.findFirst({ where: { entityId: result.articleId, action: "article.import" } });
    expect(audit).toMatchObject({ teamId, actorId: userId });
  });

  it("offers the existing article when the same text is imported twice into one team, but not across teams", async () => {
    const again = await importArticle({ prisma: db.prisma, teamId, actorId: userId, title: "Same text, new title", body: example });
    expect(again.duplicate).toBe(true);
    expect((await listArticles(db.prisma, teamId)).length).toBe(1);
    const elsewhere = await importArticle({ prisma: db.prisma, teamId: otherTeamId, actorId: null, title: "Iraq coalition", body: example });
    expect(elsewhere.duplicate).toBe(false);
    // Speakers are per team: the other team gets its own Pat Ryder.
    expect(await db.prisma.speaker.count({ where: { name: "Pat Ryder" } })).toBe(2);
  });

  it("offers the winner's article when two imports of the same text race", async () => {
    const body = `${example}\n\nRace edition.`;
    const results = await Promise.all([1, 2, 3].map((n) => importArticle({ prisma: db.prisma, teamId, actorId: userId, title: `Race ${n}`, body })));
    const created = results.filter((result) => !result.duplicate);
    expect(created).toHaveLength(1);
    expect(new Set(results.map((result) => result.articleId))).toEqual(new Set([created[0]!.articleId]));
    expect(await db.prisma.article.count({ where: { teamId, body } })).toBe(1);
  });

  it("never shows one team's article to another", async () => {
    const [article] = await listArticles(db.prisma, teamId);
    expect(article).toBeDefined();
    expect(await findArticle(db.prisma, otherTeamId, article!.id)).toBeNull();
    expect(await findArticle(db.prisma, teamId, "no-such-id")).toBeNull();
  });

  it.each([
    ["empty text", "   \n\t ", "The article text is empty."],
    ["binary", "PK\u0003\u0004\u0000\u0000binary", "This looks like a binary file, not article text."],
    ["too large", "word ".repeat(1_100_000), "The article is larger than 5 MB."],
  ])("refuses %s with a clear message and saves nothing", async (_name, body, message) => {
    const before = await db.prisma.article.count();
    await expect(importArticle({ prisma: db.prisma, teamId, actorId: userId, title: "Bad", body })).rejects.toThrow(message);
    expect(await db.prisma.article.count()).toBe(before);
  });

  it("seeds the demo only on an empty database", async () => {
    const fresh = await openTestDatabase(kind);
    try {
      const demo = await seedDemo(fresh.prisma);
      expect(demo).toMatchObject({ email: "admin@demo.factdesk", team: "Demo Newsroom" });
      expect(demo!.password).toMatch(/^[A-Za-z0-9]{20}$/);
      const team = await fresh.prisma.team.findFirstOrThrow({ where: { name: "Demo Newsroom" } });
      expect((await listArticles(fresh.prisma, team.id)).map((a) => a.title)).toEqual(["Iraqi PM says Baghdad wants US-led coalition to quickly leave Iraq"]);
      expect(await seedDemo(fresh.prisma)).toBeNull();
    } finally {
      await fresh.dispose();
    }
  });
});
