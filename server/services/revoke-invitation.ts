import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findInvitation, revokeInvitationRow } from "@/server/repositories/invitations";
import { AppError } from "@/server/errors";

export interface RevokeInvitationOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  invitationId: string;
  now?: Date;
}

/** Stops an unused invitation link from working. */
export async function revokeInvitation(options: RevokeInvitationOptions): Promise<void> {
  const now = options.now ?? new Date();
  await options.prisma.$transaction(async (tx) => {
    const invitation = await findInvitation(tx, options.teamId, options.invitationId);
    if (!invitation) throw new AppError("not_found", "That invitation does not exist.");
    if (invitation.revokedAt) throw new AppError("conflict", "That invitation was already revoked.");
    if (invitation.acceptedAt || !(await revokeInvitationRow(tx, { teamId: options.teamId, id: options.invitationId, now }))) {
      throw new AppError("conflict", "That invitation has just been accepted: remove the member instead if they should not be in the team.");
    }
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "invitation.revoke",
      entityType: "invitation",
      entityId: invitation.id,
      before: { role: invitation.role, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() },
    });
  });
}
