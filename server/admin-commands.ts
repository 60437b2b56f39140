import path from "node:path";
import { parseArgs } from "node:util";
import { describeCounts } from "./backup/format";
import { restoreBackup } from "./backup/restore-backup";
import { writeBackup } from "./backup/write-backup";
import type { PrismaClient } from "./repositories/client";
import { findTeamByName, listTeamsForOperators } from "./repositories/teams";
import { findCredentialsByEmail, findMembership, listUsersForOperators, roles } from "./repositories/users";
import { AppError } from "./errors";
import { createApiToken } from "./services/create-api-token";
import { createUser } from "./services/create-user";
import { resetPassword } from "./services/reset-password";

/** What a command prints and how the process should exit; the same whether run directly or through the app. */
export interface CommandOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const adminUsage = `Usage: npm run --silent admin -- COMMAND [OPTIONS]

Commands:
  user:create --email E --password P --team T --role R [--name N]
      Creates the user (or adds an existing one) with role R in team T; creates the team if missing.
      Roles: ${roles.join(", ")}.
  user:reset-password --email E [--password P]
      Sets a new password (random and printed when --password is absent) and ends the user's sessions.
  user:list [--team T]
      Lists every user (or the members of team T) with their teams and roles, tab-separated.
  team:list
      Lists every team with its number of members, admins and articles, tab-separated.
  token:create --email E --team T [--name N]
      Creates a personal API token for the member E of team T (acting with their role there) and
      prints it once, on the last line. Revoke it in Settings → API tokens.
  backup --team SLUG --out FILE
  backup --all --out FILE
      Writes one team's data (with its people's accounts) or the whole database to FILE (JSON Lines),
      from one consistent snapshot while the app keeps running. FILE appears only when complete.
  restore FILE
      Restores a backup in one transaction into a database that does not have its data yet (for --all,
      an empty one); refuses, changing nothing, a damaged file or one from another schema version.
  help
      Shows this text.

Works on the database the app uses: DATABASE_URL when set, else the embedded database in DATA_DIR
(through the running app when it holds the embedded database).`;

