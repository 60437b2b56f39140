import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { LiveUpdates } from "@/components/queue/live-updates";
import { QueueFilters } from "@/components/queue/queue-filters";
import { QueueTabs, type QueueTab } from "@/components/queue/queue-tabs";
import { QueueWorkbench } from "@/components/queue/queue-workbench";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { queueFilterOptions, viewTakesAssigneeFilter, type QueueView } from "@/server/repositories/queue";
import { hasRole, requireUser } from "@/server/session";
import { teamChangeMarker } from "@/server/services/queue-changes";
import { canReview, listQueue, type QueueListing } from "@/server/services/queue-list";
import { parseQueuePageParams, queueSearch, type QueueQuery } from "@/server/services/queue-query";

export const metadata: Metadata = { title: "Queue" };

const viewCopy: Record<QueueView, { label: string; empty: { title: string; hint: string } }> = {
  unassigned: {
    label: "Unassigned",
    empty: { title: "No unassigned claims", hint: "Every claim matching these filters has someone on it. Import an article to fill the queue." },
  },
  mine: { label: "Mine", empty: { title: "Nothing assigned to you", hint: "Press n or “Take next” to take the most check-worthy unassigned claim." } },
  review: {
    label: "To review",
    empty: { title: "No verdicts waiting for your review", hint: "Claims appear here when a teammate submits a verdict for review." },
  },
  changes: { label: "Changes requested", empty: { title: "No changes requested", hint: "When a reviewer sends one of your verdicts back, it waits here." } },
  published: { label: "Published", empty: { title: "Nothing published yet", hint: "Approved verdicts appear here once an editor publishes them." } },
};

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, membership } = await requireUser();
  const requested = parseQueuePageParams(await searchParams);
  const reviewer = canReview(membership.role, user.id);
  const worker = hasRole(membership.role, "fact_checker");
  // Viewers are never assigned and never review: they see the unassigned and published views only.
  const query: QueueQuery = worker || requested.view === "unassigned" || requested.view === "published" ? requested : { ...requested, view: "unassigned" };
  const db = await prisma();
  const [listing, options, marker] = await Promise.all([
    listOrRestart((page) => listQueue({ prisma: db, teamId: membership.teamId, userId: user.id, role: membership.role, query: page }), query),
    queueFilterOptions(db, membership.teamId, query.article),
    teamChangeMarker({ prisma: db, teamId: membership.teamId }),
  ]);
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const tabs: QueueTab[] = (Object.keys(viewCopy) as QueueView[])
    .filter((view) => worker || view === "unassigned" || view === "published")
    .filter((view) => view !== "review" || reviewer)
    .map((view) => ({
      view,
      label: viewCopy[view].label,
      count: listing.counts[view] > listing.countCap ? `${listing.countCap.toLocaleString("en")}+` : listing.counts[view].toLocaleString("en"),
      href: `/queue${queueSearch({ ...filters, view })}`,
    }));
  const showAssignee = viewTakesAssigneeFilter(query.view);
  const canAssign = hasRole(membership.role, "editor") && (query.view === "unassigned" || query.view === "mine" || query.view === "changes");
  const hasFilters = Boolean(query.article || query.speaker || query.kind || query.minScore || query.olderThan || (showAssignee && query.assignee));

  return (
    <QueueWorkbench
      header={
        <div>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h1 className="text-2xl font-semibold tracking-tight">Queue</h1>
            <LiveUpdates marker={marker} />
          </div>
          <p className="mt-1 text-sm text-slate-500">
            {worker
              ? `Claims of ${membership.teamName} waiting for work. Press n to take the best unassigned one.`
              : `Claims of ${membership.teamName} and where they stand.`}
          </p>
        </div>
      }
      view={query.view}
      items={listing.items}
      now={new Date().toISOString()}
      canTake={worker}
      canAssign={canAssign}
      assignees={options.members.filter((member) => hasRole(member.role, "fact_checker"))}
      takeParams={Object.fromEntries(
        Object.entries({
          sort: query.sort,
          article: query.article,
          speaker: query.speaker,
          kind: query.kind,
          minScore: query.minScore,
          olderThan: query.olderThan,
        })
          .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
          .map(([key, value]) => [key, String(value)]),
      )}
      showAssignee={query.view !== "unassigned" && query.view !== "mine" && query.view !== "changes"}
      empty={hasFilters ? { title: "No claims match these filters", hint: "Loosen or clear the filters to see more." } : viewCopy[query.view].empty}
      footer={
        query.cursor || listing.nextCursor ? (
          <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
            {query.cursor ? (
              <Link href={`/queue${queueSearch({ ...filters, limit: query.limit })}`} className={buttonClass("secondary", "sm")}>
                Back to the first page
              </Link>
            ) : (
              <span />
            )}
            {listing.nextCursor ? (
              <Link
                href={`/queue${queueSearch({ ...filters, limit: query.limit }, { cursor: listing.nextCursor })}`}
                className={buttonClass("secondary", "sm")}
              >
                Next page <ArrowRight className="h-4 w-4" aria-hidden="true" />
              </Link>
            ) : null}
          </nav>
        ) : null
      }
    >
      <QueueTabs tabs={tabs} current={query.view} />
      <Card className="p-4 sm:p-5">
        <QueueFilters
          values={{
            view: query.view,
            sort: query.sort,
            article: query.article ?? "",
            speaker: query.speaker ?? "",
            kind: query.kind ?? "",
            minScore: query.minScore?.toString() ?? "",
            olderThan: query.olderThan?.toString() ?? "",
            assignee: query.assignee ?? "",
          }}
          articles={options.articles}
          speakers={options.speakers}
          members={options.members}
          showAssignee={showAssignee}
          showSort={query.view !== "published"}
          clearHref={`/queue${queueSearch({ view: query.view })}`}
        />
      </Card>
    </QueueWorkbench>
  );
}

/** A stale or hand-edited cursor shows the first page rather than an error page. */
async function listOrRestart(list: (query: QueueQuery) => Promise<QueueListing>, query: QueueQuery): Promise<QueueListing> {
  try {
    return await list(query);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "validation" || !query.cursor) throw error;
    return list({ ...query, cursor: undefined });
  }
}
