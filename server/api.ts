import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { prisma } from "./db";
import { env } from "./env";
import { AppError, toErrorResponse } from "./errors";
import type { PrismaClient } from "./repositories/client";
import { findTokenPrincipal, type TokenPrincipal } from "./repositories/api-tokens";
import { hitRateLimit } from "./repositories/rate-limits";
import type { Role } from "./repositories/users";
import { hashApiToken } from "./services/create-api-token";
import { hasRole } from "./session";

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
      const match = bearerPattern.exec(request.headers.get("authorization") ?? "");
      if (!match?.[1]) throw new AppError("unauthenticated", "Send a personal API token as Authorization: Bearer TOKEN (create one in Settings → API tokens).");
      const db = await prisma();
      const principal = await findTokenPrincipal(db, hashApiToken(match[1]));
      if (!principal) throw new AppError("unauthenticated", "This API token is unknown, revoked or expired.");
      const { apiRateLimit } = env();
      const limit = await hitRateLimit(db, `api:${principal.tokenId}`, apiRateLimit, 60_000);
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

export function errorResponse(error: unknown, headers: Record<string, string> = {}): NextResponse {
  const { status, body } = toErrorResponse(error);
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

export const defaultBodyLimitBytes = 1024 * 1024;

/**
 * Reads and validates a JSON body: 415 for another content type, 413 past the size limit (counted
 * while streaming, so a huge body is never held in memory), 400 for malformed JSON, 422 for a body
 * that does not match the schema.
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
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("validation", `${where}${issue?.message ?? "The body does not match the expected shape."}`, parsed.error.issues);
  }
  return parsed.data;
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
