/**
 * Admin CLI for automation and recovery: `npm run --silent admin -- help`.
 * Uses DATABASE_URL when set; otherwise the embedded database, directly when no app holds it,
 * or through the running app's admin socket when one does.
 */
import { adminCommandTimeoutMs, adminUsage, parseAdminArgs, runAdminCommand, UsageError, withAbsolutePaths, type CommandOutcome } from "../server/admin-commands";
import { sendAdminCommand } from "../server/admin-socket";
import { lockOwner } from "../server/data-dir-lock";
import { configuredDatabase, openDatabase } from "../server/db";

async function main(given: string[]): Promise<number> {
  // `npm run` starts scripts in the package folder; INIT_CWD is where the operator typed the command.
  const argv = withAbsolutePaths(given, process.env.INIT_CWD ?? process.cwd());
  try {
    const { command } = parseAdminArgs(argv);
    if (command === "help") return emit({ exitCode: 0, stdout: adminUsage + "\n", stderr: "" });
  } catch (error) {
    if (error instanceof UsageError) return emit({ exitCode: 2, stdout: "", stderr: error.message + "\n" });
    throw error;
  }
  let options;
  try {
    options = configuredDatabase();
  } catch (error) {
    return emit({ exitCode: 2, stdout: "", stderr: (error as Error).message + "\n" });
  }
  if (!options.databaseUrl) {
    const owner = lockOwner(options.dataDir);
    if (owner !== null) {
      try {
        return emit(await sendAdminCommand(options.dataDir, argv, adminCommandTimeoutMs(argv)));
      } catch (error) {
        return emit({
          exitCode: 1,
          stdout: "",
          stderr: `The embedded database is held by process ${owner}, which did not take the command (${(error as Error).message}). Stop it and try again.\n`,
        });
      }
    }
  }
  let db;
  try {
    db = await openDatabase({ ...options, poolSize: 2 });
  } catch (error) {
    return emit({ exitCode: 1, stdout: "", stderr: (error as Error).message + "\n" });
  }
  try {
    return emit(await runAdminCommand(db.prisma, argv));
  } finally {
    await db.close();
  }
}

function emit(outcome: CommandOutcome): number {
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  return outcome.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`admin: ${(error as Error).message}`);
    process.exit(1);
  },
);
