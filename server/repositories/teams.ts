import type { DbClient } from "./client";

export interface TeamDto {
  id: string;
  name: string;
  slug: string;
}

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return slug || "team";
}

export async function findTeamByName(db: DbClient, name: string): Promise<TeamDto | null> {
  return db.team.findFirst({ where: { OR: [{ slug: slugify(name) }, { name: { equals: name.trim(), mode: "insensitive" } }] }, select: { id: true, name: true, slug: true } });
}

export async function findTeamById(db: DbClient, id: string): Promise<TeamDto | null> {
  return db.team.findUnique({ where: { id }, select: { id: true, name: true, slug: true } });
}

export async function createTeam(db: DbClient, name: string): Promise<TeamDto> {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; await db.team.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return db.team.create({ data: { name: name.trim(), slug }, select: { id: true, name: true, slug: true } });
}
