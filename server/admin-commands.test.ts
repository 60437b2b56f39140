import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAdminArgs, runAdminCommand, UsageError, withAbsolutePaths } from "./admin-commands";
import { sendAdminCommand, startAdminSocket } from "./admin-socket";
import { authenticate } from "./services/authenticate";
import { findTokenPrincipal } from "./repositories/api-tokens";
import { hashApiToken } from "./services/create-api-token";
import { openTestDatabase, type TestDatabase } from "./testing/databases";

describe("admin command arguments", () => {
  it.each([
    [["frobnicate"], 'Unknown command "frobnicate"'],
    [["user:create", "--email", "a@b.test"], "user:create: missing --password, --team, --role."],
    [["user:create", "--email", "a@b.test", "--password", "x", "--team", "T", "--role", "admin", "--colour", "red"], "Unknown option '--colour'"],
    [["user:reset-password"], "user:reset-password: missing --email."],
    [["user:list", "--team", " "], "user:list: --team is empty."],
    [["user:list", "extra"], "user:list: Unexpected argument 'extra'"],
    [["team:list", "--team", "T"], "Unknown option '--team'"],
    [["backup", "--out", "x.jsonl"], "backup: give either --team SLUG or --all."],
    [["backup", "--all", "--team", "desk", "--out", "x.jsonl"], "backup: give either --team SLUG or --all."],
    [["backup", "--all"], "backup: missing --out."],
    [["restore"], "restore: give exactly one FILE."],
    [["restore", "a.jsonl", "b.jsonl"], "restore: give exactly one FILE."],
  ])("refuses %j clearly", (argv, message) => {
    expect(() => parseAdminArgs(argv)).toThrow(UsageError);
    expect(() => parseAdminArgs(argv)).toThrow(message);
  });

  it("makes backup and restore paths absolute against the caller's folder, for the app that runs them", () => {
    expect(withAbsolutePaths(["backup", "--team", "desk", "--out", "b/x.jsonl"], "/home/ed")).toEqual(["backup", "--team", "desk", "--out", "/home/ed/b/x.jsonl"]);
    expect(withAbsolutePaths(["backup", "--all", "--out=x.jsonl"], "/home/ed")).toEqual(["backup", "--all", "--out=/home/ed/x.jsonl"]);
    expect(withAbsolutePaths(["restore", "../x.jsonl"], "/home/ed")).toEqual(["restore", "/home/x.jsonl"]);
    expect(withAbsolutePaths(["user:list", "--team", "t"], "/home/ed")).toEqual(["user:list", "--team", "t"]);
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

  it("lists users, optionally of one team, and teams with their sizes", async () => {
    await runAdminCommand(db.prisma, ["user:create", "--email", "lina@example.test", "--password", "long-password-1", "--team", "Desk\tOne", "--role", "admin", "--name", "Lina Park"]);
    await runAdminCommand(db.prisma, ["user:create", "--email", "lina@example.test", "--password", "long-password-1", "--team", "Desk Two", "--role", "viewer"]);
    await runAdminCommand(db.prisma, ["user:create", "--email", "omar@example.test", "--password", "long-password-1", "--team", "Desk Two", "--role", "editor"]);

    const all = await runAdminCommand(db.prisma, ["user:list"]);
    expect(all.exitCode).toBe(0);
    const lines = all.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("email\tname\tteams\tcreated");
    expect(lines).toContainEqual(expect.stringMatching(/^lina@example\.test\tLina Park\tDesk One \(admin\), Desk Two \(viewer\)\t\d{4}-\d\d-\d\d$/));

    const deskTwo = await runAdminCommand(db.prisma, ["user:list", "--team", "desk two"]);
    expect(deskTwo.stdout.trimEnd().split("\n").slice(1).map((line) => line.split("\t").slice(0, 3))).toEqual([
      ["lina@example.test", "Lina Park", "Desk Two (viewer)"],
      ["omar@example.test", "Omar", "Desk Two (editor)"],
    ]);

    const missing = await runAdminCommand(db.prisma, ["user:list", "--team", "Nowhere"]);
    expect(missing).toMatchObject({ exitCode: 1, stderr: 'No team called "Nowhere". Run "npm run --silent admin -- team:list" for the list.\n' });

    const teams = await runAdminCommand(db.prisma, ["team:list"]);
    expect(teams.exitCode).toBe(0);
    const teamLines = teams.stdout.trimEnd().split("\n");
    expect(teamLines[0]).toBe("team\tslug\tmembers\tadmins\tarticles\tcreated");
    expect(teamLines).toContainEqual(expect.stringMatching(/^Desk One\tdesk-one\t1\t1\t0\t/));
    expect(teamLines).toContainEqual(expect.stringMatching(/^Desk Two\tdesk-two\t2\t0\t0\t/));
  });

  it("creates an API token for a member and refuses one for a stranger", async () => {
    const created = await runAdminCommand(db.prisma, ["token:create", "--email", "ed@example.test", "--team", "Night Desk", "--name", "nightly"]);
    expect(created.exitCode).toBe(0);
    const token = created.stdout.trim().split("\n").at(-1)!;
    expect(token).toMatch(/^fdk_/);
    expect(await findTokenPrincipal(db.prisma, hashApiToken(token))).toMatchObject({ role: "editor", teamName: "Night Desk" });
    const stranger = await runAdminCommand(db.prisma, ["token:create", "--email", "nobody@example.test", "--team", "Night Desk"]);
    expect(stranger).toMatchObject({ exitCode: 1, stderr: "nobody@example.test is not a member of Night Desk.\n" });
    expect((await runAdminCommand(db.prisma, ["token:create", "--email", "ed@example.test"])).stderr).toContain("missing --team");
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
