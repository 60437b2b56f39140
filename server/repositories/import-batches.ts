import type { DbClient } from "./client";

export type ImportItemStatus = "pending" | "imported" | "duplicate" | "failed";
export type ImportSource = "zip" | "files" | "jsonl" | "api";

/** What one item of a bulk import brings: a file's bytes, a title and text, or an address to fetch. */
export interface ImportItemInput {
  name: string;
  content?: Uint8Array | null;
  title?: string | null;
  body?: string | null;
  url?: string | null;
  publisher?: string | null;
  publishedAt?: Date | null;
  /** Set when the item was refused while the upload was read (a malformed line, an unsupported file). */
  error?: string | null;
}

export interface ImportItemWork {
  id: string;
  teamId: string;
  batchId: string;
  name: string;
  content: Uint8Array | null;
  title: string | null;
  body: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  createdById: string | null;
}

export interface ImportBatchSummaryDto {
  id: string;
  source: ImportSource;
  label: string;
  total: number;
  createdAt: string;
  finishedAt: string | null;
  createdByName: string | null;
  counts: Record<ImportItemStatus, number>;
}

export interface ImportItemDto {
  id: string;
  position: number;
  name: string;
  status: ImportItemStatus;
  attempts: number;
  error: string | null;
  articleId: string | null;
  articleTitle: string | null;
}

export interface ImportBatchDetailDto extends ImportBatchSummaryDto {
  /** Items that failed, and those imported, in upload order (capped by the caller's limit). */
  items: ImportItemDto[];
}

const emptyCounts = (): Record<ImportItemStatus, number> => ({ pending: 0, imported: 0, duplicate: 0, failed: 0 });

export async function createImportBatch(
  db: DbClient,
  batch: { teamId: string; createdById: string | null; source: ImportSource; label: string; items: ImportItemInput[] },
): Promise<{ id: string; pendingItemIds: string[] }> {
  const created = await db.importBatch.create({
    data: { teamId: batch.teamId, createdById: batch.createdById, source: batch.source, label: batch.label, total: batch.items.length },
    select: { id: true },
  });
  await db.importItem.createMany({
    data: batch.items.map((item, index) => ({
      batchId: created.id,
      teamId: batch.teamId,
      position: index + 1,
      name: item.name,
      status: item.error ? ("failed" as const) : ("pending" as const),
      error: item.error ?? null,
      content: item.content ? Buffer.from(item.content).toString("base64") : null,
      title: item.title ?? null,
      body: item.body ?? null,
      url: item.url ?? null,
      publisher: item.publisher ?? null,
      publishedAt: item.publishedAt ?? null,
    })),
  });
  const pending = await db.importItem.findMany({
    where: { batchId: created.id, teamId: batch.teamId, status: "pending" },
    select: { id: true },
    orderBy: { position: "asc" },
  });
  if (pending.length === 0) await db.importBatch.update({ where: { id: created.id }, data: { finishedAt: new Date() } });
  return { id: created.id, pendingItemIds: pending.map((item) => item.id) };
}

/** The item with what it needs to be imported, when it still waits for it; null once it is done. */
export async function findPendingImportItem(db: DbClient, itemId: string): Promise<ImportItemWork | null> {
  const item = await db.importItem.findFirst({
    where: { id: itemId, status: "pending" },
    select: {
      id: true,
      teamId: true,
      batchId: true,
      name: true,
      content: true,
      title: true,
      body: true,
      url: true,
      publisher: true,
      publishedAt: true,
      batch: { select: { createdById: true } },
    },
  });
  if (!item) return null;
  const { batch, content, ...rest } = item;
  return { ...rest, content: content === null ? null : new Uint8Array(Buffer.from(content, "base64")), createdById: batch.createdById };
}

export async function countImportAttempt(db: DbClient, itemId: string): Promise<void> {
  await db.importItem.updateMany({ where: { id: itemId, status: "pending" }, data: { attempts: { increment: 1 } } });
}

