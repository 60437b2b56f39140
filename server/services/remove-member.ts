import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { lockTeam } from "@/server/repositories/teams";
import { countAdmins, deleteMembership, findMembership } from "@/server/repositories/users";
import { AppError } from "@/server/errors";
import { lastAdminError } from "./change-member-role";

export interface RemoveMemberOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  userId: string;
}

/**
 * Takes a person out of the team: their account and their work stay (articles, sources and verdicts keep
 * their author), they just no longer see the team. The team always keeps at least one admin.
 */
export async function removeMember(options: RemoveMemberOptions): Promise<{ name: string; email: string }> {
  return options.prisma.$transaction(async (tx) => {
    if (!(await lockTeam(tx, options.teamId))) throw new AppError("not_found", "That team does not exist.");
    const member = await findMembership(tx, options.teamId, options.userId);
    if (!member) throw new AppError("not_found", "That person is not a member of this team.");
    if (member.role === "admin" && (await countAdmins(tx, options.teamId)) <= 1) throw lastAdminError(member.name, "remove");
    await deleteMembership(tx, options.teamId, options.userId);
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "membership.remove",
      entityType: "user",
      entityId: options.userId,
      before: { email: member.email, name: member.name, role: member.role },
    });
    return { name: member.name, email: member.email };
  });
}
