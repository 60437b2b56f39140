import { unzipSync } from "fflate";
import { z } from "zod";
import { AppError, storableText, unstorableTextReason } from "@/server/errors";
import type { ImportItemInput, ImportSource } from "@/server/repositories/import-batches";
import { articleFileKind } from "./extract-article-text";
import { maxArticleBytes } from "./import-article";
import { maxUrlLength } from "./fetch-article-url";

/** A newsroom's archive of a month is a few thousand articles; more is a sign of the wrong file. */
export const maxBatchItems = 5000;
/** The largest upload a bulk import accepts, and the most a zip may unpack to (a zip bomb stops here). */
export const maxBundleBytes = 100 * 1024 * 1024;
export const maxUnpackedBytes = 400 * 1024 * 1024;

export interface ImportBundle {
  source: ImportSource;
  label: string;
  items: ImportItemInput[];
}

export interface UploadedFile {
  /** The file's path as the browser sent it (a folder upload keeps the folder names). */
  name: string;
  bytes: Uint8Array;
}

const oneMb = 1024 * 1024;

/**
 * Reads an upload into import items: a .zip of article files, a .jsonl file (one article per line),
 * or several files (a folder). Items that cannot be imported are kept with their reason, so the
 * batch reports them beside the rest instead of refusing the whole upload.
 */
export function readImportUpload(files: UploadedFile[]): ImportBundle {
  if (files.length === 0) throw new AppError("validation", "Choose a .zip, a .jsonl file or a folder of articles to import.");
  const totalBytes = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (totalBytes > maxBundleBytes) throw new AppError("payload_too_large", `The upload is larger than ${maxBundleBytes / oneMb} MB: split it into several imports.`);
  const [first] = files;
  if (files.length === 1 && first) {
    const lower = first.name.toLowerCase();
    if (lower.endsWith(".zip")) return { source: "zip", label: baseName(first.name), items: readZip(first.bytes) };
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return { source: "jsonl", label: baseName(first.name), items: readJsonLines(first.bytes) };
  }
  const items = files.filter((file) => !isHiddenPath(file.name)).map((file) => fileItem(file.name, file.bytes));
  if (items.length === 0) throw new AppError("validation", "The folder holds no article files.");
  guardItemCount(items.length);
  return { source: "files", label: files.length === 1 ? baseName(first?.name ?? "") : folderLabel(files), items };
}

function readZip(bytes: Uint8Array): ImportItemInput[] {
  const items: ImportItemInput[] = [];
  let unpacked = 0;
  let entries = 0;
  let archive: Record<string, Uint8Array>;
  try {
    archive = unzipSync(bytes, {
      // Decide from the central directory before inflating anything, so an oversized or bomb entry costs nothing.
      filter: (entry) => {
        if (entry.name.endsWith("/") || isHiddenPath(entry.name)) return false;
        entries++;
        if (entries > maxBatchItems) return false;
        if (entry.originalSize > maxArticleBytes) {
          items.push({ name: entry.name, error: `The file is larger than ${maxArticleBytes / oneMb} MB.` });
          return false;
        }
        unpacked += entry.originalSize;
        if (unpacked > maxUnpackedBytes) return false;
        return true;
      },
    });
  } catch (error) {
    throw new AppError("validation", `This .zip file cannot be read (${(error as Error).message}).`);
  }
  guardItemCount(entries);
  if (unpacked > maxUnpackedBytes) throw new AppError("payload_too_large", `The .zip unpacks to more than ${maxUnpackedBytes / oneMb} MB: split it into several imports.`);
  for (const [name, content] of Object.entries(archive)) {
    // A lying header is caught too: fflate reports the real size.
    if (content.length > maxArticleBytes) items.push({ name, error: `The file is larger than ${maxArticleBytes / oneMb} MB.` });
    else items.push(fileItem(name, content));
  }
  if (items.length === 0) throw new AppError("validation", "The .zip file holds no article files.");
  return items.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
}