/** Records how a pending item ended; the payload goes, since the article (or the error) now tells. */
export async function finishImportItem(
  db: DbClient,
  item: { id: string; batchId: string },
  outcome: { status: "imported" | "duplicate"; articleId: string } | { status: "failed"; error: string },
): Promise<boolean> {
  const updated = await db.importItem.updateMany({
    where: { id: item.id, status: "pending" },
    data: {
      status: outcome.status,
      articleId: outcome.status === "failed" ? null : outcome.articleId,
      error: outcome.status === "failed" ? outcome.error.slice(0, 2000) : null,
      ...(outcome.status === "failed" ? {} : { content: null, body: null }),
    },
  });
  if (updated.count === 0) return false;
  await markBatchFinishedIfDone(db, item.batchId);
  return true;
}

/** Keeps the last error of an attempt that will be retried, so the progress page can say what is going on. */
export async function noteImportItemError(db: DbClient, itemId: string, error: string): Promise<void> {
  await db.importItem.updateMany({ where: { id: itemId, status: "pending" }, data: { error: error.slice(0, 2000) } });
}

export async function importItemAttempts(db: DbClient, itemId: string): Promise<{ attempts: number; error: string | null }> {
  const item = await db.importItem.findFirst({ where: { id: itemId }, select: { attempts: true, error: true } });
  return item ?? { attempts: 0, error: null };
}

async function markBatchFinishedIfDone(db: DbClient, batchId: string): Promise<void> {
  const pending = await db.importItem.count({ where: { batchId, status: "pending" } });
  if (pending === 0) await db.importBatch.updateMany({ where: { id: batchId, finishedAt: null }, data: { finishedAt: new Date() } });
}

const batchSelect = {
  id: true,
  source: true,
  label: true,
  total: true,
  createdAt: true,
  finishedAt: true,
  createdBy: { select: { name: true } },
} as const;

type BatchRow = { id: string; source: string; label: string; total: number; createdAt: Date; finishedAt: Date | null; createdBy: { name: string } | null };

function toSummary(row: BatchRow, counts: Record<ImportItemStatus, number>): ImportBatchSummaryDto {
  return {
    id: row.id,
    source: row.source as ImportSource,
    label: row.label,
    total: row.total,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdByName: row.createdBy?.name ?? null,
    counts,
  };
}

async function countsByBatch(db: DbClient, teamId: string, batchIds: string[]): Promise<Map<string, Record<ImportItemStatus, number>>> {
  const groups = await db.importItem.groupBy({ by: ["batchId", "status"], where: { teamId, batchId: { in: batchIds } }, _count: { _all: true } });
  const counts = new Map(batchIds.map((id) => [id, emptyCounts()]));
  for (const group of groups) {
    const batch = counts.get(group.batchId);
    if (batch) batch[group.status] = group._count._all;
  }
  return counts;
}

export async function listImportBatches(db: DbClient, teamId: string, limit = 20): Promise<ImportBatchSummaryDto[]> {
  const rows = await db.importBatch.findMany({ where: { teamId }, select: batchSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  const counts = await countsByBatch(db, teamId, rows.map((row) => row.id));
  return rows.map((row) => toSummary(row, counts.get(row.id) ?? emptyCounts()));
}

export async function findImportBatch(db: DbClient, teamId: string, batchId: string, itemLimit = 500): Promise<ImportBatchDetailDto | null> {
  const row = await db.importBatch.findFirst({ where: { id: batchId, teamId }, select: batchSelect });
  if (!row) return null;
  const [counts, items] = await Promise.all([
    countsByBatch(db, teamId, [batchId]),
    db.importItem.findMany({
      where: { batchId, teamId },
      // Failures first: they are what the person has to act on.
      orderBy: [{ status: "desc" }, { position: "asc" }],
      take: itemLimit,
      select: { id: true, position: true, name: true, status: true, attempts: true, error: true, articleId: true, article: { select: { title: true } } },
    }),
  ]);
  return {
    ...toSummary(row, counts.get(batchId) ?? emptyCounts()),
    items: items.map(({ article, ...item }) => ({ ...item, articleTitle: article?.title ?? null })),
  };
}
