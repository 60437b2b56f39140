import { expect, test, type Page } from "@playwright/test";
import { createToken, uniqueId } from "../api/helpers";
import { demoAdmin, signIn } from "../fixtures";
import { createPublicLink, expectInert, publishFactCheck, watchContext, type PageWatch } from "./helpers";

// Every main page works under the Content Security Policy: each is visited (and used a little) in a real
// browser while securitypolicyviolation events, CSP console reports, dialogs and page errors are
// collected; any of them fails the test.

function scriptSources(policy: string): string[] {
  return policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src "))?.split(/\s+/).slice(1) ?? [];
}

async function visit(page: Page, watch: PageWatch, path: string, heading: RegExp | string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  // Hydrated: React attached its handlers (a page whose scripts were blocked never gets here).
  await expect.poll(() => page.evaluate(() => Boolean(document.querySelector("body") && "__next_f" in window))).toBe(true);
  await expectInert(page, watch);
}

test("every main page works with no CSP violation, hydrated, styled and scripted", async ({ browser, page, context, request }) => {
  test.setTimeout(180_000);
  const watch = await watchContext(context);
  await page.goto("/sign-in");
  await expectInert(page, watch);
  await signIn(page, demoAdmin.email, demoAdmin.password);

  // The stylesheet loaded: the body has the app's font, not the browser's default.
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toMatch(/Inter/);

  await visit(page, watch, "/", "Articles");
  await page.getByRole("link", { name: /Iraqi PM says/ }).click();
  await expect(page.getByTestId("article-workbench")).toHaveAttribute("data-ready-at", /\d+/);
  await page.keyboard.press("j");
  await expect(page.getByTestId("claim-details")).toBeVisible();
  await expectInert(page, watch);
  const claimId = await page.locator("[data-claim-id]").first().getAttribute("data-claim-id");

  await visit(page, watch, `/claims/${claimId}`, /\S/);
  await page.getByRole("button", { name: /Give verdict|Edit verdict/ }).click();
  await expect(page.getByRole("form", { name: "Give a verdict" })).toBeVisible();
  await expectInert(page, watch);

  for (const [path, heading] of [
    ["/queue", "Queue"],
    ["/import", "Import an article"],
    ["/settings", "Settings"],
    ["/settings/scales", "Rating scales"],
    ["/settings/tokens", "API tokens"],
    ["/speakers", "Speakers"],
    ["/dashboard", "Dashboard"],
    ["/exports", "Export verdicts"],
    ["/search?q=coalition", /Search/],
  ] as const) {
    await visit(page, watch, path, heading);
  }
  // Client-side navigation fetches React Server Component payloads: they must pass connect-src.
  await page.getByRole("link", { name: "Articles", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expectInert(page, watch);

  // A published fact-check, its report page and its public page (with ClaimReview JSON-LD).
  const token = await createToken(browser);
  const tag = uniqueId();
  const { article } = await publishFactCheck(request, browser, page, token, {
    title: `CSP check ${tag}`,
    text: `“The council voted 7-2 on Tuesday to add 12 miles of bus lanes, the largest expansion since 2009,” said council member Ana Ruiz (${tag}).\n\nUnemployment in the city fell to 4.1% in March.`,
    rationale: "The **minutes** show a 7-2 vote. See [the minutes](https://council.example.org/minutes).",
    source: { title: "Council minutes", url: "https://council.example.org/minutes" },
  });
  await visit(page, watch, `/articles/${article.id}/report`, `CSP check ${tag}`);
  await page.screenshot({ path: "test-results/screenshots/security-csp-report.png", fullPage: true });
  // Its print layout comes from the stylesheet (a <style> element would need the nonce): bar and controls hide.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("[data-print-hidden]").first()).toBeHidden();
  await expect(page.getByTestId("report")).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("body > header")).toBeVisible();
  const publicUrl = await createPublicLink(page, article.id);
  await expectInert(page, watch);

  const visitor = await browser.newContext();
  const visitorWatch = await watchContext(visitor);
  const anonymous = await visitor.newPage();
  const response = await anonymous.goto(publicUrl);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1, name: `CSP check ${tag}` })).toBeVisible();
  const jsonLd = await anonymous.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(jsonLd ?? "null")).toEqual([expect.objectContaining({ "@type": "ClaimReview" })]);
  await expectInert(anonymous, visitorWatch);
  await anonymous.screenshot({ path: "test-results/screenshots/security-csp-public-report.png", fullPage: true });
  await visit(anonymous, visitorWatch, "/sign-in", "Sign in to Factdesk");
  await visitor.close();

  expect(watch.errors).toEqual([]);
  expect(visitorWatch.errors).toEqual([]);
});

test("pages carry a fresh nonce policy; route handlers a policy that allows nothing", async ({ request }) => {
  const seen = new Set<string>();
  for (const path of ["/sign-in", "/invite", "/r/not-a-real-token", "/", "/articles/x"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = response.headers()["content-security-policy"] ?? "";
    const scripts = scriptSources(policy);
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    const nonce = scripts.find((source) => source.startsWith("'nonce-"));
    expect(nonce, path).toBeDefined();
    seen.add(nonce!);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["strict-transport-security"], path).toBeUndefined();
  }
  expect(seen.size).toBe(5);

  // The nonce in the header is the one on the page's scripts, and every script carries it.
  const page = await request.get("/sign-in");
  const nonce = /'nonce-([^']+)'/.exec(page.headers()["content-security-policy"] ?? "")?.[1];
  const html = await page.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  for (const path of ["/api/health", "/api/v1/articles", "/api/queue", "/api/v1/openapi.json"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("Strict-Transport-Security and upgrade-insecure-requests only when the proxy in front says https", async ({ request }) => {
  const overHttps = { "x-forwarded-proto": "https" };
  for (const path of ["/sign-in", "/api/health"]) {
    const secure = await request.get(path, { headers: overHttps });
    expect(secure.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
    const plain = await request.get(path, { headers: { "x-forwarded-proto": "http" } });
    expect(plain.headers()["strict-transport-security"], path).toBeUndefined();
  }
  expect((await request.get("/sign-in", { headers: overHttps })).headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  expect((await request.get("/sign-in")).headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("markup injected into a page's HTML cannot run: inline scripts and handlers are blocked, the app's own scripts still run", async ({ page, context }) => {
  const watch = await watchContext(context);
  // Stands in for a server-side XSS: the payload arrives inside the HTML, under the real response's policy.
  await page.route("**/sign-in", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      "</body>",
      `<script>window.__pwned = 'inline'</script><img src="data:," onerror="window.__pwned = 'handler'"><a href="javascript:window.__pwned='link'" id="pwn-link">x</a></body>`,
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto("/sign-in");
  await page.locator("#pwn-link").click();
  await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(watch.violations.join("\n")).toMatch(/script-src/);
  // The nonce'd scripts ran: the form is hydrated and reacts to input.
  await page.unroute("**/sign-in");
  await expect.poll(() => page.evaluate(() => "__next_f" in window)).toBe(true);
});
