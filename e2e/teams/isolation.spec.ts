import { expect, test } from "@playwright/test";
import { adminCli, demoAdmin, signIn, uniqueEmail } from "../fixtures";

// Several browser contexts and accounts per test: more than the default minute on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

test("signed in to one team, every page route with another team's ids answers the 404 page and shows none of its text", async ({ browser }) => {
  const marker = `Zephyrine${Date.now().toString(36)}`;
  const owner = { email: uniqueEmail("bravo"), password: "bravo-desk-password-1" };
  const created = await adminCli(["user:create", "--email", owner.email, "--password", owner.password, "--team", `Bravo Desk ${marker}`, "--role", "admin"]);
  expect(created.stderr).toBe("");

  // Team B's article, claim, speaker and a source with a pinned copy, made through the UI.
  const bravo = await browser.newContext();
  const page = await bravo.newPage();
  await signIn(page, owner.email, owner.password);
  await page.goto("/import");
  const title = `${marker} bridge budget doubles`;
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("Article text")
    .fill(`The ${marker} bridge will cost 84 million dollars, twice the 2023 estimate, the city said on Monday.\n"We will finish it by 2027," said Mayor Lena ${marker}.`);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/, { timeout: 30_000 });
  const articleId = new URL(page.url()).pathname.split("/").pop()!;
  const claimId = (await page.locator("[data-claim-id]").first().getAttribute("data-claim-id"))!;
  await page.goto(`/claims/${claimId}`);
  await page.getByRole("button", { name: "Add source" }).click();
  const sourceForm = page.getByRole("form", { name: "Add a source" });
  await sourceForm.getByLabel("URL").fill("https://example.org/bridge");
  await sourceForm.getByLabel("Title").fill(`${marker} council minutes`);
  await sourceForm.getByText("Pinned copy of the page").click();
  await sourceForm.getByLabel("Text of the page").fill(`${marker} pinned minutes of the council.`);
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  const sourceLink = page.locator(`a[href^="/claims/${claimId}/sources/"]`).first();
  await expect(sourceLink).toBeAttached();
  const sourcePath = (await sourceLink.getAttribute("href"))!;
  await page.goto("/speakers");
  const speakerLink = page.getByRole("link", { name: new RegExp(marker) }).first();
  const speakerPath = (await speakerLink.getAttribute("href"))!;
  expect(speakerPath).toMatch(/^\/speakers\/[^/]+$/);
  await page.goto("/import/bulk");
  const line = JSON.stringify({ title: `${marker} ferry report`, text: `The ${marker} ferry carried 9,000 people in May, the port said.` });
  await page.getByLabel("A .zip or .jsonl file").setInputFiles({ name: `${marker}.jsonl`, mimeType: "application/x-ndjson", buffer: Buffer.from(line) });
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page).toHaveURL(/\/import\/batches\/[^/]+$/);
  const batchPath = new URL(page.url()).pathname;
  // The owner sees all of them.
  for (const path of [`/articles/${articleId}`, `/claims/${claimId}`, sourcePath, speakerPath, batchPath]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }

  // Team A (the demo team) guesses every one of those ids.
  const alpha = await browser.newContext();
  const other = await alpha.newPage();
  await signIn(other, demoAdmin.email, demoAdmin.password);
  for (const path of [`/articles/${articleId}`, `/claims/${claimId}`, sourcePath, `/claims/${claimId}/sources/does-not-exist`, speakerPath, batchPath]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    expect(await other.content(), path).not.toContain(marker);
  }
  // Lists and filters that take an id or a word of B's show nothing of B either (the query and the filter id
  // are echoed back in the form, so these look for B's title, speaker and claim instead).
  for (const path of [`/queue?article=${articleId}`, `/search?q=${marker}`, `/speakers?q=${marker}`, "/dashboard", "/", "/import/bulk"]) {
    const response = await other.goto(path);
    expect(response?.status() === 200 || response?.status() === 404, `${path}: ${response?.status()}`).toBe(true);
    const html = await other.content();
    for (const needle of [title, `Mayor Lena ${marker}`, claimId]) expect(html, `${path} shows ${needle}`).not.toContain(needle);
  }
  const api = await other.request.get(`/api/queue?article=${articleId}`);
  expect(await api.text()).not.toContain(marker);
  expect(await api.text()).not.toContain(claimId);
  const batch = await other.request.get(`/api/${batchPath.slice(1).replace("import/batches", "imports")}`);
  expect(batch.status()).toBe(404);
  expect(await batch.text()).not.toContain(marker);

  await Promise.all([bravo.close(), alpha.close()]);
});
