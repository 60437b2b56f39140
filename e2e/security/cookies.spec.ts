import { expect, test, type Page } from "@playwright/test";
import { createMember } from "./helpers";

// Session cookies: always HttpOnly and SameSite=Lax; Secure, with the __Secure-/__Host- prefix, exactly
// when the app is reached over https (a TLS-terminating proxy that sends X-Forwarded-Proto: https).

/** Parses Set-Cookie lines into name → lower-cased attributes. */
function parseSetCookies(lines: string[]): Map<string, { value: string; attributes: Set<string> }> {
  return new Map(
    lines.map((line) => {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const [name = "", value = ""] = pair.split(/=(.*)/s);
      return [name, { value, attributes: new Set(attributes.map((attribute) => attribute.toLowerCase())) }];
    }),
  );
}

/** Signs in through the form and returns the Set-Cookie lines of the sign-in action's response. */
async function signInCapturingCookies(page: Page, email: string, password: string): Promise<string[]> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const action = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Sign in" }).click();
  const response = await action;
  return (await response.headersArray()).filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
}

test("over http the session cookie is HttpOnly, SameSite=Lax, not Secure", async ({ page, context }) => {
  const account = await createMember("fact_checker", "Cookie Plain");
  const setCookies = parseSetCookies(await signInCapturingCookies(page, account.email, account.password));
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
  const session = setCookies.get("authjs.session-token");
  expect(session, [...setCookies.keys()].join(", ")).toBeDefined();
  expect(session!.attributes).toContain("httponly");
  expect(session!.attributes).toContain("samesite=lax");
  expect(session!.attributes).toContain("path=/");
  expect(session!.attributes).not.toContain("secure");

  const stored = (await context.cookies()).find((cookie) => cookie.name === "authjs.session-token");
  expect(stored).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  // Scripts cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

test("behind a TLS-terminating proxy every cookie is Secure and prefixed, and the session works", async ({ browser }) => {
  const account = await createMember("fact_checker", "Cookie Secure");
  // What a reverse proxy adds to every request it forwards from an https client.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  try {
    const page = await context.newPage();
    const setCookies = parseSetCookies(await signInCapturingCookies(page, account.email, account.password));
    const session = setCookies.get("__Secure-authjs.session-token");
    expect(session, [...setCookies.keys()].join(", ")).toBeDefined();
    for (const attribute of ["httponly", "secure", "samesite=lax", "path=/"]) expect(session!.attributes).toContain(attribute);
    expect(setCookies.has("authjs.session-token")).toBe(false);

    // The session works with the prefixed name: the proxy lets the page through and the page knows the user.
    // (After signing in Auth.js redirects to the https address, which nothing serves in this test: a new tab
    // goes by http, so the failing redirect cannot abort it.)
    const next = await context.newPage();
    await next.goto("/queue");
    await expect(next.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
    for (const cookie of await context.cookies()) {
      expect(cookie, cookie.name).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
    }
  } finally {
    await context.close();
  }
});

test("Auth.js's own endpoints set __Host-/__Secure- cookies over https and plain ones over http", async ({ baseURL }) => {
  const overHttps = await fetch(`${baseURL}/api/auth/csrf`, { headers: { "x-forwarded-proto": "https" } });
  const secure = parseSetCookies(overHttps.headers.getSetCookie());
  const csrf = secure.get("__Host-authjs.csrf-token");
  expect(csrf, [...secure.keys()].join(", ")).toBeDefined();
  for (const attribute of ["httponly", "secure", "samesite=lax", "path=/"]) expect(csrf!.attributes).toContain(attribute);
  expect([...csrf!.attributes].some((attribute) => attribute.startsWith("domain="))).toBe(false);

  const overHttp = parseSetCookies((await fetch(`${baseURL}/api/auth/csrf`)).headers.getSetCookie());
  const plain = overHttp.get("authjs.csrf-token");
  expect(plain, [...overHttp.keys()].join(", ")).toBeDefined();
  expect(plain!.attributes).toContain("httponly");
  expect(plain!.attributes).toContain("samesite=lax");
  expect(plain!.attributes).not.toContain("secure");
});
