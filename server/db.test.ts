import { mkdtempSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, lockFilePath } from "./data-dir-lock";
import { openDatabase } from "./db";
import { readMigrations } from "./migrations";
import { openTestDatabase, testDatabaseKinds } from "./testing/databases";

const folders: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-db-test-"));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.each(testDatabaseKinds)("migrations on %s", (kind) => {
  it("applies every migration once and records it the way Prisma does", async () => {
    const db = await openTestDatabase(kind);
    try {
      const files = await readMigrations();
      expect(db.appliedMigrations).toEqual(files.map((file) => file.name));
      const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows).toEqual(files.map((file) => ({ migration_name: file.name, checksum: file.checksum })));
      expect(await db.ping()).toBe(true);
    } finally {
      await db.dispose();
    }
  });
});

describe("the embedded database folder", () => {
  it("keeps data across a close and reopen, and applies no migration the second time", async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir });
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    await first.prisma.team.create({ data: { name: "Persisted", slug: "persisted" } });
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect(second.appliedMigrations).toEqual([]);
      expect(await second.prisma.team.findUnique({ where: { slug: "persisted" } })).toMatchObject({ name: "Persisted" });
    } finally {
      await second.close();
    }
  });

  it("refuses a second owner while the first is alive, and takes over a dead owner's lock", () => {
    const dataDir = tempDir();
    writeFileSync(lockFilePath(dataDir), String(process.ppid));
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dataDir)).toThrow(`in use by another process (pid ${process.ppid})`);

    writeFileSync(lockFilePath(dataDir), "999999999");
    const release = acquireDataDirLock(dataDir);
    release();
  });

  it("names a data folder that cannot be written", async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: use a path under a regular file instead.
      const file = path.join(tempDir(), "a-file");
      writeFileSync(file, "");
      await expect(openDatabase({ dataDir: path.join(file, "data") })).rejects.toThrow(`The data folder ${path.join(file, "data")} is not writable`);
      return;
    }
    const dir = tempDir();
    chmodSync(dir, 0o500);
    await expect(openDatabase({ dataDir: path.join(dir, "data") })).rejects.toThrow("is not writable");
  });
});

describe.each(testDatabaseKinds)("closing %s", (kind) => {
  it("lets a request in flight run its next statements instead of failing them", async () => {
    const db = await openTestDatabase(kind);
    await db.prisma.$queryRawUnsafe("SELECT 1");
    const request = (async () => {
      await db.prisma.$queryRawUnsafe("SELECT 1 AS slept FROM pg_sleep(0.3)");
      return db.prisma.$queryRawUnsafe<{ done: number }[]>("SELECT 1 AS done");
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await db.dispose();
    await expect(request).resolves.toEqual([{ done: 1 }]);
  });
});

describe("PostgreSQL configuration", () => {
  it("says in one line when DATABASE_URL is unreachable", async () => {
    await expect(openDatabase({ databaseUrl: "postgresql://nobody@127.0.0.1:1/none", dataDir: "" })).rejects.toThrow(
      "Cannot reach the PostgreSQL database in DATABASE_URL (connection refused).",
    );
  });
});
