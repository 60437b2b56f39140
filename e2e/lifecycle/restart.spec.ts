import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { startTestServer } from "../../scripts/test-server.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");

test("restarting keeps the data, and a second server on the same data folder is refused", async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "factdesk-restart-"));
  try {
    const first = await startTestServer({ dataDir });
    expect(first.admin).not.toBeNull();
    const admin = first.admin!;

    // A second `npm start` on the same data folder stops with a clear message instead of corrupting it.
    const second = spawnSync(process.execPath, [path.join(root, "scripts", "start.mjs")], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, PORT: String(first.port + 1), DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain("already in use by another factdesk server");

    await page.goto(`${first.baseUrl}/sign-in`);
    await signInAt(page, first.baseUrl, admin.email, admin.password);
    await page.goto(`${first.baseUrl}/import`);
    await page.getByLabel("Title").fill("Restart survivor");
    await page.getByLabel("Article text").fill("The bridge reopened on 3 March after 14 months of repairs costing $48 million.");
    await page.getByRole("button", { name: "Import and analyse" }).click();
    await expect(page).toHaveURL(/\/articles\//);
    await first.stop();

    const restarted = await startTestServer({ dataDir, port: first.port });
    try {
      // No new demo account on a database that already has users.
      expect(restarted.admin).toBeNull();
      await signInAt(page, restarted.baseUrl, admin.email, admin.password);
      await expect(page.getByRole("list", { name: "Articles" })).toContainText("Restart survivor");
      await expect(page.getByRole("list", { name: "Articles" })).toContainText("Iraqi PM says");
    } finally {
      await restarted.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function signInAt(page: Page, baseUrl: string, email: string, password: string) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
}
