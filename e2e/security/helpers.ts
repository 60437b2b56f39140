import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { adminCli, signIn, uniqueEmail } from "../fixtures";
import { bearer, type ImportedArticle } from "../api/helpers";

export interface PageWatch {
  /** Content-Security-Policy violations: the securitypolicyviolation events and Chrome's console reports. */
  violations: string[];
  /** alert(), confirm() and prompt() calls: an injected payload's usual way to show it ran. */
  dialogs: string[];
  /** Uncaught errors in the page. */
  errors: string[];
}

/**
 * Watches every page of the context from the first byte: violations are reported through a binding, so
 * none is lost when a page navigates away before the test looks.
 */
export async function watchContext(context: BrowserContext): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], dialogs: [], errors: [] };
  await context.exposeBinding("__factdeskReportViolation", ({ page }, detail: string) => {
    watch.violations.push(`${page.url()}: ${detail}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __factdeskReportViolation?: (detail: string) => void }).__factdeskReportViolation;
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  const attach = (page: Page) => {
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (?:execute|load|apply|connect|frame)/i.test(message.text())) watch.violations.push(`${page.url()}: console: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      watch.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on("pageerror", (error) => watch.errors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(attach);
  context.on("page", attach);
  return watch;
}

/** Nothing injected ran or was blocked: no CSP violation, no dialog, window.__pwned never set. */
export async function expectInert(page: Page, watch: PageWatch): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || /pwn/i.test(attribute.name)) found.push(`<${element.tagName.toLowerCase()} ${attribute.name}>`);
        // React's own placeholder on a form whose action is a client function (it only runs if submitted before hydration).
        const reactFormPlaceholder = attribute.value.startsWith("javascript:throw new Error('A React form was unexpectedly submitted");
        if (/^(?:href|src|action|formaction|srcdoc)$/i.test(attribute.name) && /^\s*(?:javascript|data|vbscript):/i.test(attribute.value) && !reactFormPlaceholder) {
          found.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
        }
      }
    }
    for (const element of document.querySelectorAll("iframe, object, embed, svg[onload], img[src='x'], img[src^='https://attacker'], base")) {
      found.push(`<${element.tagName.toLowerCase()}>`);
    }
    for (const script of document.querySelectorAll("script")) {
      if (/__pwned|alert\(/.test(script.textContent ?? "") && script.type !== "application/ld+json" && !script.textContent?.startsWith("self.__next_f")) {
        found.push(`<script>${(script.textContent ?? "").slice(0, 60)}`);
      }
    }
    return found;
  });
  expect(injected, `injected markup on ${page.url()}`).toEqual([]);
  expect(watch.dialogs).toEqual([]);
  expect(watch.violations).toEqual([]);
}

/** A person with `role` in the demo team, through the admin CLI. */
export async function createMember(role: "editor" | "fact_checker", name: string): Promise<{ email: string; password: string }> {
  const account = { email: uniqueEmail(role.replace("_", "-")), password: `security-test-${Date.now().toString(36)}` };
  const created = await adminCli(["user:create", "--email", account.email, "--password", account.password, "--team", "Demo Newsroom", "--role", role, "--name", name]);
  expect(created.code, created.stderr).toBe(0);
  return account;
}

export interface PublishedFactCheck {
  article: ImportedArticle;
  claimId: string;
}

/**
 * Imports an article through the API as the token's owner, attaches `source` and gives `rationale` as the
 * verdict of its first claim made in an attributed quote; the owner (signed in on `author`) submits it and a second editor approves
 * and publishes it, as the workflow requires.
 */
export async function publishFactCheck(
  request: APIRequestContext,
  browser: Browser,
  author: Page,
  token: string,
  content: { title: string; text: string; rationale: string; source: { title: string; url: string; publisher?: string; excerpt?: string } },
): Promise<PublishedFactCheck> {
  const imported = await request.post("/api/v1/articles", { headers: bearer(token), data: { title: content.title, text: content.text, url: "https://herald.example.org/story" } });
  expect(imported.status(), await imported.text()).toBe(201);
  const article = ((await imported.json()) as { article: ImportedArticle }).article;
  // A claim made in a quote with a speaker: ClaimReview (the public page's JSON-LD) names who made it.
  const spoken = new Set(article.quotes.filter((quote) => quote.speakerId).map((quote) => quote.id));
  const claims = article.claims as (ImportedArticle["claims"][number] & { quoteId: string | null })[];
  const claim = claims.find((candidate) => candidate.quoteId && spoken.has(candidate.quoteId));
  if (!claim) throw new Error(`no claim of the article is in an attributed quote: ${JSON.stringify(article.claims.map((c) => c.text))}`);
  const source = await request.post(`/api/v1/claims/${claim.id}/sources`, { headers: bearer(token), data: { ...content.source, stance: "supports" } });
  expect(source.status(), await source.text()).toBe(201);
  const verdict = await request.put(`/api/v1/claims/${claim.id}/verdict`, { headers: bearer(token), data: { label: "Mostly True", rationale: content.rationale } });
  expect(verdict.status(), await verdict.text()).toBe(201);

  await author.goto(`/claims/${claim.id}`);
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  const editor = await createMember("editor", "Rita Reviewer");
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signIn(page, editor.email, editor.password);
    await page.goto(`/claims/${claim.id}`);
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  } finally {
    await context.close();
  }
  return { article, claimId: claim.id };
}

/** Opens a public link to the article's report from its report page and returns the link. */
export async function createPublicLink(page: Page, articleId: string): Promise<string> {
  await page.goto(`/articles/${articleId}/report`);
  await page.getByRole("button", { name: "Create public link" }).click();
  const field = page.getByLabel("New link (shown only once)");
  await expect(field).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  return field.inputValue();
}
