import { expect, test, type Browser, type Page } from "@playwright/test";
import { pasteImport, uniqueId } from "../articles/helpers";
import { adminCli, signIn } from "../fixtures";

const articleText = (tag: string) =>
  [
    `The city council voted 7-2 on Tuesday to add 12 miles of bus lanes in ${tag}.`,
    "Ridership rose 14% last year, the transit agency said.",
    "The project will cost $48 million, according to the budget office.",
    '"Crime dropped by 20 percent since 2019," said Mayor Ana Ruiz.',
    "Unemployment fell to 3.9 percent in March, the lowest rate in a decade.",
  ].join("\n\n");

async function createMember(team: string, name: string, role: "editor" | "fact_checker"): Promise<{ email: string; password: string; name: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${uniqueId()}@example.test`;
  const password = `queue-password-${uniqueId()}`;
  const created = await adminCli(["user:create", "--email", email, "--password", password, "--team", team, "--role", role, "--name", name]);
  expect(created.stderr).toBe("");
  return { email, password, name };
}

async function signedInPage(browser: Browser, member: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, member.email, member.password);
  return page;
}

const unassignedCount = (page: Page) => page.getByTestId("queue-count-unassigned");

test("n takes the best unassigned claim, and a teammate's open queue updates without a reload", async ({ browser }) => {
  const team = `Queue Desk ${uniqueId()}`;
  const alice = await createMember(team, "Alice Queue", "fact_checker");
  const bob = await createMember(team, "Bob Queue", "fact_checker");

  const alicePage = await signedInPage(browser, alice);
  const title = `Bus lanes ${uniqueId()}`;
  await pasteImport(alicePage, title, articleText(title));

  const bobPage = await signedInPage(browser, bob);
  await bobPage.goto("/queue");
  await expect(bobPage.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
  await expect(unassignedCount(bobPage)).toHaveText("5");
  const bobRows = bobPage.getByTestId("queue-list").locator("li[data-claim-id]");
  await expect(bobRows).toHaveCount(5);
  // Set a flag a reload would wipe, to prove the update comes without one.
  await bobPage.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await alicePage.goto("/queue");
  const alicesFirst = alicePage.getByTestId("queue-list").locator("li[data-claim-id]").first();
  const takenId = await alicesFirst.getAttribute("data-claim-id");
  await expect(alicePage.getByTestId("live-updates")).toBeVisible();
  await alicePage.keyboard.press("n");
  await expect(alicePage).toHaveURL(new RegExp(`/claims/${takenId}$`));

  await alicePage.goto("/queue?view=mine");
  await expect(alicePage.getByTestId("queue-count-mine")).toHaveText("1");
  await expect(alicePage.getByTestId("queue-list").locator(`li[data-claim-id="${takenId}"]`)).toBeVisible();

  await expect(unassignedCount(bobPage)).toHaveText("4", { timeout: 15_000 });
  await expect(bobPage.locator(`li[data-claim-id="${takenId}"]`)).toHaveCount(0);
  await expect(bobPage.getByTestId("live-updates")).toContainText("Updated");
  expect(await bobPage.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // The "Take next" button does the same for Bob: a different claim, never Alice's.
  await bobPage.getByRole("button", { name: /Take next/ }).click();
  await expect(bobPage).toHaveURL(/\/claims\/[^/]+$/);
  expect(new URL(bobPage.url()).pathname).not.toBe(`/claims/${takenId}`);

  await alicePage.context().close();
  await bobPage.context().close();
});

test("an editor assigns a shift-click range of claims to a fact-checker", async ({ browser }) => {
  const team = `Assign Desk ${uniqueId()}`;
  const editor = await createMember(team, "Edna Editor", "editor");
  const checker = await createMember(team, "Carl Checker", "fact_checker");

  const editorPage = await signedInPage(browser, editor);
  const title = `Budget ${uniqueId()}`;
  await pasteImport(editorPage, title, articleText(title));
  await editorPage.goto("/queue?sort=age");
  await expect(unassignedCount(editorPage)).toHaveText("5");

  const checkboxes = editorPage.getByTestId("queue-list").getByRole("checkbox");
  await checkboxes.nth(0).check();
  await checkboxes.nth(2).click({ modifiers: ["Shift"] });
  await expect(checkboxes.nth(1)).toBeChecked();
  await expect(checkboxes.nth(3)).not.toBeChecked();
  const bar = editorPage.getByRole("form", { name: "Assign the selected claims" });
  await expect(bar).toContainText("3 selected");
  await bar.getByLabel("Assign to").selectOption({ label: checker.name });
  await bar.getByRole("button", { name: "Assign" }).click();

  await expect(editorPage.getByTestId("form-success")).toHaveText("Assigned 3 claims to Carl Checker.");
  await expect(unassignedCount(editorPage)).toHaveText("2");

  const checkerPage = await signedInPage(browser, checker);
  await checkerPage.goto("/queue?view=mine");
  await expect(checkerPage.getByTestId("queue-count-mine")).toHaveText("3");
  await expect(checkerPage.getByTestId("queue-list").locator("li[data-claim-id]")).toHaveCount(3);
  // Fact-checkers take work; assigning others is for editors.
  await expect(checkerPage.getByTestId("queue-list").getByRole("checkbox")).toHaveCount(0);

  await editorPage.context().close();
  await checkerPage.context().close();
});

test("the queue API answers JSON pages with counts, and 422 for bad parameters", async ({ browser }) => {
  const team = `Api Desk ${uniqueId()}`;
  const member = await createMember(team, "Api Checker", "fact_checker");
  const page = await signedInPage(browser, member);
  const title = `Api ${uniqueId()}`;
  await pasteImport(page, title, articleText(title));

  const first = await page.request.get("/api/queue?limit=2");
  expect(first.status()).toBe(200);
  const body = (await first.json()) as { items: { id: string }[]; nextCursor: string | null; counts: Record<string, number> };
  expect(body.items).toHaveLength(2);
  expect(body.counts.unassigned).toBe(5);
  const second = (await (await page.request.get(`/api/queue?limit=2&cursor=${body.nextCursor}`)).json()) as { items: { id: string }[] };
  expect(second.items.map((item) => item.id)).not.toContain(body.items[0]!.id);

  const bad = await page.request.get("/api/queue?view=everything");
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toEqual({ error: { code: "validation", message: expect.stringContaining("view") as unknown } });

  const anonymous = await browser.newContext();
  const refused = await anonymous.request.get(new URL("/api/queue", page.url()).toString());
  expect(refused.status()).toBe(401);
  await anonymous.close();
  await page.context().close();
});
