import { ratingBounds, type RatingLabelInput } from "@/server/services/rating-scale";
import type { DbClient } from "./client";

export interface RatingLabelDto {
  id: string;
  name: string;
  /** ClaimReview ratingValue. */
  value: number;
  description: string | null;
}

export interface RatingScaleDto {
  id: string;
  name: string;
  /** In the scale's order (as the admin or the preset lists them). */
  labels: RatingLabelDto[];
  /** ClaimReview worstRating / bestRating: the lowest and highest label values. */
  worstRating: number;
  bestRating: number;
}

export interface RatingScaleSummaryDto extends RatingScaleDto {
  preset: string | null;
  isDefault: boolean;
  verdictCount: number;
  createdAt: string;
}

const labelSelect = { id: true, name: true, value: true, description: true } as const;

const scaleSelect = {
  id: true,
  name: true,
  preset: true,
  isDefault: true,
  createdAt: true,
  labels: { orderBy: { position: "asc" }, select: labelSelect },
} as const;

type ScaleRow = { id: string; name: string; labels: RatingLabelDto[] };

function toScaleDto(row: ScaleRow): RatingScaleDto {
  const bounds = row.labels.length ? ratingBounds(row.labels) : { worstRating: 0, bestRating: 0 };
  return { id: row.id, name: row.name, labels: row.labels, ...bounds };
}

export async function findDefaultScale(db: DbClient, teamId: string): Promise<RatingScaleDto | null> {
  const row = await db.ratingScale.findFirst({ where: { teamId, isDefault: true }, orderBy: { createdAt: "asc" }, select: scaleSelect });
  return row ? toScaleDto(row) : null;
}

export async function findScale(db: DbClient, teamId: string, id: string): Promise<RatingScaleDto | null> {
  const row = await db.ratingScale.findFirst({ where: { id, teamId }, select: scaleSelect });
  return row ? toScaleDto(row) : null;
}

export async function listScales(db: DbClient, teamId: string): Promise<RatingScaleSummaryDto[]> {
  const rows = await db.ratingScale.findMany({
    where: { teamId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { ...scaleSelect, _count: { select: { verdicts: true } } },
  });
  return rows.map((row) => ({
    ...toScaleDto(row),
    preset: row.preset,
    isDefault: row.isDefault,
    verdictCount: row._count.verdicts,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function countScales(db: DbClient, teamId: string): Promise<number> {
  return db.ratingScale.count({ where: { teamId } });
}

/**
 * Locks the team's row until the transaction ends, so scale changes of one team (creating the default,
 * switching it, deleting) run one after another: PostgreSQL has no partial unique index here to stop
 * two concurrent requests from each leaving a default behind.
 */
export async function lockTeamScales(db: DbClient, teamId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
  return rows.length > 0;
}

export async function findScaleIdByName(db: DbClient, teamId: string, name: string): Promise<{ id: string; name: string } | null> {
  return db.ratingScale.findFirst({ where: { teamId, name: { equals: name, mode: "insensitive" } }, select: { id: true, name: true } });
}

export async function findOldestScaleId(db: DbClient, teamId: string): Promise<string | null> {
  const row = await db.ratingScale.findFirst({ where: { teamId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return row?.id ?? null;
}

export async function insertScale(
  db: DbClient,
  input: { teamId: string; name: string; preset: string | null; isDefault: boolean; labels: RatingLabelInput[] },
): Promise<RatingScaleDto> {
  const row = await db.ratingScale.create({
    data: {
      teamId: input.teamId,
      name: input.name,
      preset: input.preset,
      isDefault: input.isDefault,
      labels: { create: input.labels.map((label, position) => ({ name: label.name, value: label.value, description: label.description, position })) },
    },
    select: scaleSelect,
  });
  return toScaleDto(row);
}

/** Makes one scale the team's default and every other one not; false when the scale is not the team's. */
export async function makeDefaultScale(db: DbClient, teamId: string, scaleId: string): Promise<boolean> {
  const target = await db.ratingScale.findFirst({ where: { id: scaleId, teamId }, select: { id: true } });
  if (!target) return false;
  await db.ratingScale.updateMany({ where: { teamId, id: { not: scaleId } }, data: { isDefault: false } });
  await db.ratingScale.updateMany({ where: { teamId, id: scaleId }, data: { isDefault: true } });
  return true;
}

export async function findScaleState(db: DbClient, teamId: string, id: string): Promise<{ id: string; name: string; isDefault: boolean; verdictCount: number } | null> {
  const row = await db.ratingScale.findFirst({ where: { id, teamId }, select: { id: true, name: true, isDefault: true, _count: { select: { verdicts: true } } } });
  return row ? { id: row.id, name: row.name, isDefault: row.isDefault, verdictCount: row._count.verdicts } : null;
}

export async function deleteScaleRow(db: DbClient, teamId: string, id: string): Promise<boolean> {
  const { count } = await db.ratingScale.deleteMany({ where: { id, teamId } });
  return count > 0;
}

/** A label of one of the team's scales, or null (another team's label behaves like a missing one). */
export async function findTeamLabel(
  db: DbClient,
  teamId: string,
  labelId: string,
): Promise<{ id: string; name: string; value: number; scaleId: string; scaleName: string } | null> {
  const row = await db.ratingLabel.findFirst({
    where: { id: labelId, scale: { teamId } },
    select: { id: true, name: true, value: true, scale: { select: { id: true, name: true } } },
  });
  return row ? { id: row.id, name: row.name, value: row.value, scaleId: row.scale.id, scaleName: row.scale.name } : null;
}

export async function findVerdictNeedsSource(db: DbClient, teamId: string): Promise<boolean | null> {
  const row = await db.team.findUnique({ where: { id: teamId }, select: { verdictNeedsSource: true } });
  return row?.verdictNeedsSource ?? null;
}

export async function updateVerdictNeedsSource(db: DbClient, teamId: string, verdictNeedsSource: boolean): Promise<boolean> {
  const { count } = await db.team.updateMany({ where: { id: teamId }, data: { verdictNeedsSource } });
  return count > 0;
}

