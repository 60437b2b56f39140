import type { PrismaClient } from "@/server/repositories/client";
import { AppError } from "@/server/errors";
import { articleFileKind, extractArticleText, titleFromFileName } from "./extract-article-text";
import { importArticle, maxArticleBytes, type ImportArticleOptions, type ImportArticleResult } from "./import-article";

export interface ImportArticleFileOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  fileName: string;
  bytes: Uint8Array;
  /** What the user typed; each falls back to the document's own metadata, the title to the file name. */
  title?: string | null;
  publisher?: string | null;
  publishedAt?: Date | null;
  onStored?: ImportArticleOptions["onStored"];
}

/** Imports an uploaded .txt, .md, .html or .docx file: its article text is pinned and analysed. */
export async function importArticleFile(options: ImportArticleFileOptions): Promise<ImportArticleResult> {
  if (options.bytes.length > maxArticleBytes) throw new AppError("payload_too_large", `The file is larger than ${maxArticleBytes / 1024 / 1024} MB.`);
  const extracted = await extractArticleText({ bytes: options.bytes, kind: articleFileKind(options.fileName) });
  return importArticle({
    prisma: options.prisma,
    teamId: options.teamId,
    actorId: options.actorId,
    title: options.title || extracted.title || titleFromFileName(options.fileName),
    body: extracted.body,
    publisher: options.publisher || extracted.publisher,
    publishedAt: options.publishedAt ?? extracted.publishedAt,
    onStored: options.onStored,
  });
}
