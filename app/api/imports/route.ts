import { NextResponse } from "next/server";
import { sessionRoute } from "@/server/api";
import { jobQueue } from "@/server/jobs/queue";
import { readImportUpload } from "@/server/services/read-import-bundle";
import { startBulkImport } from "@/server/services/start-bulk-import";
import { readUploadedFiles } from "@/server/uploads";

export const dynamic = "force-dynamic";

/** POST /api/imports (multipart, fields "files"): a .zip, a .jsonl file or a folder's files → 202 with the batch to follow. */
export const POST = sessionRoute({ role: "fact_checker" }, async ({ request, user, membership, prisma }) => {
  const bundle = readImportUpload(await readUploadedFiles(request));
  const result = await startBulkImport({ prisma, jobs: await jobQueue(), teamId: membership.teamId, actorId: user.id, bundle });
  return NextResponse.json(result, { status: 202, headers: { location: `/import/batches/${result.batchId}` } });
});
