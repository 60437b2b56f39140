import type { Metadata } from "next";
import Link from "next/link";
import { BulkImportForm } from "@/components/import/bulk-import-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { listImportBatches } from "@/server/repositories/import-batches";
import { maxBatchItems, maxBundleBytes } from "@/server/services/read-import-bundle";
import { requireRole } from "@/server/session";

export const metadata: Metadata = { title: "Bulk import" };

export default async function BulkImportPage() {
  const { membership } = await requireRole("fact_checker");
  const batches = await listImportBatches(await prisma(), membership.teamId);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Bulk import</h1>
        <p className="mt-1 text-sm text-slate-500">
          Import many articles at once. Each is pinned and analysed in the background; one bad file never stops the rest. For a single article use{" "}
          <Link href="/import" className="text-sky-800 underline underline-offset-2">
            Import
          </Link>
          .
        </p>
      </div>
      <Card>
        <BulkImportForm maxMegabytes={maxBundleBytes / 1024 / 1024} maxItems={maxBatchItems} />
      </Card>
      <Card>
        <CardHeader title="Recent imports" description="Open one to see its progress and what could not be imported." />
        {batches.length === 0 ? (
          <p className="px-5 pb-5 text-sm text-slate-500">No bulk imports yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {batches.map((batch) => (
              <li key={batch.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 text-sm">
                <Link href={`/import/batches/${batch.id}`} className="min-w-0 font-medium break-all text-sky-800 hover:underline">
                  {batch.label}
                </Link>
                <span className="flex items-center gap-2 text-slate-600">
                  {batch.counts.imported + batch.counts.duplicate} of {batch.total} in
                  {batch.counts.failed ? <Badge tone="red">{batch.counts.failed} failed</Badge> : null}
                  {batch.finishedAt ? null : <Badge tone="sky">running</Badge>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
