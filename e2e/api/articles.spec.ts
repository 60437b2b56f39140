import { expect, test } from "@playwright/test";
import { articleSchema, importArticleResponseSchema } from "@/server/api-schemas/articles";
import { articleText, bearer, createAccount, createToken, expectError, importArticle, uniqueId } from "./helpers";

// POST /api/v1/articles and GET /api/v1/articles/{id} against the real server, with real tokens.

test.describe.configure({ mode: "serial" });

let adminToken: string;
let viewerToken: string;
let otherTeamToken: string;

test.beforeAll(async ({ browser }) => {
  const viewer = await createAccount("viewer", "Demo Newsroom");
  const outsider = await createAccount("editor", `Rival Desk ${uniqueId()}`);
  [adminToken, viewerToken, otherTeamToken] = await Promise.all([createToken(browser), createToken(browser, viewer), createToken(browser, outsider)]);
});

test("imports and analyses an article: 201 with Location, then the same text again is the existing article", async ({ request }) => {
  const title = `Bus lanes ${uniqueId()}`;
  const sent = { title, text: articleText(title), url: "https://news.example.org/bus-lanes", publisher: "Example News", publishedAt: "2024-03-05" };
  const created = await request.post("/api/v1/articles", { headers: bearer(adminToken), data: sent });
  expect(created.status(), await created.text()).toBe(201);
  expect(created.headers()["x-ratelimit-remaining"]).toMatch(/^\d+$/);
  const body = importArticleResponseSchema.parse(await created.json());
  expect(body.duplicate).toBe(false);
  const { article } = body;
  expect(created.headers()["location"]).toBe(`/api/v1/articles/${article.id}`);
  expect(article).toMatchObject({ title, text: sent.text, url: sent.url, publisher: "Example News", publishedAt: "2024-03-05T00:00:00.000Z" });
  expect(article.claims.length).toBeGreaterThanOrEqual(3);
  expect(article.quotes.length).toBeGreaterThanOrEqual(2);
  expect(article.speakers.map((speaker) => speaker.name)).toEqual(expect.arrayContaining(["Ana Ruiz", "Omar Haddad"]));
  for (const span of [...article.claims, ...article.quotes]) expect(article.text.slice(span.start, span.end)).toBe(span.text);
  const ruiz = article.speakers.find((speaker) => speaker.name === "Ana Ruiz")!;
  expect(article.quotes.some((quote) => quote.speakerId === ruiz.id && quote.text.includes("overdue"))).toBe(true);

  const read = await request.get(created.headers()["location"]!, { headers: bearer(viewerToken) });
  expect(read.status()).toBe(200);
  expect(articleSchema.parse(await read.json())).toEqual(article);

  const again = await request.post("/api/v1/articles", { headers: bearer(adminToken), data: { ...sent, title: "Another title" } });
  expect(again.status()).toBe(200);
  const duplicate = importArticleResponseSchema.parse(await again.json());
  expect(duplicate.duplicate).toBe(true);
  expect(duplicate.article.id).toBe(article.id);
  expect(duplicate.article.title).toBe(title);
});

test("refuses a body that does not match the schema with 422 naming the field", async ({ request }) => {
  const post = (data: unknown) => request.post("/api/v1/articles", { headers: bearer(adminToken), data: data as Record<string, unknown> });
  await expectError(await post({ text: "Some text." }), 422, "validation", /title/);
  await expectError(await post({ title: "No text" }), 422, "validation", /text/);
  await expectError(await post({ title: "Bad URL", text: "Some text.", url: "ftp://example.org/a" }), 422, "validation", /url: The URL must be a web address/);
  await expectError(await post({ title: "Bad date", text: "Some text.", publishedAt: "last Tuesday" }), 422, "validation", /publishedAt/);
  await expectError(await post({ title: "Typo", text: "Some text.", publishDate: "2024-01-01" }), 422, "validation", /publishDate/);
  await expectError(await post({ title: "Blank", text: "   \n " }), 422, "validation", /empty/);
  await expectError(await post([1, 2]), 422, "validation");
});

