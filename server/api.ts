import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { prisma } from "./db";
import { env } from "./env";
import { AppError, toErrorResponse, unstorableTextReason } from "./errors";
import type { PrismaClient } from "./repositories/client";
import { authenticateToken, type TokenPrincipal } from "./repositories/api-tokens";
import type { MembershipDto, Role, UserDto } from "./repositories/users";
import { hashApiToken } from "./services/create-api-token";
import { authorise, hasRole } from "./session";

export interface ApiContext {
  request: NextRequest;
  principal: TokenPrincipal;
  prisma: PrismaClient;
}

export interface ApiRouteOptions {
  /** The lowest role in the token's team that may call the route. */
  role?: Role;
}

const bearerPattern = /^Bearer\s+(\S+)\s*$/i;

/**
 * Wraps a /api/v1 route handler: authenticates the bearer token, applies the per-token rate limit,
 * checks the role, and turns every error into `{ "error": { "code", "message" } }` with its status.
 */
export function apiRoute<Params>(
  options: ApiRouteOptions,
  handler: (context: ApiContext, params: Params) => Promise<Response>,
): (request: NextRequest, route: { params: Promise<Params> }) => Promise<Response> {
  return async (request, route) => {
    try {
      refuseNulInAddress(request);
      const match = bearerPattern.exec(request.headers.get("authorization") ?? "");
      if (!match?.[1]) throw new AppError("unauthenticated", "Send a personal API token as Authorization: Bearer TOKEN (create one in Settings → API tokens).");
      const db = await prisma();
      const { apiRateLimit } = env();
      const authenticated = await authenticateToken(db, hashApiToken(match[1]), { limit: apiRateLimit, windowMs: 60_000 });
      if (!authenticated?.rateLimit) throw new AppError("unauthenticated", "This API token is unknown, revoked or expired.");
      const { principal, rateLimit: limit } = authenticated;
      if (!limit.allowed) {
        const retryAfter = Math.max(1, Math.ceil((limit.resetAt.getTime() - Date.now()) / 1000));
        return errorResponse(new AppError("rate_limited", `Too many requests with this token: at most ${apiRateLimit} a minute. Try again in ${retryAfter} s.`), {
          "retry-after": String(retryAfter),
        });
      }
      if (options.role && !hasRole(principal.role, options.role)) {
        throw new AppError("forbidden", `This needs the ${options.role.replace("_", "-")} role or higher in ${principal.teamName}.`);
      }
      const response = await handler({ request, principal, prisma: db }, await route.params);
      response.headers.set("x-ratelimit-remaining", String(limit.remaining));
      return response;
    } catch (error) {
      return errorResponse(error, error instanceof AppError && error.code === "unauthenticated" ? { "www-authenticate": 'Bearer realm="factdesk"' } : {});
    }
  };
}

export interface SessionContext {
  request: NextRequest;
  user: UserDto;
  membership: MembershipDto;
  prisma: PrismaClient;
}

export interface SessionRouteOptions {
  /** The lowest role in the signed-in user's current team that may call the route. */
  role: Role;
}

/**
 * Wraps a route handler that the app's own pages call with the session cookie: refuses cross-site
 * mutations (see refuseCrossSiteRequest), authorises the user and turns every error into the JSON error body.
 */
