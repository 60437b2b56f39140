import { z } from "zod";
import type { ImportBatchDetailDto } from "@/server/repositories/import-batches";
import { importItemSchema, maxBatchItems } from "@/server/services/read-import-bundle";

/** 5,000 articles of news length fit in a few tens of megabytes of JSON. */
export const createImportBodyLimitBytes = 100 * 1024 * 1024;

export const createImportBodySchema = z
  .strictObject({
    label: z.string().trim().max(200, "The label is longer than 200 characters.").nullish().describe("A name for the batch, shown on its progress page."),
    items: z
      .array(z.unknown())
      .min(1, "Give at least one article.")
      .max(maxBatchItems, `One import takes at most ${maxBatchItems} articles: split the list.`)
      .describe('The articles: each { "title", "text" } or { "url" }, with optional "publisher" and "publishedAt". A bad item is reported on its own, not refused with the batch.'),
  })
  .meta({
    id: "CreateImportRequest",
    description: "A bulk import: every item is imported by a background job.",
    examples: [
      {
        label: "Morning wire",
        items: [
          { title: "Council approves new bus lanes", text: "The city council voted 7-2 on Tuesday to add 12 miles of bus lanes.", publisher: "City Desk", publishedAt: "2024-03-01" },
          { url: "https://example.com/news/ferry-fares" },
        ],
      },
    ],
  });

export const createImportResponseSchema = z
  .object({
    batchId: z.string(),
    total: z.number().describe("Items in the upload."),
    refused: z.number().describe("Items refused while reading it (listed on the batch with their reasons)."),
  })
  .meta({ id: "CreateImportResponse" });

export { importItemSchema };

const countsSchema = z.object({ pending: z.number(), imported: z.number(), duplicate: z.number(), failed: z.number() });

export const importBatchSchema = z
  .object({
    id: z.string(),
    source: z.enum(["zip", "files", "jsonl", "api"]),
    label: z.string(),
    total: z.number(),
    createdAt: z.string(),
    finishedAt: z.string().nullable().describe("Null while items are still waiting or running."),
    counts: countsSchema,
    items: z.array(
      z.object({
        position: z.number(),
        name: z.string().describe('The file inside the upload, "line N" of a JSON Lines file or "item N" of an API list.'),
        status: z.enum(["pending", "imported", "duplicate", "failed"]),
        attempts: z.number(),
        error: z.string().nullable(),
        articleId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "ImportBatch", description: "A bulk import's progress: failed items first, with their reasons." });

export function toApiImportBatch(batch: ImportBatchDetailDto): z.infer<typeof importBatchSchema> {
  return {
    id: batch.id,
    source: batch.source,
    label: batch.label,
    total: batch.total,
    createdAt: batch.createdAt,
    finishedAt: batch.finishedAt,
    counts: batch.counts,
    items: batch.items.map(({ position, name, status, attempts, error, articleId }) => ({ position, name, status, attempts, error, articleId })),
  };
}
