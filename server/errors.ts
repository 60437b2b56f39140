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

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

export function notFound(what = "Not found"): AppError {
  return new AppError("not_found", what);
}

/** The body and status every API error answers with; unknown errors never leak internals. */
export function toErrorResponse(error: unknown): { status: number; body: { error: { code: ErrorCode; message: string } } } {
  if (error instanceof AppError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  }
  console.error(error);
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on the server." } } };
}

/** A message fit to show in a form: AppError messages as they are, anything else generic. */
export function toFormMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  console.error(error);
  return "Something went wrong on the server. Nothing was saved; try again.";
}
