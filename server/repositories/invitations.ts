import type { Role } from "@/generated/prisma/client";
import type { DbClient } from "./client";

/** An invitation as the team's admins see it: never its token, which only the link holds. */
export interface InvitationDto {
  id: string;
  role: Role;
  email: string | null;
  expiresAt: string;
  createdAt: string;
  createdByName: string | null;
}

/** What the invitation page needs to decide and explain: whose team, which role, and whether it still works. */
export interface InvitationForTokenDto {
  id: string;
  teamId: string;
  teamName: string;
  role: Role;
  email: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdByName: string | null;
}

const listSelect = { id: true, role: true, email: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } } as const;

export async function insertInvitation(
  db: DbClient,
  input: { teamId: string; tokenHash: string; role: Role; email: string | null; expiresAt: Date; createdById: string | null },
): Promise<InvitationDto> {
  const row = await db.invitation.create({ data: input, select: listSelect });
  return toInvitationDto(row);
}

/** Invitations that can still be accepted, newest first. */
export async function listPendingInvitations(db: DbClient, teamId: string, now: Date): Promise<InvitationDto[]> {
  const rows = await db.invitation.findMany({
    where: { teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: listSelect,
  });
  return rows.map(toInvitationDto);
}

export async function findInvitation(
  db: DbClient,
  teamId: string,
  id: string,
): Promise<{ id: string; role: Role; email: string | null; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null } | null> {
  return db.invitation.findFirst({
    where: { id, teamId },
    select: { id: true, role: true, email: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
}

/** Looked up by the hash of the token in the link: the only lookup that is not scoped by a team, since the token is the credential. */
export async function findInvitationByTokenHash(db: DbClient, tokenHash: string): Promise<InvitationForTokenDto | null> {
  const row = await db.invitation.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      teamId: true,
      role: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      team: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  const { team, createdBy, ...rest } = row;
  return { ...rest, teamName: team.name, createdByName: createdBy?.name ?? null };
}

/**
 * Marks the invitation used, only if it is still usable at this moment. Of two people accepting the
 * same link at once exactly one gets true: the condition and the write are one statement.
 */
export async function claimInvitation(db: DbClient, input: { id: string; acceptedById: string; now: Date }): Promise<boolean> {
  const result = await db.invitation.updateMany({
    where: { id: input.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: input.now } },
    data: { acceptedAt: input.now, acceptedById: input.acceptedById },
  });
  return result.count === 1;
}

/** Revokes an invitation of the team that has not been used or revoked yet. */
export async function revokeInvitationRow(db: DbClient, input: { teamId: string; id: string; now: Date }): Promise<boolean> {
  const result = await db.invitation.updateMany({
    where: { id: input.id, teamId: input.teamId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: input.now },
  });
  return result.count === 1;
}

function toInvitationDto(row: { id: string; role: Role; email: string | null; expiresAt: Date; createdAt: Date; createdBy: { name: string } | null }): InvitationDto {
  return {
    id: row.id,
    role: row.role,
    email: row.email,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy?.name ?? null,
  };
}
