import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { claimKindLabel } from "@/components/claims/claim-labels";
import { MemberWorkload } from "@/components/dashboard/member-workload";
import { StatusBars, type StatusBar } from "@/components/dashboard/status-bars";
import { ageLabel, durationLabel } from "@/components/queue/age";
import { LiveUpdates } from "@/components/queue/live-updates";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { loadTeamDashboard } from "@/server/repositories/dashboard";
import { requireUser } from "@/server/session";
import { teamChangeMarker } from "@/server/services/queue-changes";
import { claimStatuses } from "@/server/services/claim-workflow";

export const metadata: Metadata = { title: "Dashboard" };

const queueHref: Partial<Record<string, string>> = { new: "/queue", ready_for_review: "/queue?view=review", published: "/queue?view=published" };

export default async function DashboardPage() {
  const { membership } = await requireUser();
  const db = await prisma();
  const [dashboard, marker] = await Promise.all([loadTeamDashboard(db, membership.teamId, 6), teamChangeMarker({ prisma: db, teamId: membership.teamId })]);
  const now = new Date().toISOString();
  const { byStatus } = dashboard;
  const open = byStatus.new + byStatus.assigned + byStatus.in_research + byStatus.ready_for_review + byStatus.changes_requested + byStatus.approved;
  const bars: StatusBar[] = claimStatuses.map((status) => ({ status, count: byStatus[status], href: queueHref[status] }));
  const stats = [
    { label: "Open claims", value: open.toLocaleString("en"), note: `${byStatus.new.toLocaleString("en")} unassigned` },
    {
      label: "Waiting for review",
      value: byStatus.ready_for_review.toLocaleString("en"),
      note: `${byStatus.changes_requested.toLocaleString("en")} sent back for changes`,
    },
    { label: "Published", value: byStatus.published.toLocaleString("en"), note: `${byStatus.approved.toLocaleString("en")} approved, not yet published` },
    {
      label: "Median time to publish",
      value: dashboard.published.medianHours === null ? "—" : durationLabel(dashboard.published.medianHours),
      note: dashboard.published.count ? `from new to published, over ${dashboard.published.count.toLocaleString("en")} claims` : "nothing published yet",
    },
  ];

  return (
    <div className="space-y-6">
      <div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
          <LiveUpdates marker={marker} />
        </div>
        <p className="mt-1 text-sm text-slate-500">Where the claims of {membership.teamName} stand and who is working on what.</p>
      </div>

      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {stats.map((stat) => (
          <Card key={stat.label} className="px-4 py-3 sm:px-5 sm:py-4">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{stat.value}</dd>
            <dd className="mt-0.5 text-xs text-slate-500">{stat.note}</dd>
          </Card>
        ))}
      </dl>

      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card>
          <CardHeader title="Claims by state" description="Every claim of the team that is not deleted." />
          <div className="px-5 py-4">
            <StatusBars bars={bars} />
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Oldest unassigned claims"
            description="Waiting longest for someone to take them."
            actions={
              <Link href="/queue?sort=age" className="inline-flex shrink-0 items-center gap-1 text-sm font-medium text-accent-700 hover:underline">
                Queue <ArrowRight className="h-4 w-4" aria-hidden="true" />
              </Link>
            }
          />
          {dashboard.oldestUnassigned.length === 0 ? (
            <p className="px-5 py-6 text-sm text-slate-500">No unassigned claims.</p>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Oldest unassigned claims">
              {dashboard.oldestUnassigned.map((claim) => (
                <li key={claim.id}>
                  <Link href={`/claims/${claim.id}`} className="block px-5 py-3 hover:bg-slate-50">
                    <p className="line-clamp-2 break-words text-sm text-slate-900">{claim.text}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                      <Badge>{claimKindLabel[claim.kind] ?? claim.kind}</Badge>
                      <span>check-worthiness {Math.round(claim.score * 100)}</span>
                      <span>waiting {ageLabel(claim.statusChangedAt, now)}</span>
                      <span className="min-w-0 max-w-full truncate">in {claim.articleTitle}</span>
                    </p>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card className="overflow-hidden">
        <CardHeader title="Team workload" description="Open claims per member, and the reviews each could pick up." />
        <MemberWorkload members={dashboard.members} />
      </Card>
    </div>
  );
}
