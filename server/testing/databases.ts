import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/server/db";

/**
 * The databases integration tests run against: always PGlite in-process, and PostgreSQL too when
 * TEST_DATABASE_URL is set (CI). Each opened database is new and empty, with migrations applied.
 */
export const testDatabaseKinds: ("pglite" | "postgresql")[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];

export interface TestDatabase extends Database {
  /** Closes the database and, on PostgreSQL, drops the scratch database. */
  dispose(): Promise<void>;
}

export async function openTestDatabase(kind: "pglite" | "postgresql"): Promise<TestDatabase> {
  if (kind === "pglite") {
    const db = await openDatabase({ dataDir: "", inMemory: true });
    return { ...db, dispose: () => db.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `factdesk_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: "", poolSize: 30 });
  return {
    ...db,
    dispose: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
