import { expect, test, type APIRequestContext } from "@playwright/test";
import { bearer, createAccount, createToken, expectError, importArticle, uniqueId } from "./helpers";

// GET /api/v1/articles/{id}/report and GET /api/v1/verdicts.csv, on an article with one verdict.

test.describe.configure({ mode: "serial" });

let checkerToken: string;
let viewerToken: string;
let otherTeamToken: string;

test.beforeAll(async ({ browser }) => {
  const team = `API Reports ${uniqueId()}`;
  const checker = await createAccount("fact_checker", team);
  const viewer = await createAccount("viewer", team);
  [checkerToken, viewerToken, otherTeamToken] = await Promise.all([createToken(browser, checker), createToken(browser, viewer), createToken(browser)]);
});

async function checkedArticle(request: APIRequestContext) {
  const title = `Report ${uniqueId()}`;
  const article = await importArticle(request, checkerToken, title);
  const claim = article.claims[0]!;
  const source = { title: "Council minutes", stance: "refutes", url: "https://council.example.org/minutes" };
  expect((await request.post(`/api/v1/claims/${claim.id}/sources`, { headers: bearer(checkerToken), data: source })).status()).toBe(201);
  const verdict = await request.put(`/api/v1/claims/${claim.id}/verdict`, { headers: bearer(checkerToken), data: { label: "False", rationale: "The minutes record a **5-4** vote." } });
  expect(verdict.status()).toBe(201);
  return { article, claim, title };
}

test("exports an article's report as Markdown, PDF and Web Annotations; HTML is not available from the API", async ({ request }) => {
  const { article, claim, title } = await checkedArticle(request);
  const url = `/api/v1/articles/${article.id}/report`;

  const markdown = await request.get(`${url}?format=md`, { headers: bearer(viewerToken) });
  expect(markdown.status(), await markdown.text()).toBe(200);
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  expect(markdown.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
  const text = await markdown.text();
  expect(text).toContain(title);
  expect(text).toContain("False");

  const pdf = await request.get(`${url}?format=pdf`, { headers: bearer(viewerToken) });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const annotations = await request.get(`${url}?format=annotations`, { headers: bearer(viewerToken) });
  expect(annotations.status()).toBe(200);
  expect(annotations.headers()["content-type"]).toContain("application/ld+json");
  const collection = JSON.parse(await annotations.text()) as { items?: { id: string; motivation: string }[]; first?: { items: { id: string; motivation: string }[] } };
  const items = collection.items ?? collection.first?.items ?? [];
  expect(items.find((item) => item.id.endsWith(claim.id))?.motivation).toBe("assessing");

  // Nothing is published yet, so there is no valid ClaimReview to give.
  await expectError(await request.get(`${url}?format=claimreview`, { headers: bearer(viewerToken) }), 422, "validation", /published/);
  const html = await request.get(`${url}?format=html`, { headers: bearer(viewerToken) });
  expect(html.status()).toBe(200);
  expect(html.headers()["content-type"]).toContain("text/html");
  const page = await html.text();
  expect(page).toContain("<!doctype html>");
  expect(page).toContain(claim.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
});

test("report errors: 422 for a bad format, 404 for another team's article, 401 without a token", async ({ request }) => {
  const ours = await importArticle(request, checkerToken);
  const theirs = await importArticle(request, otherTeamToken);
  await expectError(await request.get(`/api/v1/articles/${ours.id}/report?format=docx`, { headers: bearer(viewerToken) }), 422, "validation", /format/);
  await expectError(await request.get(`/api/v1/articles/${ours.id}/report`, { headers: bearer(viewerToken) }), 422, "validation", /format/);
  const foreign = await expectError(await request.get(`/api/v1/articles/${theirs.id}/report?format=md`, { headers: bearer(viewerToken) }), 404, "not_found");
  expect(await expectError(await request.get(`/api/v1/articles/missing/report?format=html`, { headers: bearer(viewerToken) }), 404, "not_found")).toBe(foreign);
  await expectError(await request.get(`/api/v1/articles/${ours.id}/report?format=md`), 401, "unauthenticated");
});

test("streams the team's verdicts as CSV under the filters, never another team's", async ({ request }) => {
  const { article, claim } = await checkedArticle(request);
  const csv = await request.get(`/api/v1/verdicts.csv?article=${article.id}`, { headers: bearer(viewerToken) });
  expect(csv.status(), await csv.text()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="factdesk-verdicts-\d{4}-\d{2}-\d{2}\.csv"/);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toContain("claim id");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(claim.id);
  expect(lines[1]).toContain("False");

  const filtered = await request.get(`/api/v1/verdicts.csv?article=${article.id}&status=published`, { headers: bearer(viewerToken) });
  expect((await filtered.text()).replace(/^\uFEFF/, "").trim().split("\r\n")).toHaveLength(1);
  const foreign = await request.get(`/api/v1/verdicts.csv?article=${article.id}`, { headers: bearer(otherTeamToken) });
  expect((await foreign.text()).replace(/^\uFEFF/, "").trim().split("\r\n")).toHaveLength(1);

  await expectError(await request.get(`/api/v1/verdicts.csv?status=done`, { headers: bearer(viewerToken) }), 422, "validation", /status/);
  await expectError(await request.get(`/api/v1/verdicts.csv?from=2024-05-01&to=2024-04-01`, { headers: bearer(viewerToken) }), 422, "validation", /start date/);
  await expectError(await request.get(`/api/v1/verdicts.csv?view=mine`, { headers: bearer(viewerToken) }), 422, "validation", /view/);
  await expectError(await request.get(`/api/v1/verdicts.csv`), 401, "unauthenticated");
});
