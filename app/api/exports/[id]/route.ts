import { NextResponse } from "next/server";
import { sessionRoute } from "@/server/api";
import { notFound } from "@/server/errors";
import { findExportFile } from "@/server/repositories/export-files";

export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ id: string }>({ role: "viewer" }, async ({ membership, prisma }, { id }) => {
  const file = await findExportFile(prisma, membership.teamId, id);
  if (!file) throw notFound("This export does not exist in your team.");
  return NextResponse.json(file, { headers: { "cache-control": "no-store" } });
});
