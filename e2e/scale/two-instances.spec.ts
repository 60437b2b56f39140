import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startTestServer } from "../../scripts/test-server.mjs";
import { pasteImport, uniqueId } from "../articles/helpers";
import { adminCli, signIn } from "../fixtures";
import { canRunPostgresCluster, createPostgresCluster } from "./postgres-cluster";

// Two `next start` processes on different ports over one PostgreSQL behave as one workbench: a session
// from one works on the other, a change made through one is seen through the other, and live queue
// updates reach people on both.

async function signedInPage(browser: Browser, baseURL: string, member: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, member.email, member.password);
  return page;
}

test("two instances over one PostgreSQL act as one workbench", async ({ browser }) => {
  test.skip(!canRunPostgresCluster(), "needs PostgreSQL's server binaries");
  test.setTimeout(240_000);
  const cluster = await createPostgresCluster();
  // Instances share the database and the session secret, nothing else.
  const env = { DATABASE_URL: cluster.url, AUTH_SECRET: randomBytes(32).toString("base64url") };
  const first = await startTestServer({ env });
  const second = await startTestServer({ env }).catch(async (error: Error) => {
    await first.stop();
    throw error;
  });
  try {
    const team = `Two instances ${uniqueId()}`;
    const members = [];
    for (const name of ["Ada One", "Bo Two"]) {
      const member = { email: `${name.split(" ")[0]!.toLowerCase()}-${uniqueId()}@example.test`, password: `two-instances-${uniqueId()}` };
      const created = await adminCli(["user:create", "--email", member.email, "--password", member.password, "--team", team, "--role", "fact_checker", "--name", name], first.dataDir, cluster.url);
      expect(created.stderr).toBe("");
      members.push(member);
    }
    const [ada, bo] = members as [{ email: string; password: string }, { email: string; password: string }];

    // Ada works on the first instance; Bo on the second.
    const adaPage = await signedInPage(browser, first.baseUrl, ada);
    const boPage = await signedInPage(browser, second.baseUrl, bo);

    // Ada's session is not kept in the first process: the second accepts it.
    await adaPage.goto(`${second.baseUrl}/queue`);
    await expect(adaPage.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();

    const title = `Tram depot ${uniqueId()}`;
    await adaPage.goto(`${first.baseUrl}/import`);
    await pasteImport(
      adaPage,
      title,
      [
        "The tram depot will cost $61 million, the transport authority said on Monday.",
        "Ridership rose 11% last year, according to the operator.",
        '"We need 14 more trams by 2027," said director Ines Vale.',
      ].join("\n\n"),
    );
    const articlePath = new URL(adaPage.url()).pathname;

    // Seen through the second instance at once.
    await boPage.goto("/");
    await expect(boPage.getByRole("list", { name: "Articles" })).toContainText(title);
    await boPage.goto(articlePath);
    await expect(boPage.getByRole("heading", { level: 1 })).toHaveText(title);

    // Bo watches the queue on the second instance; Ada takes a claim on the first.
    await boPage.goto("/queue");
    const unassigned = boPage.getByTestId("queue-count-unassigned");
    const before = Number(await unassigned.textContent());
    expect(before).toBeGreaterThanOrEqual(3);
    await boPage.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await adaPage.goto(`${first.baseUrl}/queue`);
    const taken = await adaPage.getByTestId("queue-list").locator("li[data-claim-id]").first().getAttribute("data-claim-id");
    await expect(adaPage.getByTestId("live-updates")).toBeVisible();
    await adaPage.keyboard.press("n");
    await expect(adaPage).toHaveURL(new RegExp(`/claims/${taken}$`));

    await expect(unassigned).toHaveText(String(before - 1), { timeout: 15_000 });
    await expect(boPage.locator(`li[data-claim-id="${taken}"]`)).toHaveCount(0);
    expect(await boPage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await boPage.screenshot({ path: "test-results/screenshots/two-instances-queue.png", fullPage: true });

    await adaPage.context().close();
    await boPage.context().close();
  } finally {
    await second.stop();
    await first.stop();
    cluster.remove();
  }
});
