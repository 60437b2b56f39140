import type { PrismaClient } from "@/server/repositories/client";
import { findInvitationByTokenHash } from "@/server/repositories/invitations";
import { findMembership, type Role } from "@/server/repositories/users";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";
import { emailMatchesInvitation, invitationRefusal, invitationStatus, type InvitationStatus } from "./invitation-status";

export interface InvitationView {
  teamId: string;
  teamName: string;
  role: Role;
  email: string | null;
  expiresAt: string;
  invitedByName: string | null;
  status: InvitationStatus;
  /** Why it cannot be accepted (used, revoked, expired), or null. */
  refusal: string | null;
  /** For a signed-in viewer: may their address accept it, and are they already in the team (with which role)? */
  viewer: { emailMatches: boolean; membershipRole: Role | null } | null;
}

export interface ViewInvitationOptions {
  prisma: PrismaClient;
  token: string;
  /** The signed-in person looking at the link, if any. */
  viewer?: { userId: string; email: string } | null;
  now?: Date;
}

/** What the invitation page shows for a link; null when no invitation has this token. */
export async function viewInvitation(options: ViewInvitationOptions): Promise<InvitationView | null> {
  if (!isWellFormedInvitationToken(options.token)) return null;
  const invitation = await findInvitationByTokenHash(options.prisma, hashInvitationToken(options.token));
  if (!invitation) return null;
  const now = options.now ?? new Date();
  const membership = options.viewer ? await findMembership(options.prisma, invitation.teamId, options.viewer.userId) : null;
  return {
    teamId: invitation.teamId,
    teamName: invitation.teamName,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
    invitedByName: invitation.createdByName,
    status: invitationStatus(invitation, now),
    refusal: invitationRefusal(invitation, now),
    viewer: options.viewer ? { emailMatches: emailMatchesInvitation(invitation, options.viewer.email), membershipRole: membership?.role ?? null } : null,
  };
}
