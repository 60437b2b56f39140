import { expect, test, type APIRequestContext } from "@playwright/test";
import { claimDetailSchema, claimListSchema, saveVerdictResponseSchema, sourceSchema } from "@/server/api-schemas/claims";
import { bearer, createAccount, createToken, expectError, importArticle, uniqueId } from "./helpers";

// GET /api/v1/claims, GET /api/v1/claims/{id}, POST /api/v1/claims/{id}/sources and PUT /api/v1/claims/{id}/verdict,
// in a team of this file's own so other tests' scales and claims cannot change what it sees.

test.describe.configure({ mode: "serial" });

let checkerToken: string;
let viewerToken: string;
let otherTeamToken: string;

test.beforeAll(async ({ browser }) => {
  const team = `API Desk ${uniqueId()}`;
  const checker = await createAccount("fact_checker", team);
  const viewer = await createAccount("viewer", team);
  [checkerToken, viewerToken, otherTeamToken] = await Promise.all([createToken(browser, checker), createToken(browser, viewer), createToken(browser)]);
});

const census = {
  title: "Labour market overview, March",
  stance: "supports",
  url: "https://stats.example.org/labour/march",
  publisher: "Statistics Office",
  publishedAt: "2024-04-12",
  excerpt: "The unemployment rate was 4.1%, the lowest since 2008.",
};

async function listAll(request: APIRequestContext, token: string, query: string) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await request.get(`/api/v1/claims?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { headers: bearer(token) });
    expect(response.status(), await response.text()).toBe(200);
    const page = claimListSchema.parse(await response.json());
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { ids, pages };
}

test("lists claims by queue view and filters, page by page with a cursor", async ({ request }) => {
  const article = await importArticle(request, checkerToken);
  const expected = [...article.claims].sort((a, b) => b.score - a.score || (a.id < b.id ? 1 : -1)).map((claim) => claim.id);
  expect(expected.length).toBeGreaterThanOrEqual(3);
  const { ids, pages } = await listAll(request, viewerToken, `view=unassigned&article=${article.id}&limit=2`);
  expect(ids).toEqual(expected);
  expect(pages).toBe(Math.ceil(expected.length / 2));

  const first = claimListSchema.parse(await (await request.get(`/api/v1/claims?article=${article.id}&limit=1`, { headers: bearer(checkerToken) })).json());
  expect(first.items[0]).toMatchObject({ id: expected[0], articleId: article.id, status: "new", verdictLabel: null });

  const top = article.claims.reduce((best, claim) => (claim.score > best.score ? claim : best));
  const minScore = Math.floor(top.score * 100);
  const strong = claimListSchema.parse(await (await request.get(`/api/v1/claims?article=${article.id}&minScore=${minScore}`, { headers: bearer(checkerToken) })).json());
  expect(strong.items.map((item) => item.id)).toContain(top.id);
  expect(strong.items.every((item) => item.score * 100 >= minScore)).toBe(true);
  const published = claimListSchema.parse(await (await request.get(`/api/v1/claims?view=published&article=${article.id}`, { headers: bearer(checkerToken) })).json());
  expect(published).toEqual({ items: [], nextCursor: null });
});

test("refuses bad query parameters with 422 naming them, and needs a token", async ({ request }) => {
  const get = (query: string) => request.get(`/api/v1/claims?${query}`, { headers: bearer(checkerToken) });
  await expectError(await get("minScore=high"), 422, "validation", /minScore/);
  await expectError(await get("view=everything"), 422, "validation", /view/);
  await expectError(await get("limit=1000"), 422, "validation", /limit/);
  await expectError(await get("minscore=50"), 422, "validation", /minscore/);
  await expectError(await get("cursor=not-a-cursor"), 422, "validation", /cursor/);
  await expectError(await request.get("/api/v1/claims"), 401, "unauthenticated");
});

test("another team's claims are not listed, and their ids answer 404 on every claim route", async ({ request }) => {
  const theirs = await importArticle(request, otherTeamToken);
  const theirClaim = theirs.claims[0]!.id;
  const listed = claimListSchema.parse(await (await request.get(`/api/v1/claims?article=${theirs.id}`, { headers: bearer(checkerToken) })).json());
  expect(listed.items).toEqual([]);
  const missingMessage = await expectError(await request.get("/api/v1/claims/no-such-claim", { headers: bearer(checkerToken) }), 404, "not_found");
  expect(await expectError(await request.get(`/api/v1/claims/${theirClaim}`, { headers: bearer(checkerToken) }), 404, "not_found")).toBe(missingMessage);
  await expectError(await request.post(`/api/v1/claims/${theirClaim}/sources`, { headers: bearer(checkerToken), data: census }), 404, "not_found");
  await expectError(await request.put(`/api/v1/claims/${theirClaim}/verdict`, { headers: bearer(checkerToken), data: { label: "False", rationale: "No." } }), 404, "not_found");
  // And nothing was written to their claim.
  const theirView = claimDetailSchema.parse(await (await request.get(`/api/v1/claims/${theirClaim}`, { headers: bearer(otherTeamToken) })).json());
  expect(theirView).toMatchObject({ sources: [], verdict: null, status: "new" });
});

test("attaches sources: 201 with the source, 422 for a bad one, 403 for a viewer, 400/413/415 for bad bodies", async ({ request }) => {
  const claim = (await importArticle(request, checkerToken)).claims[0]!;
  const url = `/api/v1/claims/${claim.id}/sources`;
  const created = await request.post(url, { headers: bearer(checkerToken), data: { ...census, pinnedText: "Labour market overview\n\nThe unemployment rate was 4.1%." } });
  expect(created.status(), await created.text()).toBe(201);
  const source = sourceSchema.parse(await created.json());
  expect(source).toMatchObject({ claimId: claim.id, title: census.title, stance: "supports", publishedAt: "2024-04-12T00:00:00.000Z", hasPinnedText: true, version: 1 });

  const detail = claimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`, { headers: bearer(viewerToken) })).json());
  expect(detail.sources.map((item) => item.id)).toEqual([source.id]);
  expect(detail).toMatchObject({ id: claim.id, text: claim.text, verdict: null, verdictHidden: false });

  await expectError(await request.post(url, { headers: bearer(checkerToken), data: { ...census, stance: "agrees" } }), 422, "validation", /stance/);
  await expectError(await request.post(url, { headers: bearer(checkerToken), data: { ...census, title: "" } }), 422, "validation", /title/);
  await expectError(await request.post(url, { headers: bearer(checkerToken), data: { ...census, publishedAt: "2999-01-01" } }), 422, "validation", /future/);
  await expectError(await request.post(url, { headers: bearer(viewerToken), data: census }), 403, "forbidden");
  await expectError(await request.post(url, { headers: { ...bearer(checkerToken), "content-type": "application/json" }, data: Buffer.from("{") }), 400, "bad_request");
  await expectError(await request.post(url, { headers: { ...bearer(checkerToken), "content-type": "application/x-www-form-urlencoded" }, data: Buffer.from("title=x") }), 415, "unsupported_media_type");
  await expectError(await request.post(url, { headers: bearer(checkerToken), data: { ...census, pinnedText: "x".repeat(1200 * 1024) } }), 413, "payload_too_large");
  await expectError(await request.post(url, { data: census }), 401, "unauthenticated");
});

