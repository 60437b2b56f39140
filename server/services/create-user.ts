import { z } from "zod";
import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { createTeam, findTeamById, findTeamByName } from "@/server/repositories/teams";
import { createUserRow, findCredentialsByEmail, roles, upsertMembership, type Role } from "@/server/repositories/users";
import { hashPassword, minPasswordLength } from "@/server/passwords";
import { AppError } from "@/server/errors";

export const newUserSchema = z.object({
  email: z.email("Enter a valid email address.").max(254),
  password: z.string().min(minPasswordLength, `The password needs at least ${minPasswordLength} characters.`).max(200),
  name: z.string().trim().max(120).optional(),
  team: z.string().trim().min(1, "Name the team.").max(120),
  role: z.enum(roles as [Role, ...Role[]], { message: `The role must be one of: ${roles.join(", ")}.` }),
});

export type CreateUserOptions = z.input<typeof newUserSchema> & {
  prisma: PrismaClient;
  actorId?: string | null;
  /** Add to this exact team (the settings page); `team` then only names it in messages. */
  teamId?: string;
};

export interface CreateUserResult {
  userId: string;
  teamId: string;
  teamName: string;
  createdUser: boolean;
  createdTeam: boolean;
}

function displayNameFromEmail(email: string): string {
  const local = email.split("@")[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(" ");
}

/**
 * Creates a user (or finds the existing one by email) and gives them the role in the team,
 * creating the team when it does not exist. An existing user's password is left as it is.
 */
export async function createUser(options: CreateUserOptions): Promise<CreateUserResult> {
  const parsed = newUserSchema.safeParse(options);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Invalid user.");
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return options.prisma.$transaction(async (tx) => {
    let team = options.teamId ? await findTeamById(tx, options.teamId) : await findTeamByName(tx, input.team);
    if (options.teamId && !team) throw new AppError("not_found", "That team does not exist.");
    const createdTeam = !team;
    team ??= await createTeam(tx, input.team);
    const existing = await findCredentialsByEmail(tx, input.email);
    const userId = existing?.id ?? (await createUserRow(tx, { email: input.email, name: input.name || displayNameFromEmail(input.email), passwordHash })).id;
    await upsertMembership(tx, { teamId: team.id, userId, role: input.role });
    await recordAudit(tx, {
      teamId: team.id,
      actorId: options.actorId ?? null,
      action: existing ? "membership.upsert" : "user.create",
      entityType: "user",
      entityId: userId,
      after: { email: input.email, role: input.role, team: team.name },
    });
    return { userId, teamId: team.id, teamName: team.name, createdUser: !existing, createdTeam };
  });
}
