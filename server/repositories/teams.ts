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

/**
 * Locks the team's row until the transaction ends, so membership changes of one team run one after
 * another: "never remove the last admin" is a count, and two admins demoting each other at once would
 * otherwise both see the other still in place.
 */
export async function lockTeam(db: DbClient, teamId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
  return rows.length > 0;
}

export interface TeamListingDto extends TeamDto {
  createdAt: string;
  memberCount: number;
  adminCount: number;
  articleCount: number;
}

/** Every team with its size, for operators (the admin CLI); never used by the app's pages. */
export async function listTeamsForOperators(db: DbClient): Promise<TeamListingDto[]> {
  const rows = await db.team.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      createdAt: true,
      _count: { select: { memberships: true, articles: true } },
      memberships: { where: { role: "admin" }, select: { id: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    slug: row.slug,
    createdAt: row.createdAt.toISOString(),
    memberCount: row._count.memberships,
    adminCount: row.memberships.length,
    articleCount: row._count.articles,
  }));
}
