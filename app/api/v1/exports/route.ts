import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/server/api";
import { createExportBodySchema } from "@/server/api-schemas/exports";
import { jobQueue } from "@/server/jobs/queue";
import { requestExport } from "@/server/services/request-export";

export const dynamic = "force-dynamic";

/** POST /api/v1/exports: prepares a large export in the background; follow it at the Location. */
export const POST = apiRoute({ role: "viewer" }, async ({ request, principal, prisma }) => {
  const body = await readJsonBody(request, createExportBodySchema);
  const result = await requestExport({ prisma, jobs: await jobQueue(), teamId: principal.teamId, actorId: principal.userId, kind: body.kind, params: body.params });
  return NextResponse.json(result, { status: 202, headers: { location: `/api/v1/exports/${result.exportId}`, "cache-control": "no-store" } });
});
