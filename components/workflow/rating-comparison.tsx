import type { RatingComparisonDto } from "@/server/services/claim-review-view";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDateTime } from "@/components/format";
import { ratingTone } from "@/components/claims/claim-labels";
import { rationaleClass, renderRationale } from "@/components/claims/rationale-markdown";

/** The verdict next to each independent rating of it from blind review; disagreements stand out. */
export function RatingComparison({ comparison }: { comparison: RatingComparisonDto }) {
  const { verdict } = comparison;
  return (
    <section aria-labelledby="rating-comparison" className="space-y-3" data-testid="rating-comparison">
      <h2 id="rating-comparison" className="text-base font-semibold text-slate-900">
        Blind review
      </h2>
      {comparison.ratings.map((rating) => (
        <div key={rating.id} className={cn("rounded-lg border p-4", rating.agrees ? "border-slate-200" : "border-amber-300 bg-amber-50/30")} data-testid="rating-pair">
          <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            {rating.agrees ? <Badge tone="green">Same rating</Badge> : <Badge tone="amber">Disagreement</Badge>}
            <span>
              {rating.reviewerName ?? "A former member"} rated it independently · {formatDateTime(rating.createdAt)}
            </span>
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="min-w-0 space-y-2">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Verdict · {verdict.authorName ?? "a former member"}</h3>
              <Badge tone={ratingTone(verdict.labelValue, verdict.worstRating, verdict.bestRating)} className="px-2.5 py-1 text-sm">
                {verdict.labelName}
              </Badge>
              <div
                className={cn(rationaleClass, "text-sm")}
                // Safe: renderRationale escapes raw HTML and only keeps web and mailto links.
                dangerouslySetInnerHTML={{ __html: renderRationale(verdict.rationale) }}
              />
            </div>
            <div className="min-w-0 space-y-2 border-t border-slate-200 pt-3 sm:border-l sm:border-t-0 sm:pl-4 sm:pt-0">
              <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Reviewer · {rating.reviewerName ?? "a former member"}</h3>
              <Badge tone={ratingTone(rating.label.value, rating.label.worstRating, rating.label.bestRating)} className="px-2.5 py-1 text-sm">
                {rating.label.name}
              </Badge>
              {rating.comment ? <p className="whitespace-pre-wrap break-words text-sm leading-6 text-slate-700">{rating.comment}</p> : <p className="text-sm text-slate-500">No comment.</p>}
            </div>
          </div>
        </div>
      ))}
    </section>
  );
}
