import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { adminCli, demoAdmin, signIn, uniqueEmail } from "../fixtures";

function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Imports an article of its own with a source URL, gives the quoted claim a sourced verdict, and returns its ids. */
async function importWithVerdict(page: Page, title: string, tag: string): Promise<{ articlePath: string; claimPath: string }> {
  await page.goto("/import");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Source URL").fill(`https://herald.example.org/roads-${tag}`);
  await page.getByLabel("Article text").fill(
    `“Harbour City spent $48 million on road repairs in 2025, up 12% from the year before,” Mayor Ana Ribeiro said on Monday (${tag}).\n\nCritics said most of the money went to a single contractor.`,
  );
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/, { timeout: 30_000 });
  const articlePath = new URL(page.url()).pathname;
  const span = page.locator("[data-claim-id]", { hasText: "$48 million" }).first();
  await expect(span).toBeAttached();
  const claimPath = `/claims/${await span.getAttribute("data-claim-id")}`;
  await page.goto(claimPath);
  await page.getByRole("button", { name: "Add source" }).click();
  const sourceForm = page.getByRole("form", { name: "Add a source" });
  await sourceForm.getByLabel("URL").fill("https://harbourcity.example.org/budget/2025");
  await sourceForm.getByLabel("Title").fill("Harbour City annual accounts 2025");
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByTestId("source")).toHaveCount(1);
  await page.getByRole("button", { name: /Give verdict|Edit verdict/ }).click();
  const verdictForm = page.getByRole("form", { name: "Give a verdict" });
  await verdictForm.getByRole("radio", { name: "Mostly True" }).check();
  await verdictForm.getByLabel("Rationale").fill("The **city accounts** show $47.6 million. <script>alert(1)</script>");
  await verdictForm.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("verdict")).toContainText("Mostly True");
  return { articlePath, claimPath };
}

/** The author submits the claim; a second editor approves and publishes it (the verdict's author cannot be its reviewer). */
async function approveAndPublish(browser: Browser, author: Page, claimPath: string): Promise<void> {
  await author.goto(claimPath);
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  const email = uniqueEmail("report-editor");
  const password = "report-editor-password-1";
  const created = await adminCli(["user:create", "--email", email, "--password", password, "--team", "Demo Newsroom", "--role", "editor", "--name", "Rita Reviewer"]);
  expect(created.code, created.stderr).toBe(0);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await page.goto(claimPath);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  await context.close();
}

test("a published fact-check gets a report, downloads, and a public link that works until it is revoked", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const title = `Road budget report ${tag}`;
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const { articlePath, claimPath } = await importWithVerdict(page, title, tag);
  await approveAndPublish(browser, page, claimPath);

  await page.goto(articlePath);
  await page.getByRole("link", { name: "Verdict report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const report = page.getByTestId("report");
  await expect(report.getByRole("table")).toContainText("Mostly True");
  await expect(report.getByRole("article")).toContainText("Harbour City spent $48 million");
  await expect(report.getByRole("article")).toContainText("Approved by");
  await expect(report.getByRole("link", { name: "Harbour City annual accounts 2025" })).toHaveAttribute("href", "https://harbourcity.example.org/budget/2025");
  // The rationale's script is text on the page, never an element.
  await expect(report.getByText("<script>alert(1)</script>")).toBeVisible();
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeVisible();

  const markdownDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Markdown" }).click();
  const markdown = await readFile(await (await markdownDownload).path(), "utf8");
  expect(markdown).toContain(`# Verdict report: Road budget report ${tag}`);
  expect(markdown).toContain("Harbour City spent $48 million");
  expect(markdown).toContain("\\<script\\>alert(1)\\</script\\>");

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^factdesk-report-road-budget-report-.*\.pdf$/);
  const pdfBytes = await readFile(await pdf.path());
  expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");

  await page.getByRole("button", { name: "Create public link" }).click();
  const linkField = page.getByLabel("New link (shown only once)");
  await expect(linkField).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  const publicUrl = await linkField.inputValue();

  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  const response = await anonymous.goto(publicUrl);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(anonymous.getByTestId("report")).toContainText("Harbour City spent $48 million");
  const jsonLd = await anonymous.locator('script[type="application/ld+json"]').textContent();
  const reviews = JSON.parse(jsonLd ?? "[]") as { "@type": string; reviewRating: { alternateName: string } }[];
  expect(reviews[0]).toMatchObject({ "@type": "ClaimReview", reviewRating: { alternateName: "Mostly True" } });
  expect(jsonLd).not.toContain("<");

  await page.getByRole("button", { name: /^Revoke the link/ }).click();
  await expect(page.getByText("No public link is open.")).toBeVisible();
  const revoked = await anonymous.goto(publicUrl);
  expect(revoked?.status()).toBe(404);
  await visitor.close();
});

test("drafts are marked in the report and never shown on the public page", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const tag = uniqueTag();
  const title = `Road budget draft ${tag}`;
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const { articlePath } = await importWithVerdict(page, title, tag);
  await page.goto(`${articlePath}/report`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("report").getByRole("article")).toContainText("Draft");
  await page.getByRole("link", { name: "Published only" }).click();
  await expect(page.getByText("No fact-check of this article is published yet.")).toBeVisible();

  await page.getByRole("button", { name: "Create public link" }).click();
  const publicUrl = await page.getByLabel("New link (shown only once)").inputValue();
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(publicUrl);
  await expect(anonymous.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(anonymous.getByText("No fact-check of this article is published yet.")).toBeVisible();
  await expect(anonymous.getByText("Harbour City spent $48 million")).toHaveCount(0);
  await expect(anonymous.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await visitor.close();

  // The ClaimReview download explains why nothing can be exported.
  const answer = await page.request.get(`${articlePath}/report/download?format=claimreview`);
  expect(answer.status()).toBe(422);
  expect(((await answer.json()) as { error: { message: string } }).error.message).toContain("not published");
});

test("the team's verdicts export as CSV with filters", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.goto("/exports");
  await expect(page.getByRole("heading", { level: 1, name: "Export verdicts" })).toBeVisible();
  await page.getByLabel("Status").selectOption("published");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^factdesk-verdicts-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await file.path(), "utf8");
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "claim id,article title,article URL,claim text,speaker,kind,status,verdict label,rating value,worst,best,rationale,sources count,verdict author,approved by,updated at",
  );
  const bad = await page.request.get("/api/exports/verdicts.csv?from=2026-02-30x");
  expect(bad.status()).toBe(422);
});
