import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, ExternalLink } from "lucide-react";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/format";
import { prisma } from "@/server/db";
import { findSourcePinnedText } from "@/server/repositories/evidence";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Pinned copy" };

/** The text of a source's page as it was pinned when the fact-checker read it. */
export default async function PinnedCopyPage({ params }: { params: Promise<{ id: string; sourceId: string }> }) {
  const { membership } = await requireUser();
  const { id, sourceId } = await params;
  const source = await findSourcePinnedText(await prisma(), membership.teamId, id, sourceId);
  if (!source?.pinnedText) notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <Link href={`/claims/${id}`} className="inline-flex items-center gap-1.5 text-sm font-medium text-accent-700 hover:underline">
        <ArrowLeft className="h-4 w-4" aria-hidden="true" /> Back to the claim
      </Link>
      <div>
        <h1 className="break-words text-2xl font-semibold tracking-tight">{source.title}</h1>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-500">
          <span>Pinned copy, accessed {formatDateTime(source.accessedAt)}</span>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="inline-flex min-w-0 items-center gap-1 break-all font-medium text-accent-700 hover:underline">
              {source.url} <ExternalLink className="h-3.5 w-3.5 shrink-0" aria-hidden="true" />
            </a>
          ) : null}
        </p>
      </div>
      <Card className="px-5 py-5">
        <div className="whitespace-pre-wrap break-words font-serif text-base leading-7 text-slate-800" data-testid="pinned-text">
          {source.pinnedText}
        </div>
      </Card>
    </div>
  );
}
