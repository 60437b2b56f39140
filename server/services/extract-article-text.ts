import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { AppError } from "@/server/errors";

export type ArticleFileKind = "text" | "markdown" | "html" | "docx";

export interface ExtractArticleTextOptions {
  bytes: Uint8Array;
  kind: ArticleFileKind;
  /** The charset a web server declared for the bytes; files and undeclared pages are sniffed. */
  charset?: string | null;
  /** How messages name the document: an uploaded "file" or a fetched "page". */
  source?: "file" | "page";
}

export interface ExtractedArticle {
  /** Clean article text: paragraphs separated by a blank line, "\n" line endings. */
  body: string;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
}

export const acceptedFileExtensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx"] as const;

const kindByExtension: Record<(typeof acceptedFileExtensions)[number], ArticleFileKind> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
};

/** The largest a .docx may unpack to: far above any article, far below a memory problem. */
const maxDocxUnpackedBytes = 64 * 1024 * 1024;

const unsupportedFileMessage = "Factdesk imports .txt, .md, .html and .docx files.";

/** The kind of file by its name; anything else is refused with the list of accepted types. */
export function articleFileKind(fileName: string): ArticleFileKind {
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? "";
  const kind = kindByExtension[extension as keyof typeof kindByExtension] as ArticleFileKind | undefined;
  if (!kind) {
    if (extension === ".doc") throw new AppError("validation", `This is an old Word .doc file: save it as .docx and upload it again. ${unsupportedFileMessage}`);
    if (extension === ".pdf") throw new AppError("validation", `PDF files cannot be imported: copy the article text out of the PDF and paste it. ${unsupportedFileMessage}`);
    throw new AppError("validation", `${extension ? `${extension} files are not supported.` : "The file has no extension."} ${unsupportedFileMessage}`);
  }
  return kind;
}

/** The file name without folders and extension, as a title of last resort. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, "").trim() || base;
}

/**
 * Turns an uploaded or fetched document into article text for pinning, plus whatever title,
 * publisher and publish date it carries. HTML is reduced to the article body with Readability (or,
 * when Readability finds nothing, the page's main text without navigation); .docx through mammoth;
 * .txt and .md must be UTF-8. Refuses binary files and documents without any text.
 */
export async function extractArticleText(options: ExtractArticleTextOptions): Promise<ExtractedArticle> {
  const { bytes, kind } = options;
  const source = options.source ?? "file";
  if (bytes.length === 0) throw new AppError("validation", `The ${source} is empty.`);
  if (kind === "docx") return extractDocx(bytes);
  refuseBinary(bytes);
  if (kind === "html") return extractHtml(decodeHtml(bytes, options.charset ?? null));
  const text = decodeText(bytes, options.charset ?? null, source);
  if (kind === "markdown") return extractMarkdown(text);
  return { body: requireText(normaliseLineEndings(text).trim(), `The ${source} has no text.`), title: null, publisher: null, publishedAt: null };
}

// ---------- binary detection and decoding ----------

const binarySignatures: { bytes: number[]; message: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], message: "This is a PDF file, not text: copy the article text out of the PDF and paste it." },
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: "This is a ZIP archive or an Office document, not text. Word documents must be uploaded as .docx." },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], message: "This is an old Office document (.doc), not text: save it as .docx and upload it again." },
  { bytes: [0x89, 0x50, 0x4e, 0x47], message: "This is a PNG image, not article text." },
  { bytes: [0xff, 0xd8, 0xff], message: "This is a JPEG image, not article text." },
  { bytes: [0x47, 0x49, 0x46, 0x38], message: "This is a GIF image, not article text." },
  { bytes: [0x1f, 0x8b], message: "This is a compressed (gzip) file, not text." },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], message: "This is a program, not article text." },
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

function refuseBinary(bytes: Uint8Array): void {
  for (const signature of binarySignatures) if (startsWith(bytes, signature.bytes)) throw new AppError("validation", signature.message);
  // UTF-16 text has NUL bytes too, but announces itself with a byte order mark.
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && bytes.subarray(0, 64 * 1024).includes(0)) throw new AppError("validation", "This looks like a binary file, not article text.");
}

