import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { claimInvitation, findInvitationByTokenHash, type InvitationForTokenDto } from "@/server/repositories/invitations";
import { addMembershipIfMissing, findMembership, findUserById, type Role } from "@/server/repositories/users";
import type { DbClient } from "@/server/repositories/client";
import { AppError } from "@/server/errors";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";
import { emailMatchesInvitation, emailMismatchError, invitationRefusal, unknownInvitationMessage } from "./invitation-status";

export interface AcceptInvitationOptions {
  prisma: PrismaClient;
  token: string;
  userId: string;
  now?: Date;
}

export interface AcceptInvitationResult {
  teamId: string;
  teamName: string;
  /** The role the user has in the team now: the invitation's, or their earlier one when they were already a member. */
  role: Role;
  /** True when they were in the team before; the invitation then stays unused for whoever it was meant for. */
  alreadyMember: boolean;
}

/** Finds a usable invitation by its token or throws the reason it cannot be used. */
export async function usableInvitation(db: DbClient, token: string, now: Date): Promise<InvitationForTokenDto> {
  const invitation = isWellFormedInvitationToken(token) ? await findInvitationByTokenHash(db, hashInvitationToken(token)) : null;
  if (!invitation) throw new AppError("not_found", unknownInvitationMessage);
  const refusal = invitationRefusal(invitation, now);
  if (refusal) throw new AppError("conflict", refusal);
  return invitation;
}

/**
 * Takes the invitation for a signed-in user: they join the team with the invited role. The link works
 * once, also when two people use it at the same moment (see claimInvitation).
 */
export async function acceptInvitation(options: AcceptInvitationOptions): Promise<AcceptInvitationResult> {
  const now = options.now ?? new Date();
  return options.prisma.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, options.token, now);
    const user = await findUserById(tx, options.userId);
    if (!user) throw new AppError("unauthenticated", "Sign in first.");
    const existing = await findMembership(tx, invitation.teamId, user.id);
    if (existing) return { teamId: invitation.teamId, teamName: invitation.teamName, role: existing.role, alreadyMember: true };
    if (!emailMatchesInvitation(invitation, user.email)) throw emailMismatchError(invitation);
    if (!(await claimInvitation(tx, { id: invitation.id, acceptedById: user.id, now }))) {
      throw new AppError("conflict", await refusalAfterLostRace(tx, options.token, now));
    }
    const { created } = await addMembershipIfMissing(tx, { teamId: invitation.teamId, userId: user.id, role: invitation.role });
    const role = created ? invitation.role : ((await findMembership(tx, invitation.teamId, user.id))?.role ?? invitation.role);
    await recordAudit(tx, {
      teamId: invitation.teamId,
      actorId: user.id,
      action: "invitation.accept",
      entityType: "invitation",
      entityId: invitation.id,
      after: { userId: user.id, email: user.email, role, newAccount: false },
    });
    return { teamId: invitation.teamId, teamName: invitation.teamName, role, alreadyMember: !created };
  });
}

/** The reason to give when someone else used or revoked the invitation between our read and our write. */
export async function refusalAfterLostRace(db: DbClient, token: string, now: Date): Promise<string> {
  const current = await findInvitationByTokenHash(db, hashInvitationToken(token));
  return (current && invitationRefusal(current, now)) ?? "This invitation has already been used: each link works once.";
}