export function sessionRoute<Params>(
  options: SessionRouteOptions,
  handler: (context: SessionContext, params: Params) => Promise<Response>,
): (request: NextRequest, route: { params: Promise<Params> }) => Promise<Response> {
  return async (request, route) => {
    try {
      refuseCrossSiteRequest(request);
      refuseNulInAddress(request);
      const { user, membership } = await authorise(options.role);
      return await handler({ request, user, membership, prisma: await prisma() }, await route.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** For handlers that authenticate by cookie on their own (Auth.js): the cross-site check, nothing else. */
export function sameOriginOnly<Args extends unknown[]>(handler: (request: NextRequest, ...rest: Args) => Promise<Response>): (request: NextRequest, ...rest: Args) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      refuseCrossSiteRequest(request);
    } catch (error) {
      return errorResponse(error);
    }
    return handler(request, ...rest);
  };
}

/**
 * PostgreSQL can neither store nor compare U+0000, so a path or query parameter holding one (%00) names
 * nothing. Refused before the handler runs: a streamed response (CSV) would otherwise fail after its 200.
 * (Invalid UTF-8 in an address decodes to U+FFFD, which is harmless; proxy.ts does the same for pages.)
 */
export function refuseNulInAddress(request: Request): void {
  if (request.url.includes("%00")) throw new AppError("bad_request", "The address contains a NUL character (%00) in its path or query: remove it.");
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection for routes that act on the session cookie. Browsers attach cookies to requests that
 * other sites start, but also tell us who started them: Sec-Fetch-Site, and Origin on every POST. A
 * mutation is refused when either names another site. A request with neither header is not from a
 * browser (curl, scripts), and nothing a page on another site can make it send. Bearer-token routes
 * (apiRoute) never read cookies, so they need no such check. Server actions get the same Origin check
 * from Next itself.
 */
export function refuseCrossSiteRequest(request: Request): void {
  if (safeMethods.has(request.method.toUpperCase())) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw new AppError("forbidden", `Cross-site request refused: a page on another site (Sec-Fetch-Site: ${fetchSite}) cannot make changes here. Use Factdesk's own pages, or the API with a token.`);
  }
  const origin = request.headers.get("origin");
  if (origin === null) return;
  const originHost = hostOf(origin);
  if (originHost === null || !acceptedHosts(request.headers).has(originHost)) {
    throw new AppError("forbidden", `Cross-site request refused: the request came from ${originHost ?? "an opaque origin"}, not from this site. Use Factdesk's own pages, or the API with a token.`);
  }
}

/** URL parsing drops a scheme's default port but a Host header may keep it: compare without :80 and :443. */
function withoutDefaultPort(host: string): string {
  return host.toLowerCase().replace(/:(?:80|443)$/, "");
}

/** The host (with port) the browser addressed: what a proxy forwarded, the Host header, and AUTH_URL's. */
function acceptedHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(withoutDefaultPort(forwarded));
  const host = headers.get("host")?.trim();
  if (host) hosts.add(withoutDefaultPort(host));
  const configured = process.env.AUTH_URL ? hostOf(process.env.AUTH_URL) : null;
  if (configured) hosts.add(configured);
  return hosts;
}

function hostOf(url: string): string | null {
  try {
    const { host } = new URL(url);
    return host ? withoutDefaultPort(host) : null;
  } catch {
    return null; // "null" (a sandboxed page or a privacy-sensitive redirect) and anything unparsable
  }
}

export function errorResponse(error: unknown, headers: Record<string, string> = {}): NextResponse {
  const { status, body } = toErrorResponse(error);
  // A 503 is the database restarting: tell clients when to try again.
  const retry: Record<string, string> = status === 503 ? { "retry-after": "5" } : {};
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store", ...retry, ...headers } });
}

export const defaultBodyLimitBytes = 1024 * 1024;

/**
 * Reads and validates a JSON body: 415 for another content type, 413 past the size limit (counted
 * while streaming, so a huge body is never held in memory), 400 for malformed JSON, 422 for a body
 * that does not match the schema or holds text the database cannot store.
 */
export async function readJsonBody<Schema extends z.ZodType>(request: Request, schema: Schema, limitBytes = defaultBodyLimitBytes): Promise<z.output<Schema>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw new AppError("payload_too_large", `The body is larger than ${formatBytes(limitBytes)}.`);
  const text = await readLimited(request, limitBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  refuseUnstorableText(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("validation", `${where}${issue?.message ?? "The body does not match the expected shape."}`, parsed.error.issues);
  }
  return parsed.data;
}

/**
 * JSON can spell U+0000 and unpaired surrogates (\u0000, \ud800) that PostgreSQL cannot store: refuse
 * them here, naming the field, rather than as a failed write. Walks with a stack, not recursion, so a
 * deeply nested body cannot overflow it.
 */
function refuseUnstorableText(value: unknown): void {
  const pending: { value: unknown; path: string }[] = [{ value, path: "" }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: current, path } = next;
    if (typeof current === "string") {
      const reason = unstorableTextReason(current);
      if (reason) throw new AppError("validation", `${path ? `${path}: ` : ""}${reason}`);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, path: path ? `${path}.${index}` : String(index) }));
    } else if (typeof current === "object" && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        pending.push({ value: key, path: path || "(key)" }, { value: item, path: path ? `${path}.${key}` : key });
      }
    }
  }
}

async function readLimited(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("payload_too_large", `The body is larger than ${formatBytes(limitBytes)}.`);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`;
}
