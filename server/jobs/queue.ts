import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import PgBoss from "pg-boss";
import type { Database } from "@/server/db";
import type { DbClient } from "@/server/repositories/client";

/**
 * Background work runs on pg-boss, a job queue kept in the application's own database (schema
 * "pgboss"): on PostgreSQL every instance takes jobs from the same tables, and in embedded mode the
 * same jobs run in-process over PGlite. Jobs carry ids only; the rows they work on hold the state.
 */
export const jobNames = {
  importItem: "import-item",
  /** Where an import item lands after its last retry, to be recorded as failed. */
  importItemGaveUp: "import-item-gave-up",
  exportFile: "export-file",
  exportFileGaveUp: "export-file-gave-up",
} as const;

export type JobName = (typeof jobNames)[keyof typeof jobNames];

export interface JobRequest {
  name: JobName;
  data: Record<string, string>;
}

export interface JobQueue {
  /**
   * Adds jobs inside the caller's transaction, so a job exists exactly when the rows it works on do:
   * a crash between the two cannot leave an import item without its job or a job without its item.
   */
  enqueue(tx: DbClient, jobs: JobRequest[]): Promise<void>;
  /** Starts a worker on a queue; `concurrency` workers each take one job at a time. */
  work<Data>(name: JobName, concurrency: number, handler: (job: JobRun<Data>) => Promise<void>): Promise<void>;
  /** Makes idle workers of a queue look for jobs now instead of at their next poll. */
  wake(name: JobName): void;
  stop(): Promise<void>;
}

export interface JobRun<Data> {
  id: string;
  data: Data;
  /** Attempts made before this one; equals retryLimit on the last attempt. */
  retryCount: number;
  retryLimit: number;
}

// Retries with backoff are for failures that may pass (a dropped connection, a timeout); bad input
// is recorded as failed by the handlers without a retry. An item whose worker died (kill -9, a lost
// machine) stays "active" until it expires: keep that short, because no import runs anywhere near it.
function queueOptions(retryDelay: number): PgBoss.Queue[] {
  const retryPolicy = { retryLimit: 3, retryDelay, retryBackoff: true };
  return [
    { name: jobNames.importItemGaveUp, retryLimit: 5, retryDelay: 5 },
    { name: jobNames.importItem, ...retryPolicy, expireInSeconds: 30, deadLetter: jobNames.importItemGaveUp },
    { name: jobNames.exportFileGaveUp, retryLimit: 5, retryDelay: 5 },
    { name: jobNames.exportFile, ...retryPolicy, expireInSeconds: 300, deadLetter: jobNames.exportFileGaveUp },
  ];
}

/** Jobs a worker takes per fetch: enough to keep it busy between polls, few enough to share among instances. */
const fetchBatchSize = 5;

export interface StartJobQueueOptions {
  /** Seconds between looks for new work when nobody woke the workers. */
  pollingIntervalSeconds?: number;
  /** Seconds between maintenance runs, which also return expired jobs (of dead workers) to the queue. */
  maintenanceIntervalSeconds?: number;
  /** Seconds before the first retry of a failed job (doubling after each further failure). */
  retryDelaySeconds?: number;
}

export async function startJobQueue(database: Database, options: StartJobQueueOptions = {}): Promise<JobQueue> {
  const connection = database.jobConnection;
  const boss = new PgBoss({
    ...(connection.kind === "postgresql"
      ? { connectionString: connection.connectionString, max: 4, application_name: "factdesk-jobs" }
      : { db: { executeSql: (text: string, values?: unknown[]) => connection.executeSql(text, values) } }),
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 10,
    monitorStateIntervalSeconds: 60,
  });
  boss.on("error", (error) => console.error(`factdesk jobs: ${error.message}`));
  await boss.start();
  for (const queue of queueOptions(options.retryDelaySeconds ?? 2)) {
    // createQueue is not an upsert: an existing queue keeps its options until updated.
    if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
    else await boss.createQueue(queue.name, queue);
  }
  // One process owns an embedded database (the data folder's lock file), so whatever it finds running
  // was running when the process died: send it back to the queue now instead of waiting for expiry.
  if (database.kind === "pglite") await requeueOrphans(boss);

  const workerIds = new Map<JobName, string[]>();
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
  return {
    enqueue: async (tx, jobs) => {
      if (jobs.length === 0) return;
      const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
      await boss.insert(
        jobs.map((job) => ({ name: job.name, data: job.data })),
        { db },
      );
    },
    work: async <Data>(name: JobName, concurrency: number, handler: (job: JobRun<Data>) => Promise<void>) => {
      for (let i = 0; i < concurrency; i++) {
        let workerId = "";
        workerId = await boss.work<Data>(name, { batchSize: fetchBatchSize, includeMetadata: true, pollingIntervalSeconds }, async (batch) => {
          // Each job of the batch succeeds or fails on its own: a failed one is handed back for retry
          // here, and pg-boss completes only those still active when the batch returns.
          for (const job of batch) {
            try {
              await handler({ id: job.id, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit });
            } catch (error) {
              await boss.fail(name, job.id, { message: (error as Error).message });
            }
            // The embedded database answers within the same turn of the event loop, so a run of jobs would
            // otherwise never let the server read a request: people's pages would wait for the whole import.
            await yieldToEventLoop();
          }
          // A full batch means more work is likely waiting: look again at once instead of after the polling pause.
          if (batch.length > 0) boss.notifyWorker(workerId);
        });
        workerIds.set(name, [...(workerIds.get(name) ?? []), workerId]);
      }
    },
    wake: (name) => {
      for (const id of workerIds.get(name) ?? []) boss.notifyWorker(id);
    },
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

async function requeueOrphans(boss: PgBoss): Promise<void> {
  const { rows } = await boss.getDb().executeSql("SELECT name, id FROM pgboss.job WHERE state = 'active'", []);
  for (const row of rows as { name: string; id: string }[]) {
    await boss.fail(row.name, row.id, { message: "The server stopped while this job was running; it was returned to the queue." });
  }
}

type JobQueueState = { promise?: Promise<JobQueue> };
const globalState = globalThis as typeof globalThis & { __factdeskJobs?: JobQueueState };

/** The process's job queue, set by the server's boot once the database is open. */
export function setJobQueue(queue: Promise<JobQueue>): void {
  globalState.__factdeskJobs = { promise: queue };
}

export function jobQueue(): Promise<JobQueue> {
  const queue = globalState.__factdeskJobs?.promise;
  if (!queue) return Promise.reject(new Error("The background job queue has not started."));
  return queue;
}

export async function stopJobQueue(): Promise<void> {
  const queue = globalState.__factdeskJobs?.promise;
  globalState.__factdeskJobs = {};
  if (queue) await (await queue.catch(() => undefined))?.stop();
}
