"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { reanalyzeArticle } from "@/server/services/reanalyze-article";
import type { FormState } from "./form-state";
import { idField, parseForm, versionField } from "./span-form";

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;

export async function reanalyzeArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parseForm(z.object({ id: idField, version: versionField }), formData, ["id", "version"]);
    const result = await reanalyzeArticle({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, articleId: input.id, version: input.version });
    revalidatePath("/articles/[id]", "page");
    revalidatePath("/speakers", "page");
    const { quotes, claims } = result;
    return {
      success: `Analysis re-run: ${plural(claims.added, "new claim")} and ${plural(quotes.added, "new quote")}, ${plural(claims.removed + quotes.removed, "outdated span")} removed; ${plural(claims.preserved + quotes.preserved, "reviewed span")} kept as they were.`,
    };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
