import { expect, test } from "@playwright/test";
import { demoAdmin, signIn, uniqueEmail } from "../fixtures";

test("the admin adds a member, who signs in, changes their password and must use the new one", async ({ browser }) => {
  const email = uniqueEmail("checker");
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, demoAdmin.email, demoAdmin.password);
  await adminPage.goto("/settings");
  const addMember = adminPage.getByRole("form", { name: "Add a member" });
  await addMember.getByLabel("Email").fill(email);
  await addMember.getByLabel("Name").fill("Casey Checker");
  await addMember.getByLabel("Initial password").fill("initial-password-1");
  await addMember.getByLabel("Role").selectOption("fact_checker");
  await addMember.getByRole("button", { name: "Add member" }).click();
  await expect(adminPage.getByTestId("form-success")).toContainText(`Added ${email}`);
  await expect(adminPage.getByTestId("member-list")).toContainText("Casey Checker");
  await expect(adminPage.getByTestId("audit-log")).toContainText("user.create");

  const member = await browser.newContext();
  const page = await member.newPage();
  await signIn(page, email, "initial-password-1");
  await expect(page.getByRole("banner")).toContainText("Demo Newsroom");
  await page.goto("/settings");
  // Only admins manage members.
  await expect(page.getByRole("heading", { name: /Members of/ })).toHaveCount(0);
  await page.getByLabel("Current password").fill("wrong-password-1");
  await page.getByLabel("New password", { exact: true }).fill("brand-new-password-2");
  await page.getByLabel("Repeat new password").fill("brand-new-password-2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("The current password is not right.");

  await page.getByLabel("Current password").fill("initial-password-1");
  await page.getByLabel("New password", { exact: true }).fill("brand-new-password-2");
  await page.getByLabel("Repeat new password").fill("brand-new-password-2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("initial-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
  await signIn(page, email, "brand-new-password-2");

  await admin.close();
  await member.close();
});
