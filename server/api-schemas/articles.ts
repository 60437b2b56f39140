import { z } from "zod";
import type { ArticleDto } from "@/server/repositories/articles";
import { maxArticleBytes } from "@/server/services/import-article";
import { dateOrTimestamp, timestamp } from "./common";

/** JSON escaping can grow a text by a few bytes per character, so the body may be a little larger than the text limit. */
export const createArticleBodyLimitBytes = 6 * 1024 * 1024;

export const createArticleBodySchema = z
  .strictObject({
    title: z.string().trim().min(1, "Give the article a title.").max(500, "The title is longer than 500 characters.").describe("The headline."),
    text: z
      .string()
      .min(1, "The article text is empty.")
      .describe(`The article's plain text, at most ${maxArticleBytes / 1024 / 1024} MB as UTF-8. It is pinned exactly as sent: every offset the API returns indexes into it.`),
    url: z
      .url({ protocol: /^https?$/, message: "The URL must be a web address starting with http:// or https://." })
      .max(2000, "The URL is longer than 2000 characters.")
      .nullish()
      .describe("Where the article was published."),
    publisher: z.string().trim().max(200, "The publisher is longer than 200 characters.").nullish().describe("The outlet that published it."),
    publishedAt: dateOrTimestamp.nullish().describe("When it was published: a date (2024-03-01) or a timestamp with offset (2024-03-01T09:30:00Z)."),
  })
  .meta({
    id: "CreateArticleRequest",
    description: "An article to import. The same text imported twice in one team gives the existing article back.",
    examples: [
      {
        title: "Council approves new bus lanes",
        text: 'The city council voted 7-2 on Tuesday to add 12 miles of bus lanes.\n"This is overdue," said council member Ana Ruiz.',
        url: "https://news.example.org/2024/03/bus-lanes",
        publisher: "Example News",
        publishedAt: "2024-03-05",
      },
    ],
  });

export type CreateArticleBody = z.output<typeof createArticleBodySchema>;

const origin = z.enum(["analysis", "human"]).describe("analysis: found by the automatic split; human: added or corrected by a fact-checker.");

export const speakerSchema = z
  .object({
    id: z.string(),
    name: z.string().describe("The fullest name the article gives."),
    title: z.string().nullable().describe('Honorific or rank, e.g. "Major General".'),
    role: z.string().nullable().describe('What they are, e.g. "Pentagon Press Secretary".'),
    kind: z.enum(["person", "organization"]),
    aliases: z.array(z.string()).describe("Other ways the article refers to them."),
  })
  .meta({ id: "Speaker" });

export const quoteSchema = z
  .object({
    id: z.string(),
    type: z.enum(["direct", "indirect", "according_to"]).describe("direct: the words inside quote marks; indirect: reported speech after \"said that\"; according_to: attributed with \"according to\"."),
    start: z.int().min(0).describe("Offset of the first character in the article text (a JavaScript string index)."),
    end: z.int().min(0).describe("Offset just past the last character."),
    text: z.string().describe("Exactly text.slice(start, end) of the article."),
    cue: z.string().nullable().describe('The attribution verb, e.g. "said".'),
    speakerId: z.string().nullable().describe("One of the article's speakers, or null when the article does not say who spoke."),
    origin,
    version: z.int().min(0),
  })
  .meta({ id: "Quote" });

export const claimStatuses = ["new", "assigned", "in_research", "ready_for_review", "changes_requested", "approved", "published", "not_check_worthy"] as const;
export const claimKindValues = ["numeric", "statistic", "event", "comparison", "causal", "other"] as const;

export const articleClaimSchema = z
  .object({
    id: z.string(),
    start: z.int().min(0),
    end: z.int().min(0),
    text: z.string().describe("Exactly text.slice(start, end) of the article."),
    kind: z.enum(claimKindValues),
    score: z.number().min(0).max(1).describe("Check-worthiness from 0 to 1."),
    status: z.enum(claimStatuses).describe("Where the claim is in the review workflow."),
    quoteId: z.string().nullable().describe("The quote the claim was made in, if any."),
    speakerId: z.string().nullable(),
    origin,
    version: z.int().min(0),
    sourceCount: z.int().min(0),
    hasVerdict: z.boolean(),
  })
  .meta({ id: "ArticleClaim" });

export const articleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    text: z.string().describe("The article text exactly as imported."),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: timestamp.nullable(),
    language: z.string(),
    wordCount: z.int().min(0),
    contentHash: z.string().describe("SHA-256 of the text, hex: the same text in one team is one article."),
    createdAt: timestamp,
    createdByName: z.string().nullable(),
    analyzedAt: timestamp.nullable(),
    version: z.int().min(0),
    speakers: z.array(speakerSchema),
    quotes: z.array(quoteSchema).describe("In text order."),
    claims: z.array(articleClaimSchema).describe("In text order."),
  })
  .meta({ id: "Article", description: "An article with its analysis: speakers, quotes and claims as they stand now (with any corrections)." });

export type ApiArticle = z.infer<typeof articleSchema>;

export const importArticleResponseSchema = z
  .object({
    duplicate: z.boolean().describe("True when the team already had this exact text: nothing was created and `article` is the existing one."),
    article: articleSchema,
  })
  .meta({ id: "ImportArticleResponse" });

/** The stable API shape of an article: named fields only, so internal additions never leak into it. */
export function toApiArticle(article: ArticleDto): ApiArticle {
  return {
    id: article.id,
    title: article.title,
    text: article.body,
    url: article.sourceUrl,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    language: article.language,
    wordCount: article.wordCount,
    contentHash: article.contentHash,
    createdAt: article.createdAt,
    createdByName: article.createdByName,
    analyzedAt: article.analyzedAt,
    version: article.version,
    speakers: article.speakers.map((speaker) => ({
      id: speaker.id,
      name: speaker.name,
      title: speaker.title,
      role: speaker.role,
      kind: speaker.kind,
      aliases: speaker.aliases,
    })),
    quotes: article.quotes.map((quote) => ({
      id: quote.id,
      type: quote.type,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      cue: quote.cue,
      speakerId: quote.speakerId,
      origin: quote.origin,
      version: quote.version,
    })),
    claims: article.claims.map((claim) => ({
      id: claim.id,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      kind: claim.kind as (typeof claimKindValues)[number],
      score: claim.score,
      status: claim.status as (typeof claimStatuses)[number],
      quoteId: claim.quoteId,
      speakerId: claim.speakerId,
      origin: claim.origin,
      version: claim.version,
      sourceCount: claim.sourceCount,
      hasVerdict: claim.hasVerdict,
    })),
  };
}
