import { z } from "zod";
import { AppError } from "@/server/errors";
import { queueViews, type QueueFilters, type QueueKey, type QueueOrder, type QueueView } from "@/server/repositories/queue";

export const claimKinds = ["numeric", "statistic", "event", "comparison", "causal", "other"] as const;
export const queueSorts = ["score", "age"] as const;
export type QueueSort = (typeof queueSorts)[number];

export const defaultPageSize = 25;
export const maxPageSize = 100;

const id = z.string().trim().min(1).max(100);

/**
 * Query parameters of the queue page and of GET /api/queue. minScore is check-worthiness as the UI
 * shows it (0–100); olderThan is in days.
 */
const fields = {
  view: z.enum(queueViews).default("unassigned"),
  sort: z.enum(queueSorts).default("score"),
  article: id.optional(),
  speaker: id.optional(),
  kind: z.enum(claimKinds).optional(),
  minScore: z.coerce.number().int().min(0).max(100).optional(),
  olderThan: z.coerce.number().int().min(0).max(3650).optional(),
  assignee: id.optional(),
  cursor: z.string().trim().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(defaultPageSize),
};

export const queueQuerySchema = z.object(fields);
export type QueueQuery = z.output<typeof queueQuerySchema>;

/** The same parameters, but anything malformed is dropped (a hand-edited URL still shows a queue). */
const lenientQueueQuerySchema = z.object({
  view: fields.view.catch("unassigned"),
  sort: fields.sort.catch("score"),
  article: fields.article.catch(undefined),
  speaker: fields.speaker.catch(undefined),
  kind: fields.kind.catch(undefined),
  minScore: fields.minScore.catch(undefined),
  olderThan: fields.olderThan.catch(undefined),
  assignee: fields.assignee.catch(undefined),
  cursor: fields.cursor.catch(undefined),
  limit: fields.limit.catch(defaultPageSize),
});

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function singleValues(raw: RawParams): Record<string, string | undefined> {
  const entries = raw instanceof URLSearchParams ? [...raw.keys()].map((key) => [key, raw.get(key) ?? undefined] as const) : Object.entries(raw);
  // An empty value is what a form sends for "Any": the same as leaving the parameter out.
  return Object.fromEntries(entries.map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) || undefined]));
}

/** Strict parsing for the API: a bad value is a 422 naming the parameter. */
export function parseQueueQuery(raw: RawParams): QueueQuery {
  const parsed = queueQuerySchema.safeParse(singleValues(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") || "query";
    throw new AppError("validation", `Invalid ${name}: ${issue?.message ?? "check the value"}.`);
  }
  return parsed.data;
}

export function parseQueuePageParams(raw: RawParams): QueueQuery {
  return lenientQueueQuerySchema.parse(singleValues(raw));
}

export function queueFilters(query: QueueQuery): QueueFilters {
  return {
    articleId: query.article,
    speakerId: query.speaker,
    kind: query.kind,
    minScore: query.minScore === undefined ? undefined : query.minScore / 100,
    olderThanDays: query.olderThan,
    assigneeId: query.assignee,
  };
}

const cursorSchema = z.discriminatedUnion("o", [
  z.object({ o: z.literal("score"), k: z.number().min(0).max(1), i: id }),
  z.object({ o: z.enum(["age", "recent"]), k: z.iso.datetime(), i: id }),
]);

/** Cursors are opaque to clients: the ordering, the last row's key and its id, as base64url JSON. */
export function encodeCursor(key: QueueKey): string {
  const payload = key.order === "score" ? { o: key.order, k: key.score, i: key.id } : { o: key.order, k: key.at.toISOString(), i: key.id };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

export function decodeCursor(cursor: string, order: QueueOrder): QueueKey {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new AppError("validation", "Invalid cursor: it is not one this queue handed out.");
  }
  const parsed = cursorSchema.safeParse(payload);
  if (!parsed.success) throw new AppError("validation", "Invalid cursor: it is not one this queue handed out.");
  if (parsed.data.o !== order) throw new AppError("validation", "Invalid cursor: it belongs to a different sort order; start from the first page.");
  return parsed.data.o === "score"
    ? { order: "score", score: parsed.data.k, id: parsed.data.i }
    : { order: parsed.data.o, at: new Date(parsed.data.k), id: parsed.data.i };
}

/** The URL search string for a queue query, leaving out defaults; `overrides` replace fields. */
export function queueSearch(query: Partial<QueueQuery>, overrides: Partial<Record<keyof QueueQuery, string | number | undefined>> = {}): string {
  const merged: Partial<Record<keyof QueueQuery, string | number | undefined>> = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if ((key === "view" && value === "unassigned") || (key === "sort" && value === "score") || (key === "limit" && value === defaultPageSize)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}

export type { QueueView };
