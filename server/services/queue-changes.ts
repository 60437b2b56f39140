import type { PrismaClient } from "@/server/repositories/client";
import { latestTeamChange } from "@/server/repositories/queue";

/**
 * An opaque marker of the team's latest change, read from the audit log so that every app instance
 * answers the same (no in-process state). Clients poll it and reload their view when it moves.
 */
export async function teamChangeMarker(options: { prisma: PrismaClient; teamId: string }): Promise<string> {
  const latest = await latestTeamChange(options.prisma, options.teamId);
  return latest ? `${latest.at.getTime().toString(36)}.${latest.id}.${latest.recent}` : "0";
}
