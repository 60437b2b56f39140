import { expect, test, type Page } from "@playwright/test";
import { adminCli, signIn, uniqueEmail } from "../fixtures";

// Several browser contexts and accounts per test: more than the default minute on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

/** A team of its own with one admin, so nothing here depends on (or changes) the shared demo team. */
async function newTeamAdmin(prefix: string): Promise<{ email: string; password: string; team: string }> {
  const email = uniqueEmail(prefix);
  const password = `${prefix}-password-1`;
  const team = `Invite Desk ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const created = await adminCli(["user:create", "--email", email, "--password", password, "--team", team, "--role", "admin", "--name", "Ines Admin"]);
  expect(created.stderr).toBe("");
  return { email, password, team };
}

async function createInvitationLink(page: Page, role: string, validity = "7 days", email = ""): Promise<string> {
  await page.goto("/settings");
  const card = page.getByRole("form", { name: "Create an invitation link" });
  await card.getByLabel("Role").selectOption({ label: role });
  await card.getByLabel("Only for this email (optional)").fill(email);
  await card.getByLabel("Link works for").selectOption({ label: validity });
  await card.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByLabel("Invitation link", { exact: true });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return new URL(await link.inputValue()).pathname;
}

test("an admin invites by link; a new person creates an account there and lands in the team with the role; the link then stops working", async ({ browser }) => {
  const admin = await newTeamAdmin("inviter");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin.email, admin.password);
  const invitePath = await createInvitationLink(adminPage, "Editor", "1 day");
  await expect(adminPage.getByTestId("invitation-link")).toContainText("shown only once");
  await expect(adminPage.getByTestId("invitation-row")).toHaveCount(1);
  await expect(adminPage.getByTestId("invitation-row")).toContainText("Anyone with the link");
  await expect(adminPage.getByTestId("audit-log")).toContainText("invitation.create");
  // Reloading never shows the link again: only its hash is stored.
  await adminPage.reload();
  await expect(adminPage.getByLabel("Invitation link", { exact: true })).toHaveCount(0);

  const newcomer = await browser.newContext();
  const page = await newcomer.newPage();
  await page.goto(invitePath);
  await expect(page.getByRole("heading", { level: 1, name: `Join ${admin.team}` })).toBeVisible();
  await expect(page.getByTestId("invitation-summary")).toContainText(`Ines Admin invited you to join ${admin.team} as Editor`);
  const email = uniqueEmail("newcomer");
  await page.getByLabel("Your name").fill("Nia Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("newcomer-password-1");
  await page.getByLabel("Repeat password").fill("newcomer-password-2");
  await page.getByRole("button", { name: `Create account and join ${admin.team}` }).click();
  await expect(page.getByTestId("form-error")).toHaveText("The passwords do not match.");
  // A refused form keeps what was typed.
  await expect(page.getByLabel("Your name")).toHaveValue("Nia Newcomer");
  await page.getByLabel("Repeat password").fill("newcomer-password-1");
  await page.getByRole("button", { name: `Create account and join ${admin.team}` }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(admin.team);
  await page.getByTestId("account-menu").click();
  await expect(page.getByRole("banner")).toContainText(`Editor in ${admin.team}`);

  await adminPage.reload();
  await expect(adminPage.getByTestId("member-list")).toContainText("Nia Newcomer");
  await expect(adminPage.getByText("No pending invitations.")).toBeVisible();
  await expect(adminPage.getByTestId("audit-log")).toContainText("invitation.accept");

  const late = await browser.newContext();
  const latePage = await late.newPage();
  await latePage.goto(invitePath);
  await expect(latePage.getByRole("heading", { level: 1, name: "This invitation cannot be used" })).toBeVisible();
  await expect(latePage.getByTestId("form-error")).toContainText("already been used");
  await expect(latePage.getByLabel("Your name")).toHaveCount(0);

  await latePage.goto("/invite/not-a-real-token");
  await expect(latePage.getByRole("heading", { level: 1, name: "This invitation link does not work" })).toBeVisible();

  await Promise.all([adminContext.close(), newcomer.close(), late.close()]);
});

test("a revoked link is refused; a signed-in user joins with one click; an email-restricted link refuses other addresses", async ({ browser }) => {
  const admin = await newTeamAdmin("revoker");
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin.email, admin.password);

  const revokedPath = await createInvitationLink(adminPage, "Viewer");
  await adminPage.getByRole("button", { name: "Revoke the Viewer invitation" }).click();
  await expect(adminPage.getByText("No pending invitations.")).toBeVisible();
  await expect(adminPage.getByTestId("audit-log")).toContainText("invitation.revoke");

  const other = { email: uniqueEmail("joiner"), password: "joiner-password-1" };
  expect((await adminCli(["user:create", "--email", other.email, "--password", other.password, "--team", `Home Desk ${Date.now()}`, "--role", "editor"])).code).toBe(0);
  const joinerContext = await browser.newContext();
  const page = await joinerContext.newPage();
  await signIn(page, other.email, other.password);
  await page.goto(revokedPath);
  await expect(page.getByTestId("form-error")).toHaveText(`This invitation was revoked by an admin. Ask an admin of ${admin.team} for a new link.`);
  await expect(page.getByRole("button", { name: `Join ${admin.team}` })).toHaveCount(0);

  const restrictedPath = await createInvitationLink(adminPage, "Fact-checker", "30 days", "someone.else@example.test");
  await expect(adminPage.getByTestId("invitation-row")).toContainText("someone.else@example.test");
  await page.goto(restrictedPath);
  await expect(page.getByTestId("form-error")).toContainText("this invitation is only for someone.else@example.test");

  const openPath = await createInvitationLink(adminPage, "Fact-checker");
  await page.goto(openPath);
  await expect(page.getByText(`Signed in as ${other.email}.`)).toBeVisible();
  await page.getByRole("button", { name: `Join ${admin.team}` }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(admin.team);

  // Already a member: the page says so and the role stays.
  const secondPath = await createInvitationLink(adminPage, "Admin");
  await page.goto(secondPath);
  await expect(page.getByRole("heading", { level: 1, name: `You are already in ${admin.team}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You are a member as Fact-checker, and your role stays as it is." })).toBeVisible();

  await Promise.all([adminContext.close(), joinerContext.close()]);
});
