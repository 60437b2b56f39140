import { expect, test } from "@playwright/test";
import { startTestServer } from "../../scripts/test-server.mjs";
import { bearer, createToken, expectError } from "./helpers";

// A server of its own with a limit of 5 requests a minute per token, so the limit is reached at once.
test("each token gets its own number of requests a minute; past it, 429 with Retry-After", async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  const server = await startTestServer({ env: { FACTDESK_API_RATE_LIMIT: "5" } });
  try {
    expect(server.admin).not.toBeNull();
    const [first, second] = await Promise.all([
      createToken(browser, server.admin!, { baseURL: server.baseUrl, name: "first" }),
      createToken(browser, server.admin!, { baseURL: server.baseUrl, name: "second" }),
    ]);
    const request = await playwright.request.newContext({ baseURL: server.baseUrl });
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await request.get("/api/v1/claims", { headers: bearer(first) });
      expect(response.status()).toBe(200);
      remaining.push(response.headers()["x-ratelimit-remaining"] ?? "");
    }
    expect(remaining).toEqual(["4", "3", "2", "1", "0"]);
    const limited = await request.get("/api/v1/claims", { headers: bearer(first) });
    await expectError(limited, 429, "rate_limited", /at most 5 a minute/);
    const retryAfter = Number(limited.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Writes count too, and are refused before the body is read.
    await expectError(await request.post("/api/v1/articles", { headers: bearer(first), data: { title: "T", text: "Some text." } }), 429, "rate_limited");
    // Another token of the same person is counted apart.
    expect((await request.get("/api/v1/claims", { headers: bearer(second) })).status()).toBe(200);
    await request.dispose();
  } finally {
    await server.stop();
  }
});
