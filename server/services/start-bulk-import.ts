import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { createImportBatch } from "@/server/repositories/import-batches";
import { jobNames, type JobQueue } from "@/server/jobs/queue";
import type { ImportBundle } from "./read-import-bundle";

export interface StartBulkImportOptions {
  prisma: PrismaClient;
  jobs: JobQueue;
  teamId: string;
  actorId: string | null;
  bundle: ImportBundle;
}

export interface StartBulkImportResult {
  batchId: string;
  total: number;
  /** Items refused while the upload was read; they are listed with their reasons on the batch. */
  refused: number;
}

/**
 * Records the batch and its items and queues one job per importable item, all in one transaction:
 * the batch is there with all its work queued, or not at all.
 */
export async function startBulkImport(options: StartBulkImportOptions): Promise<StartBulkImportResult> {
  const { bundle } = options;
  const result = await options.prisma.$transaction(async (tx) => {
    const batch = await createImportBatch(tx, { teamId: options.teamId, createdById: options.actorId, source: bundle.source, label: bundle.label, items: bundle.items });
    await options.jobs.enqueue(
      tx,
      batch.pendingItemIds.map((itemId) => ({ name: jobNames.importItem, data: { itemId } })),
    );
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "import.start",
      entityType: "import",
      entityId: batch.id,
      after: { source: bundle.source, label: bundle.label, total: bundle.items.length },
    });
    return batch;
  });
  options.jobs.wake(jobNames.importItem);
  return { batchId: result.id, total: bundle.items.length, refused: bundle.items.length - result.pendingItemIds.length };
}
