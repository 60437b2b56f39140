import { expect, test, type Request } from "@playwright/test";
import { articleText, bearer, createToken, uniqueId } from "../api/helpers";
import { demoAdmin, signIn } from "../fixtures";
import { createMember } from "./helpers";

// CSRF: a page on another site can make the browser send our cookies, but not hide where it came from.
// Route handlers that act on the session cookie refuse such requests (server/api.ts sameOriginOnly /
// sessionRoute); server actions get Next's own Origin check; the bearer-token API needs neither.

const attacker = "https://attacker.example";

test("a cookie-authenticated route handler refuses a POST from another site with a 403 JSON error, and acts on it from our own pages", async ({ page, baseURL }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  // The browser context's request client sends the signed-in session cookie, as a forged form post would.
  const withCookies = page.context().request;
  const csrfToken = ((await (await withCookies.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;

  const forgeries: Record<string, string>[] = [{ origin: attacker }, { "sec-fetch-site": "cross-site" }, { origin: "null" }, { origin: `${baseURL}.attacker.example` }];
  for (const headers of forgeries) {
    const forged = await withCookies.post("/api/auth/signout", { headers, form: { csrfToken }, maxRedirects: 0 });
    expect(forged.status(), JSON.stringify(headers)).toBe(403);
    expect(forged.headers()["content-type"]).toContain("application/json");
    const body = (await forged.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("forbidden");
    expect(body.error.message).toMatch(/^Cross-site request refused/);
    expect(forged.headers()["set-cookie"] ?? "").not.toMatch(/session-token=;/);
  }
  // Still signed in: none of the forged sign-outs took effect.
  await page.goto("/queue");
  await expect(page.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();

  // The same request from our own origin goes through to Auth.js, which signs the session out.
  const genuine = await withCookies.post("/api/auth/signout", { headers: { origin: baseURL!, "sec-fetch-site": "same-origin" }, form: { csrfToken }, maxRedirects: 0 });
  expect(genuine.status()).toBe(302);
  expect(genuine.headers()["set-cookie"]).toMatch(/authjs\.session-token=;/);
});

test("the bulk-import upload (a cookie-authenticated mutation) refuses a cross-site post before reading it", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const forged = await page.context().request.post("/api/imports", {
    headers: { origin: attacker },
    multipart: { files: { name: "articles.jsonl", mimeType: "application/jsonl", buffer: Buffer.from('{"title":"Forged","text":"Forged text."}\n') } },
  });
  expect(forged.status()).toBe(403);
  expect(((await forged.json()) as { error: { message: string } }).error.message).toMatch(/^Cross-site request refused/);
});

test("a login-CSRF post of credentials from another site signs nobody in", async ({ request }) => {
  const account = await createMember("fact_checker", "Csrf Target");
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const forged = await request.post("/api/auth/callback/credentials", {
    headers: { origin: attacker },
    form: { csrfToken, email: account.email, password: account.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(forged.headers()["set-cookie"] ?? "").not.toContain("session-token");
});

test("a server action posted from another site is refused; replayed from our own origin it works", async ({ browser, baseURL }) => {
  const account = await createMember("fact_checker", "Action Replay");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  // Capture the sign-in action exactly as the browser sends it, then replay it with another Origin.
  const actionRequest = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Sign in" }).click();
  const captured: Request = await actionRequest;
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  const headers = await captured.allHeaders();
  const body = captured.postDataBuffer() ?? Buffer.alloc(0);
  await context.close();

  const replay = async (origin: string) => {
    const fresh = await browser.newContext();
    try {
      const response = await fresh.request.post(captured.url(), {
        headers: { "content-type": headers["content-type"]!, "next-action": headers["next-action"]!, "next-router-state-tree": headers["next-router-state-tree"] ?? "", accept: "text/x-component", origin },
        data: body,
        maxRedirects: 0,
      });
      return { status: response.status(), cookies: (await fresh.cookies()).map((cookie) => cookie.name), setCookie: response.headers()["set-cookie"] ?? "" };
    } finally {
      await fresh.close();
    }
  };

  const forged = await replay(attacker);
  expect(forged.status).toBeGreaterThanOrEqual(400);
  expect(forged.setCookie).not.toContain("session-token");
  expect(forged.cookies).not.toContain("authjs.session-token");

  // Control: the very same bytes from our own origin sign in, so the Origin alone made the difference.
  const genuine = await replay(baseURL!);
  expect(genuine.status).toBeLessThan(400);
  expect(genuine.setCookie).toContain("authjs.session-token=");
});

test("the bearer-token API is not cookie-authenticated, so it works from any origin", async ({ browser, request }) => {
  const token = await createToken(browser);
  const title = `Cross-origin API ${uniqueId()}`;
  const created = await request.post("/api/v1/articles", {
    headers: { ...bearer(token), origin: attacker, "sec-fetch-site": "cross-site" },
    data: { title, text: articleText(title) },
  });
  expect(created.status(), await created.text()).toBe(201);
  // Without the token a cross-site request gets nothing, even with a browser's cookies.
  const anonymous = await request.get("/api/v1/claims", { headers: { origin: attacker } });
  expect(anonymous.status()).toBe(401);
});

test("reads through cookie-authenticated route handlers are not refused for their Origin (links from elsewhere still open)", async ({ page }) => {
  await signIn(page, demoAdmin.email, demoAdmin.password);
  const response = await page.context().request.get("/api/queue", { headers: { origin: attacker, "sec-fetch-site": "cross-site" } });
  expect(response.status()).toBe(200);
});
