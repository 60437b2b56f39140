import type { PrismaClient } from "@/server/repositories/client";
import { listScales } from "@/server/repositories/scales";
import { AppError } from "@/server/errors";
import { getDefaultScale } from "./ensure-default-scale";

export interface ResolveRatingLabelOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  /** The label's name as a person would type it: case and surrounding spaces do not matter. */
  name: string;
}

/**
 * The id of the team's rating label called `name`: the default scale's label when it has one, else the
 * only other scale's. A team that never needed a scale gets its default first, as the claim page does.
 */
export async function resolveRatingLabel(options: ResolveRatingLabelOptions): Promise<string> {
  const { prisma, teamId } = options;
  await getDefaultScale(prisma, teamId, options.actorId);
  const name = options.name.trim();
  const wanted = name.toLocaleLowerCase("en");
  const scales = await listScales(prisma, teamId);
  const matches = scales.flatMap((scale) => scale.labels.filter((label) => label.name.trim().toLocaleLowerCase("en") === wanted).map((label) => ({ scale, label })));
  const inDefault = matches.find((match) => match.scale.isDefault);
  if (inDefault) return inDefault.label.id;
  const [only, ...others] = matches;
  if (only && others.length === 0) return only.label.id;
  if (only) {
    const scaleNames = matches.map((match) => `“${match.scale.name}”`).join(", ");
    throw new AppError("validation", `The label “${name}” is in several of your team's scales (${scaleNames}); send its labelId instead.`);
  }
  const fallback = scales.find((scale) => scale.isDefault);
  const choices = fallback ? ` The default scale “${fallback.name}” has: ${fallback.labels.map((label) => label.name).join(", ")}.` : "";
  throw new AppError("validation", `Your team's rating scales have no label called “${name}”.${choices}`);
}
