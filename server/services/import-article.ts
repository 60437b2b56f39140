import { createHash } from "node:crypto";
import { analyze } from "@/core";
import { isConstraintViolation, type DbClient, type PrismaClient } from "@/server/repositories/client";
import { findArticleIdByHash } from "@/server/repositories/articles";
import { recordAudit } from "@/server/repositories/audit";
import { storeAnalysis } from "@/server/repositories/analysis";
import { AppError } from "@/server/errors";

export const maxArticleBytes = 5 * 1024 * 1024;

export interface ImportArticleOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  title: string;
  body: string;
  sourceUrl?: string | null;
  publisher?: string | null;
  publishedAt?: Date | null;
  language?: string;
  /** Runs inside the import's transaction once the article exists, so what it records stands or falls with it. */
  onStored?: (tx: DbClient, articleId: string) => Promise<void>;
}

export interface ImportArticleResult {
  articleId: string;
  /** True when the team already had this exact text: the existing article is offered instead. */
  duplicate: boolean;
  counts: { speakers: number; quotes: number; claims: number };
}

export function contentHash(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 13 || code === 9 || code === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Rejects text that is not an article: empty, too large, or binary (NUL or mostly control characters). */
export function validateArticleBody(body: string): void {
  if (body.trim().length === 0) throw new AppError("validation", "The article text is empty.");
  if (Buffer.byteLength(body, "utf8") > maxArticleBytes) {
    throw new AppError("payload_too_large", `The article is larger than ${maxArticleBytes / 1024 / 1024} MB.`);
  }
  let control = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 0) throw new AppError("validation", "This looks like a binary file, not article text.");
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  if (control > body.length * 0.05) throw new AppError("validation", "This looks like a binary file, not article text.");
}

/** Pins the article text, analyses it and stores the split, all or nothing; one audit entry. */
export async function importArticle(options: ImportArticleOptions): Promise<ImportArticleResult> {
  const title = options.title.trim();
  if (!title) throw new AppError("validation", "The article needs a title.");
  if (title.length > 500) throw new AppError("validation", "The title is longer than 500 characters.");
  validateArticleBody(options.body);
  const body = options.body;
  const hash = contentHash(body);
  const existing = await findArticleIdByHash(options.prisma, options.teamId, hash);
  if (existing) return duplicateOf(existing);

  const analysis = analyze(body);
  try {
    return await storeImport(options, { title, body, hash, analysis });
  } catch (error) {
    // Two imports of the same text can both pass the check above; the unique (teamId, contentHash)
    // index lets one win, and the other offers the winner's article like any duplicate.
    if (!isConstraintViolation(error, "P2002")) throw error;
    const winner = await findArticleIdByHash(options.prisma, options.teamId, hash);
    if (!winner) throw error;
    return duplicateOf(winner);
  }
}

function duplicateOf(articleId: string): ImportArticleResult {
  return { articleId, duplicate: true, counts: { speakers: 0, quotes: 0, claims: 0 } };
}

async function storeImport(
  options: ImportArticleOptions,
  { title, body, hash, analysis }: { title: string; body: string; hash: string; analysis: ReturnType<typeof analyze> },
): Promise<ImportArticleResult> {
  return options.prisma.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        teamId: options.teamId,
        title,
        body,
        contentHash: hash,
        sourceUrl: options.sourceUrl ?? null,
        publisher: options.publisher ?? null,
        publishedAt: options.publishedAt ?? null,
        language: options.language ?? "en",
        wordCount: countWords(body),
        sentences: analysis.sentences.map((sentence) => [sentence.start, sentence.end]),
        analyzedAt: new Date(),
        createdById: options.actorId,
      },
      select: { id: true },
    });
    const counts = await storeAnalysis(tx, { teamId: options.teamId, articleId: article.id, analysis });
    await options.onStored?.(tx, article.id);
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "article.import",
      entityType: "article",
      entityId: article.id,
      after: { title, contentHash: hash, ...counts },
    });
    return { articleId: article.id, duplicate: false, counts };
  });
}
