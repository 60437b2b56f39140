import { expect, test } from "@playwright/test";
import { demoAdmin, signIn } from "../fixtures";

test("a protected page redirects to sign-in and back after signing in", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings/);
  await page.getByLabel("Email").fill(demoAdmin.email);
  await page.getByLabel("Password").fill(demoAdmin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoAdmin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the demo admin sees the demo team and its article, then signs out", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  await expect(page.getByRole("banner")).toContainText("Demo Newsroom");
  await expect(page.getByRole("list", { name: "Articles" })).toContainText("Iraqi PM says Baghdad wants US-led coalition to quickly leave Iraq");

  await page.getByTestId("account-menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a forged session cookie is no session", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});
