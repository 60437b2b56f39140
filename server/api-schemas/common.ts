import { z } from "zod";
import { AppError, type ErrorCode } from "@/server/errors";

// Shared pieces of the /api/v1 contract. Every schema here both validates requests at runtime and is
// turned into the OpenAPI document (server/api-schemas/openapi.ts), so the two cannot drift apart.

export const errorCodes = [
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "validation",
  "rate_limited",
  "unavailable",
  "internal",
] as const satisfies readonly ErrorCode[];

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).describe("Stable machine-readable reason; branch on this, not on the message."),
      message: z.string().describe("What went wrong and what to do about it, in plain English."),
    }),
  })
  .meta({ id: "Error", description: "The body of every error response.", examples: [{ error: { code: "not_found", message: "That claim does not exist." } }] });

export type ApiError = z.infer<typeof errorSchema>;

export const idSchema = z.string().min(1).max(100);

export const idParamsSchema = z.object({ id: idSchema.describe("The id as returned by the API.") });

/** An ISO 8601 timestamp as the API returns it (UTC, with milliseconds). */
export const timestamp = z.iso.datetime();

/** A calendar date (YYYY-MM-DD) or a full ISO 8601 timestamp with its offset. */
export const dateOrTimestamp = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * Path parameters: anything that is not a well-formed id cannot name a record, so it is a 404 like any
 * other unknown id rather than a validation error.
 */
export function parsePathParams<Schema extends z.ZodType>(schema: Schema, params: unknown, what: string): z.output<Schema> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError("not_found", `That ${what} does not exist.`);
  return parsed.data;
}

/**
 * Query parameters: each is read once (a repeated one takes its first value) and an empty value counts as
 * absent, as HTML forms send them. A bad value is a 422 naming the parameter.
 */
export function parseSearchParams<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams): z.output<Schema> {
  const values: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const value = params.get(key);
    if (value) values[key] = value;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".");
    throw new AppError("validation", name ? `Invalid ${name}: ${issue?.message ?? "check the value"}.` : (issue?.message ?? "Check the query parameters."));
  }
  return parsed.data;
}
