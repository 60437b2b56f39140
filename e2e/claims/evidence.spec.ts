import { expect, test, type Page } from "@playwright/test";
import { adminCli, demoAdmin, signIn, uniqueEmail } from "../fixtures";

function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Imports a short article of its own through the Import page and opens the claim that contains `phrase`. */
async function importAndOpenClaim(page: Page, title: string, body: string, phrase: string): Promise<string> {
  await page.goto("/import");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/, { timeout: 30_000 });
  const span = page.locator("[data-claim-id]", { hasText: phrase }).first();
  await expect(span).toBeAttached();
  const claimId = (await span.getAttribute("data-claim-id"))!;
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(phrase);
  return claimId;
}

test("a fact-checker attaches a source with s and gives a verdict with v; a verdict without a source is refused", async ({ page }) => {
  const tag = uniqueTag();
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const title = `Harbour City road budget ${tag}`;
  await importAndOpenClaim(
    page,
    title,
    `Harbour City spent $48 million on road repairs in 2025, up 12% from the year before, the mayor said on Monday (${tag}).\nCritics said most of the money went to a single contractor.`,
    "$48 million",
  );
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByTestId("claim-context").locator("mark")).toContainText("$48 million");
  await expect(page.getByText("No verdict yet.")).toBeVisible();

  // v opens the verdict form with the keyboard in it; without a source the team's rule refuses it.
  await page.locator("body").press("v");
  const verdictForm = page.getByRole("form", { name: "Give a verdict" });
  await expect(verdictForm).toBeVisible();
  await expect(verdictForm.getByRole("radio").first()).toBeFocused();
  await verdictForm.getByRole("radio", { name: "Mostly True" }).check();
  await verdictForm.getByLabel("Rationale").fill("The **city accounts** show $47.6 million, which rounds to $48 million.");
  // Letters typed into a field are text, not shortcuts.
  await verdictForm.getByLabel("Rationale").pressSequentially(" See sources.");
  await expect(page.getByRole("form", { name: "Add a source" })).toHaveCount(0);
  await verdictForm.getByRole("button", { name: "Save verdict" }).click();
  await expect(verdictForm.getByTestId("form-error")).toHaveText("Attach at least one source before giving a verdict.");

  // Escape closes the form, keeping the draft; s opens the source form in its first field.
  await page.keyboard.press("Escape");
  await expect(verdictForm).toBeHidden();
  await page.keyboard.press("s");
  const sourceForm = page.getByRole("form", { name: "Add a source" });
  await expect(sourceForm.getByLabel("URL")).toBeFocused();
  await sourceForm.getByLabel("URL").fill("https://harbourcity.example.org/budget/2025");
  await sourceForm.getByLabel("Title").fill("Harbour City annual accounts 2025");
  await sourceForm.getByLabel("Publisher").fill("Harbour City Council");
  await sourceForm.getByLabel("Date published").fill("2026-02-03");
  await sourceForm.getByLabel("Quoted excerpt").fill("Road maintenance and repairs: $47.6 million.");
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByRole("status").filter({ hasText: "attached" })).toBeVisible();
  const source = page.getByTestId("source");
  await expect(source).toHaveCount(1);
  await expect(source.getByRole("link", { name: /Harbour City annual accounts 2025/ })).toHaveAttribute("href", "https://harbourcity.example.org/budget/2025");
  await expect(source).toContainText("Supports");
  await expect(source.locator("blockquote")).toHaveText("Road maintenance and repairs: $47.6 million.");

  await page.keyboard.press("v");
  await expect(verdictForm.getByRole("radio", { name: "Mostly True" })).toBeChecked();
  await expect(verdictForm.getByLabel("Rationale")).toHaveValue(/See sources\.$/);
  await verdictForm.getByRole("button", { name: "Save verdict" }).click();
  const verdict = page.getByTestId("verdict");
  await expect(verdict).toContainText("Mostly True");
  await expect(verdict.locator("strong")).toHaveText("city accounts");
  await expect(verdict).toContainText("Demo Admin");
  // A first verdict puts the claim in research on its author's desk; submitting it for review is a separate step.
  await expect(page.getByTestId("workflow-status")).toHaveText("In research");
  await expect(page.getByRole("button", { name: "Edit verdict" })).toBeVisible();

  for (const size of [
    { name: "desktop", width: 1366, height: 900 },
    { name: "narrow", width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await expect(verdict).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/claim-with-evidence-${size.name}.png`, fullPage: true });
  }
});

test("a source can be edited and deleted from the claim page", async ({ page }) => {
  const tag = uniqueTag();
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await importAndOpenClaim(page, `Ferry fares ${tag}`, `Ferry fares rose by 9% in 2024, the transport authority said (${tag}).`, "9%");
  await page.getByRole("button", { name: "Add source" }).click();
  const sourceForm = page.getByRole("form", { name: "Add a source" });
  await sourceForm.getByLabel("URL").fill("javascript:alert(1)");
  await sourceForm.getByLabel("Title").fill("Fares table");
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  await expect(sourceForm.getByTestId("form-error")).toHaveText("The URL must be a web address starting with http:// or https://.");
  await expect(sourceForm.getByLabel("Title")).toHaveValue("Fares table");
  await sourceForm.getByLabel("URL").fill("https://transport.example.org/fares");
  await sourceForm.getByRole("radio", { name: "Adds context" }).check();
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByTestId("source")).toContainText("Adds context");

  await page.getByRole("button", { name: "Edit source Fares table" }).click();
  const editForm = page.getByRole("form", { name: "Edit source Fares table" });
  await editForm.getByLabel("Title").fill("Fares table 2024");
  await editForm.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByTestId("source").getByRole("link", { name: /Fares table 2024/ })).toBeVisible();

  await page.getByRole("button", { name: "Delete source Fares table 2024" }).click();
  await page.getByRole("button", { name: "Delete source", exact: true }).click();
  await expect(page.getByText("No sources attached yet.")).toBeVisible();
});

test("another team's claim id answers 404", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const response = await page.goto("/claims/not-a-claim-of-this-team");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("a viewer reads a claim's evidence but has no way to change it", async ({ page }) => {
  const email = uniqueEmail("viewer");
  const password = "viewer-password-1";
  const created = await adminCli(["user:create", "--email", email, "--password", password, "--team", "Demo Newsroom", "--role", "viewer"]);
  expect(created.stderr).toBe("");
  await signIn(page, email, password);
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  const claimId = await page.locator("[data-claim-id]").first().getAttribute("data-claim-id");
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { level: 2, name: /Sources/ })).toBeVisible();
  await expect(page.getByText("You can read the evidence; fact-checkers, editors and admins change it.")).toBeVisible();
  await page.locator("body").press("s");
  await page.locator("body").press("v");
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Add source|Give verdict|Edit verdict/ })).toHaveCount(0);
});
