import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findArticle } from "@/server/repositories/articles";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { createUser } from "./create-user";
import { importArticleFile } from "./import-article-file";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../fixtures/import", name));

describe.each(testDatabaseKinds)("importing an uploaded file on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let userId: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId } = await createUser({ prisma: db.prisma, email: "file-importer@example.test", password: "import-password-1", team: "Wire", role: "fact_checker" }));
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("imports a .docx under its file name, and an .html page under its own title unless one is typed", async () => {
    const docx = await importArticleFile({ prisma: db.prisma, teamId, actorId: userId, fileName: "harbour-dredging.docx", bytes: fixture("harbour-dredging.docx") });
    const stored = (await findArticle(db.prisma, teamId, docx.articleId))!;
    expect(stored.title).toBe("harbour-dredging");
    expect(stored.body).toContain("“We cannot keep turning ships away,” said Marta Keller");
    expect(stored.quotes.some((quote) => quote.text.includes("We cannot keep turning ships away"))).toBe(true);

    const html = await importArticleFile({ prisma: db.prisma, teamId, actorId: userId, fileName: "page.html", bytes: fixture("council-bus-lanes.html"), publisher: "Wire copy" });
    expect(await findArticle(db.prisma, teamId, html.articleId)).toMatchObject({ title: "Council approves 12 miles of new bus lanes", publisher: "Wire copy", publishedAt: "2024-03-05T09:30:00.000Z" });
    const typed = await importArticleFile({ prisma: db.prisma, teamId, actorId: userId, fileName: "page.html", bytes: fixture("council-bus-lanes.html"), title: "Typed title" });
    expect(typed).toMatchObject({ duplicate: true, articleId: html.articleId });
  });

  it.each([
    ["a file over 5 MB", "big.txt", Buffer.alloc(5 * 1024 * 1024 + 1, "a"), "The file is larger than 5 MB."],
    ["a PNG renamed .txt", "photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "This is a PNG image, not article text."],
    ["a PDF", "report.pdf", Buffer.from("%PDF-1.7\n"), "PDF files cannot be imported"],
    ["HTML with no article text", "app.html", fixture("no-article.html"), "This HTML page has no article text"],
    ["an empty file", "empty.txt", Buffer.alloc(0), "The file is empty."],
  ])("refuses %s with a clear message and saves nothing", async (_name, fileName, bytes, message) => {
    const before = await db.prisma.article.count();
    await expect(importArticleFile({ prisma: db.prisma, teamId, actorId: userId, fileName, bytes })).rejects.toThrow(message);
    expect(await db.prisma.article.count()).toBe(before);
  });
});
