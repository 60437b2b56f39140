import { describe, expect, it } from "vitest";
import { apiContentSecurityPolicy, createNonce, pageContentSecurityPolicy, servedOverHttps } from "./security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("page content security policy", () => {
  const production = directives(pageContentSecurityPolicy({ nonce: "abc123==", https: false, development: false }));

  it("runs only scripts that carry this response's nonce", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    for (const [name, values] of production) {
      if (name.startsWith("script-src")) expect(values).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
    }
  });

  it("lets style attributes through but style elements only with the nonce", () => {
    expect(production.get("style-src-elem")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(production.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("forbids framing, plugins, foreign base URLs and foreign form targets", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("default-src")).toEqual(["'self'"]);
    expect(production.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("upgrades insecure requests only when served over https", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pageContentSecurityPolicy({ nonce: "n", https: true, development: false })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("allows eval and un-nonced style elements only for next dev", () => {
    const development = directives(pageContentSecurityPolicy({ nonce: "n", https: false, development: true }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("script-src")).not.toContain("'unsafe-inline'");
    expect(development.get("style-src-elem")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("route handler content security policy", () => {
  it("loads and runs nothing and cannot be framed", () => {
    const api = directives(apiContentSecurityPolicy);
    expect(api.get("default-src")).toEqual(["'none'"]);
    expect(api.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe("nonces", () => {
  it("are 128-bit base64 values, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("servedOverHttps", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("follows AUTH_URL when it is set, whatever the proxy says", () => {
    expect(servedOverHttps(headers({ "x-forwarded-proto": "http" }), "https://factdesk.example.org", "http:")).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "https" }), "http://localhost:3000", "http:")).toBe(false);
  });

  it("otherwise believes the first X-Forwarded-Proto entry, then the connection", () => {
    expect(servedOverHttps(headers({ "x-forwarded-proto": "https" }), undefined, "http:")).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "HTTPS, http" }), undefined, "http:")).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "http, https" }), undefined, "https:")).toBe(false);
    expect(servedOverHttps(headers({}), undefined, "https:")).toBe(true);
    expect(servedOverHttps(headers({}), undefined, "http:")).toBe(false);
  });
});
