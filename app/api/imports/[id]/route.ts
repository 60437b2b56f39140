import { NextResponse } from "next/server";
import { sessionRoute } from "@/server/api";
import { notFound } from "@/server/errors";
import { findImportBatch } from "@/server/repositories/import-batches";

export const dynamic = "force-dynamic";

/** GET /api/imports/ID: the batch's progress for its page, which polls it until the batch finishes. */
export const GET = sessionRoute<{ id: string }>({ role: "viewer" }, async ({ membership, prisma }, { id }) => {
  const batch = await findImportBatch(prisma, membership.teamId, id);
  if (!batch) throw notFound("This import does not exist in your team.");
  return NextResponse.json(batch, { headers: { "cache-control": "no-store" } });
});
