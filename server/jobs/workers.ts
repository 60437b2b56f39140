import type { Database } from "@/server/db";
import type { FetchAllowlist } from "@/server/address-policy";
import type { ResolveHost } from "@/server/services/fetch-article-url";
import { giveUpImportItem, importBatchItem } from "@/server/services/import-batch-item";
import { giveUpExport, prepareExport } from "@/server/services/prepare-export";
import { jobNames, startJobQueue, type JobQueue, type StartJobQueueOptions } from "./queue";

export interface StartWorkersOptions extends StartJobQueueOptions {
  allowlist?: FetchAllowlist;
  /** How URL items look up host names (tests replace it; the default is the system resolver). */
  resolveHost?: ResolveHost;
}

/**
 * Starts the job queue with this process's workers. PGlite runs one statement at a time, so one worker
 * per queue is all it can use; on PostgreSQL each instance adds its own.
 */
export async function startJobWorkers(database: Database, options: StartWorkersOptions = {}): Promise<JobQueue> {
  const jobs = await startJobQueue(database, options);
  const { prisma } = database;
  const concurrency = database.kind === "pglite" ? 1 : 2;
  await jobs.work<{ itemId: string }>(jobNames.importItem, concurrency, async (job) => {
    await importBatchItem({ prisma, itemId: job.data.itemId, allowlist: options.allowlist, resolveHost: options.resolveHost });
  });
  await jobs.work<{ itemId: string }>(jobNames.importItemGaveUp, 1, async (job) => {
    await giveUpImportItem({ prisma, itemId: job.data.itemId });
  });
  await jobs.work<{ exportId: string }>(jobNames.exportFile, 1, async (job) => {
    await prepareExport({ prisma, exportId: job.data.exportId });
  });
  await jobs.work<{ exportId: string }>(jobNames.exportFileGaveUp, 1, async (job) => {
    await giveUpExport({ prisma, exportId: job.data.exportId });
  });
  return jobs;
}
