"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { env } from "@/server/env";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { importArticle, maxArticleBytes, type ImportArticleResult } from "@/server/services/import-article";
import { importArticleFile } from "@/server/services/import-article-file";
import { importArticleUrl } from "@/server/services/import-article-url";
import { maxUrlLength } from "@/server/services/fetch-article-url";
import type { FormState } from "./form-state";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : null));

/** Title, publisher, source and date as the import forms send them; all optional but the paste title. */
const detailsSchema = z.object({
  title: optionalText(500, "The title is longer than 500 characters."),
  publisher: optionalText(200, "The publisher is longer than 200 characters."),
  publishedAt: optionalText(40, "The publish date is not a date.")
    .refine((value) => value === null || !Number.isNaN(Date.parse(value)), "The publish date is not a date.")
    .transform((value) => (value ? new Date(value) : null)),
});

const pasteSchema = detailsSchema.extend({
  title: z.string().trim().min(1, "The article needs a title.").max(500, "The title is longer than 500 characters."),
  body: z.string(),
  sourceUrl: optionalText(maxUrlLength, `The source URL is longer than ${maxUrlLength} characters.`).refine(
    (value) => value === null || /^https?:\/\//i.test(value),
    "The source URL must start with http:// or https://.",
  ),
});

const urlSchema = detailsSchema.extend({
  url: z.string().trim().min(1, "Enter the address of the article.").max(maxUrlLength, `The URL is longer than ${maxUrlLength} characters.`),
});

function fields(formData: FormData, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, formData.get(key) ?? undefined]));
}

function parse<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the form.");
  return parsed.data;
}


/** Runs one import for the signed-in fact-checker's team, then opens the article (or the existing one). */
async function runImport(start: (scope: { teamId: string; actorId: string }) => Promise<ImportArticleResult>): Promise<FormState> {
  let target: string;
  try {
    const { user, membership } = await authorise("fact_checker");
    const result = await start({ teamId: membership.teamId, actorId: user.id });
    revalidatePath("/");
    target = `/articles/${result.articleId}${result.duplicate ? "?existing=1" : ""}`;
  } catch (error) {
    return { error: toFormMessage(error) };
  }
  redirect(target);
}

export async function importPastedArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runImport(async (scope) => {
    const input = parse(pasteSchema, fields(formData, ["title", "body", "publisher", "sourceUrl", "publishedAt"]));
    return importArticle({
      prisma: await prisma(),
      ...scope,
      title: input.title,
      body: input.body.replace(/\r\n?/g, "\n"),
      publisher: input.publisher,
      sourceUrl: input.sourceUrl,
      publishedAt: input.publishedAt,
    });
  });
}

export async function importUploadedArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runImport(async (scope) => {
    const file = formData.get("file");
    if (!(file instanceof File) || (file.size === 0 && !file.name)) throw new AppError("validation", "Choose a file to import.");
    if (file.size > maxArticleBytes) throw new AppError("payload_too_large", `The file is larger than ${maxArticleBytes / 1024 / 1024} MB.`);
    const details = parse(detailsSchema, fields(formData, ["title", "publisher", "publishedAt"]));
    return importArticleFile({ prisma: await prisma(), ...scope, ...details, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  });
}

export async function importUrlArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runImport(async (scope) => {
    const input = parse(urlSchema, fields(formData, ["url", "title", "publisher", "publishedAt"]));
    return importArticleUrl({ prisma: await prisma(), ...scope, ...input, allowlist: env().fetchAllowlist });
  });
}
