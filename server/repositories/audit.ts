import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "./client";

export interface AuditInput {
  teamId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

export async function recordAudit(db: DbClient, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      teamId: input.teamId,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: asJson(input.before),
      after: asJson(input.after),
    },
  });
}

export interface AuditEventDto {
  id: string;
  action: string;
  entityType: string;
  entityId: string | null;
  actorName: string | null;
  createdAt: string;
}

export async function listAuditEvents(db: DbClient, teamId: string, limit = 50): Promise<AuditEventDto[]> {
  const rows = await db.auditEvent.findMany({
    where: { teamId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actorName: row.actor?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