test("answers 400 for malformed JSON, 415 for another content type, 413 past the size limits", async ({ request }) => {
  const headers = { ...bearer(adminToken), "content-type": "application/json" };
  await expectError(await request.post("/api/v1/articles", { headers, data: Buffer.from('{"title": "Half') }), 400, "bad_request", /not valid JSON/);
  await expectError(
    await request.post("/api/v1/articles", { headers: { ...bearer(adminToken), "content-type": "text/plain" }, data: Buffer.from(JSON.stringify({ title: "T", text: "Some text." })) }),
    415,
    "unsupported_media_type",
    /application\/json/,
  );
  await expectError(
    await request.post("/api/v1/articles", { headers: bearer(adminToken), multipart: { title: "T", text: "Some text." } }),
    415,
    "unsupported_media_type",
  );
  // Over the 6 MB body cap: refused while reading, before any parsing.
  const huge = JSON.stringify({ title: "Huge", text: "word ".repeat(1_300_000) });
  await expectError(await request.post("/api/v1/articles", { headers, data: Buffer.from(huge) }), 413, "payload_too_large", /6 MB/);
  // Under the body cap but over the 5 MB article limit.
  const large = JSON.stringify({ title: "Large", text: "word ".repeat(1_100_000) });
  await expectError(await request.post("/api/v1/articles", { headers, data: Buffer.from(large) }), 413, "payload_too_large", /5 MB/);
});

test("needs a live token: 401 without one, with a malformed or unknown one", async ({ request }) => {
  const data = { title: "No token", text: "Some text." };
  const missing = await request.post("/api/v1/articles", { data });
  await expectError(missing, 401, "unauthenticated", /Authorization: Bearer/);
  expect(missing.headers()["www-authenticate"]).toContain("Bearer");
  await expectError(await request.post("/api/v1/articles", { headers: { authorization: `Basic ${btoa("a:b")}` }, data }), 401, "unauthenticated");
  await expectError(await request.post("/api/v1/articles", { headers: bearer("fdk_not-a-real-token"), data }), 401, "unauthenticated", /unknown, revoked or expired/);
  await expectError(await request.get("/api/v1/articles/anything"), 401, "unauthenticated");
});

test("a viewer's token reads but cannot import (403)", async ({ request }) => {
  await expectError(await request.post("/api/v1/articles", { headers: bearer(viewerToken), data: { title: "Viewer", text: "Some text." } }), 403, "forbidden", /fact-checker/);
});

test("another team's article answers 404 exactly like a missing one", async ({ request }) => {
  const title = `Ours ${uniqueId()}`;
  const ours = await importArticle(request, adminToken, title);
  const theirs = await importArticle(request, otherTeamToken);
  const foreign = await request.get(`/api/v1/articles/${theirs.id}`, { headers: bearer(adminToken) });
  const missing = await request.get(`/api/v1/articles/no-such-article`, { headers: bearer(adminToken) });
  const foreignMessage = await expectError(foreign, 404, "not_found");
  expect(await expectError(missing, 404, "not_found")).toBe(foreignMessage);
  await expectError(await request.get(`/api/v1/articles/${ours.id}`, { headers: bearer(otherTeamToken) }), 404, "not_found");
  await expectError(await request.get(`/api/v1/articles/${"x".repeat(300)}`, { headers: bearer(adminToken) }), 404, "not_found");
  // The same text in two teams is two articles: a duplicate is only ever found in one's own team.
  const sameText = await request.post("/api/v1/articles", { headers: bearer(otherTeamToken), data: { title: "Copy", text: articleText(title) } });
  expect(sameText.status()).toBe(201);
  expect(((await sameText.json()) as { article: { id: string } }).article.id).not.toBe(ours.id);
});
