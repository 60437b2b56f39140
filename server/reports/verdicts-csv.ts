import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/repositories/client";
import { listVerdictExportBatch, type VerdictExportFilters, type VerdictExportRow } from "@/server/repositories/reports";
import { rationalePlainText } from "./rationale";

export const verdictCsvColumns = [
  "claim id",
  "article title",
  "article URL",
  "claim text",
  "speaker",
  "kind",
  "status",
  "verdict label",
  "rating value",
  "worst",
  "best",
  "rationale",
  "sources count",
  "verdict author",
  "approved by",
  "updated at",
] as const;

export const defaultCsvBatchSize = 1_000;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage
 * return) gets a leading apostrophe, so opening the export in Excel or Sheets never executes anything.
 */
export function csvSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvRow(row: VerdictExportRow): (string | number)[] {
  const text = (value: string | null) => csvSafe(value ?? "");
  return [
    text(row.claimId),
    text(row.articleTitle),
    text(row.articleUrl),
    text(row.claimText),
    text(row.speakerName),
    row.kind,
    row.status,
    text(row.labelName),
    row.labelValue,
    row.worstRating,
    row.bestRating,
    text(rationalePlainText(row.rationale)),
    row.sourceCount,
    text(row.authorName),
    text(row.approvedBy),
    row.updatedAt.toISOString(),
  ];
}

export interface StreamVerdictsCsvOptions {
  prisma: PrismaClient;
  teamId: string;
  filters: VerdictExportFilters;
  batchSize?: number;
  /** Told the size of each batch as it is read: progress for callers, and proof for tests that memory holds one batch. */
  onBatch?: (rows: number) => void;
}

/**
 * Every verdict of the team that matches the filters as CSV (UTF-8 with a byte order mark, so Excel reads
 * the accents right), read in keyset-paginated batches only as fast as the consumer reads the stream:
 * an export of 100,000 verdicts holds one batch in memory at a time.
 */
export function streamVerdictsCsv(options: StreamVerdictsCsvOptions): ReadableStream<Uint8Array> {
  const batchSize = options.batchSize ?? defaultCsvBatchSize;
  const encoder = new TextEncoder();
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(`\uFEFF${stringify([[...verdictCsvColumns]], { record_delimiter: "\r\n" })}`));
          return;
        }
        const rows = await listVerdictExportBatch(options.prisma, { teamId: options.teamId, filters: options.filters, afterVerdictId: after, limit: batchSize });
        options.onBatch?.(rows.length);
        if (rows.length > 0) {
          after = rows[rows.length - 1]!.verdictId;
          controller.enqueue(encoder.encode(stringify(rows.map(csvRow), { record_delimiter: "\r\n" })));
        }
        if (rows.length < batchSize) controller.close();
      },
    },
    // Pull one batch ahead at most: the next query runs while the previous batch is being sent.
    { highWaterMark: 1 },
  );
}

const claimStatuses = ["new", "assigned", "in_research", "ready_for_review", "changes_requested", "approved", "published", "not_check_worthy"] as const;
const claimKinds = ["numeric", "statistic", "event", "comparison", "causal", "other"] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "not a date");
const id = z.string().trim().min(1).max(100);

const exportQuerySchema = z
  .object({
    status: z.enum(claimStatuses).optional(),
    speaker: id.optional(),
    kind: z.enum(claimKinds).optional(),
    article: id.optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "the start date is after the end date", path: ["from"] });

export type VerdictExportQuery = z.output<typeof exportQuerySchema>;

/**
 * The export's filters from a query string (the same names as the queue's: status, speaker, kind,
 * article, plus from/to dates of the verdict's last change, both days included, in UTC). An empty
 * value means "any"; a bad one is a 422 naming the parameter.
 */
export function parseVerdictExportQuery(params: URLSearchParams): VerdictExportQuery {
  const raw = Object.fromEntries([...params.keys()].map((key) => [key, params.get(key) || undefined]));
  const parsed = exportQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("validation", `Invalid ${issue?.path.join(".") || "query"}: ${issue?.message ?? "check the value"}.`);
  }
  return parsed.data;
}

export function verdictExportFilters(query: VerdictExportQuery): VerdictExportFilters {
  return {
    status: query.status,
    speakerId: query.speaker,
    kind: query.kind,
    articleId: query.article,
    updatedFrom: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    updatedBefore: query.to ? new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}
