import { expect, test } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";

test("full-text search finds claims, quotes and speakers, and filters narrow it", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByLabel("Search this team").fill("soldiers stationed");
  await page.getByLabel("Search this team").press("Enter");
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/q=soldiers\+stationed/);
  await expect(page.getByRole("list", { name: "Claims" })).toContainText("900 US soldiers are stationed in neighboring Syria");

  await page.getByLabel("Search terms").fill("");
  await page.getByLabel("Speaker").selectOption({ label: "Pat Ryder" });
  await page.getByLabel("In", { exact: true }).selectOption("quotes");
  await page.getByRole("button", { name: "Search" }).click();
  // Other tests import copies of the demo article into this team, so count only what must hold.
  const quotes = page.getByRole("list", { name: "Quotes" }).getByRole("listitem");
  await expect(quotes.first()).toBeVisible();
  expect(await quotes.count()).toBeGreaterThanOrEqual(2);
  for (const item of await quotes.all()) await expect(item).toContainText("Pat Ryder");
  await expect(page.getByRole("list", { name: "Quotes" })).toContainText("U.S. forces are in Iraq at the invitation of its government");
  await expect(page.getByRole("list", { name: "Claims" })).toHaveCount(0);

  await page.goto("/search?q=zzzunfindablezzz");
  await expect(page.getByText("Nothing found")).toBeVisible();
});
