import AxeBuilder from "@axe-core/playwright";
import { strToU8, zipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";
import { bearer, createToken, expectError, uniqueId } from "../api/helpers";

const story = (id: string, n: number) =>
  `Harbour board story ${n} ${id}\n\nThe harbour board approved ${n + 3} new berths on Monday, chair Ines Moller said. ` +
  `"We ran out of room in ${2020 + n}," Moller said. Freight traffic grew ${n * 4} percent last year, according to the port authority.`;

test("a zip of articles is imported in the background with a progress bar and a list of what failed", async ({ page }) => {
  const id = uniqueId();
  const files: Record<string, Uint8Array> = {};
  for (let n = 1; n <= 6; n++) files[`desk-${id}/story-${n}.txt`] = strToU8(story(id, n));
  files[`desk-${id}/scan.pdf`] = strToU8("%PDF-1.7 not an article");
  files[`desk-${id}/blank.md`] = new Uint8Array();
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.goto("/import");
  await page.getByRole("link", { name: "Bulk import" }).click();
  await expect(page.getByRole("heading", { name: "Bulk import", level: 1 })).toBeVisible();
  await page.getByLabel("A .zip or .jsonl file").setInputFiles({ name: `desk-${id}.zip`, mimeType: "application/zip", buffer: Buffer.from(zipSync(files)) });
  await page.getByRole("button", { name: "Start import" }).click();

  await expect(page).toHaveURL(/\/import\/batches\/[^/]+$/);
  await expect(page.getByRole("heading", { name: `desk-${id}.zip`, level: 1 })).toBeVisible();
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toHaveAttribute("aria-valuemax", "8");
  // The page polls: it reaches the end without a reload.
  await expect(progress).toHaveAttribute("aria-valuenow", "8", { timeout: 30_000 });
  await expect(page.getByText("Finished: 8 of 8 items")).toBeVisible();
  await expect(page.getByText("6 imported · 0 already there · 2 failed")).toBeVisible();
  const failed = page.getByRole("region", { name: /Not imported/ });
  await expect(failed.getByText(`desk-${id}/scan.pdf`)).toBeVisible();
  await expect(failed.getByText(/PDF files cannot be imported/)).toBeVisible();
  await expect(failed.getByText("The file is empty.")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/bulk-import-progress.png", fullPage: true });

  // A text file has no title of its own: the file name stands in, as for a single upload.
  await page.getByRole("link", { name: "story-3" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("story-3");
  await expect(page.getByText("We ran out of room in 2023").first()).toBeVisible();
  await page.goto("/import/bulk");
  await expect(page.getByRole("link", { name: `desk-${id}.zip` })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/bulk-import.png", fullPage: true });
});

test("the API takes a list of articles, answers 202 at once and reports each item", async ({ browser, request }) => {
  const id = uniqueId();
  const token = await createToken(browser);
  const created = await request.post("/api/v1/imports", {
    headers: bearer(token),
    data: {
      label: `API batch ${id}`,
      items: [{ title: `API story one ${id}`, text: story(id, 1) }, { title: `API story two ${id}`, text: story(id, 2), publishedAt: "2026-05-01" }, { title: "No text" }, "not an object", { title: "Private", url: "http://127.0.0.1/admin" }],
    },
  });
  expect(created.status(), await created.text()).toBe(202);
  const { batchId, total, refused } = (await created.json()) as { batchId: string; total: number; refused: number };
  expect({ total, refused }).toEqual({ total: 5, refused: 2 });
  expect(created.headers()["location"]).toBe(`/api/v1/imports/${batchId}`);

  let batch: { finishedAt: string | null; counts: Record<string, number>; items: { name: string; status: string; error: string | null; articleId: string | null }[] } | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/imports/${batchId}`, { headers: bearer(token) });
        batch = (await response.json()) as typeof batch;
        return batch?.finishedAt !== null;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  expect(batch?.counts).toEqual({ pending: 0, imported: 2, duplicate: 0, failed: 3 });
  const byName = Object.fromEntries(batch!.items.map((item) => [item.name, item]));
  expect(byName["item 3"]?.error).toMatch(/"text" or a "url"/);
  expect(byName["item 5"]?.error).toMatch(/private or local network address/);
  const article = await request.get(`/api/v1/articles/${byName["item 2"]?.articleId}`, { headers: bearer(token) });
  expect(article.status()).toBe(200);

  await expectError(await request.get("/api/v1/imports/not-a-batch", { headers: bearer(token) }), 404, "not_found");
  await expectError(await request.post("/api/v1/imports", { headers: bearer(token), data: { items: [] } }), 422, "validation", /at least one/);
  await expectError(await request.post("/api/v1/imports", { headers: { ...bearer(token), "content-type": "text/plain" }, data: "hello" }), 415, "unsupported_media_type");
});
