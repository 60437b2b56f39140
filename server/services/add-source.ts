import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { insertSource, lockClaim, type SourceDto } from "@/server/repositories/evidence";
import { AppError } from "@/server/errors";
import { parseSourceInput, sourceAuditSnapshot, type SourceInput } from "./source-input";

export interface AddSourceOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  claimId: string;
  source: SourceInput;
}

/** Attaches a source to one of the team's claims. */
export async function addSource(options: AddSourceOptions): Promise<SourceDto> {
  const source = parseSourceInput(options.source);
  return options.prisma.$transaction(async (tx) => {
    if (!(await lockClaim(tx, options.teamId, options.claimId))) throw new AppError("not_found", "That claim does not exist.");
    const created = await insertSource(tx, { ...source, teamId: options.teamId, claimId: options.claimId, createdById: options.actorId });
    await recordAudit(tx, {
      teamId: options.teamId,
      actorId: options.actorId,
      action: "source.create",
      entityType: "source",
      entityId: created.id,
      after: { claimId: options.claimId, ...sourceAuditSnapshot(source) },
    });
    return created;
  });
}
