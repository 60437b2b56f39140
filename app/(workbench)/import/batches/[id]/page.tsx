import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportBatchProgress } from "@/components/import/import-batch-progress";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { findImportBatch } from "@/server/repositories/import-batches";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Import progress" };

const sourceLabel = { zip: "a .zip file", files: "a folder", jsonl: "a JSON Lines file", api: "the API" } as const;

export default async function ImportBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const { membership } = await requireUser();
  const { id } = await params;
  const batch = await findImportBatch(await prisma(), membership.teamId, id);
  if (!batch) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/import/bulk" className="text-sky-800 hover:underline">
            ← Bulk import
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight break-all">{batch.label}</h1>
        <p className="mt-1 text-sm text-slate-500">
          From {sourceLabel[batch.source]}
          {batch.createdByName ? `, by ${batch.createdByName}` : ""}, {new Date(batch.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
        </p>
      </div>
      <Card className="p-5">
        <ImportBatchProgress initial={batch} />
      </Card>
    </div>
  );
}
