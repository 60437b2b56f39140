import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/server/api";
import { createImportBodyLimitBytes, createImportBodySchema, importItemSchema } from "@/server/api-schemas/imports";
import { jobQueue } from "@/server/jobs/queue";
import { itemFromFields, readImportUpload, type ImportBundle } from "@/server/services/read-import-bundle";
import { startBulkImport } from "@/server/services/start-bulk-import";
import { readUploadedFiles } from "@/server/uploads";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/imports: a bulk import, as JSON ({ items: [...] }) or as a multipart upload of a .zip,
 * a .jsonl file or several files. Answers 202 at once; each item is imported by a background job.
 */
export const POST = apiRoute({ role: "fact_checker" }, async ({ request, principal, prisma }) => {
  const isMultipart = /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
  let bundle: ImportBundle;
  if (isMultipart) {
    bundle = readImportUpload(await readUploadedFiles(request));
  } else {
    const body = await readJsonBody(request, createImportBodySchema, createImportBodyLimitBytes);
    bundle = {
      source: "api",
      label: body.label || `API import of ${body.items.length} article${body.items.length === 1 ? "" : "s"}`,
      items: body.items.map((raw, index) => {
        const name = `item ${index + 1}`;
        const parsed = importItemSchema.safeParse(raw);
        return parsed.success ? itemFromFields(name, parsed.data) : { name, error: parsed.error.issues[0]?.message ?? "Not an article." };
      }),
    };
  }
  const result = await startBulkImport({ prisma, jobs: await jobQueue(), teamId: principal.teamId, actorId: principal.userId, bundle });
  const location = `/api/v1/imports/${result.batchId}`;
  return NextResponse.json(result, { status: 202, headers: { location, "cache-control": "no-store" } });
});
