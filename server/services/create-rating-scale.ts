import { isConstraintViolation, type PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { countScales, findScaleIdByName, insertScale, lockTeamScales, makeDefaultScale, type RatingScaleDto } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";
import { findPreset, parseCustomScale, ratingPresets, type CustomScaleInput, type RatingLabelInput } from "./rating-scale";

export interface CreateRatingScaleOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  /** Either a preset's key ("politifact", "meta", "plain") or a custom scale. */
  preset?: string;
  custom?: CustomScaleInput;
  makeDefault?: boolean;
}

/** Adds a preset or custom scale to the team; the team's first scale becomes its default. */
export async function createRatingScale(options: CreateRatingScaleOptions): Promise<RatingScaleDto> {
  let definition: { name: string; preset: string | null; labels: RatingLabelInput[] };
  if (options.preset !== undefined) {
    const preset = findPreset(options.preset);
    if (!preset) throw new AppError("validation", `Choose one of the presets: ${ratingPresets.map((p) => p.name).join(", ")}.`);
    definition = { name: preset.name, preset: preset.key, labels: preset.labels };
  } else if (options.custom) {
    definition = { ...parseCustomScale(options.custom), preset: null };
  } else {
    throw new AppError("validation", "Choose a preset or describe a custom scale.");
  }
  const taken = (name: string) =>
    new AppError("conflict", definition.preset ? `Your team already has the “${name}” scale.` : `Your team already has a scale named “${name}”. Choose another name.`);
  try {
    return await options.prisma.$transaction(async (tx) => {
      if (!(await lockTeamScales(tx, options.teamId))) throw new AppError("not_found", "That team does not exist.");
      const existing = await findScaleIdByName(tx, options.teamId, definition.name);
      if (existing) throw taken(existing.name);
      const first = (await countScales(tx, options.teamId)) === 0;
      const scale = await insertScale(tx, { teamId: options.teamId, ...definition, isDefault: first });
      if (options.makeDefault && !first) await makeDefaultScale(tx, options.teamId, scale.id);
      await recordAudit(tx, {
        teamId: options.teamId,
        actorId: options.actorId,
        action: "scale.create",
        entityType: "rating_scale",
        entityId: scale.id,
        after: { name: scale.name, preset: definition.preset, isDefault: first || options.makeDefault === true, labels: definition.labels },
      });
      return scale;
    });
  } catch (error) {
    if (isConstraintViolation(error, "P2002")) throw taken(definition.name);
    throw error;
  }
}
