import type { SpeakerKind } from "@/generated/prisma/client";
import type { DbClient } from "./client";

export type { SpeakerKind };

export interface SpeakerSummaryDto {
  id: string;
  name: string;
  kind: SpeakerKind;
  title: string | null;
  role: string | null;
  aliases: string[];
  quoteCount: number;
  claimCount: number;
}

export interface SpeakerDetailDto {
  id: string;
  name: string;
  kind: SpeakerKind;
  title: string | null;
  role: string | null;
  aliases: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SpeakerQuoteDto {
  id: string;
  type: "direct" | "indirect" | "according_to";
  text: string;
  articleId: string;
  articleTitle: string;
}

export interface SpeakerClaimDto {
  id: string;
  text: string;
  kind: string;
  status: string;
  score: number;
  articleId: string;
  articleTitle: string;
}

export interface SpeakerOptionDto {
  id: string;
  name: string;
}

/** The name and aliases of a speaker: enough to match a name from an article against the team's people. */
export interface SpeakerIdentity {
  id: string;
  name: string;
  aliases: string[];
}

const detailSelect = { id: true, name: true, kind: true, title: true, role: true, aliases: true, version: true, createdAt: true, updatedAt: true } as const;

const live = { deletedAt: null } as const;

/** Normalises a name for matching: case, surrounding space and runs of spaces do not make a different person. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

/**
 * The team speaker a name refers to: a speaker called exactly that (case-insensitive) wins over one that
 * has it as an alias, so a renamed or merged speaker keeps collecting quotes under their old name.
 */
export function matchSpeaker<T extends SpeakerIdentity>(speakers: readonly T[], name: string): T | null {
  const key = nameKey(name);
  if (!key) return null;
  return speakers.find((speaker) => nameKey(speaker.name) === key) ?? speakers.find((speaker) => speaker.aliases.some((alias) => nameKey(alias) === key)) ?? null;
}

export async function listSpeakerIdentities(db: DbClient, teamId: string): Promise<SpeakerIdentity[]> {
  return db.speaker.findMany({ where: { teamId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, aliases: true } });
}

export async function listSpeakerOptions(db: DbClient, teamId: string): Promise<SpeakerOptionDto[]> {
  return db.speaker.findMany({ where: { teamId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function listSpeakers(db: DbClient, teamId: string, options: { query?: string } = {}): Promise<SpeakerSummaryDto[]> {
  const query = options.query?.trim();
  const rows = await db.speaker.findMany({
    where: {
      teamId,
      ...(query ? { OR: [{ name: { contains: query, mode: "insensitive" as const } }, { aliases: { has: query } }, { role: { contains: query, mode: "insensitive" as const } }] } : {}),
    },
    orderBy: { name: "asc" },
    take: 1000,
    select: {
      id: true,
      name: true,
      kind: true,
      title: true,
      role: true,
      aliases: true,
      _count: { select: { quotes: { where: live }, claims: { where: live } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    title: row.title,
    role: row.role,
    aliases: row.aliases,
    quoteCount: row._count.quotes,
    claimCount: row._count.claims,
  }));
}

export async function findSpeaker(db: DbClient, teamId: string, id: string): Promise<SpeakerDetailDto | null> {
  const row = await db.speaker.findFirst({ where: { id, teamId }, select: detailSelect });
  return row ? { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() } : null;
}

/** Every live quote and claim attributed to the speaker, across the team's articles, newest article first. */
export async function listSpeakerWork(db: DbClient, teamId: string, speakerId: string): Promise<{ quotes: SpeakerQuoteDto[]; claims: SpeakerClaimDto[] }> {
  const article = { select: { id: true, title: true } } as const;
  const [quotes, claims] = await Promise.all([
    db.quote.findMany({
      where: { teamId, speakerId, ...live },
      orderBy: [{ article: { createdAt: "desc" } }, { start: "asc" }],
      take: 2000,
      select: { id: true, type: true, text: true, article },
    }),
    db.claim.findMany({
      where: { teamId, speakerId, ...live },
      orderBy: [{ article: { createdAt: "desc" } }, { start: "asc" }],
      take: 2000,
      select: { id: true, text: true, kind: true, status: true, score: true, article },
    }),
  ]);
  return {
    quotes: quotes.map((quote) => ({ id: quote.id, type: quote.type, text: quote.text, articleId: quote.article.id, articleTitle: quote.article.title })),
    claims: claims.map((claim) => ({
      id: claim.id,
      text: claim.text,
      kind: claim.kind,
      status: claim.status,
      score: claim.score,
      articleId: claim.article.id,
      articleTitle: claim.article.title,
    })),
  };
}

export async function createSpeaker(
  db: DbClient,
  input: { teamId: string; name: string; kind?: SpeakerKind; title?: string | null; role?: string | null; aliases?: string[] },
): Promise<{ id: string; name: string }> {
  return db.speaker.create({
    data: { teamId: input.teamId, name: input.name, kind: input.kind ?? "person", title: input.title ?? null, role: input.role ?? null, aliases: input.aliases ?? [] },
    select: { id: true, name: true },
  });
}

/** Applies the change only if the speaker is still at `version`; false when someone else changed it first. */
export async function updateSpeakerAtVersion(
  db: DbClient,
  input: { teamId: string; id: string; version: number; data: { name?: string; kind?: SpeakerKind; title?: string | null; role?: string | null; aliases?: string[] } },
): Promise<boolean> {
  const result = await db.speaker.updateMany({
    where: { id: input.id, teamId: input.teamId, version: input.version },
    data: { ...input.data, version: { increment: 1 } },
  });
  return result.count === 1;
}

/** Fills in what the team did not know yet about a speaker, without a version check (the import path). */
export async function enrichSpeaker(db: DbClient, input: { teamId: string; id: string; aliases: string[]; title: string | null; role: string | null }): Promise<void> {
  await db.speaker.updateMany({
    where: { id: input.id, teamId: input.teamId },
    data: { aliases: input.aliases, title: input.title, role: input.role, version: { increment: 1 } },
  });
}

/** Moves every quote and claim (deleted ones too, so tombstones stay attributed) from one speaker to another. */
export async function reassignSpeakerWork(db: DbClient, teamId: string, fromId: string, toId: string): Promise<{ quotes: number; claims: number }> {
  const quotes = await db.quote.updateMany({ where: { teamId, speakerId: fromId }, data: { speakerId: toId } });
  const claims = await db.claim.updateMany({ where: { teamId, speakerId: fromId }, data: { speakerId: toId } });
  return { quotes: quotes.count, claims: claims.count };
}

export async function deleteSpeaker(db: DbClient, teamId: string, id: string): Promise<boolean> {
  const result = await db.speaker.deleteMany({ where: { id, teamId } });
  return result.count === 1;
}

/** The team speaker with this name or alias, or a new person of that name. */
export async function findOrCreateSpeakerByName(db: DbClient, teamId: string, name: string): Promise<{ id: string; name: string; created: boolean }> {
  const match = matchSpeaker(await listSpeakerIdentities(db, teamId), name);
  if (match) return { id: match.id, name: match.name, created: false };
  const created = await createSpeaker(db, { teamId, name: name.trim().replace(/\s+/g, " ") });
  return { ...created, created: true };
}

export async function speakerInTeam(db: DbClient, teamId: string, id: string): Promise<{ id: string; name: string } | null> {
  return db.speaker.findFirst({ where: { id, teamId }, select: { id: true, name: true } });
}
