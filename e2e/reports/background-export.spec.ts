import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";
import { bearer, createToken, expectError } from "../api/helpers";

test("a CSV export is prepared in the background with a progress bar and kept for download", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.goto("/exports");
  await page.getByLabel("Kind").selectOption("numeric");
  await page.getByRole("button", { name: "Prepare in the background" }).click();
  const prepared = page.getByRole("list", { name: "Prepared exports" });
  const entry = prepared.getByRole("listitem").filter({ hasText: "Verdicts CSV (kind numeric)" }).first();
  await expect(entry.getByText("Ready")).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "test-results/screenshots/exports-prepared.png", fullPage: true });
  const [download] = await Promise.all([page.waitForEvent("download"), entry.getByRole("link", { name: /^Download factdesk-verdicts-/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^factdesk-verdicts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.split("\r\n")[0]).toContain("claim id");
});

test("the API prepares an article's report PDF in the background", async ({ browser, page, request }) => {
  const token = await createToken(browser);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  await expect(page).toHaveURL(/\/articles\/[^/]+$/);
  const article = { id: new URL(page.url()).pathname.split("/").pop()! };

  const created = await request.post("/api/v1/exports", { headers: bearer(token), data: { kind: "report-pdf", params: { article: article.id } } });
  expect(created.status(), await created.text()).toBe(202);
  const { exportId } = (await created.json()) as { exportId: string };
  expect(created.headers()["location"]).toBe(`/api/v1/exports/${exportId}`);
  await expect
    .poll(async () => ((await (await request.get(`/api/v1/exports/${exportId}`, { headers: bearer(token) })).json()) as { status: string }).status, { timeout: 30_000 })
    .toBe("ready");
  const file = await request.get(`/api/v1/exports/${exportId}/file`, { headers: bearer(token) });
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  await expectError(await request.post("/api/v1/exports", { headers: bearer(token), data: { kind: "verdicts-csv", params: { status: "bogus" } } }), 422, "validation", /status/);
  await expectError(await request.post("/api/v1/exports", { headers: bearer(token), data: { kind: "report-pdf", params: { article: "not-an-article" } } }), 404, "not_found");
  await expectError(await request.post("/api/v1/exports", { headers: bearer(token), data: { kind: "zip" } }), 422, "validation");
  await expectError(await request.get("/api/v1/exports/not-an-export/file", { headers: bearer(token) }), 404, "not_found");
});
