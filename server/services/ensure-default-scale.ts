import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { countScales, findDefaultScale, findOldestScaleId, findScale, insertScale, lockTeamScales, makeDefaultScale, type RatingScaleDto } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";
import { defaultPresetKey, findPreset } from "./rating-scale";

export type { RatingScaleDto };

/**
 * The team's default rating scale. A team that has none yet gets the PolitiFact scale as its default on
 * first need; concurrent first requests wait on the team's lock, so exactly one scale is created.
 */
export async function getDefaultScale(prisma: PrismaClient, teamId: string, actorId: string | null = null): Promise<RatingScaleDto> {
  const existing = await findDefaultScale(prisma, teamId);
  if (existing) return existing;
  return prisma.$transaction(async (tx) => {
    if (!(await lockTeamScales(tx, teamId))) throw new AppError("not_found", "That team does not exist.");
    const created = await findDefaultScale(tx, teamId);
    if (created) return created;
    if ((await countScales(tx, teamId)) > 0) {
      // Scales but no default (it cannot happen through the app, which never deletes the default): repair.
      const oldest = (await findOldestScaleId(tx, teamId))!;
      await makeDefaultScale(tx, teamId, oldest);
      await recordAudit(tx, { teamId, actorId, action: "scale.set_default", entityType: "rating_scale", entityId: oldest, after: { reason: "no default scale" } });
      return (await findScale(tx, teamId, oldest))!;
    }
    const preset = findPreset(defaultPresetKey)!;
    const scale = await insertScale(tx, { teamId, name: preset.name, preset: preset.key, isDefault: true, labels: preset.labels });
    await recordAudit(tx, { teamId, actorId, action: "scale.create", entityType: "rating_scale", entityId: scale.id, after: { name: scale.name, preset: preset.key, isDefault: true } });
    return scale;
  });
}
