"use client";

import type { ReactNode, Ref } from "react";
import Link from "next/link";
import type { ArticleDto, ClaimDto, QuoteDto, SpeakerDto } from "@/server/repositories/articles";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ClaimDetails, QuoteDetails, type BoundsDraft } from "./span-details";
import type { SpeakerOption } from "./speaker-picker";
import { speakerColour } from "./speaker-colours";

export const kindLabel: Record<string, string> = {
  numeric: "Numeric",
  statistic: "Statistic",
  event: "Event",
  comparison: "Comparison",
  causal: "Causal",
  other: "Other",
};

const statusLabel: Record<string, string> = {
  assigned: "Assigned",
  in_research: "In research",
  ready_for_review: "Ready for review",
  changes_requested: "Changes requested",
  approved: "Approved",
  published: "Published",
  not_check_worthy: "Not check-worthy",
};

const quoteTypeLabel: Record<string, string> = { direct: "Direct", indirect: "Reported", according_to: "According to" };

export type ClaimFilter = "all" | "check_worthy" | "not_check_worthy";

export interface ItemRef {
  kind: "claim" | "quote";
  id: string;
}

/** Claims in panel order: most check-worthy first, ties in reading order. */
export function rankClaims(claims: readonly ClaimDto[], filter: ClaimFilter): ClaimDto[] {
  return claims
    .filter((claim) => (filter === "all" ? true : filter === "not_check_worthy" ? claim.status === "not_check_worthy" : claim.status !== "not_check_worthy"))
    .sort((a, b) => b.score - a.score || a.start - b.start);
}

export function groupQuotes(quotes: readonly QuoteDto[], speakers: readonly SpeakerDto[]): { speaker: SpeakerDto | null; speakerId: string | null; quotes: QuoteDto[] }[] {
  const groups = new Map<string | null, QuoteDto[]>();
  for (const quote of quotes) {
    const list = groups.get(quote.speakerId) ?? [];
    list.push(quote);
    groups.set(quote.speakerId, list);
  }
  return [...groups.entries()]
    .map(([speakerId, list]) => ({ speakerId, speaker: speakers.find((s) => s.id === speakerId) ?? null, quotes: list }))
    .sort((a, b) => b.quotes.length - a.quotes.length || (a.speaker?.name ?? "~").localeCompare(b.speaker?.name ?? "~"));
}

export interface ArticleSidePanelProps {
  article: ArticleDto;
  speakerOrder: string[];
  speakerOptions: readonly SpeakerOption[];
  canEdit: boolean;
  claims: ClaimDto[];
  filter: ClaimFilter;
  onFilterChange: (filter: ClaimFilter) => void;
  selected: ItemRef | null;
  onSelect: (item: ItemRef) => void;
  draft: BoundsDraft | null;
  onDraftChange: (draft: BoundsDraft | null) => void;
  renderEvidence: (claim: ClaimDto) => ReactNode;
  toolbar: ReactNode;
  panelRef: Ref<HTMLElement>;
}

