import { expect, test } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";

test("the demo article shows its claims and Ryder's two quotes attributed to Pat Ryder", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iraqi PM says Baghdad wants US-led coalition to quickly leave Iraq");
  const ryder = page.getByRole("region", { name: "Quotes by Pat Ryder" });
  await expect(ryder.getByRole("listitem")).toHaveCount(2);
  await expect(ryder).toContainText("I’m not aware of any plans");
  await expect(ryder).toContainText("U.S. forces are in Iraq at the invitation of its government");
  await expect(page.getByTestId("claim-list").getByRole("listitem").first()).toBeVisible();
  await expect(page.getByTestId("article-text")).toContainText("900 US soldiers are stationed in neighboring Syria");
});
