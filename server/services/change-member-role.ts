import { z } from "zod";
import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { lockTeam } from "@/server/repositories/teams";
import { countAdmins, findMembership, roles, setMembershipRole, type Role } from "@/server/repositories/users";
import { AppError } from "@/server/errors";

export interface ChangeMemberRoleOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  userId: string;
  role: string;
}

const roleSchema = z.enum(roles as [Role, ...Role[]], { message: `The role must be one of: ${roles.join(", ")}.` });

/** A team without an admin could never manage its members again, so its last admin stays. */
export function lastAdminError(name: string, doing: "demote" | "remove"): AppError {
  return new AppError(
    "conflict",
    doing === "demote"
      ? `${name} is the team's last admin: make someone else an admin first, so the team is never left without one.`
      : `${name} is the team's last admin and cannot be removed: make someone else an admin first.`,
  );
}

/** Gives a member another role in the team; the team always keeps at least one admin. */
export async function changeMemberRole(options: ChangeMemberRoleOptions): Promise<{ name: string; role: Role; changed: boolean }> {
  const parsed = roleSchema.safeParse(options.role);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Choose a role.");
  const role = parsed.data;
  return options.prisma.$transaction(async (tx) => {
    if (!(await lockTeam(tx, options.teamId))) throw new AppError("not_found", "That team does not exist.");
    const member = await findMembership(tx, options.teamId, options.userId);
    if (!member) throw new AppError("not_found", "That person is not a member of this team.");
    if (member.role === role) return { name: member.name, role, changed: false };
    if (member.role === "admin" && (await countAdmins(tx, options.teamId)) <= 1) throw lastAdminError(member.name, "demote");
    await setMembershipRole(tx, { teamId: options.teamId, userId: options.userId, role });
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "membership.change_role",
      entityType: "user",
      entityId: options.userId,
      before: { email: member.email, role: member.role },
      after: { email: member.email, role },
    });
    return { name: member.name, role, changed: true };
  });
}
