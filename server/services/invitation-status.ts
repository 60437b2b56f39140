import type { InvitationForTokenDto } from "@/server/repositories/invitations";
import { normaliseEmail } from "@/server/repositories/users";
import { AppError } from "@/server/errors";

export type InvitationStatus = "valid" | "expired" | "revoked" | "used";

export function invitationStatus(invitation: Pick<InvitationForTokenDto, "acceptedAt" | "revokedAt" | "expiresAt">, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Why an invitation cannot be accepted, in words the invited person can act on; null when it can. */
export function invitationRefusal(invitation: InvitationForTokenDto, now: Date): string | null {
  const askForNew = `Ask an admin of ${invitation.teamName} for a new link.`;
  switch (invitationStatus(invitation, now)) {
    case "used":
      return `This invitation has already been used: each link works once. ${askForNew}`;
    case "revoked":
      return `This invitation was revoked by an admin. ${askForNew}`;
    case "expired":
      return `This invitation expired on ${dateFormat.format(invitation.expiresAt)}. ${askForNew}`;
    case "valid":
      return null;
  }
}

export function emailMatchesInvitation(invitation: Pick<InvitationForTokenDto, "email">, email: string): boolean {
  return invitation.email === null || normaliseEmail(invitation.email) === normaliseEmail(email);
}

export function emailMismatchError(invitation: Pick<InvitationForTokenDto, "email">): AppError {
  return new AppError("forbidden", `This invitation is only for ${invitation.email ?? "another address"}. Use that address, or ask the admin who invited you for a new link.`);
}

export const unknownInvitationMessage = "This invitation link does not work: check that you copied all of it, or ask an admin for a new link.";
