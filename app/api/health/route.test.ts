import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { closeDatabase, getDatabase } from "@/server/db";
import { GET } from "./route";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "factdesk-health-"));
afterAll(async () => {
  await closeDatabase();
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("GET /api/health", () => {
  it("answers 503 until the database is open and migrated, then 200 with the database kind", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", dataDir);
    const before = await GET();
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: "starting" });

    const opening = getDatabase();
    const during = await GET();
    expect(during.status).toBe(503);
    await opening;

    const after = await GET();
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: "ok", database: "pglite" });

    await closeDatabase();
    expect((await GET()).status).toBe(503);
  });
});
