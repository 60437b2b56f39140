"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import type { FormState } from "@/server/actions/form-state";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { publicOrigin } from "@/server/reports/public-origin";
import { authorise } from "@/server/session";
import { createReportLink, publicReportPath } from "@/server/services/create-report-link";
import { revokeReportLink } from "@/server/services/revoke-report-link";

const id = z.string().trim().min(1).max(100);

function read(formData: FormData, key: string): string {
  const parsed = id.safeParse(formData.get(key));
  if (!parsed.success) throw new AppError("bad_request", "The form is missing something; reload the page and try again.");
  return parsed.data;
}

/** Creates a public link; data.url is the link itself, shown once (only its hash is kept). */
export async function createReportLinkAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("editor");
    const articleId = read(formData, "articleId");
    const { token } = await createReportLink({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, articleId });
    const url = new URL(publicReportPath(token), publicOrigin(process.env.AUTH_URL, await headers())).toString();
    revalidatePath(`/articles/${articleId}/report`);
    return { success: "Public link created. Copy it now: it is shown only once.", data: { url } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function revokeReportLinkAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("editor");
    const { articleId } = await revokeReportLink({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, linkId: read(formData, "linkId") });
    revalidatePath(`/articles/${articleId}/report`);
    return { success: "Link revoked: it no longer opens." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