export function ArticleSidePanel({
  article,
  speakerOrder,
  speakerOptions,
  canEdit,
  claims,
  filter,
  onFilterChange,
  selected,
  onSelect,
  draft,
  onDraftChange,
  renderEvidence,
  toolbar,
  panelRef,
}: ArticleSidePanelProps) {
  const speakerName = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]));
  const notCheckWorthy = article.claims.filter((claim) => claim.status === "not_check_worthy").length;
  const groups = groupQuotes(article.quotes, article.speakers);
  const isSelected = (kind: ItemRef["kind"], id: string) => selected?.kind === kind && selected.id === id;
  const draftProps = { body: article.body, draft, onDraftChange };
  return (
    <aside ref={panelRef} className="space-y-4 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto lg:pb-4" aria-label="Claims and quotes">
      {toolbar}
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
          <h2 className="text-sm font-semibold text-slate-900">
            Claims <span className="font-normal text-slate-500">· by check-worthiness</span>
          </h2>
          {notCheckWorthy > 0 || filter !== "all" ? (
            <label className="flex items-center gap-1.5 text-xs text-slate-600">
              <span className="sr-only sm:not-sr-only">Show</span>
              <select
                value={filter}
                onChange={(event) => onFilterChange(event.target.value as ClaimFilter)}
                className="h-7 rounded-md border border-slate-300 bg-white px-1.5 text-xs text-slate-800"
                aria-label="Which claims to show"
              >
                <option value="all">All claims</option>
                <option value="check_worthy">Check-worthy only</option>
                <option value="not_check_worthy">Not check-worthy ({notCheckWorthy})</option>
              </select>
            </label>
          ) : null}
        </div>
        {claims.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-500">{article.claims.length === 0 ? "No checkable claims found." : "No claims match this filter."}</p>
        ) : (
          <ol className="divide-y divide-slate-100" data-testid="claim-list">
            {claims.map((claim) => {
              const active = isSelected("claim", claim.id);
              const dimmed = claim.status === "not_check_worthy";
              return (
                <li key={claim.id} data-panel-item={`claim-${claim.id}`} className={cn("scroll-my-2", active && "ring-2 ring-inset ring-accent-600")}>
                  <button
                    type="button"
                    onClick={() => onSelect({ kind: "claim", id: claim.id })}
                    aria-expanded={active}
                    className={cn("block w-full px-4 py-3 text-left hover:bg-slate-50", active && "hover:bg-transparent")}
                  >
                    <span className="mb-1.5 flex flex-wrap items-center gap-x-2 gap-y-1">
                      <Badge tone={dimmed ? "slate" : claim.score >= 0.75 ? "amber" : "slate"}>{kindLabel[claim.kind] ?? claim.kind}</Badge>
                      {claim.origin === "human" ? <Badge tone="accent">Reviewed</Badge> : null}
                      {statusLabel[claim.status] ? <Badge tone={dimmed ? "slate" : "sky"}>{statusLabel[claim.status]}</Badge> : null}
                      <span className="flex items-center gap-1.5 text-xs text-slate-600" title="Check-worthiness">
                        <span className="h-1.5 w-10 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                          <span className="block h-full rounded-full bg-amber-500" style={{ width: `${Math.round(claim.score * 100)}%` }} />
                        </span>
                        <span className="sr-only">Check-worthiness</span>
                        {Math.round(claim.score * 100)}
                      </span>
                      {claim.sourceCount > 0 ? (
                        <span className="text-xs text-slate-600">
                          {claim.sourceCount} source{claim.sourceCount === 1 ? "" : "s"}
                        </span>
                      ) : null}
                      {claim.hasVerdict ? <span className="text-xs font-medium text-emerald-800">Verdict</span> : null}
                      {claim.speakerId ? <span className="truncate text-xs text-slate-600">{speakerName.get(claim.speakerId)}</span> : null}
                    </span>
                    <span className={cn("block text-sm", dimmed ? "text-slate-500 line-through decoration-slate-300" : "text-slate-800", !active && "line-clamp-3")}>{claim.text}</span>
                  </button>
                  {active ? <ClaimDetails claim={claim} canEdit={canEdit} evidence={renderEvidence(claim)} {...draftProps} /> : null}
                </li>
              );
            })}
          </ol>
        )}
      </Card>
      <Card>
        <h2 className="border-b border-slate-200 px-4 py-3 text-sm font-semibold text-slate-900">
          Quotes <span className="font-normal text-slate-500">· by speaker</span>
        </h2>
        {groups.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-500">No quotes found.</p>
        ) : (
          <div className="divide-y divide-slate-100" data-testid="quote-groups">
            {groups.map(({ speakerId, speaker, quotes }) => {
              const label = speaker?.name ?? "Unattributed";
              return (
                <section key={speakerId ?? "none"} className="px-4 py-3" aria-label={`Quotes by ${label}`}>
                  <h3 className="flex min-w-0 items-center gap-2 text-sm font-medium text-slate-900">
                    <span className={cn("h-2.5 w-2.5 shrink-0 rounded-full", speakerColour(speakerId, speakerOrder).dot)} aria-hidden="true" />
                    {speaker ? (
                      <Link href={`/speakers/${speaker.id}`} className="shrink-0 hover:text-accent-700 hover:underline">
                        {label}
                      </Link>
                    ) : (
                      <span className="shrink-0">{label}</span>
                    )}
                    {speaker?.role || speaker?.title ? <span className="min-w-0 truncate text-xs font-normal text-slate-500">{[speaker.title, speaker.role].filter(Boolean).join(", ")}</span> : null}
                  </h3>
                  <ul className="mt-2 space-y-1">
                    {quotes.map((quote) => {
                      const active = isSelected("quote", quote.id);
                      return (
                        <li key={quote.id} data-panel-item={`quote-${quote.id}`} className={cn("scroll-my-2 rounded-md", active && "ring-2 ring-accent-600")}>
                          <button
                            type="button"
                            onClick={() => onSelect({ kind: "quote", id: quote.id })}
                            aria-expanded={active}
                            className="block w-full rounded-md px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-50"
                          >
                            <span className="mr-1.5 text-xs font-medium uppercase tracking-wide text-slate-600">{quoteTypeLabel[quote.type]}</span>
                            {quote.origin === "human" ? <span className="mr-1.5 text-xs font-medium text-accent-700">Reviewed</span> : null}
                            {quote.type === "direct" ? `“${quote.text}”` : quote.text}
                          </button>
                          {active ? <QuoteDetails quote={quote} canEdit={canEdit} speakers={speakerOptions} {...draftProps} /> : null}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
      </Card>
    </aside>
  );
}