function fileItem(rawName: string, bytes: Uint8Array): ImportItemInput {
  // A name is only a label: make one the database can store rather than refuse the file for it.
  const name = storableText(rawName);
  try {
    articleFileKind(name);
  } catch (error) {
    return { name, error: (error as Error).message };
  }
  if (bytes.length === 0) return { name, error: "The file is empty." };
  if (bytes.length > maxArticleBytes) return { name, error: `The file is larger than ${maxArticleBytes / oneMb} MB.` };
  return { name, content: bytes };
}

const optionalString = (max: number, label: string) =>
  z
    .string({ error: `"${label}" must be a string.` })
    .trim()
    .max(max, `"${label}" is longer than ${max} characters.`)
    .nullish()
    .transform((value) => value || null);

/** The first field holding text the database cannot store, so the item fails alone and the batch goes on. */
function unstorableField(item: Record<string, unknown>): string | null {
  for (const [field, value] of Object.entries(item)) {
    const reason = typeof value === "string" ? unstorableTextReason(value) : null;
    if (reason) return `"${field}": ${reason}`;
  }
  return null;
}

/** One article as a JSON Lines line or an API item: its text, or an address to fetch it from. */
export const importItemSchema = z
  .object({
    title: optionalString(500, "title"),
    text: z.string({ error: '"text" must be a string.' }).nullish(),
    url: optionalString(maxUrlLength, "url").refine((value) => value === null || /^https?:\/\//i.test(value), '"url" must start with http:// or https://.'),
    publisher: optionalString(200, "publisher"),
    publishedAt: optionalString(40, "publishedAt").refine((value) => value === null || !Number.isNaN(Date.parse(value)), '"publishedAt" is not a date.'),
  })
  .refine((item) => (item.text ?? "").trim() !== "" || item.url !== null, 'Give the article\'s "text" or a "url" to fetch it from.')
  .refine((item) => (item.text ?? "").trim() === "" || item.title !== null, 'An article given as "text" needs a "title".')
  .superRefine((item, context) => {
    const problem = unstorableField(item);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export type ImportItemFields = z.infer<typeof importItemSchema>;

export function itemFromFields(name: string, fields: ImportItemFields): ImportItemInput {
  const text = fields.text?.trim() ? fields.text : null;
  return {
    name,
    title: fields.title,
    body: text,
    url: text ? null : fields.url,
    publisher: fields.publisher,
    publishedAt: fields.publishedAt ? new Date(fields.publishedAt) : null,
  };
}

function readJsonLines(bytes: Uint8Array): ImportItemInput[] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("validation", "The JSON Lines file is not UTF-8 text.");
  }
  const items: ImportItemInput[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]?.trim() ?? "";
    if (!line) continue;
    const name = `line ${index + 1}`;
    guardItemCount(items.length + 1);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      items.push({ name, error: `Not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = importItemSchema.safeParse(value);
    if (!parsed.success) {
      const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
      items.push({ name, error: isObject ? (parsed.error.issues[0]?.message ?? "Not an article.") : "Each line must be a JSON object with a title and text, or a url." });
      continue;
    }
    items.push(itemFromFields(name, parsed.data));
  }
  if (items.length === 0) throw new AppError("validation", "The JSON Lines file has no lines.");
  return items;
}

function guardItemCount(count: number): void {
  if (count > maxBatchItems) throw new AppError("payload_too_large", `One import takes at most ${maxBatchItems} articles: split the upload.`);
}

function isHiddenPath(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.startsWith(".") || part === "__MACOSX");
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function folderLabel(files: UploadedFile[]): string {
  const folder = files[0]?.name.split(/[\\/]/)[0];
  const sameFolder = folder && files.every((file) => file.name.startsWith(`${folder}/`));
  return sameFolder ? `${folder}/ (${files.length} files)` : `${files.length} files`;
}
