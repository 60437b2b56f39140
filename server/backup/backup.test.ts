import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdminCommand } from "@/server/admin-commands";
import type { PrismaClient } from "@/server/repositories/client";
import { addComment } from "@/server/services/add-comment";
import { addSource } from "@/server/services/add-source";
import { assignClaim } from "@/server/services/assign-claim";
import { createApiToken } from "@/server/services/create-api-token";
import { createInvitation } from "@/server/services/create-invitation";
import { createRatingScale } from "@/server/services/create-rating-scale";
import { createReportLink } from "@/server/services/create-report-link";
import { createUser } from "@/server/services/create-user";
import { getDefaultScale } from "@/server/services/ensure-default-scale";
import { importArticle } from "@/server/services/import-article";
import { saveVerdict } from "@/server/services/save-verdict";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { tablesNotBackedUp } from "./catalog";
import { restoreBackup } from "./restore-backup";
import { writeBackup } from "./write-backup";

const example = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/articles/iraq-coalition.txt"), "utf8");

interface SeededTeam {
  teamId: string;
  slug: string;
  memberIds: string[];
}

/**
 * A team with every kind of row the app writes, through the services where they exist: people with
 * password hashes, an imported and analysed article (quotes, claims, speakers, sentence JSON, audit
 * events), sources, a verdict on a custom scale, a review, comments with mentions, an invitation, a
 * report link and an API token. Text carries what a line-based format could trip on: quotes, newlines,
 * a carriage return, U+2028 and characters outside the BMP.
 */
async function seedTeam(prisma: PrismaClient, name: string, marker: string, sharedUserEmail?: string): Promise<SeededTeam> {
  const admin = await createUser({ prisma, email: `${name.toLowerCase()}-admin@example.test`, password: `${name}-password-1`, team: `${name} Desk`, role: "admin", name: `${name} Admin` });
  const { teamId } = admin;
  const checker = await createUser({ prisma, email: `${name.toLowerCase()}-checker@example.test`, password: `${name}-password-2`, team: `${name} Desk`, role: "fact_checker", name: `Ana ${marker}` });
  const memberIds = [admin.userId, checker.userId];
  if (sharedUserEmail) {
    const shared = await createUser({ prisma, email: sharedUserEmail, password: "shared-password-1", team: `${name} Desk`, role: "viewer", name: "Sam Shared" });
    memberIds.push(shared.userId);
  }
  const body = `${example}\n\n"${marker} is what we call the bridge plan," said ${name} Spokesperson Dana ${marker}. The city spent 42 million dollars on ${marker} 🌉 in 2023 — a "record"\u2028so they say.`;
  const { articleId } = await importArticle({ prisma, teamId, actorId: admin.userId, title: `${marker} report 🌉`, body, publisher: `${marker} Times` });
  const claims = await prisma.claim.findMany({ where: { articleId }, orderBy: { start: "asc" }, take: 2 });
  const [claim, second] = claims;
  if (!claim || !second) throw new Error("the example article should give at least two claims");
  const speaker = await prisma.speaker.findFirstOrThrow({ where: { teamId } });
  await prisma.speaker.update({ where: { id: speaker.id }, data: { aliases: [`${marker} alias`, "O'Brien \"Junior\""] } });
  await assignClaim({ prisma, teamId, actorId: admin.userId, actorRole: "admin", claimId: claim.id, assigneeId: checker.userId });
  await addSource({
    prisma,
    teamId,
    actorId: checker.userId,
    claimId: claim.id,
    source: { title: `${marker} ministry figures`, url: "https://example.org/figures", stance: "refutes", excerpt: `${marker} excerpt\r\nline two`, pinnedText: `${marker} pinned copy` },
  });
  await getDefaultScale(prisma, teamId, admin.userId);
  const custom = await createRatingScale({
    prisma,
    teamId,
    actorId: admin.userId,
    custom: { name: `${marker} house scale`, labels: [{ name: `${marker} false`, value: 0, description: "Not so" }, { name: `${marker} true`, value: 1, description: null }] },
  });
  const label = await prisma.ratingLabel.findFirstOrThrow({ where: { scaleId: custom.id } });
  await saveVerdict({ prisma, teamId, actorId: checker.userId, actorRole: "fact_checker", claimId: claim.id, labelId: (await getDefaultScale(prisma, teamId, admin.userId)).labels[0]!.id, rationale: `**${marker}** rationale\n\n- with a list`, version: 0 });
  await prisma.review.create({ data: { teamId, claimId: claim.id, reviewerId: admin.userId, decision: null, labelId: label.id, comment: `${marker} blind rating` } });
  await prisma.review.create({ data: { teamId, claimId: claim.id, reviewerId: admin.userId, decision: "request_changes", comment: `${marker} review` } });
  await addComment({ prisma, teamId, actorId: admin.userId, claimId: claim.id, body: `@Ana ${marker} please look again` });
  await prisma.claim.update({ where: { id: second.id }, data: { score: 0.1 + 0.2, deletedAt: new Date("2026-01-02T03:04:05.678Z") } });
  await createInvitation({ prisma, teamId, actorId: admin.userId, role: "editor", email: `${name.toLowerCase()}-new@example.test`, validityDays: 7 });
  await createReportLink({ prisma, teamId, actorId: admin.userId, articleId });
  await createApiToken({ prisma, userId: checker.userId, teamId, name: `${marker} token`, expiresInDays: 30 });
  const team = await prisma.team.findUniqueOrThrow({ where: { id: teamId } });
  return { teamId, slug: team.slug, memberIds };
}

