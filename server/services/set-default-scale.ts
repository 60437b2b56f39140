import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findDefaultScale, lockTeamScales, makeDefaultScale } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";

export interface SetDefaultScaleOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  scaleId: string;
}

/** Makes the scale the one new verdicts use; existing verdicts keep the label they were given. */
export async function setDefaultScale(options: SetDefaultScaleOptions): Promise<void> {
  await options.prisma.$transaction(async (tx) => {
    if (!(await lockTeamScales(tx, options.teamId))) throw new AppError("not_found", "That team does not exist.");
    const previous = await findDefaultScale(tx, options.teamId);
    if (previous?.id === options.scaleId) return;
    if (!(await makeDefaultScale(tx, options.teamId, options.scaleId))) throw new AppError("not_found", "That rating scale does not exist.");
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "scale.set_default",
      entityType: "rating_scale",
      entityId: options.scaleId,
      before: previous ? { defaultScaleId: previous.id, name: previous.name } : undefined,
    });
  });
}
