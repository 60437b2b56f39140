import type { PrismaClient } from "./repositories/client";
import { AppError, notFound } from "./errors";
import { findExportFile, readExportContent } from "./repositories/export-files";

/** The prepared file as a download, or 404 (not the team's) / 409 (not ready yet, or failed). */
export async function exportDownloadResponse(prisma: PrismaClient, teamId: string, exportId: string): Promise<Response> {
  const file = await readExportContent(prisma, teamId, exportId);
  if (!file) {
    const meta = await findExportFile(prisma, teamId, exportId);
    if (!meta) throw notFound("This export does not exist in your team.");
    throw new AppError("conflict", meta.status === "failed" ? `This export failed: ${meta.error ?? "unknown error"}` : "This export is not ready yet.");
  }
  return new Response(new Uint8Array(file.content), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName.replace(/[^\w.-]/g, "_")}"`,
      "content-length": String(file.content.length),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
