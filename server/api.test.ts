import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { deeplyNestedJson, malformedJsonBodies, unstorablePayloads } from "@/fixtures/hostile-inputs";
import { readJsonBody, refuseCrossSiteRequest, refuseNulInAddress } from "./api";
import { AppError } from "./errors";

// The session module pulls in next-auth, which does not load outside Next; nothing here reads a session.
vi.mock("./session", () => ({ authorise: vi.fn(), hasRole: vi.fn() }));

function request(method: string, headers: Record<string, string>, body?: string): Request {
  return new Request("http://factdesk.example.org/api/auth/signout", { method, headers, body });
}

function refusal(method: string, headers: Record<string, string>): AppError | null {
  try {
    refuseCrossSiteRequest(request(method, headers));
    return null;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("refuseCrossSiteRequest", () => {
  it("refuses a mutation whose Origin is another site, with a 403 that says why", () => {
    const error = refusal("POST", { host: "factdesk.example.org", origin: "https://attacker.example" });
    expect(error?.status).toBe(403);
    expect(error?.message).toMatch(/Cross-site request refused.*attacker\.example/);
  });

  it("refuses a mutation the browser marks as started by another site, even without Origin", () => {
    expect(refusal("POST", { host: "factdesk.example.org", "sec-fetch-site": "cross-site" })?.status).toBe(403);
    expect(refusal("DELETE", { host: "factdesk.example.org", "sec-fetch-site": "same-site" })?.status).toBe(403);
  });

  it("refuses an opaque origin (a sandboxed frame or a privacy redirect sends Origin: null)", () => {
    expect(refusal("PUT", { host: "factdesk.example.org", origin: "null" })?.status).toBe(403);
  });

  it("lets through the app's own pages, directly or behind a proxy, and default ports either way", () => {
    expect(refusal("POST", { host: "factdesk.example.org", origin: "http://factdesk.example.org", "sec-fetch-site": "same-origin" })).toBeNull();
    expect(refusal("POST", { host: "factdesk.example.org:443", origin: "https://factdesk.example.org" })).toBeNull();
    expect(refusal("POST", { host: "10.0.0.5:3000", "x-forwarded-host": "news.example.com", origin: "https://news.example.com" })).toBeNull();
    expect(refusal("PATCH", { host: "LOCALHOST:3000", origin: "http://localhost:3000" })).toBeNull();
  });

  it("does not confuse a look-alike host or another port with this one", () => {
    expect(refusal("POST", { host: "factdesk.example.org", origin: "https://factdesk.example.org.attacker.example" })?.status).toBe(403);
    expect(refusal("POST", { host: "localhost:3000", origin: "http://localhost:3001" })?.status).toBe(403);
  });

  it("leaves safe methods and non-browser clients (no Origin, no Sec-Fetch-Site) alone", () => {
    expect(refusal("GET", { host: "factdesk.example.org", origin: "https://attacker.example", "sec-fetch-site": "cross-site" })).toBeNull();
    expect(refusal("HEAD", { host: "factdesk.example.org", "sec-fetch-site": "cross-site" })).toBeNull();
    expect(refusal("POST", { host: "factdesk.example.org" })).toBeNull();
  });
});

describe("readJsonBody with hostile bodies", () => {
  const schema = z.strictObject({ title: z.string().max(500), tags: z.array(z.string()).optional() });

  async function failure(body: string, headers: Record<string, string> = { "content-type": "application/json" }, limit?: number): Promise<AppError> {
    try {
      await readJsonBody(request("POST", headers, body), schema, limit);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error("the body was accepted");
  }

  it.each(malformedJsonBodies)("answers malformed JSON ($name) with 400", async ({ value }) => {
    const error = await failure(value);
    expect(error.status).toBe(400);
    expect(error.message).toBe("The body is not valid JSON.");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html", ""])("answers content type %j with 415", async (type) => {
    const error = await failure('{"title":"a"}', type ? { "content-type": type } : {});
    expect(error.status).toBe(415);
  });

  it("answers a body past the limit with 413, also when it does not declare its length", async () => {
    expect((await failure(JSON.stringify({ title: "x".repeat(2000) }), { "content-type": "application/json" }, 1000)).status).toBe(413);
    expect((await failure("{}", { "content-type": "application/json", "content-length": "99999999" }, 1000)).status).toBe(413);
  });

  it.each(unstorablePayloads)("refuses $name with a 422 that names the field", async ({ value }) => {
    const error = await failure(JSON.stringify({ title: "ok", tags: ["fine", value] }));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^tags\.1: The text contains (a NUL character|invalid Unicode)/);
  });

  it("refuses a NUL in a key too", async () => {
    const error = await failure(JSON.stringify({ ["ti\u0000tle"]: "a" }));
    expect(error.status).toBe(422);
  });

  it("survives a deeply nested body and answers it with a 4xx, not a stack overflow", async () => {
    const error = await failure(deeplyNestedJson());
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
  });

  it("answers an overlong field with the schema's 422", async () => {
    const error = await failure(JSON.stringify({ title: "T".repeat(100_000) }));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^title: /);
  });

  it("keeps well-formed text with astral characters, RTL marks and markup exactly as sent", async () => {
    const title = "<img src=x onerror=alert(1)> \u202Eevil 😀 '; DROP TABLE \"Claim\"; --";
    await expect(readJsonBody(request("POST", { "content-type": "application/json" }, JSON.stringify({ title })), schema)).resolves.toEqual({ title });
  });
});

describe("refuseNulInAddress", () => {
  it("refuses %00 anywhere in the path or query with a 400, and nothing else", () => {
    for (const url of ["http://h/api/v1/articles/%00", "http://h/api/v1/claims?speaker=a%00b", "http://h/api/queue?since=%00"]) {
      expect(() => refuseNulInAddress(new Request(url))).toThrow(expect.objectContaining({ status: 400 }));
    }
    for (const url of ["http://h/api/v1/claims?speaker=%ED%A0%80", "http://h/api/v1/articles/100", "http://h/api/v1/claims?q=%2500"]) {
      expect(() => refuseNulInAddress(new Request(url))).not.toThrow();
    }
  });
});
