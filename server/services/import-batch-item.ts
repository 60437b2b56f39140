import type { DbClient, PrismaClient } from "@/server/repositories/client";
import type { FetchAllowlist } from "@/server/address-policy";
import { AppError, unstorableTextError } from "@/server/errors";
import { countImportAttempt, findPendingImportItem, finishImportItem, importItemAttempts, noteImportItemError, type ImportItemWork } from "@/server/repositories/import-batches";
import { importArticle, type ImportArticleResult } from "./import-article";
import { importArticleFile } from "./import-article-file";
import { importArticleUrl } from "./import-article-url";
import type { ResolveHost } from "./fetch-article-url";

export interface ImportBatchItemOptions {
  prisma: PrismaClient;
  itemId: string;
  allowlist?: FetchAllowlist;
  resolveHost?: ResolveHost;
}

const retryNote = "Attempt failed, will retry: ";

export type ImportBatchItemOutcome = "imported" | "duplicate" | "failed" | "already done";

/**
 * Imports one item of a bulk import (the job handler's work). The article and the item's "imported"
 * mark are written in one transaction, so a crash leaves either both or neither, and a job run again
 * after a crash finds the item done and stops. Bad input (an empty file, a page that is not an
 * article) fails the item at once; anything else is thrown so the queue retries it.
 */
export async function importBatchItem(options: ImportBatchItemOptions): Promise<ImportBatchItemOutcome> {
  const { prisma } = options;
  const item = await findPendingImportItem(prisma, options.itemId);
  if (!item) return "already done";
  await countImportAttempt(prisma, item.id);
  let finishedInImport = false;
  const onStored = async (tx: DbClient, articleId: string) => {
    finishedInImport = await finishImportItem(tx, item, { status: "imported", articleId });
  };
  let result: ImportArticleResult;
  try {
    result = await importItemContent(options, item, onStored);
  } catch (error) {
    // Text the database refuses (a NUL byte in a title) is bad input too: no retry will store it.
    const refusal = error instanceof AppError ? error : unstorableTextError(error);
    if (refusal && !refusal.transient) {
      await finishImportItem(prisma, item, { status: "failed", error: refusal.message });
      return "failed";
    }
    await noteImportItemError(prisma, item.id, `${retryNote}${error instanceof AppError ? error.message : "the server could not finish it."}`);
    if (!(error instanceof AppError)) console.error(`factdesk: import item ${item.id} failed, will retry:`, error);
    throw error;
  }
  if (finishedInImport) return "imported";
  // The team already had this text (from before, or an earlier item of the same batch).
  await finishImportItem(prisma, item, { status: "duplicate", articleId: result.articleId });
  return "duplicate";
}

function importItemContent(
  options: ImportBatchItemOptions,
  item: ImportItemWork,
  onStored: (tx: DbClient, articleId: string) => Promise<void>,
): Promise<ImportArticleResult> {
  const common = { prisma: options.prisma, teamId: item.teamId, actorId: item.createdById, publisher: item.publisher, publishedAt: item.publishedAt, onStored };
  if (item.content) return importArticleFile({ ...common, fileName: item.name, bytes: item.content, title: item.title });
  if (item.body !== null) return importArticle({ ...common, title: item.title ?? "", body: item.body });
  if (item.url) return importArticleUrl({ ...common, url: item.url, title: item.title, allowlist: options.allowlist, resolveHost: options.resolveHost });
  throw new AppError("validation", "The item has neither text nor an address.");
}

/** Records an item whose job used up its retries; its last error says why. */
export async function giveUpImportItem(options: { prisma: PrismaClient; itemId: string }): Promise<boolean> {
  const item = await findPendingImportItem(options.prisma, options.itemId);
  if (!item) return false;
  const last = await importItemAttempts(options.prisma, item.id);
  const reason = last.error?.replace(retryNote, "") ?? "unknown error";
  return finishImportItem(options.prisma, item, { status: "failed", error: `Gave up after ${last.attempts} attempts: ${reason}` });
}
