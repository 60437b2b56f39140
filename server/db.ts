import { createHash } from "node:crypto";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { registerDirectQuery } from "./repositories/client";
import { acquireDataDirLock } from "./data-dir-lock";
import { env } from "./env";
import { applyMigrations, type MigrationTarget } from "./migrations";

export type DatabaseKind = "pglite" | "postgresql";

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Names of the migrations this open applied (empty when the schema was already current). */
  appliedMigrations: string[];
  /** How the background job queue reaches the same database (see server/jobs). */
  jobConnection: JobConnection;
  /** Cheap liveness probe for /api/health: false when the database does not answer. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Statements for the job queue: a PostgreSQL address, or an executor over the embedded database. */
export type JobConnection =
  | { kind: "postgresql"; connectionString: string }
  | { kind: "pglite"; executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

export interface OpenOptions {
  /** PostgreSQL connection string; when absent, the embedded database in dataDir is used. */
  databaseUrl?: string;
  dataDir: string;
  /** In-memory PGlite, for tests that need no persistence. */
  inMemory?: boolean;
  poolSize?: number;
}

// PGlite runs one statement at a time, so transactions queue behind each other: give them room.
const transactionOptions = { maxWait: 20_000, timeout: 30_000 };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize) : openEmbedded(options);
}

