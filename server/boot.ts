import { ensureAuthSecret } from "./auth-secret";
import { closeDatabase, getDatabase, type Database } from "./db";
import { env } from "./env";
import { startAdminSocket } from "./admin-socket";
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
  getDatabase(async (db: Database) => {
    if (!config.FACTDESK_NO_DEMO) {
      const demo = await seedDemo(db.prisma);
      if (demo) printDemoAccount(demo);
    }
    if (db.kind === "pglite") stopAdminSocket = await startAdminSocket(config.dataDir, db.prisma);
  }).then(
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
