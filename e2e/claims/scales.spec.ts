import { expect, test } from "@playwright/test";
import { adminCli, signIn, uniqueEmail } from "../fixtures";

test("an admin adds the Meta preset, makes it the default and creates a custom scale", async ({ page }) => {
  // A team of its own: the demo team's default scale stays PolitiFact for the other tests.
  const email = uniqueEmail("scales-admin");
  const password = "scales-admin-password-1";
  const created = await adminCli(["user:create", "--email", email, "--password", password, "--team", `Scales Desk ${Date.now()}`, "--role", "admin"]);
  expect(created.stderr).toBe("");
  await signIn(page, email, password);

  await page.goto("/settings");
  await page.getByRole("link", { name: "Manage scales" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rating scales" })).toBeVisible();
  const politifact = page.getByRole("group", { name: "PolitiFact scale" });
  await expect(politifact).toContainText("Default");
  await expect(politifact).toContainText("Pants on Fire");
  await expect(politifact).toContainText("Ratings 1 (worst) to 6 (best)");

  await page.getByLabel("Preset").selectOption({ label: "Meta" });
  await page.getByRole("button", { name: "Add preset" }).click();
  const meta = page.getByRole("group", { name: "Meta scale" });
  await expect(meta).toContainText("Missing context");
  await expect(meta).not.toContainText("Default");
  await meta.getByRole("button", { name: "Make default Meta" }).click();
  await expect(meta).toContainText("Default");
  await expect(politifact).not.toContainText("Default");

  // The default scale cannot be deleted; an unused one can.
  await expect(meta.getByRole("button", { name: /Delete/ })).toHaveCount(0);
  await politifact.getByRole("button", { name: "Delete PolitiFact" }).click();
  await politifact.getByRole("button", { name: "Delete scale" }).click();
  await expect(page.getByRole("group", { name: "PolitiFact scale" })).toHaveCount(0);

  await page.getByLabel("Scale name").fill("Desk scale");
  await page.getByLabel("Label 1 name").fill("Accurate");
  await page.getByLabel("Label 2 name").fill("Accurate");
  await page.getByLabel("Label 3 name").fill("Wrong");
  await page.getByRole("button", { name: "Create scale" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Two labels are named “Accurate”: label names must differ.");
  await page.getByLabel("Label 2 name").fill("Needs context");
  await page.getByLabel("Label 2 description").fill("True, but missing what matters.");
  await page.getByRole("button", { name: "Create scale" }).click();
  const custom = page.getByRole("group", { name: "Desk scale scale" });
  await expect(custom).toContainText("Custom");
  await expect(custom).toContainText("True, but missing what matters.");
  await expect(custom).toContainText("Ratings 1 (worst) to 3 (best)");

  await page.getByLabel("A verdict needs at least one source").uncheck();
  await page.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByText("Verdicts can now be given without a source.")).toBeVisible();
});
