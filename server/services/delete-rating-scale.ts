import { isConstraintViolation, type PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { deleteScaleRow, findScale, findScaleState, lockTeamScales } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";

export interface DeleteRatingScaleOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  scaleId: string;
}

function inUse(name: string, count: number): AppError {
  return new AppError("conflict", `The “${name}” scale cannot be deleted: ${count === 1 ? "a verdict uses it" : `${count} verdicts use it`}. Verdicts keep their labels, so a scale in use stays.`);
}

/** Deletes a scale no verdict uses; the default scale stays until another one is made the default. */
export async function deleteRatingScale(options: DeleteRatingScaleOptions): Promise<void> {
  let name = "";
  try {
    await options.prisma.$transaction(async (tx) => {
      if (!(await lockTeamScales(tx, options.teamId))) throw new AppError("not_found", "That team does not exist.");
      const state = await findScaleState(tx, options.teamId, options.scaleId);
      if (!state) throw new AppError("not_found", "That rating scale does not exist.");
      name = state.name;
      if (state.isDefault) throw new AppError("conflict", `“${state.name}” is the team's default scale: make another scale the default before deleting it.`);
      if (state.verdictCount > 0) throw inUse(state.name, state.verdictCount);
      const before = await findScale(tx, options.teamId, options.scaleId);
      await deleteScaleRow(tx, options.teamId, options.scaleId);
      await recordAudit(tx, { teamId: options.teamId, actorId: options.actorId, action: "scale.delete", entityType: "rating_scale", entityId: options.scaleId, before });
    });
  } catch (error) {
    // A verdict given on this scale while it was being deleted: the foreign key refuses the delete.
    if (isConstraintViolation(error, "P2003")) throw inUse(name, 1);
    throw error;
  }
}
