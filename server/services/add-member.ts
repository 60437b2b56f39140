import type { PrismaClient } from "@/server/repositories/client";
import { findCredentialsByEmail, findMembership, type Role } from "@/server/repositories/users";
import { AppError } from "@/server/errors";
import { createUser, type CreateUserResult } from "./create-user";

export interface AddMemberOptions {
  prisma: PrismaClient;
  teamId: string;
  teamName: string;
  actorId: string | null;
  email: string;
  name?: string;
  /** The initial password of a new account; an existing account keeps its own. */
  password: string;
  role: Role;
}

/**
 * Adds a person to the team directly (with an initial password when they have no account yet). Someone
 * already in the team is refused: their role changes in the members list, where the last-admin rule holds.
 */
export async function addMember(options: AddMemberOptions): Promise<CreateUserResult> {
  const existing = await findCredentialsByEmail(options.prisma, options.email);
  if (existing && (await findMembership(options.prisma, options.teamId, existing.id))) {
    throw new AppError("conflict", `${existing.email} is already a member of ${options.teamName}: change their role in the members list.`);
  }
  return createUser({
    prisma: options.prisma,
    actorId: options.actorId,
    email: options.email,
    name: options.name,
    password: options.password,
    team: options.teamName,
    teamId: options.teamId,
    role: options.role,
  });
}
