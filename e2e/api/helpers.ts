import { expect, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { adminCli, demoAdmin, signIn, uniqueEmail } from "../fixtures";

export function uniqueId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export interface Account {
  email: string;
  password: string;
}

/** A new account with `role` in `team` (created if missing), through the admin CLI. */
export async function createAccount(role: "admin" | "editor" | "fact_checker" | "viewer", team: string, dataDir?: string): Promise<Account> {
  const account = { email: uniqueEmail(role.replace("_", "-")), password: `api-test-password-${uniqueId()}` };
  const result = await adminCli(["user:create", "--email", account.email, "--password", account.password, "--team", team, "--role", role], dataDir);
  expect(result.stderr).toBe("");
  return account;
}

/**
 * Creates a personal API token the way a person does: signed in, on Settings → API tokens, copied from
 * the one-time display. `baseURL` is for a server other than the shared one.
 */
export async function createToken(browser: Browser, account: Account = demoAdmin, options: { name?: string; baseURL?: string } = {}): Promise<string> {
  const context = await browser.newContext(options.baseURL ? { baseURL: options.baseURL } : {});
  try {
    const page = await context.newPage();
    await signIn(page, account.email, account.password);
    await page.goto("/settings/tokens");
    await page.getByLabel("Name").fill(options.name ?? `e2e ${uniqueId()}`);
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByLabel("New API token");
    await expect(shown).toHaveValue(/^fdk_/);
    return await shown.inputValue();
  } finally {
    await context.close();
  }
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export async function expectError(response: APIResponse, status: number, code: string, message?: RegExp): Promise<string> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  if (message) expect(body.error.message).toMatch(message);
  return body.error.message;
}

export interface ImportedArticle {
  id: string;
  claims: { id: string; text: string; score: number; version: number; status: string }[];
  quotes: { id: string; speakerId: string | null }[];
  speakers: { id: string; name: string }[];
}

/** A unique article of the token's team, imported through the API; every test gets its own. */
export async function importArticle(request: APIRequestContext, token: string, title = `API article ${uniqueId()}`): Promise<ImportedArticle> {
  const response = await request.post("/api/v1/articles", { headers: bearer(token), data: { title, text: articleText(title) } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { article: ImportedArticle }).article;
}

export function articleText(marker: string): string {
  return [
    `${marker}: The city council voted 7-2 on Tuesday to add 12 miles of bus lanes, the largest expansion since 2009.`,
    '"This is overdue," said council member Ana Ruiz. "Ridership grew 18% last year."',
    "Transit director Omar Haddad said that buses would run every 6 minutes at peak hours by 2026.",
    "The budget office estimates the plan will cost $48 million over five years, according to the city's finance report.",
    "Unemployment in the city fell to 4.1% in March, the lowest rate since 2008.",
  ].join("\n\n");
}
