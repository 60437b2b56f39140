import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { createUser } from "@/server/services/create-user";
import { importArticle } from "@/server/services/import-article";
import { searchTeam } from "./search";
import { highlightStart } from "./search-markers";

const example = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/articles/iraq-coalition.txt"), "utf8");

describe.each(testDatabaseKinds)("full-text search on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let otherTeamId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId } = await createUser({ prisma: db.prisma, email: "s@example.test", password: "search-password-1", team: "Search Desk", role: "editor" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "o@example.test", password: "search-password-1", team: "Other", role: "editor" }));
    await importArticle({ prisma: db.prisma, teamId, actorId: null, title: "Iraq coalition", body: example, publishedAt: new Date("2024-01-10T00:00:00Z") });
    await importArticle({
      prisma: db.prisma,
      teamId: otherTeamId,
      actorId: null,
      title: "Harbour dredging",
      body: "The port authority said on Friday that dredging of the harbour cost $12 million, more than planned.",
    });
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("finds claims and quotes by stemmed words and articles with highlighted snippets", async () => {
    const results = await searchTeam(db.prisma, teamId, { query: "soldier stationed", scope: "all" });
    expect(results.claims.map((claim) => claim.text)).toContainEqual(expect.stringContaining("900 US soldiers are stationed"));
    expect(results.articles).toHaveLength(1);
    expect(results.articles[0]!.snippet).toContain(highlightStart);
  });

  it("finds speakers by alias and filters quotes by speaker", async () => {
    const { speakers } = await searchTeam(db.prisma, teamId, { query: "Ryder", scope: "speakers" });
    expect(speakers.map((speaker) => speaker.name)).toEqual(["Pat Ryder"]);
    const { quotes } = await searchTeam(db.prisma, teamId, { query: "", scope: "quotes", speakerId: speakers[0]!.id });
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.every((quote) => quote.speakerName === "Pat Ryder")).toBe(true);
  });

  it("filters by claim kind, verdict and publish date", async () => {
    const numeric = await searchTeam(db.prisma, teamId, { query: "", scope: "claims", claimKind: "numeric" });
    expect(numeric.claims.length).toBeGreaterThan(0);
    expect(numeric.claims.every((claim) => claim.kind === "numeric")).toBe(true);
    const unchecked = await searchTeam(db.prisma, teamId, { query: "", scope: "claims", verdict: "none" });
    expect(unchecked.claims.length).toBeGreaterThan(0);
    const labelled = await searchTeam(db.prisma, teamId, { query: "", scope: "claims", verdict: "True" });
    expect(labelled.claims).toEqual([]);
    const before = await searchTeam(db.prisma, teamId, { query: "Pentagon", scope: "all", to: new Date("2024-01-09T00:00:00Z") });
    expect(before.articles.length + before.claims.length + before.quotes.length).toBe(0);
    const during = await searchTeam(db.prisma, teamId, { query: "Pentagon", scope: "all", from: new Date("2024-01-10T00:00:00Z"), to: new Date("2024-01-10T00:00:00Z") });
    expect(during.articles).toHaveLength(1);
  });

  it("never returns another team's content, and survives hostile query syntax", async () => {
    const results = await searchTeam(db.prisma, teamId, { query: "dredging harbour", scope: "all" });
    expect(results).toEqual({ articles: [], claims: [], quotes: [], speakers: [] });
    for (const query of ["'; DROP TABLE \"Claim\"; --", "!!! ((( & |", '"unclosed phrase', "-", "\u0000x"]) {
      await expect(searchTeam(db.prisma, teamId, { query: query.replace("\u0000", ""), scope: "all" })).resolves.toBeDefined();
    }
    expect(await db.prisma.claim.count()).toBeGreaterThan(0);
  });
});
