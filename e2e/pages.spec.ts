import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoAdmin, signIn } from "./fixtures";

// Every main page: no serious or critical accessibility violations, and nothing wider than a phone
// screen at narrow width. Screenshots go to test-results/screenshots for a human to look at.
const widths = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "narrow", width: 390, height: 844 },
];

async function checkPage(page: Page, name: string, heading: RegExp | string) {
  for (const size of widths) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} overflows horizontally at ${size.width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/${name}-${size.name}.png`, fullPage: true });
  }
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("sign-in page", async ({ page }) => {
  await page.goto("/sign-in");
  await checkPage(page, "sign-in", "Sign in to Factdesk");
});

test("workbench pages", async ({ page }) => {
  // Two widths, an axe run and a screenshot for each of twenty pages: minutes on a busy two-core machine.
  test.setTimeout(240_000);
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await checkPage(page, "articles", "Articles");
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  await checkPage(page, "article", /Iraqi PM says/);
  // The first claim selected with j: its corrections and evidence open under it in the panel.
  await page.keyboard.press("j");
  await expect(page.getByTestId("claim-details")).toBeVisible();
  await checkPage(page, "article-selected", /Iraqi PM says/);
  await page.goto("/import");
  await checkPage(page, "import", "Import an article");
  await page.goto("/import/bulk");
  await checkPage(page, "import-bulk", "Bulk import");
  const lines = [JSON.stringify({ title: "Pages check wire story", text: "The port handled 4.1 million containers in 2025, the authority said." }), "{broken"].join("\n");
  await page.getByLabel("A .zip or .jsonl file").setInputFiles({ name: "pages-check.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(lines) });
  await page.getByRole("button", { name: "Start import" }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "2", { timeout: 30_000 });
  await checkPage(page, "import-batch", "pages-check.jsonl");
  await page.goto("/settings");
  await checkPage(page, "settings", "Settings");
  await page.goto("/speakers");
  await checkPage(page, "speakers", "Speakers");
  await page.getByRole("link", { name: /Pat Ryder/ }).click();
  await checkPage(page, "speaker", "Pat Ryder");
  await page.goto("/settings/scales");
  await checkPage(page, "settings-scales", "Rating scales");
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill("Pages check");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("New API token")).toHaveValue(/^fdk_/);
  await checkPage(page, "settings-tokens", "API tokens");
  await page.goto("/queue");
  await checkPage(page, "queue", "Queue");
  await page.getByTestId("queue-list").getByRole("checkbox").first().check();
  await checkPage(page, "queue-selected", "Queue");
  await page.goto("/queue?view=published");
  await checkPage(page, "queue-published", "Queue");
  await page.goto("/dashboard");
  await checkPage(page, "dashboard", "Dashboard");
  await page.goto("/");
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  const claimId = await page.locator("[data-claim-id]").first().getAttribute("data-claim-id");
  await page.goto(`/claims/${claimId}`);
  await checkPage(page, "claim", /\S/);
  await page.getByRole("button", { name: "Add source" }).click();
  await checkPage(page, "claim-source-form", /\S/);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /Give verdict|Edit verdict/ }).click();
  await checkPage(page, "claim-verdict-form", /\S/);
  await page.goto("/articles/does-not-exist");
  await checkPage(page, "not-found", "Not found");
});

test("invitation page", async ({ page, browser }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Create an invitation link" });
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByLabel("Invitation link", { exact: true });
  await expect(link).toHaveValue(/\/invite\//);
  await checkPage(page, "settings-invitation", "Settings");
  const visitor = await browser.newContext();
  const invitePage = await visitor.newPage();
  await invitePage.goto(new URL(await link.inputValue()).pathname);
  await checkPage(invitePage, "invite", "Join Demo Newsroom");
  await visitor.close();
});

test("report pages", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  await page.getByRole("link", { name: "Verdict report" }).click();
  await checkPage(page, "article-report", /Iraqi PM says/);
  await page.goto("/exports");
  await checkPage(page, "exports", "Export verdicts");
});
