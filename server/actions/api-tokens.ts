"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { createApiToken } from "@/server/services/create-api-token";
import { revokeApiToken } from "@/server/services/revoke-api-token";
import type { FormState } from "./form-state";

const tokenExpiryChoices = ["never", "30", "90", "365"] as const;

const createSchema = z.object({
  name: z.string().trim().min(1, "Name the token, e.g. after the script that will use it.").max(100, "The token name is longer than 100 characters."),
  expiry: z.enum(tokenExpiryChoices, { message: "Choose when the token expires." }),
});

const revokeSchema = z.object({ tokenId: z.string().trim().min(1, "Missing token id.").max(100, "Malformed token id.") });

function parse<T>(schema: z.ZodType<T>, formData: FormData): T {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the form.");
  return parsed.data;
}

/**
 * Every member may have tokens: a token acts with its owner's role in the current team, read at each use.
 * The token itself is in `data.token`, this once; only its hash is stored.
 */
export async function createApiTokenAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("viewer");
    const { name, expiry } = parse(createSchema, formData);
    const { token } = await createApiToken({
      prisma: await prisma(),
      userId: user.id,
      teamId: membership.teamId,
      name,
      expiresInDays: expiry === "never" ? null : Number(expiry),
    });
    revalidatePath("/settings/tokens");
    return { success: `Created the token “${name}”.`, data: { token, name } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function revokeApiTokenAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("viewer");
    const { tokenId } = parse(revokeSchema, formData);
    await revokeApiToken({ prisma: await prisma(), userId: user.id, teamId: membership.teamId, tokenId });
    revalidatePath("/settings/tokens");
    return { success: "Token revoked: requests with it are refused from now on." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