async function openPostgres(connectionString: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
  pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot reach the PostgreSQL database in DATABASE_URL (${describeConnectError(error)}).`);
  }
  let appliedMigrations: string[];
  try {
    // Several instances may start at once: one applies the migrations, the others wait for it.
    await client.query("SELECT pg_advisory_lock(727274)");
    appliedMigrations = await applyMigrations(postgresTarget(client));
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => undefined);
    client.release();
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) as never, transactionOptions });
  registerDirectQuery(
    prisma,
    async (text, values, { prepare }) =>
      (await pool.query<Record<string, unknown>>({ name: prepare ? preparedStatementName(text) : undefined, text, values: values.map(utcTimestampParam), types: utcTimestampTypes })).rows,
  );
  return {
    prisma,
    kind: "postgresql",
    appliedMigrations,
    jobConnection: { kind: "postgresql", connectionString },
    ping: async () => {
      try {
        await pool.query("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      await waitForIdlePool(pool);
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

/**
 * Lets the statements of requests still in flight finish before the pool ends (bounded, so a stuck
 * statement cannot hold a shutdown): on a rolling restart they would otherwise fail with "Cannot use
 * a pool after calling end on the pool".
 */
async function waitForIdlePool(pool: pg.Pool, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const busy = () => pool.waitingCount > 0 || pool.idleCount < pool.totalCount;
  // Idle twice in a row: a request between its two statements leaves the pool idle for a moment.
  let idleChecks = 0;
  while (idleChecks < 2 && Date.now() < deadline) {
    idleChecks = busy() ? 0 : idleChecks + 1;
    if (idleChecks < 2) await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// pg prepares a named statement once per connection and refuses one name for two texts: name by content.
const preparedStatementNames = new Map<string, string>();
function preparedStatementName(text: string): string {
  let name = preparedStatementNames.get(text);
  if (!name) preparedStatementNames.set(text, (name = `factdesk_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`));
  return name;
}

// Prisma keeps DateTime columns as timestamp without time zone, in UTC: send and read them as UTC,
// whatever the server process's time zone, exactly as Prisma's own adapter does.
const utcTimestampParam = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
const timestampWithoutZone = 1114;
const parseUtcTimestamp = (text: string): Date => new Date(`${text.replace(" ", "T")}Z`);
const utcTimestampTypes = {
  getTypeParser: ((oid: number, format?: string): unknown =>
    oid === timestampWithoutZone ? parseUtcTimestamp : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function postgresTarget(client: pg.PoolClient): MigrationTarget {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
    transaction: async (work) => {
      await client.query("BEGIN");
      try {
        await work({
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => void (await client.query(sql, params)),
        });
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
  };
}

async function openEmbedded(options: OpenOptions): Promise<Database> {
  const release = options.inMemory ? () => undefined : acquireDataDirLock(options.dataDir);
  let pglite: PGlite;
  try {
    pglite = options.inMemory ? await PGlite.create() : await PGlite.create(path.join(options.dataDir, "pgdata"));
  } catch (error) {
    release();
    throw new Error(`Cannot open the embedded database in ${options.dataDir}: ${(error as Error).message}`);
  }
  let appliedMigrations: string[];
  try {
    appliedMigrations = await applyMigrations(pgliteTarget(pglite));
  } catch (error) {
    await pglite.close().catch(() => undefined);
    release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) as never, transactionOptions });
  const utcParsers = { [timestampWithoutZone]: parseUtcTimestamp };
  registerDirectQuery(prisma, async (text, values) => (await pglite.query<Record<string, unknown>>(text, values.map(utcTimestampParam), { parsers: utcParsers })).rows);
  let closed = false;
  return {
    prisma,
    kind: "pglite",
    appliedMigrations,
    jobConnection: { kind: "pglite", executeSql: (text, values) => executePglite(pglite, text, values) },
    ping: () => Promise.resolve(!closed && !pglite.closed),
    close: async () => {
      if (closed) return;
      closed = true;
      await waitForQueuedStatements(pglite);
      await prisma.$disconnect().catch(() => undefined);
      await pglite.close().catch(() => undefined);
      release();
    },
  };
}

/**
 * PGlite runs one statement at a time in order: one more statement, queued behind whatever requests in
 * flight have sent (twice, for a request between two statements), returns once they are done. Bounded.
 */
async function waitForQueuedStatements(pglite: PGlite, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let round = 0; round < 2; round++) {
    const left = deadline - Date.now();
    if (left <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([pglite.query("SELECT 1").catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
    clearTimeout(timer);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function executePglite(pglite: PGlite, text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
  // A prepared statement holds one command; the job queue's schema scripts hold many and take no values.
  if (values?.length) return pglite.query(text, values);
  const results = await pglite.exec(text);
  return results[results.length - 1] ?? { rows: [] };
}

function pgliteTarget(pglite: PGlite): MigrationTarget {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
    transaction: async (work) => {
      await pglite.transaction(async (tx) => {
        await work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async (sql, params) => void (await tx.query(sql, params)),
        });
      });
    },
  };
}

function describeConnectError(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { message?: string };
  if (err.code === "ECONNREFUSED") return "connection refused";
  if (err.code === "ENOTFOUND") return "host not found";
  return err.message?.split("\n")[0] ?? String(error);
}

/** The configuration's database options: DATABASE_URL if set, else the embedded database in DATA_DIR. */
export function configuredDatabase(): OpenOptions {
  const config = env();
  return { databaseUrl: config.DATABASE_URL, dataDir: config.dataDir };
}

type DatabaseState = { promise?: Promise<Database>; ready?: Database; error?: Error };
const globalState = globalThis as typeof globalThis & { __factdeskDatabase?: DatabaseState };

function state(): DatabaseState {
  globalState.__factdeskDatabase ??= {};
  return globalState.__factdeskDatabase;
}

/**
 * The process's one database, opened on first use and cached on globalThis (one PGlite per process).
 * `onReady` runs once after migrations, before anyone else gets the handle (the app seeds demo data there).
 */
export function getDatabase(onReady?: (db: Database) => Promise<void>): Promise<Database> {
  const current = state();
  current.promise ??= (async () => {
    try {
      const db = await openDatabase(configuredDatabase());
      if (onReady) await onReady(db);
      current.ready = db;
      return db;
    } catch (error) {
      current.error = error as Error;
      throw error;
    }
  })();
  return current.promise;
}

/** The database if it has finished opening, without waiting (health checks must not block). */
export function readyDatabase(): Database | undefined {
  return state().ready;
}

export function databaseOpenError(): Error | undefined {
  return state().error;
}

export async function prisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const current = state();
  const db = current.ready ?? (current.promise ? await current.promise.catch(() => undefined) : undefined);
  globalState.__factdeskDatabase = {};
  await db?.close();
}
