import { parseArgs } from "node:util";
import type { PrismaClient } from "./repositories/client";
import { roles } from "./repositories/users";
import { AppError } from "./errors";
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
} as const;

type CommandName = keyof typeof commands;

export class UsageError extends Error {}

/** Checks the arguments without touching the database, so bad ones fail fast with one clear line. */
export function parseAdminArgs(argv: string[]): { command: CommandName | "help"; values: Record<string, string | undefined> } {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") return { command: "help", values: {} };
  if (!(command in commands)) throw new UsageError(`Unknown command "${command}". Run "npm run --silent admin -- help" for the list.`);
  const spec = commands[command as CommandName];
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args: rest, options: spec.options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message.split("\n")[0]}`);
  }
  const missing = spec.required.filter((name) => !values[name]?.trim());
  if (missing.length) throw new UsageError(`${command}: missing ${missing.map((name) => `--${name}`).join(", ")}.`);
  return { command: command as CommandName, values };
}

export async function runAdminCommand(prisma: PrismaClient, argv: string[]): Promise<CommandOutcome> {
  try {
    const { command, values } = parseAdminArgs(argv);
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
    }
  } catch (error) {
    if (error instanceof UsageError) return { exitCode: 2, stdout: "", stderr: `${error.message}\n` };
    if (error instanceof AppError) return { exitCode: 1, stdout: "", stderr: `${error.message}\n` };
    return { exitCode: 1, stdout: "", stderr: `Failed: ${(error as Error).message}\n` };
  }
}
