import { expect, test, type Page } from "@playwright/test";
import { adminCli, signIn, uniqueEmail } from "../fixtures";

// Several browser contexts and accounts per test: more than the default minute on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

function uniqueTeam(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

/** Switches with the top bar's team switcher and waits for the server to answer with that team. */
async function switchTo(page: Page, team: string): Promise<void> {
  await page.goto("/settings");
  await page.getByLabel("Team", { exact: true }).selectOption({ label: team });
  await page.getByRole("button", { name: "Switch", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Team", { exact: true }).locator("option:checked")).toHaveText(team);
}

test("a user in two teams switches between them; admins change roles, never drop the last admin, and a removed member falls back to their other team", async ({ browser }) => {
  const home = uniqueTeam("Home Desk");
  const away = uniqueTeam("Away Desk");
  const user = { email: uniqueEmail("switcher"), password: "switcher-password-1" };
  const awayAdmin = { email: uniqueEmail("away-admin"), password: "away-admin-password-1" };
  for (const args of [
    ["--email", user.email, "--password", user.password, "--team", home, "--role", "admin", "--name", "Sam Switcher"],
    ["--email", user.email, "--password", user.password, "--team", away, "--role", "viewer"],
    ["--email", awayAdmin.email, "--password", awayAdmin.password, "--team", away, "--role", "admin", "--name", "Ava Away"],
  ]) {
    const created = await adminCli(["user:create", ...args]);
    expect(created.stderr).toBe("");
  }
  const listed = await adminCli(["user:list", "--team", away]);
  expect(listed.stdout).toContain(`${user.email}\tSam Switcher\t${away} (viewer)`);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  await switchTo(page, away);
  await page.getByTestId("account-menu").click();
  await expect(page.getByRole("banner")).toContainText(`Viewer in ${away}`);
  // A viewer reads: no import, no members.
  expect((await page.goto("/import"))?.status()).toBe(404);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: /Members of/ })).toHaveCount(0);

  // Back home, where they are the only admin: demoting or removing themselves is refused.
  await switchTo(page, home);
  await page.goto("/settings");
  const self = page.getByTestId("member-row").filter({ hasText: "Sam Switcher" });
  await self.getByLabel("Role of Sam Switcher", { exact: true }).selectOption("editor");
  await self.getByRole("button", { name: "Save role of Sam Switcher" }).click();
  await expect(self.getByTestId("form-error")).toHaveText("Sam Switcher is the team's last admin: make someone else an admin first, so the team is never left without one.");
  await self.getByRole("button", { name: "Remove Sam Switcher" }).click();
  const dialog = page.getByRole("dialog", { name: `Remove yourself from ${home}?` });
  await dialog.getByRole("button", { name: "Remove me" }).click();
  await expect(dialog.getByTestId("form-error")).toHaveText("Sam Switcher is the team's last admin and cannot be removed: make someone else an admin first.");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // Away's admin makes them an editor, then removes them while they are working in Away.
  await switchTo(page, away);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, awayAdmin.email, awayAdmin.password);
  await adminPage.goto("/settings");
  const row = adminPage.getByTestId("member-row").filter({ hasText: "Sam Switcher" });
  await row.getByLabel("Role of Sam Switcher", { exact: true }).selectOption("editor");
  await row.getByRole("button", { name: "Save role of Sam Switcher" }).click();
  await expect(row.getByTestId("form-success")).toHaveText("Sam Switcher is now Editor.");
  await page.reload();
  await page.getByTestId("account-menu").click();
  await expect(page.getByRole("banner")).toContainText(`Editor in ${away}`);

  await row.getByRole("button", { name: "Remove Sam Switcher" }).click();
  await adminPage.getByRole("dialog").getByRole("button", { name: "Remove Sam Switcher" }).click();
  await expect(adminPage.getByTestId("member-row").filter({ hasText: "Sam Switcher" })).toHaveCount(0);
  await expect(adminPage.getByTestId("audit-log")).toContainText("membership.remove");

  // Their next request falls back to the team they still have; Away is gone from the switcher.
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByTestId("team-name")).toHaveText(home);

  await Promise.all([context.close(), adminContext.close()]);
});

test("an account removed from its only team is told so instead of looping back to sign-in", async ({ browser }) => {
  const team = uniqueTeam("Solo Desk");
  const admin = { email: uniqueEmail("solo-admin"), password: "solo-admin-password-1" };
  const member = { email: uniqueEmail("solo-member"), password: "solo-member-password-1" };
  expect((await adminCli(["user:create", "--email", admin.email, "--password", admin.password, "--team", team, "--role", "admin"])).code).toBe(0);
  expect((await adminCli(["user:create", "--email", member.email, "--password", member.password, "--team", team, "--role", "fact_checker", "--name", "Mo Member"])).code).toBe(0);

  const memberContext = await browser.newContext();
  const page = await memberContext.newPage();
  await signIn(page, member.email, member.password);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin.email, admin.password);
  await adminPage.goto("/settings");
  await adminPage.getByRole("button", { name: "Remove Mo Member" }).click();
  await adminPage.getByRole("dialog").getByRole("button", { name: "Remove Mo Member" }).click();
  await expect(adminPage.getByTestId("member-row").filter({ hasText: "Mo Member" })).toHaveCount(0);

  await page.goto("/");
  await expect(page).toHaveURL(/\/invite$/);
  await expect(page.getByRole("heading", { level: 1, name: "You are not in a team" })).toBeVisible();
  await expect(page.getByText(member.email)).toBeVisible();

  await Promise.all([memberContext.close(), adminContext.close()]);
});
