"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { addSource } from "@/server/services/add-source";
import { deleteSource } from "@/server/services/delete-source";
import { saveVerdict } from "@/server/services/save-verdict";
import type { SourceInput } from "@/server/services/source-input";
import { updateSource } from "@/server/services/update-source";
import type { FormState } from "./form-state";

const id = z.string().trim().min(1).max(100);
const version = z.coerce.number().int().min(0);

function field(formData: FormData, key: string): string | undefined {
  const value = formData.get(key);
  return typeof value === "string" ? value : undefined;
}

function parse<T>(schema: z.ZodType<T>, formData: FormData, keys: string[]): T {
  const parsed = schema.safeParse(Object.fromEntries(keys.map((key) => [key, field(formData, key)])));
  if (!parsed.success) throw new AppError("bad_request", "The form is missing something; reload the page and try again.");
  return parsed.data;
}

function sourceInput(formData: FormData): SourceInput {
  return {
    url: field(formData, "url"),
    title: field(formData, "title") ?? "",
    publisher: field(formData, "publisher"),
    publishedAt: field(formData, "publishedAt"),
    excerpt: field(formData, "excerpt"),
    stance: field(formData, "stance") ?? "",
    accessedAt: field(formData, "accessedAt"),
    pinnedText: field(formData, "pinnedText"),
  };
}

function revalidateClaim(claimId: string): void {
  revalidatePath(`/claims/${claimId}`);
  revalidatePath("/articles/[id]", "page");
}

export async function addSourceAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const { claimId } = parse(z.object({ claimId: id }), formData, ["claimId"]);
    const source = await addSource({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, claimId, source: sourceInput(formData) });
    revalidateClaim(claimId);
    return { success: `Source “${source.title}” attached.`, data: { sourceId: source.id } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function updateSourceAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parse(z.object({ sourceId: id, version, pinnedTextMode: z.enum(["keep", "replace"]) }), formData, ["sourceId", "version", "pinnedTextMode"]);
    const source = await updateSource({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      sourceId: input.sourceId,
      version: input.version,
      pinnedText: input.pinnedTextMode,
      source: sourceInput(formData),
    });
    revalidateClaim(source.claimId);
    return { success: `Source “${source.title}” saved.` };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function deleteSourceAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const input = parse(z.object({ sourceId: id, version }), formData, ["sourceId", "version"]);
    const { claimId } = await deleteSource({ prisma: await prisma(), teamId: membership.teamId, actorId: user.id, sourceId: input.sourceId, version: input.version });
    revalidateClaim(claimId);
    return { success: "Source deleted." };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

export async function saveVerdictAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const labelId = field(formData, "labelId");
    if (!labelId) throw new AppError("validation", "Choose a rating.");
    const input = parse(z.object({ claimId: id, version }), formData, ["claimId", "version"]);
    const result = await saveVerdict({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      actorRole: membership.role,
      claimId: input.claimId,
      labelId,
      rationale: field(formData, "rationale") ?? "",
      version: input.version,
    });
    revalidateClaim(input.claimId);
    const saved = `Verdict ${result.created ? "given" : "saved"}: ${result.verdict.labelName}.`;
    return { success: result.startedResearch ? `${saved} The claim is in research on your desk; submit it for review when it is ready.` : saved };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
