import { z } from "zod";
import type { SourceDto, VerdictDto } from "@/server/repositories/evidence";
import type { QueueItemDto } from "@/server/repositories/queue";
import type { ClaimDetailDto } from "@/server/services/load-claim-detail";
import { queueQuerySchema } from "@/server/services/queue-query";
import { sourceLimits } from "@/server/services/source-input";
import { maxRationaleLength } from "@/server/services/save-verdict";
import { claimKindValues, claimStatuses } from "./articles";
import { dateOrTimestamp, idSchema, timestamp } from "./common";

// The filters are the queue's own (server/services/queue-query.ts), so the API lists exactly what the
// queue page shows for the same parameters; only the documentation is added here.
const queue = queueQuerySchema.shape;

export const claimFilterFields = {
  view: queue.view.describe(
    "Which queue: unassigned (status new), mine (open claims assigned to you), review (ready for a second review by someone other than the verdict's author; empty for viewers), changes (yours, sent back with requested changes), published.",
  ),
  article: queue.article.describe("Only claims of this article (its id)."),
  speaker: queue.speaker.describe("Only claims attributed to this speaker (their id)."),
  kind: queue.kind.describe("Only claims of this kind."),
  minScore: queue.minScore.describe("Only claims at least this check-worthy, 0–100 (a score of 0.75 is 75)."),
  olderThan: queue.olderThan.describe("Only claims whose status last changed more than this many days ago."),
  assignee: queue.assignee.describe("Only claims assigned to this member (their user id); applies to the review and published views."),
};

export const claimListQuerySchema = z
  .strictObject({
    ...claimFilterFields,
    sort: queue.sort.describe("score: most check-worthy first; age: longest in their status first. The published view is always newest first."),
    cursor: queue.cursor.describe("The nextCursor of the previous page; omit for the first page."),
    limit: queue.limit.describe("Claims per page."),
  })
  .meta({ id: "ClaimListQuery" });

export type ClaimListQuery = z.output<typeof claimListQuerySchema>;

export const claimListItemSchema = z
  .object({
    id: z.string(),
    version: z.int().min(0),
    text: z.string(),
    kind: z.enum(claimKindValues),
    score: z.number().min(0).max(1),
    status: z.enum(claimStatuses),
    articleId: z.string(),
    articleTitle: z.string(),
    speakerName: z.string().nullable(),
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    verdictLabel: z.string().nullable().describe("The verdict's label; null when there is none, or while blind review hides it from you."),
    verdictAuthorName: z.string().nullable(),
    statusChangedAt: timestamp,
    publishedAt: timestamp.nullable(),
  })
  .meta({ id: "ClaimListItem" });

export const claimListSchema = z
  .object({
    items: z.array(claimListItemSchema),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  })
  .meta({ id: "ClaimList" });

export const sourceSchema = z
  .object({
    id: z.string(),
    claimId: z.string(),
    url: z.string().nullable(),
    title: z.string(),
    publisher: z.string().nullable(),
    publishedAt: timestamp.nullable(),
    excerpt: z.string(),
    stance: z.enum(["supports", "refutes", "context"]),
    accessedAt: timestamp,
    hasPinnedText: z.boolean().describe("Whether a copy of the page as read was pinned with the source."),
    createdByName: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    version: z.int().min(0),
  })
  .meta({ id: "Source" });

export const verdictSchema = z
  .object({
    id: z.string(),
    claimId: z.string(),
    labelId: z.string(),
    labelName: z.string(),
    labelValue: z.number().describe("The label's ClaimReview ratingValue, between worstRating and bestRating."),
    labelDescription: z.string().nullable(),
    scaleId: z.string(),
    scaleName: z.string(),
    worstRating: z.number(),
    bestRating: z.number(),
    rationale: z.string().describe("Markdown."),
    authorName: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    version: z.int().min(1).describe("Send it back as `version` when changing the verdict."),
  })
  .meta({ id: "Verdict" });

export const claimDetailSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    kind: z.enum(claimKindValues),
    score: z.number().min(0).max(1),
    status: z.enum(claimStatuses),
    version: z.int().min(0),
    assigneeName: z.string().nullable(),
    reviewerName: z.string().nullable(),
    statusChangedAt: timestamp,
    publishedAt: timestamp.nullable(),
    speaker: z.object({ id: z.string(), name: z.string(), title: z.string().nullable(), role: z.string().nullable() }).nullable(),
    article: z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), publisher: z.string().nullable(), publishedAt: timestamp.nullable() }),
    context: z
      .object({ before: z.string(), after: z.string() })
      .describe("A few sentences of the article around the claim."),
    sources: z.array(sourceSchema).describe("Oldest first."),
    verdict: verdictSchema.nullable().describe("Null when there is none yet, or while blind review hides it from you (then verdictHidden is true)."),
    verdictHidden: z.boolean(),
  })
  .meta({ id: "Claim", description: "One claim with its sources and verdict." });

export type ApiClaimDetail = z.infer<typeof claimDetailSchema>;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .max(max, `The ${what} is longer than ${max.toLocaleString("en")} characters.`)
    .nullish();