type Dump = Record<string, string[]>;

/** Every row of every table (generated columns included), as canonical JSON sorted by primary key. */
async function dumpDatabase(prisma: PrismaClient): Promise<Dump> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT relname AS "name" FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace ORDER BY relname`,
  );
  const dump: Dump = {};
  for (const { name } of tables) {
    if (tablesNotBackedUp.has(name)) continue;
    const rows = await prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT to_jsonb(t)::text AS "row" FROM "${name}" t ORDER BY 1`);
    dump[name] = rows.map((row) => row.row);
  }
  return dump;
}

/** What a team backup should hold, written out by hand rather than with the code under test. */
function teamPart(dump: Dump, team: SeededTeam): Dump {
  const parse = (rows: string[] = []) => rows.map((row) => JSON.parse(row) as Record<string, unknown>);
  const scaleIds = new Set(parse(dump.RatingScale).filter((row) => row.teamId === team.teamId).map((row) => row.id));
  const members = new Set(team.memberIds);
  const part: Dump = {};
  for (const [table, rows] of Object.entries(dump)) {
    part[table] = rows.filter((text) => {
      const row = JSON.parse(text) as Record<string, unknown>;
      if (table === "Team") return row.id === team.teamId;
      if (table === "User") return members.has(row.id as string);
      if (table === "RatingLabel") return scaleIds.has(row.scaleId);
      if ("teamId" in row) return row.teamId === team.teamId;
      throw new Error(`the test does not know how ${table} belongs to a team`);
    });
  }
  return part;
}

const nonEmpty = (dump: Dump) => Object.fromEntries(Object.entries(dump).filter(([, rows]) => rows.length > 0));

