import { expect, test } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";
import { iraqArticle, pasteImport, selectPhrase, uniqueId } from "./helpers";

test("correcting the split: add a claim by selecting text, resize it, mark and delete, all in the history", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const id = uniqueId();
  const title = `Coalition review ${id}`;
  await pasteImport(page, title, `${iraqArticle}\nReview copy ${id}.`);

  // The analysis attributes Ryder's two direct quotes to Pat Ryder.
  const ryder = page.getByRole("region", { name: "Quotes by Pat Ryder" });
  await expect(ryder.getByRole("listitem")).toHaveCount(2);
  await expect(ryder).toContainText("I’m not aware of any plans");

  // Select a phrase in the text and add it as a claim.
  const phrase = "Fears that Iraq may once again become a place of regional conflict";
  await selectPhrase(page, phrase);
  const toolbar = page.getByRole("toolbar", { name: "Selected text" });
  await toolbar.getByRole("button", { name: "Add claim" }).click();
  const claims = page.getByTestId("claim-list");
  // The new claim is selected (expanded) in the panel; the analysis' claim on the whole sentence stays.
  const added = claims.locator(":scope > li").filter({ has: page.getByRole("button", { expanded: true }) });
  await expect(added).toContainText(phrase);
  await expect(added).toContainText("Reviewed");
  await expect(page.getByRole("status").filter({ hasText: "Claim added." })).toBeVisible();

  // Shrink its end by one word and save: the claim text is the new exact slice.
  await added.getByRole("button", { name: "Adjust bounds" }).click();
  await added.getByRole("button", { name: "End one word earlier" }).click();
  await expect(added.getByTestId("bounds-preview")).toHaveText("Fears that Iraq may once again become a place of regional");
  await added.getByRole("button", { name: "Save bounds" }).click();
  const resized = added;
  await expect(resized.getByRole("button", { expanded: true })).toHaveText(/Fears that Iraq may once again become a place of regional$/);

  // Mark it not check-worthy, then bring it back.
  await resized.getByRole("button", { name: "Not check-worthy" }).click();
  await expect(resized.getByText("Not check-worthy", { exact: true }).first()).toBeVisible();
  await resized.getByRole("button", { name: "Check-worthy again" }).click();
  await expect(resized.getByRole("button", { name: "Not check-worthy" })).toBeVisible();

  // Delete it: gone from the panel and the text.
  await resized.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this claim?" });
  await confirm.getByRole("button", { name: "Delete claim" }).click();
  await expect(claims.locator(":scope > li").filter({ hasText: "Reviewed" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Claim deleted." })).toBeVisible();

  // Re-running the analysis does not bring the deleted claim back.
  await page.getByRole("button", { name: "Re-run analysis" }).click();
  await page.getByRole("dialog", { name: "Re-run the analysis?" }).getByRole("button", { name: "Re-run analysis" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Analysis re-run: 0 new claims/ })).toBeVisible();
  await expect(page.getByTestId("article-text")).toContainText(phrase);
  await expect(claims.locator(":scope > li").filter({ hasText: "Reviewed" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Quotes by Pat Ryder" }).getByRole("listitem")).toHaveCount(2);

  // Every step is in the article's history and in the team's audit log.
  await page.getByText("History").click();
  const history = page.getByTestId("article-history");
  for (const line of ["Added a claim", "Moved the bounds of a claim", "Marked a claim not check-worthy", "Made a claim check-worthy again", "Deleted a claim", "Re-ran the analysis", "Imported the article"]) {
    await expect(history.getByText(line).first()).toBeVisible();
  }
  await page.goto("/settings");
  await expect(page.getByTestId("audit-log")).toContainText("claim.delete");
});

test("adding quotes for new speakers, then merging the two speakers", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const id = uniqueId();
  const letters = id.replace(/[^a-z]/g, "").slice(0, 6) || "zed";
  const fullName = `Dana Quill${letters}`;
  const shortName = `D. Quill${letters}`;
  await pasteImport(page, `Speaker merge ${id}`, `${iraqArticle}\nMerge copy ${id}.`);

  for (const [phrase, name] of [
    ["the swift and orderly negotiation of the withdrawal", fullName],
    ["a series of US strikes on armed groups", shortName],
  ] as const) {
    await selectPhrase(page, phrase);
    await page.getByRole("toolbar", { name: "Selected text" }).getByRole("button", { name: "Add quote" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a quote" });
    await dialog.getByLabel("Kind of quote").selectOption("indirect");
    await dialog.getByLabel("Speaker", { exact: true }).selectOption("new");
    await dialog.getByLabel("New speaker's name").fill(name);
    await dialog.getByRole("button", { name: "Add quote" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("region", { name: `Quotes by ${name}` })).toContainText(phrase);
  }

  await page.goto("/speakers");
  await page.getByRole("link", { name: new RegExp(shortName.replace(".", "\\.")) }).click();
  await expect(page.getByRole("heading", { level: 1, name: shortName })).toBeVisible();
  await page.getByLabel("Merge into").selectOption({ label: fullName });
  await page.getByRole("button", { name: "Merge…" }).click();
  await page.getByRole("dialog", { name: `Merge ${shortName} into ${fullName}?` }).getByRole("button", { name: "Merge speakers" }).click();

  await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Speakers merged" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Aliases" })).toContainText(shortName);
  const quotes = page.getByTestId("speaker-quotes");
  await expect(quotes.getByRole("listitem")).toHaveCount(2);

  // Each quote links back to its highlight in the article, selected there.
  await quotes.getByRole("link", { name: /a series of US strikes/ }).click();
  await expect(page).toHaveURL(/#quote-/);
  const region = page.getByRole("region", { name: `Quotes by ${fullName}` });
  await expect(region.getByRole("listitem")).toHaveCount(2);
  await expect(region.getByRole("button", { expanded: true })).toContainText("a series of US strikes");
  await expect(page.getByRole("region", { name: `Quotes by ${shortName}` })).toHaveCount(0);
});

test("keyboard: j and k walk the claims, ? lists the shortcuts, Escape closes it", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  const workbench = page.getByTestId("article-workbench");
  await expect(workbench).toHaveAttribute("data-ready-at", /\d+/);
  const items = page.getByTestId("claim-list").locator(":scope > li");
  await page.keyboard.press("j");
  await expect(items.nth(0).getByRole("button", { expanded: true })).toBeVisible();
  await page.keyboard.press("j");
  await expect(items.nth(1).getByRole("button", { expanded: true })).toBeVisible();
  await expect(items.nth(0).getByRole("button", { expanded: false }).first()).toBeVisible();
  await page.keyboard.press("k");
  await expect(items.nth(0).getByRole("button", { expanded: true })).toBeVisible();
  // The selected claim is marked in the text too.
  await expect(page.getByTestId("article-text").locator(".outline-accent-600").first()).toBeVisible();

  // s and v open the source and verdict forms of the selected claim.
  await page.keyboard.press("s");
  const sourceForm = items.nth(0).getByRole("form", { name: "Add a source" });
  await expect(sourceForm.getByLabel("URL")).toBeFocused();
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("v");
  await expect(items.nth(0).getByRole("form", { name: "Give a verdict" })).toBeVisible();

  // Clicking a highlight in the text selects its item in the panel.
  await page.getByTestId("article-text").getByText("900 US soldiers are stationed", { exact: false }).first().click();
  await expect(page.getByTestId("claim-list").locator(":scope > li").filter({ has: page.getByRole("button", { expanded: true }) })).toContainText("900 US soldiers are stationed");

  const help = page.getByRole("button", { name: /Shortcuts/ });
  await help.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("shortcut-list")).toContainText("Next claim");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(help).toBeFocused();

  // / goes to the search box in the top bar; typing there is not taken for shortcuts.
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: "Search this team" });
  await expect(search).toBeFocused();
  await page.keyboard.type("jk?");
  await expect(search).toHaveValue("jk?");
  await expect(dialog).toBeHidden();
});
