"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { importArticle } from "@/server/services/import-article";
import type { FormState } from "./form-state";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

const pasteSchema = z.object({
  title: z.string().trim().min(1, "The article needs a title.").max(500, "The title is longer than 500 characters."),
  body: z.string(),
  publisher: optionalText(200),
  sourceUrl: optionalText(2000).refine((value) => value === null || /^https?:\/\//i.test(value), "The source URL must start with http:// or https://."),
  publishedAt: optionalText(40).refine((value) => value === null || !Number.isNaN(Date.parse(value)), "The publish date is not a date."),
});

export async function importPastedArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let target: string;
  try {
    const { user, membership } = await authorise("fact_checker");
    const parsed = pasteSchema.safeParse(Object.fromEntries(["title", "body", "publisher", "sourceUrl", "publishedAt"].map((key) => [key, formData.get(key) ?? undefined])));
    if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the form.");
    const input = parsed.data;
    const result = await importArticle({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      title: input.title,
      body: input.body.replace(/\r\n?/g, "\n"),
      publisher: input.publisher,
      sourceUrl: input.sourceUrl,
      publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
    });
    revalidatePath("/");
    target = `/articles/${result.articleId}${result.duplicate ? "?existing=1" : ""}`;
  } catch (error) {
    return { error: toFormMessage(error) };
  }
  redirect(target);
}
