import type { ArticleHistoryEventDto } from "@/server/repositories/articles";
import { formatDateTime } from "@/components/format";
import { Card } from "@/components/ui/card";

const actionLabel: Record<string, string> = {
  "article.import": "Imported the article",
  "article.reanalyze": "Re-ran the analysis",
  "claim.create": "Added a claim",
  "claim.update_bounds": "Moved the bounds of a claim",
  "claim.mark_not_check_worthy": "Marked a claim not check-worthy",
  "claim.mark_check_worthy": "Made a claim check-worthy again",
  "claim.delete": "Deleted a claim",
  "quote.create": "Added a quote",
  "quote.update_bounds": "Moved the bounds of a quote",
  "quote.change_speaker": "Changed the speaker of a quote",
  "quote.delete": "Deleted a quote",
};

function excerpt(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const text = (value as { text?: unknown }).text;
  if (typeof text !== "string") return null;
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** What happened to this article and its claims and quotes, newest first (from the audit log). */
export function ArticleHistory({ events }: { events: ArticleHistoryEventDto[] }) {
  return (
    <Card>
      <details className="group">
        <summary className="flex cursor-pointer list-none items-center justify-between px-5 py-3 text-sm font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
          History <span className="text-xs font-normal text-slate-500 group-open:hidden">{events.length} event{events.length === 1 ? "" : "s"} · show</span>
        </summary>
        <ol className="divide-y divide-slate-100 border-t border-slate-200 text-sm" data-testid="article-history">
          {events.map((event) => {
            const text = excerpt(event.after) ?? excerpt(event.before);
            return (
              <li key={event.id} className="px-5 py-2.5">
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="font-medium text-slate-800">{event.actorName ?? "System"}</span>
                  <span className="text-slate-700">{actionLabel[event.action] ?? event.action}</span>
                  <span className="ml-auto text-xs text-slate-500">{formatDateTime(event.createdAt)}</span>
                </p>
                {text ? <p className="mt-0.5 line-clamp-2 font-serif text-slate-600">“{text}”</p> : null}
              </li>
            );
          })}
        </ol>
      </details>
    </Card>
  );
}
