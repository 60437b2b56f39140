import { expect, test } from "@playwright/test";
import { adminCli, demoAdmin, signIn, uniqueEmail } from "../fixtures";

test("a user of one team gets 404 for another team's article, both ways", async ({ browser }) => {
  const email = uniqueEmail("other-desk");
  const password = "other-desk-password-1";
  const created = await adminCli(["user:create", "--email", email, "--password", password, "--team", `Other Desk ${Date.now()}`, "--role", "editor"]);
  expect(created.stderr).toBe("");
  expect(created.stdout).toContain("Created user");

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, password);
  await expect(otherPage.getByRole("banner")).toContainText("Other Desk");
  await otherPage.goto("/import");
  await otherPage.getByLabel("Title").fill("Council approves new bus lanes");
  await otherPage
    .getByLabel("Article text")
    .fill('The city council voted 7-2 on Tuesday to add 12 miles of bus lanes.\n"This is overdue," said council member Ana Ruiz.');
  await otherPage.getByRole("button", { name: "Import and analyse" }).click();
  await expect(otherPage).toHaveURL(/\/articles\/[^/?]+$/);
  const otherArticleUrl = new URL(otherPage.url()).pathname;
  await expect(otherPage.getByRole("heading", { name: "Council approves new bus lanes" })).toBeVisible();

  const demo = await browser.newContext();
  const demoPage = await demo.newPage();
  await signIn(demoPage, demoAdmin.email, demoAdmin.password);
  await demoPage.getByRole("link", { name: /Iraqi PM says/ }).click();
  await expect(demoPage).toHaveURL(/\/articles\//);
  const demoArticleUrl = new URL(demoPage.url()).pathname;

  const response = await demoPage.goto(otherArticleUrl);
  expect(response?.status()).toBe(404);
  await expect(demoPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(demoPage.getByText("Council approves new bus lanes")).toHaveCount(0);

  const reverse = await otherPage.goto(demoArticleUrl);
  expect(reverse?.status()).toBe(404);
  await expect(otherPage.getByText("Iraqi PM says")).toHaveCount(0);

  await other.close();
  await demo.close();
});
