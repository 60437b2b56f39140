import { expect, test } from "@playwright/test";
import { signIn } from "../fixtures";
import { bearer, createAccount, expectError, uniqueId } from "./helpers";

test("a member creates a token, sees it once, uses it, and revokes it", async ({ page, request }) => {
  // Viewers may have tokens too: a token does what its owner may do.
  const viewer = await createAccount("viewer", `Token Desk ${uniqueId()}`);
  await signIn(page, viewer.email, viewer.password);
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByText("You have no tokens in this team.")).toBeVisible();

  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("Name")).toBeFocused();

  await page.getByLabel("Name").fill("Nightly sync");
  await page.getByLabel("Expires").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("New API token");
  await expect(shown).toHaveValue(/^fdk_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("new-api-token")).toContainText("shown only this once");
  const token = await shown.inputValue();
  await expect(shown).toBeFocused();

  const row = page.getByRole("listitem", { name: "Nightly sync" });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).not.toContainText(token.slice(10));
  await expect(row.getByTestId("api-token-last-used")).toHaveText("Never");

  const read = await request.get("/api/v1/claims", { headers: bearer(token) });
  expect(read.status()).toBe(200);
  await expectError(await request.post("/api/v1/articles", { headers: bearer(token), data: { title: "T", text: "Some text." } }), 403, "forbidden");

  // Once done, the token is gone from the page for good.
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("new-api-token")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("listitem", { name: "Nightly sync" }).getByTestId("api-token-last-used")).toContainText("UTC");
  await expect(page.locator("body")).not.toContainText(token);

  await page.getByRole("button", { name: "Revoke Nightly sync" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke “Nightly sync”?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("listitem", { name: "Nightly sync" })).toBeVisible();
  await page.getByRole("button", { name: "Revoke Nightly sync" }).click();
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("listitem", { name: "Nightly sync" })).toHaveCount(0);
  await expect(page.getByText("You have no tokens in this team.")).toBeVisible();
  await expectError(await request.get("/api/v1/claims", { headers: bearer(token) }), 401, "unauthenticated", /revoked/);
});
