import type { ArticleDto } from "@/server/repositories/articles";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { speakerColour } from "./speaker-colours";

const kindLabel: Record<string, string> = {
  numeric: "Numeric",
  statistic: "Statistic",
  event: "Event",
  comparison: "Comparison",
  causal: "Causal",
  other: "Other",
};

const quoteTypeLabel: Record<string, string> = { direct: "Direct", indirect: "Reported", according_to: "According to" };

export function ArticleSidePanel({ article, speakerOrder }: { article: ArticleDto; speakerOrder: string[] }) {
  const speakerName = new Map(article.speakers.map((speaker) => [speaker.id, speaker.name]));
  const claims = [...article.claims].sort((a, b) => b.score - a.score || a.start - b.start);
  const groups = new Map<string | null, typeof article.quotes>();
  for (const quote of article.quotes) {
    const list = groups.get(quote.speakerId) ?? [];
    list.push(quote);
    groups.set(quote.speakerId, list);
  }
  const speakerGroups = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  return (
    <aside className="space-y-6 lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto" aria-label="Claims and quotes">
      <Card>
        <h2 className="border-b border-slate-200 px-4 py-3 text-sm font-semibold text-slate-900">
          Claims <span className="font-normal text-slate-500">· ranked by check-worthiness</span>
        </h2>
        {claims.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-500">No checkable claims found.</p>
        ) : (
          <ol className="divide-y divide-slate-100" data-testid="claim-list">
            {claims.map((claim) => (
              <li key={claim.id}>
                <a href={`#claim-${claim.id}`} className="block px-4 py-3 hover:bg-slate-50">
                  <div className="mb-1.5 flex items-center gap-2">
                    <Badge tone={claim.score >= 0.75 ? "amber" : "slate"}>{kindLabel[claim.kind] ?? claim.kind}</Badge>
                    <span className="flex items-center gap-1.5 text-xs text-slate-500" title="Check-worthiness">
                      <span className="h-1.5 w-12 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                        <span className="block h-full rounded-full bg-amber-500" style={{ width: `${Math.round(claim.score * 100)}%` }} />
                      </span>
                      {Math.round(claim.score * 100)}
                    </span>
                    {claim.speakerId ? <span className="truncate text-xs text-slate-500">{speakerName.get(claim.speakerId)}</span> : null}
                  </div>
                  <p className="line-clamp-3 text-sm text-slate-800">{claim.text}</p>
                </a>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card>
        <h2 className="border-b border-slate-200 px-4 py-3 text-sm font-semibold text-slate-900">
          Quotes <span className="font-normal text-slate-500">· by speaker</span>
        </h2>
        {speakerGroups.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-500">No quotes found.</p>
        ) : (
          <div className="divide-y divide-slate-100" data-testid="quote-groups">
            {speakerGroups.map(([speakerId, quotes]) => {
              const speaker = article.speakers.find((s) => s.id === speakerId);
              const label = speaker?.name ?? "Unattributed";
              return (
                <section key={speakerId ?? "none"} className="px-4 py-3" aria-label={`Quotes by ${label}`}>
                  <h3 className="flex items-center gap-2 text-sm font-medium text-slate-900">
                    <span className={cn("h-2.5 w-2.5 rounded-full", speakerColour(speakerId, speakerOrder).dot)} aria-hidden="true" />
                    {label}
                    {speaker?.role || speaker?.title ? <span className="truncate text-xs font-normal text-slate-500">{[speaker.title, speaker.role].filter(Boolean).join(", ")}</span> : null}
                  </h3>
                  <ul className="mt-2 space-y-2">
                    {quotes.map((quote) => (
                      <li key={quote.id}>
                        <a href={`#quote-${quote.id}`} className="block rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
                          <span className="mr-1.5 text-xs font-medium uppercase tracking-wide text-slate-500">{quoteTypeLabel[quote.type]}</span>
                          {quote.type === "direct" ? `“${quote.text}”` : quote.text}
                        </a>
                      </li>
                    ))}
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