function bomCharset(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  return null;
}

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

/** Plain text and Markdown: a byte order mark or a server's declared charset, otherwise strict UTF-8. */
function decodeText(bytes: Uint8Array, declared: string | null, source: "file" | "page"): string {
  const decoder = decoderFor(bomCharset(bytes) ?? declared ?? "utf-8", true) ?? new TextDecoder("utf-8", { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    throw new AppError(
      "validation",
      source === "file"
        ? "The file is not UTF-8 text (or it is a binary file). Save it as UTF-8 text, or as .docx, and upload it again."
        : "The page is not readable text in the character set it declares.",
    );
  }
}

/**
 * HTML as browsers read it: byte order mark, then the server's charset, then <meta charset>, then
 * UTF-8; pages that declare nothing and are not valid UTF-8 are read as Windows-1252, as browsers do.
 */
function decodeHtml(bytes: Uint8Array, declared: string | null): string {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? null;
  const label = bomCharset(bytes) ?? declared ?? meta;
  const decoder = label ? decoderFor(label, false) : null;
  if (decoder) return decoder.decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function requireText(text: string, message: string): string {
  if (!/[\p{L}\p{N}]/u.test(text)) throw new AppError("validation", message);
  return text;
}

// ---------- HTML ----------

const skippedElements = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "HEAD", "TITLE", "META", "LINK"]);
const blockElements = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "TR", "UL",
]);
// Page furniture the fallback extraction leaves out when Readability finds no article.
const boilerplateSelector = "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [hidden], [aria-hidden=true]";

/**
 * The text of an element as paragraphs: each block element (p, h2, li, blockquote…) becomes its own
 * paragraph, separated by a blank line; <br> becomes a line break; runs of whitespace collapse.
 */
export function htmlElementToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const lines = current
      .split("\n")
      .map((line) => line.replace(/ {2,}/g, " ").trim())
      .filter(Boolean);
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    current = "";
  };
  const walk = (node: Node, preformatted: boolean) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? "";
      current += preformatted ? text.replace(/\r\n?/g, "\n").replace(/[^\S\n]+/g, " ") : text.replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (skippedElements.has(tag)) return;
    if (tag === "BR") {
      current += "\n";
      return;
    }
    if (tag === "TD" || tag === "TH") current += " ";
    const block = blockElements.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, preformatted || tag === "PRE");
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join("\n\n");
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.replace(/\s+/g, " ").trim();
    if (value) return value;
  }
  return null;
}

function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date;
}

