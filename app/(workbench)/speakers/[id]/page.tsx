import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { MergeSpeakerForm } from "@/components/speakers/merge-speaker-form";
import { SpeakerForm } from "@/components/speakers/speaker-form";
import { prisma } from "@/server/db";
import { findSpeaker, listSpeakerOptions, listSpeakerWork, type SpeakerClaimDto, type SpeakerQuoteDto } from "@/server/repositories/speakers";
import { hasRole, requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Speaker" };

const quoteTypeLabel: Record<string, string> = { direct: "Direct", indirect: "Reported", according_to: "According to" };
const kindLabel: Record<string, string> = { numeric: "Numeric", statistic: "Statistic", event: "Event", comparison: "Comparison", causal: "Causal", other: "Other" };

function byArticle<T extends { articleId: string; articleTitle: string }>(items: T[]): { articleId: string; articleTitle: string; items: T[] }[] {
  const groups = new Map<string, { articleId: string; articleTitle: string; items: T[] }>();
  for (const item of items) {
    const group = groups.get(item.articleId) ?? { articleId: item.articleId, articleTitle: item.articleTitle, items: [] };
    group.items.push(item);
    groups.set(item.articleId, group);
  }
  return [...groups.values()];
}

export default async function SpeakerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string }> }) {
  const { membership } = await requireUser();
  const { id } = await params;
  const { merged } = await searchParams;
  const db = await prisma();
  const speaker = await findSpeaker(db, membership.teamId, id);
  if (!speaker) notFound();
  const canEdit = hasRole(membership.role, "fact_checker");
  const [work, options] = await Promise.all([listSpeakerWork(db, membership.teamId, id), canEdit ? listSpeakerOptions(db, membership.teamId) : []]);
  const subtitle = [speaker.title, speaker.role].filter(Boolean).join(", ");
  return (
    <div className="space-y-6">
      <div>
        <Link href="/speakers" className="inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
          <ArrowLeft className="h-4 w-4" aria-hidden="true" /> Speakers
        </Link>
        <h1 className="mt-2 flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
          {speaker.name}
          {speaker.kind === "organization" ? <Badge>Organisation</Badge> : null}
        </h1>
        <p className="mt-1 text-sm text-slate-500">
          {subtitle ? `${subtitle} · ` : ""}
          {work.quotes.length} quote{work.quotes.length === 1 ? "" : "s"} · {work.claims.length} claim{work.claims.length === 1 ? "" : "s"}
        </p>
        {speaker.aliases.length ? (
          <ul className="mt-3 flex flex-wrap gap-1.5" aria-label="Aliases">
            {speaker.aliases.map((alias) => (
              <li key={alias}>
                <Badge>{alias}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {merged !== undefined ? (
        <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Speakers merged: their quotes and claims are now here.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_380px]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader title="Quotes" description="Everything attributed to this speaker, by article." />
            <WorkList
              groups={byArticle(work.quotes)}
              empty="No quotes."
              render={(quote: SpeakerQuoteDto) => (
                <Link href={`/articles/${quote.articleId}#quote-${quote.id}`} className="block rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
                  <span className="mr-1.5 text-xs font-medium uppercase tracking-wide text-slate-600">{quoteTypeLabel[quote.type]}</span>
                  {quote.type === "direct" ? `“${quote.text}”` : quote.text}
                </Link>
              )}
              testId="speaker-quotes"
            />
          </Card>
          <Card>
            <CardHeader title="Claims" description="Checkable statements made by this speaker." />
            <WorkList
              groups={byArticle(work.claims)}
              empty="No claims."
              render={(claim: SpeakerClaimDto) => (
                <Link href={`/articles/${claim.articleId}#claim-${claim.id}`} className="block rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
                  <span className="mr-1.5 text-xs font-medium uppercase tracking-wide text-slate-600">{kindLabel[claim.kind] ?? claim.kind}</span>
                  {claim.text}
                </Link>
              )}
              testId="speaker-claims"
            />
          </Card>
        </div>
        {canEdit ? (
          <div className="space-y-6">
            <Card>
              <CardHeader title="Details" />
              <div className="p-5">
                <SpeakerForm key={speaker.version} speaker={speaker} />
              </div>
            </Card>
            <Card>
              <CardHeader title="Merge" description="The same person under two names? Merge them." />
              <div className="p-5">
                <MergeSpeakerForm speaker={{ id: speaker.id, name: speaker.name, version: speaker.version }} others={options.filter((option) => option.id !== speaker.id)} />
              </div>
            </Card>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function WorkList<T extends { id: string }>({
  groups,
  empty,
  render,
  testId,
}: {
  groups: { articleId: string; articleTitle: string; items: T[] }[];
  empty: string;
  render: (item: T) => React.ReactNode;
  testId: string;
}) {
  if (groups.length === 0) return <p className="px-5 py-4 text-sm text-slate-500">{empty}</p>;
  return (
    <div className="divide-y divide-slate-100" data-testid={testId}>
      {groups.map((group) => (
        <section key={group.articleId} className="px-5 py-3" aria-label={group.articleTitle}>
          <h3 className="text-sm font-medium text-slate-900">
            <Link href={`/articles/${group.articleId}`} className="hover:text-accent-700 hover:underline">
              {group.articleTitle}
            </Link>
          </h3>
          <ul className="mt-1.5 space-y-0.5">
            {group.items.map((item) => (
              <li key={item.id}>{render(item)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
