import { afterEach, describe, expect, it, vi } from "vitest";
import { ensureAuthSecret } from "./auth-secret";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("configuration errors", () => {
  it("names a DATABASE_URL that is not a PostgreSQL URL", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://root@localhost/x");
    const { env } = await import("./env");
    expect(() => env()).toThrow("Bad configuration: DATABASE_URL: DATABASE_URL must be a postgresql:// connection string");
  });

  it("treats an empty DATABASE_URL as unset (embedded database)", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const { env } = await import("./env");
    expect(env().DATABASE_URL).toBeUndefined();
  });

  it("requires AUTH_SECRET for PostgreSQL in production, and generates one for the embedded database", async () => {
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => ensureAuthSecret({ databaseUrl: "postgresql://x@h/db", dataDir: "", production: true })).toThrow("AUTH_SECRET is not set");
    const { mkdtempSync, readFileSync, rmSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-secret-"));
    try {
      expect(ensureAuthSecret({ databaseUrl: undefined, dataDir: dir, production: true })).toBe("data-dir");
      const secret = readFileSync(path.join(dir, "auth-secret"), "utf8");
      expect(process.env.AUTH_SECRET).toBe(secret);
      vi.stubEnv("AUTH_SECRET", "");
      ensureAuthSecret({ databaseUrl: undefined, dataDir: dir, production: true });
      expect(process.env.AUTH_SECRET).toBe(secret);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the URL import allowlist", () => {
  it("is parsed with the rest of the configuration, and a bad entry is named", async () => {
    vi.stubEnv("FACTDESK_FETCH_ALLOWLIST", "localhost, 10.0.0.0/8");
    const { env } = await import("./env");
    expect(env().fetchAllowlist).toBeDefined();
    vi.resetModules();
    vi.stubEnv("FACTDESK_FETCH_ALLOWLIST", "10.0.0.0/99");
    const fresh = await import("./env");
    expect(() => fresh.env()).toThrow('Bad configuration: FACTDESK_FETCH_ALLOWLIST: "10.0.0.0/99" is not a valid CIDR range.');
  });
});