describe.each(testDatabaseKinds)("backup and restore on %s", (kind) => {
  let source: TestDatabase;
  let alpha: SeededTeam;
  let bravo: SeededTeam;
  let sourceDump: Dump;
  let dir: string;
  let teamFile: string;
  let allFile: string;
  const targets: TestDatabase[] = [];
  const freshTarget = async () => {
    const db = await openTestDatabase(kind);
    targets.push(db);
    return db;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-"));
    source = await openTestDatabase(kind);
    alpha = await seedTeam(source.prisma, "Alpha", "ALPHAMARK", "shared@example.test");
    bravo = await seedTeam(source.prisma, "Bravo", "BRAVOMARK", "shared@example.test");
    // An account-level event with no team: part of a whole-database backup, of no team's.
    await source.prisma.auditEvent.create({ data: { action: "user.create", entityType: "user", entityId: alpha.memberIds[0], after: { note: "global" } } });
    sourceDump = await dumpDatabase(source.prisma);
    teamFile = path.join(dir, "alpha.jsonl");
    allFile = path.join(dir, "all.jsonl");
    // Small batches, so the keyset paging crosses page boundaries even on this little data set.
    await writeBackup({ prisma: source.prisma, scope: { kind: "team", slug: alpha.slug }, out: teamFile, batchSize: 3 });
    await writeBackup({ prisma: source.prisma, scope: { kind: "all" }, out: allFile, batchSize: 3 });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([source, ...targets].map((db) => db?.dispose()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("the seed has every kind of row the backup must carry", () => {
    for (const table of ["Team", "User", "Membership", "Article", "Quote", "Claim", "Speaker", "Source", "Verdict", "RatingScale", "RatingLabel", "Review", "Comment", "Invitation", "ApiToken", "ReportLink", "AuditEvent"]) {
      expect(teamPart(sourceDump, alpha)[table]?.length, table).toBeGreaterThan(0);
    }
  });

  it("restores a whole-database backup into an empty database row for row", async () => {
    const target = await freshTarget();
    const summary = await restoreBackup({ prisma: target.prisma, file: allFile, batchSize: 4 });
    expect(summary.header.scope).toEqual({ kind: "all" });
    expect(await dumpDatabase(target.prisma)).toEqual(sourceDump);
  }, 120_000);

  it("restores a team backup with its people, and nothing of another team", async () => {
    const text = readFileSync(teamFile, "utf8");
    expect(text).toContain("ALPHAMARK");
    expect(text).not.toContain("BRAVOMARK");
    expect(text).not.toContain(bravo.teamId);
    const header = JSON.parse(text.slice(0, text.indexOf("\n"))) as Record<string, unknown>;
    expect(header).toMatchObject({ format: "factdesk-backup", version: 1, scope: { kind: "team", slug: alpha.slug, teamId: alpha.teamId } });

    const target = await freshTarget();
    await restoreBackup({ prisma: target.prisma, file: teamFile });
    const restored = await dumpDatabase(target.prisma);
    expect(nonEmpty(restored)).toEqual(nonEmpty(teamPart(sourceDump, alpha)));
    // The shared person comes with their account and Alpha membership, not their Bravo one.
    const shared = await target.prisma.user.findUniqueOrThrow({ where: { email: "shared@example.test" }, include: { memberships: true } });
    expect(shared.memberships.map((membership) => membership.teamId)).toEqual([alpha.teamId]);
  }, 120_000);

  it("restores a team beside another team already in the target", async () => {
    const target = await freshTarget();
    await createUser({ prisma: target.prisma, email: "other@example.test", password: "other-password-1", team: "Other Desk", role: "admin" });
    const before = await dumpDatabase(target.prisma);
    await restoreBackup({ prisma: target.prisma, file: teamFile });
    const after = await dumpDatabase(target.prisma);
    const expected = teamPart(sourceDump, alpha);
    for (const [table, rows] of Object.entries(after)) expect(rows.sort(), table).toEqual([...(before[table] ?? []), ...(expected[table] ?? [])].sort());
  }, 120_000);

  it("refuses, changing nothing, to restore into a database that already has the data", async () => {
    const target = await freshTarget();
    await restoreBackup({ prisma: target.prisma, file: teamFile });
    const before = await dumpDatabase(target.prisma);
    await expect(restoreBackup({ prisma: target.prisma, file: teamFile })).rejects.toThrow(/Restore refused, nothing was changed: this database already has the team "Alpha Desk"/);
    await expect(restoreBackup({ prisma: target.prisma, file: allFile })).rejects.toThrow(/a whole-database backup goes into an empty database, and this one already has rows \(.*Team 1/);
    expect(await dumpDatabase(target.prisma)).toEqual(before);
  }, 120_000);

  it("refuses a team whose people already have accounts in the target, changing nothing", async () => {
    const target = await freshTarget();
    await createUser({ prisma: target.prisma, email: "shared@example.test", password: "other-password-1", team: "Other Desk", role: "admin" });
    const before = await dumpDatabase(target.prisma);
    await expect(restoreBackup({ prisma: target.prisma, file: teamFile })).rejects.toThrow(/already has accounts .*: shared@example\.test/);
    expect(await dumpDatabase(target.prisma)).toEqual(before);
  }, 120_000);

  it.each([
    ["cut short", (lines: string[]) => lines.slice(0, Math.floor(lines.length * 0.8)), /cut short/],
    ["without its trailer", (lines: string[]) => lines.slice(0, -1), /before its trailer line/],
    ["with an altered row", (lines: string[]) => lines.map((line) => line.replace("ALPHAMARK ministry figures", "ALPHAMARK ministry fibs")), /checksum does not match/],
    ["with a broken line", (lines: string[]) => lines.map((line, index) => (index === 5 ? line.slice(0, 20) : line)), /line 6 is not JSON/],
    ["from another schema migration", (lines: string[]) => [lines[0]!.replace(/"migration":"[^"]+"/, '"migration":"20990101000000_future"').replace(/"migrations":\[/, '"migrations":["20990101000000_future",'), ...lines.slice(1)], /made at schema migration 20990101000000_future/],
    ["of another format version", (lines: string[]) => [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)], /format version 2; this FactDesk reads version 1/],
  ])("refuses a file %s and leaves the database unchanged", async (_what, damage, message) => {
    const file = path.join(dir, `damaged-${Math.random().toString(36).slice(2)}.jsonl`);
    const lines = readFileSync(allFile, "utf8").trimEnd().split("\n");
    writeFileSync(file, damage(lines).join("\n") + "\n");
    const target = await freshTarget();
    const before = await dumpDatabase(target.prisma);
    await expect(restoreBackup({ prisma: target.prisma, file, batchSize: 2 })).rejects.toThrow(message);
    expect(await dumpDatabase(target.prisma)).toEqual(before);
  }, 120_000);

  it("runs as admin commands, with a clear message for an unknown team", async () => {
    const out = path.join(dir, "cli.jsonl");
    const backup = await runAdminCommand(source.prisma, ["backup", "--team", alpha.slug, "--out", out]);
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(/^Backed up team "Alpha Desk" to .*cli\.jsonl: \d+ rows \(Team 1, User 3, .*Membership 3, .*\) in \d+\.\d s\.\n$/);
    const missing = await runAdminCommand(source.prisma, ["backup", "--team", "no-such-team", "--out", path.join(dir, "none.jsonl")]);
    expect(missing).toMatchObject({ exitCode: 1, stderr: expect.stringContaining('No team with the slug "no-such-team"') as string });
    const target = await freshTarget();
    const restore = await runAdminCommand(target.prisma, ["restore", out]);
    expect(restore.stdout).toMatch(/^Restored team "Alpha Desk" from the backup of .*: \d+ rows/);
    const again = await runAdminCommand(target.prisma, ["restore", out]);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain("Restore refused, nothing was changed");
  }, 120_000);
});
