import { NextResponse } from "next/server";
import { readJsonBody, sessionRoute } from "@/server/api";
import { createExportBodySchema } from "@/server/api-schemas/exports";
import { jobQueue } from "@/server/jobs/queue";
import { listExportFiles } from "@/server/repositories/export-files";
import { requestExport } from "@/server/services/request-export";

export const dynamic = "force-dynamic";

/** GET /api/exports: the team's recent prepared exports, for the exports page to follow. */
export const GET = sessionRoute({ role: "viewer" }, async ({ membership, prisma }) =>
  NextResponse.json({ exports: await listExportFiles(prisma, membership.teamId) }, { headers: { "cache-control": "no-store" } }),
);

/** POST /api/exports { kind, params } → 202: the export is prepared by a background job. */
export const POST = sessionRoute({ role: "viewer" }, async ({ request, user, membership, prisma }) => {
  const body = await readJsonBody(request, createExportBodySchema);
  const result = await requestExport({ prisma, jobs: await jobQueue(), teamId: membership.teamId, actorId: user.id, kind: body.kind, params: body.params });
  return NextResponse.json(result, { status: 202 });
});
