import { ensureAuthSecret } from "./auth-secret";
import { closeDatabase, getDatabase, type Database } from "./db";
import { env } from "./env";
import { startAdminSocket } from "./admin-socket";
import { setJobQueue, stopJobQueue } from "./jobs/queue";
import { startJobWorkers } from "./jobs/workers";
import { seedDemo } from "./services/seed-demo";

const bootState = globalThis as typeof globalThis & { __factdeskBooted?: boolean };

function fail(message: string): never {
  console.error(`factdesk: ${message}`);
  // Without exiting, Next would go on serving 500s over a database that never opened.
  process.exit(1);
}

/**
 * Opens the database in the background (health answers 503 until migrations are applied),
 * seeds the demo on an empty database, and closes PGlite cleanly on SIGINT/SIGTERM.
 */
export function startServer(): void {
  if (bootState.__factdeskBooted) return;
  bootState.__factdeskBooted = true;
  let config;
  try {
    config = env();
    ensureAuthSecret({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir, production: config.NODE_ENV === "production" });
  } catch (error) {
    fail((error as Error).message);
  }
  const startedAt = Date.now();
  let stopAdminSocket: (() => Promise<void>) | undefined;
  const database = getDatabase(async (db: Database) => {
    if (!config.FACTDESK_NO_DEMO) {
      const demo = await seedDemo(db.prisma);
      if (demo) printDemoAccount(demo);
    }
    if (db.kind === "pglite") stopAdminSocket = await startAdminSocket(config.dataDir, db.prisma);
  });
  const jobs = database.then((db) => startJobWorkers(db, { allowlist: config.fetchAllowlist }));
  setJobQueue(jobs);
  jobs.catch((error: Error) => fail(`the background job queue did not start: ${error.message}`));
  database.then(
    (db) => {
      const where = db.kind === "pglite" ? `embedded database in ${config.dataDir}` : "PostgreSQL";
      const applied = db.appliedMigrations.length ? `, applied ${db.appliedMigrations.length} migration(s)` : "";
      console.log(`factdesk: ready on http://localhost:${config.PORT} (${where}${applied}, ${Date.now() - startedAt} ms)`);
    },
    (error: Error) => fail(error.message),
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`factdesk: ${signal} received, closing the database`);
    void (async () => {
      await stopAdminSocket?.().catch(() => undefined);
      // Workers finish the job in hand (or hand it back) before the database they write to closes.
      await stopJobQueue().catch(() => undefined);
      await closeDatabase().catch(() => undefined);
      process.exit(0);
    })();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

function printDemoAccount(demo: { email: string; password: string; team: string }): void {
  const line = "─".repeat(64);
  console.log(
    [
      line,
      `  Demo team "${demo.team}" created with the example article.`,
      `  Sign in as   ${demo.email}`,
      `  Password     ${demo.password}`,
      "  This password is shown only once. Change it in Settings, or reset it with:",
      `  npm run --silent admin -- user:reset-password --email ${demo.email}`,
      line,
    ].join("\n"),
  );
}
