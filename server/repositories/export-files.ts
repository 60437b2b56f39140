import type { Prisma } from "@/generated/prisma/client";
import type { DbClient } from "./client";

export type ExportKind = "verdicts-csv" | "report-pdf";
export type ExportStatus = "queued" | "running" | "ready" | "failed";

export interface ExportFileDto {
  id: string;
  kind: ExportKind;
  params: Record<string, string>;
  status: ExportStatus;
  done: number;
  total: number;
  fileName: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  createdByName: string | null;
}

export interface ExportJobWork {
  id: string;
  teamId: string;
  kind: ExportKind;
  params: Record<string, string>;
  status: ExportStatus;
}

const fileSelect = {
  id: true,
  kind: true,
  params: true,
  status: true,
  done: true,
  total: true,
  fileName: true,
  contentType: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  createdBy: { select: { name: true } },
} as const;

type FileRow = Prisma.ExportFileGetPayload<{ select: typeof fileSelect }>;

function toDto(row: FileRow, sizeBytes: number | null): ExportFileDto {
  return {
    id: row.id,
    kind: row.kind as ExportKind,
    params: row.params as Record<string, string>,
    status: row.status,
    done: row.done,
    total: row.total,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdByName: row.createdBy?.name ?? null,
  };
}

export async function createExportFile(db: DbClient, input: { teamId: string; createdById: string | null; kind: ExportKind; params: Record<string, string> }): Promise<string> {
  const row = await db.exportFile.create({ data: { teamId: input.teamId, createdById: input.createdById, kind: input.kind, params: input.params }, select: { id: true } });
  return row.id;
}

/** The export a job prepares; ids come from jobs the team's own request queued. */
export async function findExportForJob(db: DbClient, exportId: string): Promise<ExportJobWork | null> {
  const row = await db.exportFile.findFirst({ where: { id: exportId }, select: { id: true, teamId: true, kind: true, params: true, status: true } });
  return row ? { ...row, kind: row.kind as ExportKind, params: row.params as Record<string, string> } : null;
}

export async function markExportRunning(db: DbClient, exportId: string, total: number): Promise<void> {
  await db.exportFile.updateMany({ where: { id: exportId, status: { in: ["queued", "running"] } }, data: { status: "running", total, done: 0, error: null } });
}

export async function updateExportProgress(db: DbClient, exportId: string, done: number): Promise<void> {
  await db.exportFile.updateMany({ where: { id: exportId, status: "running" }, data: { done } });
}

export async function finishExport(db: DbClient, exportId: string, file: { fileName: string; contentType: string; content: Uint8Array; done: number }): Promise<void> {
  await db.exportFile.updateMany({
    where: { id: exportId, status: "running" },
    data: {
      status: "ready",
      fileName: file.fileName,
      contentType: file.contentType,
      // Base64 in a text column: the embedded database's driver cannot bind bytea.
      content: Buffer.from(file.content).toString("base64"),
      done: file.done,
      finishedAt: new Date(),
    },
  });
}

export async function failExport(db: DbClient, exportId: string, error: string): Promise<void> {
  await db.exportFile.updateMany({ where: { id: exportId, status: { in: ["queued", "running"] } }, data: { status: "failed", error: error.slice(0, 2000), finishedAt: new Date() } });
}

/** Keeps the reason of an attempt that will be retried; the export stays queued for the next one. */
export async function noteExportRetry(db: DbClient, exportId: string, error: string): Promise<void> {
  await db.exportFile.updateMany({ where: { id: exportId, status: { in: ["queued", "running"] } }, data: { status: "queued", error: error.slice(0, 2000) } });
}

async function sizes(db: DbClient, teamId: string, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  // The size without loading the files: base64 holds 3 bytes in every 4 characters.
  const rows = await db.$queryRaw<{ id: string; size: bigint | number | null }[]>`
    SELECT id, (length(content) / 4 * 3 - (CASE WHEN content LIKE '%==' THEN 2 WHEN content LIKE '%=' THEN 1 ELSE 0 END)) AS size
    FROM "ExportFile" WHERE "teamId" = ${teamId} AND id = ANY(${ids}) AND content IS NOT NULL`;
  return new Map(rows.map((row) => [row.id, Number(row.size ?? 0)]));
}

export async function listExportFiles(db: DbClient, teamId: string, limit = 20): Promise<ExportFileDto[]> {
  const rows = await db.exportFile.findMany({ where: { teamId }, select: fileSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  const bytes = await sizes(db, teamId, rows.map((row) => row.id));
  return rows.map((row) => toDto(row, bytes.get(row.id) ?? null));
}

export async function findExportFile(db: DbClient, teamId: string, exportId: string): Promise<ExportFileDto | null> {
  const row = await db.exportFile.findFirst({ where: { id: exportId, teamId }, select: fileSelect });
  if (!row) return null;
  const bytes = await sizes(db, teamId, [row.id]);
  return toDto(row, bytes.get(row.id) ?? null);
}

export async function readExportContent(db: DbClient, teamId: string, exportId: string): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
  const row = await db.exportFile.findFirst({ where: { id: exportId, teamId, status: "ready" }, select: { fileName: true, contentType: true, content: true } });
  if (!row?.content || !row.fileName || !row.contentType) return null;
  return { fileName: row.fileName, contentType: row.contentType, content: Buffer.from(row.content, "base64") };
}