const commands = {
  "user:create": {
    options: { email: { type: "string" }, password: { type: "string" }, team: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    required: ["email", "password", "team", "role"],
  },
  "user:reset-password": { options: { email: { type: "string" }, password: { type: "string" } }, required: ["email"] },
  "user:list": { options: { team: { type: "string" } }, required: [] },
  "team:list": { options: {}, required: [] },
  "token:create": { options: { email: { type: "string" }, team: { type: "string" }, name: { type: "string" } }, required: ["email", "team"] },
  backup: { options: { team: { type: "string" }, all: { type: "boolean" }, out: { type: "string" } }, required: ["out"] },
  restore: { options: {}, required: [], positional: "FILE" },
} as const;

type CommandName = keyof typeof commands;

export class UsageError extends Error {}

/** Checks the arguments without touching the database, so bad ones fail fast with one clear line. */
export function parseAdminArgs(argv: string[]): { command: CommandName | "help"; values: Record<string, string | undefined>; flags: Record<string, boolean>; positional?: string } {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") return { command: "help", values: {}, flags: {} };
  if (!(command in commands)) throw new UsageError(`Unknown command "${command}". Run "npm run --silent admin -- help" for the list.`);
  const spec = commands[command as CommandName];
  const positionalName = "positional" in spec ? spec.positional : undefined;
  const values: Record<string, string | undefined> = {};
  const flags: Record<string, boolean> = {};
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: rest, options: spec.options, strict: true, allowPositionals: positionalName !== undefined });
    for (const [name, value] of Object.entries(parsed.values as Record<string, string | boolean | undefined>)) {
      if (typeof value === "boolean") flags[name] = value;
      else values[name] = value;
    }
    positionals = parsed.positionals;
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split("\n")[0]}`);
  }
  if (positionalName !== undefined && positionals.length !== 1) throw new UsageError(`${command}: give exactly one ${positionalName}.`);
  const missing = (spec.required as readonly string[]).filter((name) => !values[name]?.trim());
  if (missing.length) throw new UsageError(`${command}: missing ${missing.map((name) => `--${name}`).join(", ")}.`);
  const blank = Object.entries(values).find(([, value]) => typeof value === "string" && !value.trim());
  if (blank) throw new UsageError(`${command}: --${blank[0]} is empty.`);
  if (command === "backup" && Boolean(values.team) === Boolean(flags.all)) throw new UsageError("backup: give either --team SLUG or --all.");
  return { command: command as CommandName, values, flags, positional: positionals[0] };
}

export async function runAdminCommand(prisma: PrismaClient, argv: string[]): Promise<CommandOutcome> {
  try {
    const { command, values, positional } = parseAdminArgs(argv);
    switch (command) {
      case "help":
        return { exitCode: 0, stdout: adminUsage + "\n", stderr: "" };
      case "user:create": {
        const result = await createUser({
          prisma,
          email: values.email!,
          password: values.password!,
          team: values.team!,
          role: values.role as never,
          name: values.name,
        });
        const what = result.createdUser ? "Created user" : "Updated user";
        const team = result.createdTeam ? `new team "${result.teamName}"` : `team "${result.teamName}"`;
        return { exitCode: 0, stdout: `${what} ${values.email!.trim().toLowerCase()} as ${values.role} in ${team}.\n`, stderr: "" };
      }
      case "user:reset-password": {
        const result = await resetPassword({ prisma, email: values.email!, password: values.password });
        const shown = values.password ? "" : `\nNew password: ${result.password}`;
        return { exitCode: 0, stdout: `Password reset for ${result.email}; their sessions are signed out.${shown}\n`, stderr: "" };
      }
      case "user:list":
        return { exitCode: 0, stdout: await userList(prisma, values.team), stderr: "" };
      case "team:list":
        return { exitCode: 0, stdout: await teamList(prisma), stderr: "" };
      case "token:create": {
        const team = await findTeamByName(prisma, values.team!);
        if (!team) throw new AppError("not_found", `No team named "${values.team!}".`);
        const user = await findCredentialsByEmail(prisma, values.email!);
        const membership = user ? await findMembership(prisma, team.id, user.id) : null;
        if (!user || !membership) throw new AppError("not_found", `${values.email!} is not a member of ${team.name}.`);
        const name = values.name?.trim() || `CLI token ${new Date().toISOString().slice(0, 10)}`;
        const { token } = await createApiToken({ prisma, userId: user.id, teamId: team.id, name, expiresInDays: null });
        return { exitCode: 0, stdout: `API token "${name}" for ${user.email} in ${team.name} (acts as ${membership.role}); shown only now:\n${token}\n`, stderr: "" };
      }
      case "backup": {
        const out = path.resolve(values.out!);
        const started = Date.now();
        const summary = await writeBackup({ prisma, scope: values.team ? { kind: "team", slug: values.team.trim() } : { kind: "all" }, out });
        const what = summary.header.scope.kind === "team" ? `team "${summary.header.scope.name}"` : "the whole database";
        return { exitCode: 0, stdout: `Backed up ${what} to ${out}: ${describeCounts(summary.tables)} in ${seconds(started)}.\n`, stderr: "" };
      }
      case "restore": {
        const started = Date.now();
        const summary = await restoreBackup({ prisma, file: path.resolve(positional!) });
        const what = summary.header.scope.kind === "team" ? `team "${summary.header.scope.name}"` : "the whole database";
        return {
          exitCode: 0,
          stdout: `Restored ${what} from the backup of ${summary.header.createdAt}: ${describeCounts(summary.tables)} in ${seconds(started)}.\n`,
          stderr: "",
        };
      }
    }
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 2, stdout: "", stderr: `${error.message}\n` };
    if (error instanceof AppError) return { exitCode: 1, stdout: "", stderr: `${error.message}\n` };
    return { exitCode: 1, stdout: "", stderr: `Failed: ${(error as Error).message}\n` };
  }
}

const seconds = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/**
 * The running app may have another working directory than the CLI: file arguments are made absolute
 * before the command is handed over the admin socket.
 */
export function withAbsolutePaths(argv: string[], cwd = process.cwd()): string[] {
  const [command, ...rest] = argv;
  if (command === "restore") return [command, ...rest.map((arg) => (arg.startsWith("-") ? arg : path.resolve(cwd, arg)))];
  if (command !== "backup") return argv;
  return [command, ...rest.map((arg, index) => (rest[index - 1] === "--out" ? path.resolve(cwd, arg) : arg.startsWith("--out=") ? `--out=${path.resolve(cwd, arg.slice(6))}` : arg))];
}

/** Backups and restores of a big database run for minutes; other commands answer at once. */
export function adminCommandTimeoutMs(argv: string[]): number {
  return argv[0] === "backup" || argv[0] === "restore" ? 6 * 60 * 60 * 1000 : 30_000;
}

// Tab-separated with a header line, so operators can read it and scripts can cut it.
function table(header: string[], rows: string[][]): string {
  return [header, ...rows].map((cells) => cells.map((cell) => cell.replace(/[\t\n]/g, " ")).join("\t")).join("\n") + "\n";
}

async function userList(prisma: PrismaClient, teamName: string | undefined): Promise<string> {
  let teamId: string | undefined;
  if (teamName !== undefined) {
    const team = await findTeamByName(prisma, teamName);
    if (!team) throw new AppError("not_found", `No team called "${teamName.trim()}". Run "npm run --silent admin -- team:list" for the list.`);
    teamId = team.id;
  }
  const users = await listUsersForOperators(prisma, { teamId });
  const rows = users.map((user) => [
    user.email,
    user.name,
    user.memberships.length ? user.memberships.map((m) => `${m.teamName} (${m.role})`).join(", ") : "(no team)",
    user.createdAt.slice(0, 10),
  ]);
  return table(["email", "name", "teams", "created"], rows);
}

async function teamList(prisma: PrismaClient): Promise<string> {
  const teams = await listTeamsForOperators(prisma);
  const rows = teams.map((team) => [team.name, team.slug, String(team.memberCount), String(team.adminCount), String(team.articleCount), team.createdAt.slice(0, 10)]);
  return table(["team", "slug", "members", "admins", "articles", "created"], rows);
}
