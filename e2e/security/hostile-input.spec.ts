import { readFile } from "node:fs/promises";
import { expect, test, type APIResponse } from "@playwright/test";
import { deeplyNestedJson, malformedJsonBodies, markupPayloads, overlongTitle, unstorablePayloads } from "../../fixtures/hostile-inputs";
import { articleText, bearer, createToken, importArticle, uniqueId, type ImportedArticle } from "../api/helpers";
import { demoAdmin, signIn } from "../fixtures";
import { createPublicLink, expectInert, publishFactCheck, watchContext } from "./helpers";

// The hostile-input corpus (fixtures/hostile-inputs.ts) through every /api/v1 route and the main forms.
// Each request gets a clear 4xx JSON error or is stored exactly; whatever is stored is shown as text on
// every page that shows it: no injected element or handler, no dialog, no CSP violation, window.__pwned
// never set. Service-level checks of the same corpus (every field, every export format) are in
// server/hostile-input.test.ts.

test.describe.configure({ mode: "serial" });

let token: string;
test.beforeAll(async ({ browser }) => {
  token = await createToken(browser);
});

/** A 4xx with the API's JSON error body: never a 500, never HTML. */
async function expectClientError(response: APIResponse, what: string, status?: number): Promise<string> {
  const text = await response.text();
  if (status) expect(response.status(), `${what}: ${text.slice(0, 200)}`).toBe(status);
  expect(response.status(), `${what}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(response.status(), `${what}: ${text.slice(0, 200)}`).toBeLessThan(500);
  expect(response.headers()["content-type"], what).toContain("application/json");
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(body.error.message.length, what).toBeGreaterThan(10);
  return body.error.message;
}

test("every /api/v1 write route stores markup and SQL as exact text, and refuses the rest with a clear 4xx", async ({ request }) => {
  test.setTimeout(180_000);
  const tag = uniqueId();
  const article = await importArticle(request, token, `Hostile target ${tag}`);
  const claimId = article.claims[0]!.id;

  for (const [index, { name, value }] of markupPayloads.entries()) {
    const title = `${value} ${tag}-${index}`.trim();
    const created = await request.post("/api/v1/articles", { headers: bearer(token), data: { title, text: `${value}\n\n${articleText(`${tag}-${index}`)}`, publisher: value.slice(0, 200) } });
    expect(created.status(), `${name}: ${await created.text()}`).toBe(201);
    expect(((await created.json()) as { article: { title: string } }).article.title).toBe(title);

    const source = await request.post(`/api/v1/claims/${claimId}/sources`, { headers: bearer(token), data: { title: value, stance: "context", excerpt: value, publisher: value.slice(0, 200), url: "https://example.org/doc" } });
    expect(source.status(), `${name}: ${await source.text()}`).toBe(201);
    expect((await source.json()) as unknown).toMatchObject({ title: value.trim() });

    // javascript:, data: and anything else that is not a web address never becomes a source link.
    const badUrl = await request.post(`/api/v1/claims/${claimId}/sources`, { headers: bearer(token), data: { title: "Bad link", stance: "context", url: value } });
    await expectClientError(badUrl, `${name} as a URL`, 422);
  }

  const verdict = await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: bearer(token), data: { label: "False", rationale: markupPayloads.map((payload) => payload.value).join("\n\n") } });
  expect(verdict.status(), await verdict.text()).toBe(201);
  const stored = (await (await request.get(`/api/v1/claims/${claimId}`, { headers: bearer(token) })).json()) as { verdict: { rationale: string } };
  expect(stored.verdict.rationale).toBe(markupPayloads.map((payload) => payload.value).join("\n\n").trim());

  for (const { name, value } of unstorablePayloads) {
    const message = await expectClientError(await request.post("/api/v1/articles", { headers: bearer(token), data: { title: `Title ${value}`, text: articleText(`${tag}-${name}`) } }), `${name} in a title`, 422);
    expect(message).toMatch(/^title: The text contains/);
    await expectClientError(await request.post("/api/v1/articles", { headers: bearer(token), data: { title: "Text", text: `${articleText(tag)} ${value}` } }), `${name} in a text`, 422);
    await expectClientError(await request.post(`/api/v1/claims/${claimId}/sources`, { headers: bearer(token), data: { title: "Source", stance: "context", excerpt: value } }), `${name} in an excerpt`, 422);
    await expectClientError(await request.put(`/api/v1/claims/${claimId}/verdict`, { headers: bearer(token), data: { label: "True", rationale: value, version: 1 } }), `${name} in a rationale`, 422);
  }
});

test("malformed, oversized, mistyped and hostile requests to every /api/v1 route get a 4xx JSON error, never a 500", async ({ request }) => {
  test.setTimeout(180_000);
  const article: ImportedArticle = await importArticle(request, token, `Malformed target ${uniqueId()}`);
  const claimId = article.claims[0]!.id;
  const writes = [
    { method: "POST", path: "/api/v1/articles" },
    { method: "POST", path: `/api/v1/claims/${claimId}/sources` },
    { method: "PUT", path: `/api/v1/claims/${claimId}/verdict` },
  ] as const;
  const send = (method: "POST" | "PUT", path: string, body: string | Buffer, contentType = "application/json") =>
    // A Buffer goes out byte for byte; Playwright would JSON-encode a string sent as application/json.
    request.fetch(path, { method, headers: { ...bearer(token), "content-type": contentType }, data: typeof body === "string" ? Buffer.from(body) : body });

  for (const { method, path } of writes) {
    for (const { name, value } of malformedJsonBodies) await expectClientError(await send(method, path, value), `${method} ${path} ${name}`, 400);
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html", "application/xml"]) {
      await expectClientError(await send(method, path, '{"title":"a"}', type), `${method} ${path} as ${type}`, 415);
    }
    for (const value of ["null", "[]", '"title"', "42", '{"title": {"$ne": null}}', '{"__proto__": {"admin": true}}']) {
      await expectClientError(await send(method, path, value), `${method} ${path} ${value.slice(0, 40)}`, 422);
    }
    // 100,000-character fields: past the field's limit (422), or past the whole body's where that is smaller (413).
    const overlong = await send(method, path, JSON.stringify({ title: overlongTitle, text: "x", label: overlongTitle, rationale: overlongTitle, stance: "context" }));
    await expectClientError(overlong, `${method} ${path} overlong fields`);
    expect([413, 422]).toContain(overlong.status());
    await expectClientError(await send(method, path, deeplyNestedJson()), `${method} ${path} deeply nested`);
    // Bigger than any route's limit (6 MB for articles), sent in full: refused without reading it all.
    await expectClientError(await send(method, path, Buffer.alloc(7 * 1024 * 1024, "a")), `${method} ${path} 7 MB`, 413);
  }

  const hostileIds = [...markupPayloads.map((payload) => payload.value), "%00", "..%2F..%2Fetc%2Fpasswd", "x".repeat(5000)];
  for (const id of hostileIds) {
    const encoded = id === "%00" || id.startsWith("..%2F") ? id : encodeURIComponent(id);
    for (const path of [`/api/v1/articles/${encoded}`, `/api/v1/claims/${encoded}`, `/api/v1/articles/${encoded}/report?format=md`]) {
      const response = await request.get(path, { headers: bearer(token) });
      await expectClientError(response, `GET ${path.slice(0, 80)}`);
    }
  }
  // Query values as sent on the wire: markup, a NUL, UTF-8 for a lone surrogate, and a byte that is not UTF-8.
  for (const value of [...markupPayloads.slice(0, 8).map((payload) => encodeURIComponent(payload.value)), "%00", "%ED%A0%80", "%FF"]) {
    for (const path of [
      `/api/v1/claims?status=${value}`,
      `/api/v1/claims?speaker=${value}`,
      `/api/v1/claims?cursor=${value}`,
      `/api/v1/articles?cursor=${value}`,
      `/api/v1/articles/${article.id}/report?format=${value}`,
      `/api/v1/articles/${article.id}/report?format=claimreview&url=${value}`,
      `/api/v1/verdicts.csv?from=${value}`,
      `/api/v1/verdicts.csv?article=${value}`,
    ]) {
      const response = await request.get(path, { headers: bearer(token) });
      expect(response.status(), `GET ${path}: ${(await response.text()).slice(0, 200)}`).toBeLessThan(500);
    }
  }
  // Pages: an address with a NUL is answered before any page queries with it.
  for (const path of ["/articles/%00", "/search?q=%00", "/r/%00"]) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(400);
});

test("the main forms store hostile text and every page, export and public report shows it inert", async ({ page, context, request, browser }) => {
  test.setTimeout(300_000);
  const watch = await watchContext(context);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const tag = uniqueId();
  const everything = markupPayloads.map((payload) => payload.value).join("\n\n");

  // Import (paste form) with a hostile title and text.
  const hostileTitle = `<img src=x onerror="window.__pwned='title'"> '; DROP TABLE "Claim"; -- \u202Egpj.exe ${tag}`;
  await page.goto("/import");
  await page.getByLabel("Title").fill(hostileTitle);
  await page.getByLabel("Article text").fill(`${everything}\n\n“We fixed 300 kilometres of road in 2025,” said Mayor Ana Ribeiro (${tag}).\n\nUnemployment fell to 4.1% in March, the lowest since 2008.`);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hostileTitle);
  await expect(page.getByTestId("article-text")).toContainText("<script>window.__pwned = 'script'; alert('pwn')</script>");
  await expectInert(page, watch);
  const draftClaimId = await page.locator("[data-claim-id]").first().getAttribute("data-claim-id");

  // A NUL in the title: a clear message on the form, not an error page.
  await page.goto("/import");
  await page.getByLabel("Title").fill(`Null\u0000byte ${tag}`);
  await page.getByLabel("Article text").fill(`Unemployment fell to 4.2% in April (${tag}).`);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page.getByText(/NUL character/)).toBeVisible();
  await expect(page).toHaveURL(/\/import/);

  // A published fact-check whose source, rationale and speaker are hostile, made through the API and the
  // workflow; then the speaker is renamed, a comment posted and a source added through the forms.
  const { article, claimId } = await publishFactCheck(request, browser, page, token, {
    title: `${hostileTitle} published`,
    text: `“We fixed 300 kilometres of road in 2025 — more than ever,” said Mayor Ana Ribeiro (${tag}).\n\n${everything}\n\nUnemployment fell to 4.1% in March (${tag}).`,
    rationale: everything,
    source: { title: markupPayloads[1]!.value, url: "https://example.org/evidence", publisher: markupPayloads[3]!.value, excerpt: everything.slice(0, 5000) },
  });

  await page.goto(`/claims/${claimId}`);
  await page.getByLabel("Add a comment").fill(everything.slice(0, 9000));
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("window.__pwned='click'").first()).toBeVisible();
  await page.getByRole("button", { name: "Add source" }).click();
  const sourceForm = page.getByRole("form", { name: "Add a source" });
  await sourceForm.getByLabel("URL").fill("javascript:window.__pwned='source-url'");
  await sourceForm.getByLabel("Title").fill(markupPayloads[2]!.value);
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  await expect(sourceForm.getByText(/must be a web address/)).toBeVisible();
  await sourceForm.getByLabel("URL").fill("https://example.org/second");
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByTestId("source").filter({ hasText: "<svg/onload" })).toHaveCount(1);
  // The verdict form's live Markdown preview renders a hostile rationale as it is typed (on a draft claim:
  // a published verdict is locked).
  await page.goto(`/claims/${draftClaimId}`);
  await page.getByRole("button", { name: /Give verdict|Edit verdict/ }).click();
  const verdictForm = page.getByRole("form", { name: "Give a verdict" });
  await verdictForm.getByLabel("Rationale").fill(everything);
  await verdictForm.getByRole("button", { name: "Preview" }).click();
  await expect(verdictForm.locator("p").filter({ hasText: "window.__pwned='md-link'" })).toBeVisible();
  await expectInert(page, watch);
  await page.keyboard.press("Escape");

  const speaker = article.speakers[0];
  if (speaker) {
    await page.goto(`/speakers/${speaker.id}`);
    await page.getByLabel("Name").fill(`Ana <img src=x onerror="window.__pwned='speaker'"> ${tag}`);
    await page.getByLabel("Role").fill(`"><svg onload=alert('pwn')>`);
    await page.getByRole("button", { name: "Save speaker" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x onerror=");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Ana <img src=x onerror="window.__pwned='speaker'"> ${tag}`);
    await expectInert(page, watch);
  }

  for (const path of [`/articles/${article.id}`, `/claims/${claimId}`, `/articles/${article.id}/report`, "/queue", "/speakers", `/search?q=${encodeURIComponent("<img")}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expectInert(page, watch);
  }

  const markdownDownload = page.waitForEvent("download");
  await page.goto(`/articles/${article.id}/report`);
  await page.getByRole("link", { name: "Markdown" }).click();
  const markdown = await readFile(await (await markdownDownload).path(), "utf8");
  expect(markdown).toContain("\\<script\\>window.\\_\\_pwned = 'script'; alert('pwn')\\</script\\>");
  // Unescaped markup, images or script links (a backslash before the punctuation makes it text).
  expect(markdown).not.toMatch(/(?<!\\)<(?:script|img|svg|iframe|style|a)\b/i);
  expect(markdown).not.toMatch(/(?<!\\)!\[[^\]]*\]\(/);
  expect(markdown).not.toMatch(/(?<!\\)\]\((?:javascript|data):/i);

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF" }).click();
  const pdf = await readFile(await (await pdfDownload).path());
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.toString("latin1")).not.toMatch(/\/(?:JavaScript|JS|Launch|SubmitForm)\b/);

  const publicUrl = await createPublicLink(page, article.id);
  const visitor = await browser.newContext();
  const visitorWatch = await watchContext(visitor);
  const anonymous = await visitor.newPage();
  expect((await anonymous.goto(publicUrl))?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText("DROP TABLE");
  await expect(anonymous.getByTestId("report")).toContainText("window.__pwned='img'");
  const jsonLd = await anonymous.locator('script[type="application/ld+json"]').textContent();
  expect(jsonLd).not.toMatch(/[<>]/);
  expect(JSON.stringify(JSON.parse(jsonLd ?? "null"))).toContain("DROP TABLE");
  await expectInert(anonymous, visitorWatch);
  await visitor.close();
  expect(watch.errors).toEqual([]);
});
