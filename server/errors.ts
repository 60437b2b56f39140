/** Typed application errors, translated to HTTP statuses and form messages in one place. */
export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "validation"
  | "rate_limited"
  | "unavailable"
  | "internal";

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  /** True for a failure that may pass when tried again later (a timeout, a refused connection, a 503): background jobs retry these. */
  readonly transient: boolean;

  constructor(code: ErrorCode, message: string, details?: unknown, options: { transient?: boolean } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.transient = options.transient ?? false;
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

export function notFound(what = "Not found"): AppError {
  return new AppError("not_found", what);
}

export const nulCharacterMessage = "The text contains a NUL character (U+0000), which cannot be stored. Remove it and try again.";
export const loneSurrogateMessage = "The text contains invalid Unicode (an unpaired UTF-16 surrogate). Remove it and try again.";

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL cannot store this text (a NUL byte, an unpaired surrogate), or null when it can. */
export function unstorableTextReason(text: string): string | null {
  if (text.includes("\u0000")) return nulCharacterMessage;
  if (loneSurrogate.test(text)) return loneSurrogateMessage;
  return null;
}

/** The text with whatever PostgreSQL cannot store replaced by U+FFFD, for labels that need not be refused. */
export function storableText(text: string): string {
  return text.replace(/\u0000/g, "\ufffd").replace(new RegExp(loneSurrogate.source, "g"), "\ufffd");
}

/**
 * Text the database cannot store is bad input, not a server fault, wherever it slipped in (a form field,
 * a query parameter, a bulk-import line): PostgreSQL refuses U+0000 in text (22021) and jsonb (22P05), and
 * Prisma refuses to encode a string holding a lone surrogate. The write failed as a whole, so nothing was
 * half-saved. Input boundaries that can name the field (readJsonBody) refuse it earlier.
 */
export function unstorableTextError(error: unknown): AppError | null {
  if (typeof error !== "object" || error === null) return null;
  type PostgresCause = { kind?: unknown; code?: unknown };
  // The driver adapter's error is the cause of a model query's error, and sits in meta for a raw query (P2010).
  const { cause, meta, message } = error as { cause?: PostgresCause; meta?: { driverAdapterError?: { cause?: PostgresCause } }; message?: unknown };
  const postgres = cause?.kind === "postgres" ? cause : meta?.driverAdapterError?.cause;
  if (postgres?.kind === "postgres" && (postgres.code === "22021" || postgres.code === "22P05")) return new AppError("validation", nulCharacterMessage);
  // The same refusal straight from the driver (statements that bypass Prisma): pg's DatabaseError.
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  if (typeof severity === "string" && (code === "22021" || code === "22P05")) return new AppError("validation", nulCharacterMessage);
  // Prisma hands values to its engine as JSON; the engine's parser names the lone surrogate it chokes on.
  const fromPrisma = error instanceof Error && error.name.startsWith("PrismaClient");
  if (fromPrisma && typeof message === "string" && /(?:unexpected end of hex escape|lone leading surrogate|invalid unicode code point)/i.test(message)) {
    return new AppError("validation", loneSurrogateMessage);
  }
  return null;
}

export const databaseUnavailableMessage = "The database cannot be reached right now. Nothing was changed; try again in a moment.";

const unreachableCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "P1001", "P1002", "P1017"]);
// SQLSTATE classes 08 (connection exception) and 57P0x (the server is shutting down or starting up).
const unreachableSqlState = /^(?:08\d{3}|57P0[1-4])$/;
const unreachableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const unreachableMessage = /Connection terminated|connect ECONNREFUSED|Can't reach database server|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (?:shutting down|starting up)|terminating connection due to administrator command/i;

/**
 * A request that failed because PostgreSQL is down or restarting: a 503 the client may retry, not a
 * server bug. The pool reconnects on its own once the database is back.
 */
export function databaseUnavailableError(error: unknown): AppError | null {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, kind, message, cause, meta } = current as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof code === "string" && (unreachableCodes.has(code) || unreachableSqlState.test(code))) return new AppError("unavailable", databaseUnavailableMessage);
    if (typeof kind === "string" && unreachableKinds.has(kind)) return new AppError("unavailable", databaseUnavailableMessage);
    if (typeof message === "string" && unreachableMessage.test(message)) return new AppError("unavailable", databaseUnavailableMessage);
    current = cause ?? meta?.driverAdapterError;
  }
  return null;
}

/** The body and status every API error answers with; unknown errors never leak internals. */
export function toErrorResponse(error: unknown): { status: number; body: { error: { code: ErrorCode; message: string } } } {
  const known = error instanceof AppError ? error : (unstorableTextError(error) ?? databaseUnavailableError(error));
  if (known) {
    return { status: known.status, body: { error: { code: known.code, message: known.message } } };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on the server." } } };
}

/** A message fit to show in a form: AppError messages as they are, anything else generic. */
export function toFormMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const known = unstorableTextError(error) ?? databaseUnavailableError(error);
  if (known) return known.message;
  console.error(error);
  return "Something went wrong on the server. Nothing was saved; try again.";
}
