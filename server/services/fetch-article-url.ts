import dns, { type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { pipeline, type Readable, type Transform } from "node:stream";
import zlib from "node:zlib";
import { emptyAllowlist, isAddressAllowed, isAllowlistedHostname, literalAddress, type FetchAllowlist } from "@/server/address-policy";
import { AppError } from "@/server/errors";

export const maxFetchBytes = 5 * 1024 * 1024;
export const fetchTimeoutMs = 10_000;
export const maxRedirects = 5;
export const maxUrlLength = 2000;

const acceptedContentTypes = ["text/html", "application/xhtml+xml", "text/plain"] as const;
export type FetchedContentType = (typeof acceptedContentTypes)[number];

export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface FetchArticleUrlOptions {
  url: string;
  /** Hosts and ranges that may be fetched although they are not public (FACTDESK_FETCH_ALLOWLIST). */
  allowlist?: FetchAllowlist;
  /** DNS resolution; tests replace it to simulate a name that resolves to a private address. */
  resolveHost?: ResolveHost;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedArticle {
  /** The URL the page was finally read from, after redirects. */
  url: string;
  contentType: FetchedContentType;
  /** The charset the Content-Type header declares, if any. */
  charset: string | null;
  bytes: Buffer;
}

const defaultResolveHost: ResolveHost = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** Checks a URL typed by a user before anything is fetched: http(s) only, no credentials. */
export function parseFetchUrl(raw: string): URL {
  const trimmed = raw.trim();
  if (!trimmed) throw new AppError("validation", "Enter the address of the article.");
  if (trimmed.length > maxUrlLength) throw new AppError("validation", `The URL is longer than ${maxUrlLength} characters.`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new AppError("validation", "This is not a valid URL: it should look like https://example.com/news/article.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("validation", "Only http:// and https:// addresses can be fetched.");
  if (url.username || url.password) throw new AppError("validation", "Remove the user name and password from the URL: Factdesk does not send credentials.");
  if (!url.hostname) throw new AppError("validation", "The URL has no host name.");
  url.hash = "";
  return url;
}

/**
 * Fetches a web page for import, on the server, as a guarded client: at most `maxBytes` (decompressed,
 * cut off while streaming), `timeoutMs` in total, `maxRedirects` redirects each checked again, only
 * HTML or plain text, and never from a private, loopback, link-local or other non-public address
 * unless allowlisted. Every address a name resolves to is checked inside the socket's own DNS lookup,
 * so the connection goes to the address that was checked (no DNS rebinding between check and connect).
 */
export async function fetchArticleUrl(options: FetchArticleUrlOptions): Promise<FetchedArticle> {
  const allowlist = options.allowlist ?? emptyAllowlist;
  const resolveHost = options.resolveHost ?? defaultResolveHost;
  const timeoutMs = options.timeoutMs ?? fetchTimeoutMs;
  const maxBytes = options.maxBytes ?? maxFetchBytes;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const limits = { allowlist, resolveHost, timeoutMs, maxBytes, signal: controller.signal };
  try {
    let url = parseFetchUrl(options.url);
    for (let redirects = 0; ; redirects++) {
      const response = await requestPage(url, limits);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        response.resume();
        if (redirects === maxRedirects) throw new AppError("validation", `The page redirected more than ${maxRedirects} times; open it in a browser and paste the final address.`);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new AppError("validation", `The page redirected to an address that is not a valid URL.`);
        }
        url = parseFetchUrl(next.toString());
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        // A busy or failing site (429, 5xx) may answer later; a 404 or 403 will not.
        const transient = status === 429 || status >= 500;
        throw new AppError("validation", `The page could not be fetched: ${url.hostname} answered ${status} ${http.STATUS_CODES[status] ?? ""}`.trimEnd() + ".", undefined, { transient });
      }
      const { type, charset } = parseContentType(response.headers["content-type"]);
      if (!isAcceptedContentType(type)) {
        response.resume();
        throw new AppError("validation", `The address does not lead to a web page or text (${type || "no content type"}). Download the file and upload it instead.`);
      }
      const declaredLength = Number(response.headers["content-length"]);
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        response.destroy();
        throw tooLarge(maxBytes);
      }
      const bytes = await readBody(response, limits);
      return { url: url.toString(), contentType: type, charset, bytes };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw describeNetworkError(error, options.url, controller.signal.aborted, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

interface Limits {
  allowlist: FetchAllowlist;
  resolveHost: ResolveHost;
  timeoutMs: number;
  maxBytes: number;
  signal: AbortSignal;
}

function requestPage(url: URL, limits: Limits): Promise<IncomingMessage> {
  const literal = literalAddress(url.hostname);
  if (literal !== null && !isAllowlistedHostname(url.hostname, limits.allowlist) && !isAddressAllowed(literal, limits.allowlist)) {
    return Promise.reject(refused(url.hostname));
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: "GET",
      agent: false,
      lookup: checkedLookup(limits),
      signal: limits.signal,
      headers: {
        "User-Agent": "Mozilla/5.0 (compatible; Factdesk article import)",
        Accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate, br",
        "Accept-Language": "en;q=1, *;q=0.5",
      },
    });
    request.once("response", resolve);
    request.once("error", reject);
    request.end();
  });
}

/** A DNS lookup for the socket that refuses the connection if any resolved address is not allowed. */
function checkedLookup(limits: Limits): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    limits
      .resolveHost(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw Object.assign(new Error(`no addresses for ${hostname}`), { code: "ENOTFOUND" });
        const hostAllowed = isAllowlistedHostname(hostname, limits.allowlist);
        if (!hostAllowed && addresses.some((entry) => !isAddressAllowed(entry.address, limits.allowlist))) throw refused(hostname);
        const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const usable = family ? addresses.filter((entry) => entry.family === family) : addresses;
        const first = usable[0];
        if (!first) throw Object.assign(new Error(`no IPv${family} address for ${hostname}`), { code: "ENOTFOUND" });
        if (lookupOptions.all) callback(null, usable);
        else callback(null, first.address, first.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ""));
  };
}

