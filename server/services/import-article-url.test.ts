import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFetchAllowlist } from "@/server/address-policy";
import { findArticle } from "@/server/repositories/articles";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { createUser } from "./create-user";
import { importArticleUrl } from "./import-article-url";

const councilPage = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import/council-bus-lanes.html"));

describe.each(testDatabaseKinds)("importing an article from a URL on %s", (kind) => {
  let db: TestDatabase;
  let server: Server;
  let base: string;
  let teamId: string;
  let userId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId } = await createUser({ prisma: db.prisma, email: "url-importer@example.test", password: "import-password-1", team: "Wire", role: "fact_checker" }));
    server = createServer((request, response) => {
      if (request.url === "/news/bus-lanes") response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(councilPage);
      else if (request.url === "/moved") response.writeHead(301, { Location: "/news/bus-lanes" }).end();
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.dispose();
  });

  const allowLoopback = parseFetchAllowlist("127.0.0.1/32");

  it("fetches, extracts, pins and analyses the article, with the page's metadata and final URL", async () => {
    const result = await importArticleUrl({ prisma: db.prisma, teamId, actorId: userId, url: `${base}/moved`, allowlist: allowLoopback });
    expect(result.duplicate).toBe(false);
    const article = (await findArticle(db.prisma, teamId, result.articleId))!;
    expect(article).toMatchObject({
      title: "Council approves 12 miles of new bus lanes",
      publisher: "The Riverside Courier",
      publishedAt: "2024-03-05T09:30:00.000Z",
      sourceUrl: `${base}/news/bus-lanes`,
    });
    expect(article.body).toMatch(/^The city council voted 7-2 on Tuesday/);
    expect(article.body).not.toContain("Most read");
    expect(article.quotes.some((quote) => quote.text.includes("This is overdue"))).toBe(true);
    expect(article.claims.length).toBeGreaterThan(0);
  });

  it("prefers what the user typed and offers the existing article for the same text", async () => {
    const again = await importArticleUrl({ prisma: db.prisma, teamId, actorId: userId, url: `${base}/news/bus-lanes`, allowlist: allowLoopback, title: "My title", publisher: "Wire copy" });
    expect(again.duplicate).toBe(true);
  });

  it("refuses the local server without the allowlist, and saves nothing", async () => {
    const before = await db.prisma.article.count();
    await expect(importArticleUrl({ prisma: db.prisma, teamId, actorId: userId, url: `${base}/news/bus-lanes` })).rejects.toThrow("127.0.0.1 is a private or local network address");
    await expect(importArticleUrl({ prisma: db.prisma, teamId, actorId: userId, url: `${base}/gone`, allowlist: allowLoopback })).rejects.toThrow("answered 404 Not Found");
    expect(await db.prisma.article.count()).toBe(before);
  });
});
