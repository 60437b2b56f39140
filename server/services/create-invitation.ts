import { z } from "zod";
import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { insertInvitation, type InvitationDto } from "@/server/repositories/invitations";
import { lockTeam } from "@/server/repositories/teams";
import { normaliseEmail, roles, type Role } from "@/server/repositories/users";
import { AppError } from "@/server/errors";
import { newInvitationToken } from "./invitation-token";

export const invitationValidityDays = [1, 7, 30] as const;
export type InvitationValidityDays = (typeof invitationValidityDays)[number];

const invitationSchema = z.object({
  role: z.enum(roles as [Role, ...Role[]], { message: "Choose the role the invited person gets." }),
  email: z
    .string()
    .trim()
    .max(254, "The email address is longer than 254 characters.")
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(z.email("Enter a valid email address, or leave it empty to let anyone with the link join.").nullable()),
  validityDays: z.literal(invitationValidityDays, { message: "Choose how long the link works: 1, 7 or 30 days." }),
});

export interface CreateInvitationOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  role: string;
  /** Only this address may accept; empty or absent lets anyone with the link join. */
  email?: string | null;
  validityDays: number;
  now?: Date;
}

export interface CreateInvitationResult {
  invitation: InvitationDto;
  /** The secret of the link: returned this once and never stored. */
  token: string;
}

/** Creates an invitation link to the team with a role and an expiry. */
export async function createInvitation(options: CreateInvitationOptions): Promise<CreateInvitationResult> {
  const parsed = invitationSchema.safeParse({ role: options.role, email: options.email ?? undefined, validityDays: options.validityDays });
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the invitation.");
  const { role, validityDays } = parsed.data;
  const email = parsed.data.email === null ? null : normaliseEmail(parsed.data.email);
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + validityDays * 24 * 60 * 60 * 1000);
  const { token, tokenHash } = newInvitationToken();
  const invitation = await options.prisma.$transaction(async (tx) => {
    if (!(await lockTeam(tx, options.teamId))) throw new AppError("not_found", "That team does not exist.");
    const created = await insertInvitation(tx, { teamId: options.teamId, tokenHash, role, email, expiresAt, createdById: options.actorId });
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "invitation.create",
      entityType: "invitation",
      entityId: created.id,
      after: { role, email, expiresAt: created.expiresAt },
    });
    return created;
  });
  return { invitation, token };
}
