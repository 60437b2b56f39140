import type { PrismaClient } from "@/server/repositories/client";
import type { FetchAllowlist } from "@/server/address-policy";
import { extractArticleText } from "./extract-article-text";
import { fetchArticleUrl, type ResolveHost } from "./fetch-article-url";
import { importArticle, type ImportArticleOptions, type ImportArticleResult } from "./import-article";

export interface ImportArticleUrlOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  url: string;
  allowlist?: FetchAllowlist;
  resolveHost?: ResolveHost;
  timeoutMs?: number;
  /** What the user typed; each falls back to the page's metadata, the title to the address. */
  title?: string | null;
  publisher?: string | null;
  publishedAt?: Date | null;
  onStored?: ImportArticleOptions["onStored"];
}

/** Fetches a web page on the server (with the fetch limits) and imports its article text. */
export async function importArticleUrl(options: ImportArticleUrlOptions): Promise<ImportArticleResult> {
  const page = await fetchArticleUrl({ url: options.url, allowlist: options.allowlist, resolveHost: options.resolveHost, timeoutMs: options.timeoutMs });
  const extracted = await extractArticleText({ bytes: page.bytes, kind: page.contentType === "text/plain" ? "text" : "html", charset: page.charset, source: "page" });
  const address = new URL(page.url);
  return importArticle({
    prisma: options.prisma,
    teamId: options.teamId,
    actorId: options.actorId,
    title: options.title || extracted.title || `${address.hostname}${address.pathname === "/" ? "" : address.pathname}`.slice(0, 500),
    body: extracted.body,
    sourceUrl: page.url,
    publisher: options.publisher || extracted.publisher,
    publishedAt: options.publishedAt ?? extracted.publishedAt,
    onStored: options.onStored,
  });
}
