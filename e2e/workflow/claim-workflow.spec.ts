import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { adminCli, signIn, uniqueEmail } from "../fixtures";

const password = "workflow-desk-password-1";

function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

interface Member {
  email: string;
  name: string;
  page: Page;
}

/** A fresh team of its own for each test, with these members each signed in in their own browser context. */
async function team(browser: Browser, tag: string, people: { name: string; role: "admin" | "editor" | "fact_checker" }[]): Promise<Member[]> {
  const teamName = `Workflow Desk ${tag}`;
  const members: Member[] = [];
  for (const person of people) {
    const email = uniqueEmail(person.name.split(" ")[0]!.toLowerCase());
    const created = await adminCli(["user:create", "--email", email, "--password", password, "--team", teamName, "--role", person.role, "--name", person.name]);
    expect(created.stderr).toBe("");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email, password);
    members.push({ email, name: person.name, page });
  }
  return members;
}

/** Pastes an article of its own and opens the claim that contains `phrase`; returns the claim's path. */
async function importClaim(page: Page, tag: string): Promise<string> {
  await page.goto("/import");
  await page.getByLabel("Title").fill(`Harbour City road budget ${tag}`);
  await page
    .getByLabel("Article text")
    .fill(`Harbour City spent $48 million on road repairs in 2025, up 12% from the year before, the mayor said on Monday (${tag}).\nCritics said most of the money went to a single contractor.`);
  await page.getByRole("button", { name: "Import and analyse" }).click();
  await expect(page).toHaveURL(/\/articles\/[^/?#]+$/, { timeout: 30_000 });
  const span = page.locator("[data-claim-id]", { hasText: "$48 million" }).first();
  await expect(span).toBeAttached();
  const path = `/claims/${await span.getAttribute("data-claim-id")}`;
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("$48 million");
  return path;
}

/** No serious or critical accessibility violations in the page as it is now. */
async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}

async function step(page: Page, button: string, status: string): Promise<void> {
  await page.getByTestId("workflow-panel").getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByTestId("workflow-status")).toHaveText(status);
}

async function attachSourceAndVerdict(page: Page, label: string, rationale: string): Promise<void> {
  await page.getByRole("button", { name: "Add source" }).click();
  const sourceForm = page.getByRole("form", { name: "Add a source" });
  await sourceForm.getByLabel("URL").fill("https://harbourcity.example.org/budget/2025");
  await sourceForm.getByLabel("Title").fill("Harbour City annual accounts 2025");
  await sourceForm.getByRole("button", { name: "Attach source" }).click();
  await expect(page.getByTestId("source")).toHaveCount(1);
  await page.getByRole("button", { name: "Give verdict" }).click();
  const verdictForm = page.getByRole("form", { name: "Give a verdict" });
  await verdictForm.getByRole("radio", { name: label }).check();
  await verdictForm.getByLabel("Rationale").fill(rationale);
  await verdictForm.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByTestId("verdict")).toContainText(label);
}