test("gives and changes a verdict over the version it was based on; a stale version is a 409", async ({ request }) => {
  const claim = (await importArticle(request, checkerToken)).claims[0]!;
  const url = `/api/v1/claims/${claim.id}/verdict`;
  const put = (data: Record<string, unknown>, token = checkerToken) => request.put(url, { headers: bearer(token), data });

  await expectError(await put({ label: "False", rationale: "The minutes say otherwise." }), 422, "validation", /source/);
  expect((await request.post(`/api/v1/claims/${claim.id}/sources`, { headers: bearer(checkerToken), data: census })).status()).toBe(201);

  await expectError(await put({ rationale: "No label." }), 422, "validation", /labelId or label/);
  await expectError(await put({ label: "False", labelId: "x", rationale: "Both." }), 422, "validation", /labelId or label/);
  await expectError(await put({ label: "Probably fine", rationale: "Unknown label." }), 422, "validation", /no label called “Probably fine”.*Mostly True/);
  await expectError(await put({ label: "False", rationale: "   " }), 422, "validation", /rationale/);
  await expectError(await put({ label: "False", rationale: "Version as text.", version: "0" }), 422, "validation", /version/);
  await expectError(await put({ label: "False", rationale: "A viewer cannot." }, viewerToken), 403, "forbidden");

  const first = await put({ label: "mostly true", rationale: "The statistics office reports **4.1%** for March." });
  expect(first.status(), await first.text()).toBe(201);
  const given = saveVerdictResponseSchema.parse(await first.json());
  expect(given).toMatchObject({ created: true, verdict: { claimId: claim.id, labelName: "Mostly True", version: 1, rationale: "The statistics office reports **4.1%** for March." } });

  // A second "first" verdict (version 0, or none) is stale now.
  await expectError(await put({ label: "False", rationale: "Without reading it first." }), 409, "conflict", /changed by you, in another tab or window/);

  const changed = await put({ labelId: given.verdict.labelId, rationale: "Confirmed against the March bulletin.", version: 1 });
  expect(changed.status(), await changed.text()).toBe(200);
  const updated = saveVerdictResponseSchema.parse(await changed.json());
  expect(updated).toMatchObject({ created: false, verdict: { id: given.verdict.id, version: 2, rationale: "Confirmed against the March bulletin." } });

  const stale = await put({ label: "False", rationale: "Based on what I read before.", version: 1 });
  await expectError(stale, 409, "conflict", /The verdict was changed by .* since you opened it/);

  const detail = claimDetailSchema.parse(await (await request.get(`/api/v1/claims/${claim.id}`, { headers: bearer(checkerToken) })).json());
  expect(detail.verdict).toMatchObject({ version: 2, labelName: "Mostly True", rationale: "Confirmed against the March bulletin." });
  expect(detail).toMatchObject({ status: "in_research" });
  expect(detail.assigneeName).not.toBeNull();
});

test("the verdict body is limited in size and must be JSON", async ({ request }) => {
  const claim = (await importArticle(request, checkerToken)).claims[0]!;
  const url = `/api/v1/claims/${claim.id}/verdict`;
  await expectError(await request.put(url, { headers: bearer(checkerToken), data: { label: "False", rationale: "x".repeat(300 * 1024) } }), 413, "payload_too_large");
  await expectError(await request.put(url, { headers: { ...bearer(checkerToken), "content-type": "text/plain" }, data: Buffer.from("False") }), 415, "unsupported_media_type");
  await expectError(await request.put(url, { headers: { ...bearer(checkerToken), "content-type": "application/json" }, data: Buffer.from("{label: False}") }), 400, "bad_request");
  await expectError(await request.put(url, { data: { label: "False", rationale: "No token." } }), 401, "unauthenticated");
});
