import { openDatabase, type Database } from "@/server/db";
import { createScratchDatabase } from "./scratch-database";

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
  const scratch = await createScratchDatabase(serverUrl, "factdesk_t");
  const db = await openDatabase({ databaseUrl: scratch.url, dataDir: "", poolSize: 30 });
  return {
    ...db,
    dispose: async () => {
      await db.close();
      await scratch.drop();
    },
  };
}