test("a claim goes from new to published through two people, with a blind second review, changes requested and comments", async ({ browser }) => {
  // Three people and about forty steps on a shared two-core machine.
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const [admin, checker, editor] = await team(browser, tag, [
    { name: "Ada Admin", role: "admin" },
    { name: "Fay Checker", role: "fact_checker" },
    { name: "Eddie Editor", role: "editor" },
  ]);

  // The team's admin turns blind second review on.
  await admin!.page.goto("/settings/scales");
  await admin!.page.getByLabel("Blind second review").check();
  await admin!.page.getByRole("button", { name: "Save review setting" }).click();
  await expect(admin!.page.getByText("Second reviews are now blind.")).toBeVisible();

  // The fact-checker takes the claim, researches it and gives a verdict with a source.
  const fay = checker!.page;
  const claimPath = await importClaim(fay, tag);
  await expect(fay.getByTestId("workflow-status")).toHaveText("New");
  await fay.getByRole("button", { name: "Take this claim" }).click();
  await expect(fay.getByTestId("workflow-status")).toHaveText("Assigned");
  await expect(fay.getByTestId("workflow-assignee")).toHaveText("Fay Checker (you)");
  await step(fay, "Start research", "In research");
  const rationale = `The city accounts show $47.6 million (${tag}).`;
  await attachSourceAndVerdict(fay, "Mostly True", rationale);
  await step(fay, "Submit for review", "Ready for review");
  await expect(fay.getByRole("button", { name: "Edit verdict" })).toHaveCount(0);
  await expect(fay.getByTestId("verdict-locked")).toHaveText(/waiting for its second review/);

  // The editor cannot see the verdict, nor decide, until giving an own rating.
  const eddie = editor!.page;
  await eddie.goto(claimPath);
  await expect(eddie.getByTestId("workflow-status")).toHaveText("Ready for review");
  const blind = eddie.getByTestId("blind-verdict");
  await expect(blind).toContainText("The verdict is hidden until you give your own rating.");
  await expect(eddie.getByText(rationale)).toHaveCount(0);
  await expect(eddie.getByTestId("verdict")).toHaveCount(0);
  await expect(eddie.getByTestId("workflow-panel").getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expectAccessible(eddie);
  await eddie.screenshot({ path: "test-results/screenshots/claim-workflow-blind-desktop.png", fullPage: true });
  const rating = eddie.getByRole("form", { name: "Your own rating" });
  await rating.getByRole("radio", { name: "Half True" }).check();
  await rating.getByLabel("Why (optional)").fill("The accounts include a one-off bridge payment.");
  await rating.getByRole("button", { name: "Save my rating and show the verdict" }).click();

  // Now both ratings side by side, and the decision buttons.
  const comparison = eddie.getByTestId("rating-comparison");
  await expect(comparison).toContainText("Disagreement");
  await expect(comparison).toContainText("Mostly True");
  await expect(comparison).toContainText("Half True");
  await expect(comparison).toContainText(rationale);
  await expect(eddie.getByTestId("verdict")).toContainText("Mostly True");
  await eddie.getByTestId("workflow-panel").getByRole("button", { name: "Request changes" }).click();
  const request = eddie.getByRole("form", { name: "Request changes" });
  await request.getByRole("button", { name: "Send back for changes" }).click();
  await expect(request.getByLabel("What has to change?")).toBeFocused();
  await request.getByLabel("What has to change?").fill("Take out the one-off bridge payment:\nit is not road repairs.");
  await request.getByRole("button", { name: "Send back for changes" }).click();
  await expect(eddie.getByTestId("workflow-status")).toHaveText("Changes requested");

  // The fact-checker sees the request, reworks the verdict and submits again; a comment mentions the editor.
  await fay.reload();
  await expect(fay.getByTestId("change-request")).toContainText("Changes requested by Eddie Editor");
  await expect(fay.getByTestId("change-request")).toContainText("Take out the one-off bridge payment:\nit is not road repairs.");
  await expect(fay.getByTestId("rating-comparison")).toContainText("Half True");
  await step(fay, "Rework", "In research");
  await fay.getByRole("button", { name: "Edit verdict" }).click();
  const edit = fay.getByRole("form", { name: "Edit the verdict" });
  await edit.getByRole("radio", { name: "Half True" }).check();
  await edit.getByRole("button", { name: "Save verdict" }).click();
  await expect(fay.getByTestId("verdict")).toContainText("Half True");
  const thread = fay.getByTestId("comment-thread");
  await thread.getByLabel("Add a comment").fill("@Eddie Editor fixed: the bridge payment is out.\nThanks!");
  await thread.getByRole("button", { name: "Post comment" }).click();
  await expect(thread.getByTestId("comment")).toHaveCount(1);
  await expect(thread.getByTestId("mention")).toHaveText("@Eddie Editor");
  await expect(thread.getByLabel("Add a comment")).toHaveValue("");
  await step(fay, "Submit for review", "Ready for review");

  // The editor, having rated already, approves and publishes.
  await eddie.reload();
  await expect(eddie.getByTestId("blind-verdict")).toHaveCount(0);
  await expect(eddie.getByTestId("comment")).toContainText("fixed: the bridge payment is out.");
  await expect(eddie.getByTestId("rating-comparison")).toContainText("Same rating");
  await step(eddie, "Approve", "Approved");
  await expect(eddie.getByTestId("workflow-reviewer")).toHaveText("Eddie Editor");
  await step(eddie, "Publish", "Published");

  await expect(eddie.getByTestId("claim-history").getByTestId("history-line")).toHaveText([
    "Fay Checker took it",
    "Fay Checker started research",
    "Fay Checker attached a source “Harbour City annual accounts 2025”",
    "Fay Checker gave the verdict Mostly True",
    "Fay Checker submitted it for review",
    "Eddie Editor gave an independent rating: Half True",
    "Eddie Editor requested changes",
    "Fay Checker took it back into research",
    "Fay Checker changed the verdict to Half True",
    "Fay Checker submitted it for review",
    "Eddie Editor approved the verdict",
    "Eddie Editor published it",
  ]);

  for (const size of [
    { name: "desktop", width: 1366, height: 900 },
    { name: "narrow", width: 390, height: 844 },
  ]) {
    await eddie.setViewportSize(size);
    await expect(eddie.getByTestId("workflow-panel")).toBeVisible();
    expect(await eddie.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await eddie.screenshot({ path: `test-results/screenshots/claim-workflow-published-${size.name}.png`, fullPage: true });
  }
  await expectAccessible(eddie);
});

test("of two reviewers on the same page, the second is told the claim changed; the author cannot approve their own verdict", async ({ browser }) => {
  const tag = uniqueTag();
  const [checker, editor, admin] = await team(browser, tag, [
    { name: "Finn Checker", role: "fact_checker" },
    { name: "Erin Editor", role: "editor" },
    { name: "Abe Admin", role: "admin" },
  ]);

  // An editor who writes the verdict cannot approve it: there is no button and the server would refuse it.
  const erin = editor!.page;
  const claimPath = await importClaim(erin, tag);
  await attachSourceAndVerdict(erin, "Mostly True", "The accounts say $47.6 million.");
  await expect(erin.getByTestId("workflow-status")).toHaveText("In research");
  await expect(erin.getByTestId("workflow-assignee")).toHaveText("Erin Editor (you)");
  await step(erin, "Submit for review", "Ready for review");
  await expect(erin.getByTestId("workflow-panel").getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(erin.getByTestId("workflow-panel").getByRole("button", { name: "Request changes" })).toHaveCount(0);
  await expect(erin.getByTestId("workflow-panel")).toContainText("Waiting for a second reviewer");

  // Two second reviewers open the claim; one approves, the other then acts on the stale page.
  const abe = admin!.page;
  const finn = checker!.page;
  await abe.goto(claimPath);
  await finn.goto(claimPath);
  await expect(finn.getByTestId("workflow-status")).toHaveText("Ready for review");
  await step(abe, "Approve", "Approved");
  await finn.getByTestId("workflow-panel").getByRole("button", { name: "Request changes" }).click();
  await finn.getByLabel("What has to change?").fill("The figure needs a second source.");
  await finn.getByRole("button", { name: "Send back for changes" }).click();
  await expect(finn.getByTestId("form-error")).toHaveText(
    "This claim was changed by Abe Admin since you opened it: it is now approved. Nothing was saved; review the new state and try again.",
  );
  // What was typed is still there until the page is refreshed.
  await expect(finn.getByLabel("What has to change?")).toHaveValue("The figure needs a second source.");
  await finn.getByRole("button", { name: "Show the current state" }).click();
  await expect(finn.getByTestId("workflow-status")).toHaveText("Approved");
  await expect(finn.getByTestId("workflow-reviewer")).toHaveText("Abe Admin");
});
