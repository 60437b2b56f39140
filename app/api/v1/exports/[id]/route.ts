import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api";
import { toApiExportFile } from "@/server/api-schemas/exports";
import { notFound } from "@/server/errors";
import { findExportFile } from "@/server/repositories/export-files";

export const dynamic = "force-dynamic";

/** GET /api/v1/exports/ID: the export's progress; download it from …/file once ready. */
export const GET = apiRoute<{ id: string }>({ role: "viewer" }, async ({ principal, prisma }, { id }) => {
  const file = await findExportFile(prisma, principal.teamId, id);
  if (!file) throw notFound("This export does not exist in your team.");
  return NextResponse.json(toApiExportFile(file), { headers: { "cache-control": "no-store" } });
});