export const addSourceBodySchema = z
  .strictObject({
    title: z.string().trim().min(1, "Give the source a title.").max(sourceLimits.title, `The title is longer than ${sourceLimits.title} characters.`),
    stance: z.enum(["supports", "refutes", "context"], { message: "stance must be supports, refutes or context." }).describe("What the source does to the claim."),
    url: z
      .url({ protocol: /^https?$/, message: "The URL must be a web address starting with http:// or https://." })
      .max(sourceLimits.url, `The URL is longer than ${sourceLimits.url} characters.`)
      .nullish(),
    publisher: optionalText(sourceLimits.publisher, "publisher"),
    publishedAt: dateOrTimestamp.nullish().describe("When the source was published; not in the future."),
    excerpt: optionalText(sourceLimits.excerpt, "excerpt").describe("The passage that bears on the claim."),
    accessedAt: z.iso.datetime({ offset: true }).nullish().describe("When you read it; defaults to now."),
    pinnedText: z
      .string()
      .nullish()
      .describe(`A copy of the page as read (at most ${sourceLimits.pinnedTextBytes / 1024 / 1024} MB UTF-8), kept in case it changes or disappears.`),
  })
  .meta({
    id: "AddSourceRequest",
    examples: [
      {
        title: "Bus lane network, council minutes of 5 March 2024",
        stance: "supports",
        url: "https://council.example.org/minutes/2024-03-05",
        publisher: "City council",
        publishedAt: "2024-03-05",
        excerpt: "Motion 14 (12 miles of bus lanes) carried, 7 votes to 2.",
      },
    ],
  });

/** A little above the pinned copy's limit, so its own check can give the precise message. */
export const addSourceBodyLimitBytes = sourceLimits.pinnedTextBytes + 64 * 1024;

export const saveVerdictBodySchema = z
  .strictObject({
    labelId: idSchema.optional().describe("The id of a label of one of your team's rating scales. Give this or `label`."),
    label: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe("A label name instead of its id, case-insensitive: looked up in the team's default scale first, then in the others (it must be unique there)."),
    rationale: z
      .string()
      .trim()
      .min(1, "Write the rationale: what the evidence shows and why it earns this rating.")
      .max(maxRationaleLength, `The rationale is longer than ${maxRationaleLength.toLocaleString("en")} characters.`)
      .describe("Markdown."),
    version: z
      .int()
      .min(0)
      .default(0)
      .describe(
        "The version of the verdict your change is based on (the `version` of the verdict you read). 0, or leave it out, to give the first verdict. If the verdict changed since (or one was given meanwhile), nothing is saved and the answer is 409.",
      ),
  })
  .refine((body) => (body.labelId === undefined) !== (body.label === undefined), { message: "Give either labelId or label (a label name), not both.", path: ["labelId"] })
  .meta({ id: "SaveVerdictRequest", examples: [{ label: "False", rationale: "The council minutes show the vote was 5-4, not 7-2.", version: 0 }] });

/** The rationale is at most 20,000 characters; a quarter of a megabyte leaves room for any JSON escaping. */
export const saveVerdictBodyLimitBytes = 256 * 1024;

export type SaveVerdictBody = z.output<typeof saveVerdictBodySchema>;

export const saveVerdictResponseSchema = z
  .object({
    created: z.boolean().describe("True for a first verdict (201), false for a change (200)."),
    verdict: verdictSchema,
  })
  .meta({ id: "SaveVerdictResponse" });

export function toApiSource(source: SourceDto): z.infer<typeof sourceSchema> {
  return {
    id: source.id,
    claimId: source.claimId,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    publishedAt: source.publishedAt,
    excerpt: source.excerpt,
    stance: source.stance,
    accessedAt: source.accessedAt,
    hasPinnedText: source.hasPinnedText,
    createdByName: source.createdByName,
    createdAt: source.createdAt,
    updatedAt: source.updatedAt,
    version: source.version,
  };
}

export function toApiVerdict(verdict: VerdictDto): z.infer<typeof verdictSchema> {
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    labelId: verdict.labelId,
    labelName: verdict.labelName,
    labelValue: verdict.labelValue,
    labelDescription: verdict.labelDescription,
    scaleId: verdict.scaleId,
    scaleName: verdict.scaleName,
    worstRating: verdict.worstRating,
    bestRating: verdict.bestRating,
    rationale: verdict.rationale,
    authorName: verdict.authorName,
    createdAt: verdict.createdAt,
    updatedAt: verdict.updatedAt,
    version: verdict.version,
  };
}

export function toApiClaimDetail(detail: ClaimDetailDto): ApiClaimDetail {
  const { claim, workflow } = detail;
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind as (typeof claimKindValues)[number],
    score: claim.score,
    status: claim.status,
    version: claim.version,
    assigneeName: workflow.assigneeName,
    reviewerName: workflow.reviewerName,
    statusChangedAt: workflow.statusChangedAt,
    publishedAt: workflow.publishedAt,
    speaker: claim.speaker ? { id: claim.speaker.id, name: claim.speaker.name, title: claim.speaker.title, role: claim.speaker.role } : null,
    article: {
      id: claim.article.id,
      title: claim.article.title,
      url: claim.article.sourceUrl,
      publisher: claim.article.publisher,
      publishedAt: claim.article.publishedAt,
    },
    context: { before: claim.context.before, after: claim.context.after },
    sources: detail.sources.map(toApiSource),
    verdict: detail.verdict ? toApiVerdict(detail.verdict) : null,
    verdictHidden: detail.verdictHidden,
  };
}

export function toApiClaimListItem(item: QueueItemDto): z.infer<typeof claimListItemSchema> {
  return {
    id: item.id,
    version: item.version,
    text: item.text,
    kind: item.kind,
    score: item.score,
    status: item.status,
    articleId: item.articleId,
    articleTitle: item.articleTitle,
    speakerName: item.speakerName,
    assigneeId: item.assigneeId,
    assigneeName: item.assigneeName,
    verdictLabel: item.verdictLabel,
    verdictAuthorName: item.verdictAuthorName,
    statusChangedAt: item.statusChangedAt,
    publishedAt: item.publishedAt,
  };
}
