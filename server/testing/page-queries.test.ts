import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/server/repositories/client";
import { parseQueueQuery } from "@/server/services/queue-query";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "./databases";
import { loadArticlePage, loadClaimPage, loadQueuePage, type PageViewer } from "./page-loads";
import { recordQueries } from "./query-log";

/**
 * No N+1 on the hot pages: loading the queue page, the article page and the claim page sends the same
 * number of SQL statements for 10 items as for 100. Every item carries what the pages show beside it
 * (speaker, quote, assignee, verdict, a source, a review and a comment), so a per-item lookup of any of
 * them would make the count grow.
 */

interface Fixture {
  teamId: string;
  authorId: string;
  reviewerId: string;
  articleIds: Record<10 | 100, string>;
}

async function seed(prisma: PrismaClient): Promise<Fixture> {
  const team = await prisma.team.create({ data: { name: "Count Desk", slug: "count-desk" } });
  const people = await Promise.all(
    (["author", "reviewer", "viewer"] as const).map((label) => prisma.user.create({ data: { email: `${label}@count.test`, name: `The ${label}`, passwordHash: "-" } })),
  );
  const [author, reviewer, viewer] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
  await prisma.membership.createMany({
    data: [
      { teamId: team.id, userId: author.id, role: "fact_checker" },
      { teamId: team.id, userId: reviewer.id, role: "editor" },
      { teamId: team.id, userId: viewer.id, role: "viewer" },
    ],
  });
  const scale = await prisma.ratingScale.create({
    data: { teamId: team.id, name: "Plain", isDefault: true, labels: { create: [{ name: "False", value: 0, position: 0 }, { name: "True", value: 1, position: 1 }] } },
    include: { labels: true },
  });
  const articleIds = {} as Record<10 | 100, string>;
  for (const count of [10, 100] as const) {
    const sentences = Array.from({ length: count }, (_, index) => `Speaker ${count}-${index} said the budget grew by ${index} percent.`);
    const body = sentences.join(" ");
    const article = await prisma.article.create({ data: { teamId: team.id, title: `${count} claims`, body, contentHash: `hash-${count}`, createdById: author.id } });
    articleIds[count] = article.id;
    let offset = 0;
    for (const [index, text] of sentences.entries()) {
      const start = offset;
      offset += text.length + 1;
      // Each claim with its own speaker and quote: a per-claim lookup of either would show in the count.
      const speaker = await prisma.speaker.create({ data: { teamId: team.id, name: `Speaker ${count}-${index}` } });
      const quote = await prisma.quote.create({ data: { teamId: team.id, articleId: article.id, type: "indirect", start, end: start + text.length, text, speakerId: speaker.id } });
      const claim = await prisma.claim.create({
        data: {
          teamId: team.id,
          articleId: article.id,
          start,
          end: start + text.length,
          text,
          score: index / count,
          quoteId: quote.id,
          speakerId: speaker.id,
          status: "ready_for_review",
          assigneeId: author.id,
          assignedAt: new Date(),
        },
      });
      await prisma.verdict.create({ data: { teamId: team.id, claimId: claim.id, scaleId: scale.id, labelId: scale.labels[0]!.id, rationale: "Because.", authorId: author.id } });
      await prisma.source.create({ data: { teamId: team.id, claimId: claim.id, title: `Source ${index}`, stance: "refutes", accessedAt: new Date(), createdById: author.id } });
      await prisma.review.create({ data: { teamId: team.id, claimId: claim.id, reviewerId: reviewer.id, decision: "request_changes", comment: "Look again." } });
      await prisma.comment.create({ data: { teamId: team.id, claimId: claim.id, authorId: reviewer.id, body: "A comment.", mentionedUserIds: [author.id] } });
      await prisma.auditEvent.create({ data: { teamId: team.id, actorId: author.id, action: "claim.update", entityType: "claim", entityId: claim.id } });
    }
  }
  return { teamId: team.id, authorId: author.id, reviewerId: reviewer.id, articleIds };
}

describe.each(testDatabaseKinds)("SQL statements per page on %s", (kind) => {
  let db: TestDatabase;
  let fixture: Fixture;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    fixture = await seed(db.prisma);
  }, 180_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const count = async (load: () => Promise<unknown>) => {
    await load(); // first call may create the default scale or warm caches: count the steady state
    const { result, queries } = await recordQueries(load);
    expect(result).toBeTruthy();
    return queries.length;
  };

  it("counts every statement, so a lookup per item would show", async () => {
    const ids = (await db.prisma.claim.findMany({ where: { articleId: fixture.articleIds[10] }, select: { id: true } })).map((claim) => claim.id);
    const { queries } = await recordQueries(async () => {
      for (const id of ids) await db.prisma.claim.findUnique({ where: { id }, include: { verdict: true } });
    });
    expect(queries.filter((query) => /\bFROM "public"\."Claim"/.test(query.sql))).toHaveLength(ids.length);
  });

  it.each([
    ["review", "editor"],
    ["mine", "author"],
  ] as const)("the queue page's %s view sends as many statements for 100 rows as for 10", async (view, who) => {
    const viewer: PageViewer = who === "editor" ? { prisma: db.prisma, teamId: fixture.teamId, userId: fixture.reviewerId, role: "editor" } : { prisma: db.prisma, teamId: fixture.teamId, userId: fixture.authorId, role: "fact_checker" };
    const rows = async (limit: number) => (await loadQueuePage(viewer, parseQueueQuery({ view, limit: String(limit) }))).listing.items.length;
    expect(await rows(10)).toBe(10);
    expect(await rows(100)).toBe(100);
    const ten = await count(() => loadQueuePage(viewer, parseQueueQuery({ view, limit: "10" })));
    const hundred = await count(() => loadQueuePage(viewer, parseQueueQuery({ view, limit: "100" })));
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });

  it("the article page sends as many statements for 100 claims as for 10", async () => {
    const viewer: PageViewer = { prisma: db.prisma, teamId: fixture.teamId, userId: fixture.reviewerId, role: "editor" };
    const claims = async (articleId: string) => (await loadArticlePage(viewer, articleId))?.article.claims.length;
    expect(await claims(fixture.articleIds[10])).toBe(10);
    expect(await claims(fixture.articleIds[100])).toBe(100);
    const ten = await count(() => loadArticlePage(viewer, fixture.articleIds[10]));
    const hundred = await count(() => loadArticlePage(viewer, fixture.articleIds[100]));
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });

  it("the claim page sends a fixed number of statements whatever the article's size", async () => {
    const viewer: PageViewer = { prisma: db.prisma, teamId: fixture.teamId, userId: fixture.reviewerId, role: "editor" };
    const firstClaim = async (articleId: string) => (await db.prisma.claim.findFirstOrThrow({ where: { articleId }, orderBy: { start: "asc" } })).id;
    const small = await firstClaim(fixture.articleIds[10]);
    const large = await firstClaim(fixture.articleIds[100]);
    const ten = await count(() => loadClaimPage(viewer, small));
    const hundred = await count(() => loadClaimPage(viewer, large));
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });
});
