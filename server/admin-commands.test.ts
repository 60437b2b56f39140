import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAdminArgs, runAdminCommand, UsageError } from "./admin-commands";
import { sendAdminCommand, startAdminSocket } from "./admin-socket";
import { authenticate } from "./services/authenticate";
import { openTestDatabase, type TestDatabase } from "./testing/databases";

describe("admin command arguments", () => {
  it.each([
    [["frobnicate"], 'Unknown command "frobnicate"'],
    [["user:create", "--email", "a@b.test"], "user:create: missing --password, --team, --role."],
    [["user:create", "--email", "a@b.test", "--password", "x", "--team", "T", "--role", "admin", "--colour", "red"], "Unknown option '--colour'"],
    [["user:reset-password"], "user:reset-password: missing --email."],
  ])("refuses %j clearly", (argv, message) => {
    expect(() => parseAdminArgs(argv)).toThrow(UsageError);
    expect(() => parseAdminArgs(argv)).toThrow(message);
  });

  it("shows the usage for help and no command", () => {
    expect(parseAdminArgs([]).command).toBe("help");
    expect(parseAdminArgs(["--help"]).command).toBe("help");
  });
});

describe("admin commands against a database", () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    dataDir = mkdtempSync(path.join(os.tmpdir(), "factdesk-admin-"));
  });
  afterAll(async () => {
    await db.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates a user and team, and exits 2 with a message for a bad role", async () => {
    const ok = await runAdminCommand(db.prisma, ["user:create", "--email", "Ed@Example.test", "--password", "long-password-1", "--team", "Night Desk", "--role", "editor"]);
    expect(ok).toEqual({ exitCode: 0, stdout: 'Created user ed@example.test as editor in new team "Night Desk".\n', stderr: "" });
    const bad = await runAdminCommand(db.prisma, ["user:create", "--email", "x@example.test", "--password", "long-password-1", "--team", "Night Desk", "--role", "boss"]);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain("The role must be one of: admin, editor, fact_checker, viewer.");
  });

  it("runs commands sent through the running app's admin socket", async () => {
    const stop = await startAdminSocket(dataDir, db.prisma);
    try {
      const created = await sendAdminCommand(dataDir, ["user:create", "--email", "sock@example.test", "--password", "socket-password-1", "--team", "Socket", "--role", "viewer"]);
      expect(created.exitCode).toBe(0);
      const reset = await sendAdminCommand(dataDir, ["user:reset-password", "--email", "sock@example.test"]);
      expect(reset.exitCode).toBe(0);
      const password = /New password: (\S+)/.exec(reset.stdout)?.[1];
      expect(password).toHaveLength(20);
      expect(await authenticate(db.prisma, "sock@example.test", password!)).not.toBeNull();
      const missing = await sendAdminCommand(dataDir, ["user:reset-password", "--email", "ghost@example.test"]);
      expect(missing).toMatchObject({ exitCode: 1, stderr: "No user with the email ghost@example.test.\n" });
    } finally {
      await stop();
    }
    await expect(sendAdminCommand(dataDir, ["help"], 2_000)).rejects.toThrow();
  });
});
