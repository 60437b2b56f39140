import { z } from "zod";
import type { PrismaClient } from "@/server/repositories/client";
import { isConstraintViolation } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { claimInvitation } from "@/server/repositories/invitations";
import { addMembershipIfMissing, createUserRow, findCredentialsByEmail, normaliseEmail, type Role } from "@/server/repositories/users";
import { hashPassword, minPasswordLength } from "@/server/passwords";
import { AppError } from "@/server/errors";
import { refusalAfterLostRace, usableInvitation } from "./accept-invitation";
import { emailMatchesInvitation, emailMismatchError } from "./invitation-status";

export const newAccountSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "The name is longer than 120 characters."),
  email: z.email("Enter a valid email address.").max(254, "The email address is longer than 254 characters."),
  password: z.string().min(minPasswordLength, `The password needs at least ${minPasswordLength} characters.`).max(200, "The password is longer than 200 characters."),
});

export interface RegisterWithInvitationOptions {
  prisma: PrismaClient;
  token: string;
  name: string;
  email: string;
  password: string;
  now?: Date;
}

export interface RegisterWithInvitationResult {
  userId: string;
  email: string;
  teamId: string;
  teamName: string;
  role: Role;
}

const accountExists = "An account with this email already exists: sign in with it and open the link again to join.";

/**
 * Creates an account for someone new through an invitation link and puts them in the team. The account
 * only exists if the invitation was taken: both happen in one transaction.
 */
export async function registerWithInvitation(options: RegisterWithInvitationOptions): Promise<RegisterWithInvitationResult> {
  const parsed = newAccountSchema.safeParse({ name: options.name, email: options.email.trim(), password: options.password });
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the form.");
  const email = normaliseEmail(parsed.data.email);
  const now = options.now ?? new Date();
  // Refuse a dead link or a wrong address before spending time on the password hash.
  const invitation = await usableInvitation(options.prisma, options.token, now);
  if (!emailMatchesInvitation(invitation, email)) throw emailMismatchError(invitation);
  if (await findCredentialsByEmail(options.prisma, email)) throw new AppError("conflict", accountExists);
  const passwordHash = await hashPassword(parsed.data.password);
  try {
    return await options.prisma.$transaction(async (tx) => {
      const { id: userId } = await createUserRow(tx, { email, name: parsed.data.name, passwordHash });
      if (!(await claimInvitation(tx, { id: invitation.id, acceptedById: userId, now }))) {
        throw new AppError("conflict", await refusalAfterLostRace(tx, options.token, now));
      }
      await addMembershipIfMissing(tx, { teamId: invitation.teamId, userId, role: invitation.role });
      await recordAudit(tx, { teamId: invitation.teamId, actorId: userId, action: "user.create", entityType: "user", entityId: userId, after: { email, name: parsed.data.name } });
      await recordAudit(tx, {
        teamId: invitation.teamId,
        actorId: userId,
        action: "invitation.accept",
        entityType: "invitation",
        entityId: invitation.id,
        after: { userId, email, role: invitation.role, newAccount: true },
      });
      return { userId, email, teamId: invitation.teamId, teamName: invitation.teamName, role: invitation.role };
    });
  } catch (error) {
    if (isConstraintViolation(error, "P2002")) throw new AppError("conflict", accountExists);
    throw error;
  }
}