function clip(value: string | null | undefined, max: number): string | null {
  const clean = value?.replace(/\s+/g, " ").trim();
  if (!clean) return null;
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

function sameText(a: string, b: string): boolean {
  const key = (value: string) => value.toLowerCase().replace(/[\s\p{P}]+/gu, " ").trim();
  return key(a) === key(b);
}

/** The body without a first paragraph that only repeats the title (the title is stored apart). */
function withoutLeadingTitle(body: string, title: string | null): string {
  if (!title) return body;
  const firstBreak = body.indexOf("\n\n");
  if (firstBreak === -1 || !sameText(body.slice(0, firstBreak), title)) return body;
  return body.slice(firstBreak + 2);
}

function parseDocument(html: string): Document {
  // linkedom builds a document only from a whole page; a fragment becomes the document element itself.
  const whole = /<html[\s>]/i.test(html) || /<body[\s>]/i.test(html);
  return parseHTML(whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

/** Below this many words Readability's pick is not trusted over the plain page text. */
const shortArticleWords = 50;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function fallbackText(document: Document): string {
  const main = document.querySelector("article") ?? document.querySelector("main, [role=main]") ?? document.body;
  if (!main) return "";
  for (const element of Array.from(main.querySelectorAll(boilerplateSelector))) element.remove();
  return htmlElementToText(main);
}

export function extractHtml(html: string): ExtractedArticle {
  const document = parseDocument(html);
  // Metadata first: Readability rewrites the document as it works.
  const metaTitle = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']);
  const documentTitle = document.querySelector("title")?.textContent ?? null;
  const firstHeading = document.querySelector("h1")?.textContent ?? null;
  const metaPublisher = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']);
  const metaPublished = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
  ]);

  let article: ReturnType<Readability<Node>["parse"]> = null;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    // Readability gives up on some malformed pages; the fallback below still reads them.
  }
  const title = clip(metaTitle || article?.title || documentTitle || firstHeading, 500);
  let body = article?.content ? htmlElementToText(article.content) : "";
  // On a page with little text Readability keeps whatever there is, menus included; the fallback
  // (on a fresh parse: Readability has rewritten `document`) leaves the page furniture out.
  if (countWords(body) < shortArticleWords) body = fallbackText(parseDocument(html));
  body = requireText(body, "This HTML page has no article text (only markup, scripts or menus). Copy the article from the page and paste it instead.");
  return {
    body: withoutLeadingTitle(body, title),
    title,
    publisher: clip(metaPublisher || article?.siteName, 200),
    publishedAt: parseDate(metaPublished || article?.publishedTime),
  };
}

// ---------- Markdown ----------

const markdown = new MarkdownIt({ html: true, linkify: false });

/** Simple YAML front matter ("title: …", "date: …") that Markdown exports from a CMS carry. */
function splitFrontMatter(text: string): { fields: Map<string, string>; content: string } {
  const fields = new Map<string, string>();
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match?.[1]) return { fields, content: text };
  for (const line of match[1].split("\n")) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.+)$/.exec(line);
    if (field?.[1] && field[2]) fields.set(field[1].toLowerCase(), field[2].trim().replace(/^(["'])(.*)\1$/, "$2"));
  }
  return { fields, content: text.slice(match[0].length) };
}

function extractMarkdown(text: string): ExtractedArticle {
  const { fields, content } = splitFrontMatter(normaliseLineEndings(text));
  const document = parseDocument(markdown.render(content));
  const firstBlock = document.body.firstElementChild;
  const heading = firstBlock?.tagName === "H1" ? (firstBlock.textContent ?? null) : null;
  const title = clip(fields.get("title") || heading, 500);
  const body = requireText(htmlElementToText(document.body), "The file has no text.");
  return {
    body: withoutLeadingTitle(body, title),
    title,
    publisher: clip(fields.get("publisher") || fields.get("source") || fields.get("site"), 200),
    publishedAt: parseDate(fields.get("date") || fields.get("published")),
  };
}

// ---------- .docx ----------

/**
 * The total size the archive's entries declare once unpacked, read from the ZIP central directory,
 * so a small upload that would expand to gigabytes is refused before mammoth unpacks it.
 */
function unpackedZipSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= searchFrom; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    let total = 0;
    for (let index = 0; index < entries; index++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const size = view.getUint32(offset + 24, true);
      // 0xFFFFFFFF means a ZIP64 size: far beyond any article anyway.
      if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
      total += size;
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

async function extractDocx(bytes: Uint8Array): Promise<ExtractedArticle> {
  const damaged = "This .docx file could not be read: it may be damaged, password-protected or not a Word document.";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new AppError("validation", "This is an old Word .doc file (or a password-protected .docx): save it as an unprotected .docx and upload it again.");
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new AppError("validation", damaged);
  const unpacked = unpackedZipSize(bytes);
  if (unpacked === null) throw new AppError("validation", damaged);
  if (unpacked > maxDocxUnpackedBytes) throw new AppError("payload_too_large", "This .docx file unpacks to far more than an article: it cannot be imported.");
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new AppError("validation", damaged);
  }
  const body = normaliseLineEndings(text)
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { body: requireText(body, "This .docx file has no text."), title: null, publisher: null, publishedAt: null };
}