async function readBody(response: IncomingMessage, limits: Limits): Promise<Buffer> {
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limits.maxBytes) throw tooLarge(limits.maxBytes);
      chunks.push(buffer);
    }
  } finally {
    // Stops the download at once when the limit is hit, instead of draining the rest.
    if (stream !== response) stream.destroy();
    response.destroy();
  }
  return Buffer.concat(chunks);
}

/** The body decompressed, so the size limit applies to what is actually read (no compression bombs). */
function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  let decompressor: Transform;
  if (encoding === "identity" || encoding === "") return response;
  else if (encoding === "gzip" || encoding === "x-gzip") decompressor = zlib.createGunzip();
  else if (encoding === "deflate") decompressor = zlib.createInflate();
  else if (encoding === "br") decompressor = zlib.createBrotliDecompress();
  else {
    response.destroy();
    throw new AppError("validation", `The site sent the page in an encoding Factdesk cannot read (${encoding}).`);
  }
  // pipeline (unlike pipe) passes a failed or aborted download on to the decompressor as an error.
  pipeline(response, decompressor, () => undefined);
  return decompressor;
}

function parseContentType(header: string | undefined): { type: string; charset: string | null } {
  const [type = "", ...parameters] = (header ?? "").split(";");
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter)?.[1])
    .find((value): value is string => Boolean(value));
  return { type: type.trim().toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

function isAcceptedContentType(type: string): type is FetchedContentType {
  return (acceptedContentTypes as readonly string[]).includes(type);
}

function refused(hostname: string): AppError {
  return new AppError("validation", `${hostname} is a private or local network address. Factdesk only fetches articles from public websites.`);
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The page is larger than ${maxBytes / 1024 / 1024} MB; Factdesk stopped reading it.`);
}

function describeNetworkError(error: unknown, rawUrl: string, timedOut: boolean, timeoutMs: number): AppError {
  let host = rawUrl;
  try {
    host = new URL(rawUrl).hostname;
  } catch {
    // the message then names the URL as typed
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  const transient = { transient: true };
  if (timedOut || code === "ETIMEDOUT" || code === "ABORT_ERR") return new AppError("validation", `${host} did not answer within ${seconds} second${seconds === 1 ? "" : "s"}.`, undefined, transient);
  if (["ENOTFOUND", "EAI_AGAIN", "EAI_NODATA", "EAI_NONAME", "EAI_FAIL"].includes(code)) {
    return new AppError("validation", `${host} could not be found: the name does not resolve (DNS lookup failed). Check the address.`, undefined, {
      transient: code === "EAI_AGAIN",
    });
  }
  if (code === "ECONNREFUSED") return new AppError("validation", `${host} refused the connection.`, undefined, transient);
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return new AppError("validation", `${host} cannot be reached from the server.`, undefined, transient);
  if (code === "ECONNRESET" || code === "EPIPE") return new AppError("validation", `The connection to ${host} was closed before the page arrived.`, undefined, transient);
  if (code.startsWith("HPE_")) return new AppError("validation", `${host} answered with something that is not valid HTTP.`);
  if (code.startsWith("ERR_TLS") || code.includes("CERT") || code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE" || code === "EPROTO") {
    return new AppError("validation", `The secure connection to ${host} failed: its certificate or TLS setup is not valid.`);
  }
  if (code.startsWith("Z_") || code.startsWith("ERR__ERROR_FORMAT")) return new AppError("validation", `${host} sent a damaged compressed page.`);
  console.error(error);
  return new AppError("validation", `The page at ${host} could not be fetched${code ? ` (${code})` : ""}.`, undefined, transient);
}
