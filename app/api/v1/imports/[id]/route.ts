import { NextResponse } from "next/server";
import { apiRoute } from "@/server/api";
import { toApiImportBatch } from "@/server/api-schemas/imports";
import { notFound } from "@/server/errors";
import { findImportBatch } from "@/server/repositories/import-batches";

export const dynamic = "force-dynamic";

/** GET /api/v1/imports/ID: progress and per-item results of a bulk import (failed items first). */
export const GET = apiRoute<{ id: string }>({ role: "viewer" }, async ({ principal, prisma }, { id }) => {
  const batch = await findImportBatch(prisma, principal.teamId, id);
  if (!batch) throw notFound("This import does not exist in your team.");
  return NextResponse.json(toApiImportBatch(batch), { headers: { "cache-control": "no-store" } });
});
