"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/server/actions/form-state";
import { prisma } from "@/server/db";
import { AppError, toFormMessage } from "@/server/errors";
import { authorise } from "@/server/session";
import { bulkAssignClaims, maxBulkAssign } from "@/server/services/bulk-assign-claims";
import { parseQueueQuery, queueFilters } from "@/server/services/queue-query";
import { takeNextClaim } from "@/server/services/take-next-claim";

function refreshViews(): void {
  revalidatePath("/queue");
  revalidatePath("/dashboard");
}

/** Takes the best unassigned claim under the queue's current filters; data.claimId is where to go next. */
export async function takeNextClaimAction(formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("fact_checker");
    const query = parseQueueQuery(Object.fromEntries([...formData.entries()].map(([key, value]) => [key, typeof value === "string" ? value : undefined])));
    const taken = await takeNextClaim({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      actorRole: membership.role,
      filters: queueFilters(query),
      order: query.sort,
    });
    refreshViews();
    if (!taken) return { error: "Nothing to take: no unassigned claim matches these filters." };
    return { success: "Claim assigned to you.", data: { claimId: taken.claimId } };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}

const selectionSchema = z
  .array(z.object({ id: z.string().min(1).max(100), version: z.number().int().min(1) }))
  .min(1, "Select at least one claim.")
  .max(maxBulkAssign, `Assign at most ${maxBulkAssign} claims at once.`);

export async function bulkAssignClaimsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const { user, membership } = await authorise("editor");
    const assigneeId = formData.get("assigneeId");
    if (typeof assigneeId !== "string" || !assigneeId) throw new AppError("validation", "Choose who to assign the claims to.");
    const claims = formData.get("claims");
    let selection: unknown;
    try {
      selection = JSON.parse(typeof claims === "string" ? claims : "[]");
    } catch {
      throw new AppError("validation", "The selection could not be read; select the claims again.");
    }
    const parsed = selectionSchema.safeParse(selection);
    if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Select the claims again.");
    const result = await bulkAssignClaims({
      prisma: await prisma(),
      teamId: membership.teamId,
      actorId: user.id,
      actorRole: membership.role,
      assigneeId,
      claims: parsed.data,
    });
    refreshViews();
    return result.assigned.length ? { success: result.summary } : { error: result.summary };
  } catch (error) {
    return { error: toFormMessage(error) };
  }
}
