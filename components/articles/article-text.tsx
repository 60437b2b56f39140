import { memo, useMemo } from "react";
import type { ClaimDto, QuoteDto } from "@/server/repositories/articles";
import { cn } from "@/components/ui/cn";
import { segmentText } from "./highlight-segments";
import { speakerColour } from "./speaker-colours";

export interface TextFocus {
  start: number;
  end: number;
  /** A span being resized shows with a dashed outline until it is saved. */
  draft: boolean;
}

type ClaimMark = Pick<ClaimDto, "id" | "start" | "end" | "score" | "status">;
type QuoteMark = Pick<QuoteDto, "id" | "start" | "end" | "speakerId">;

function claimDecoration(claim: ClaimMark): string {
  if (claim.status === "not_check_worthy") return "decoration-slate-300 decoration-dotted";
  return claim.score >= 0.75 ? "decoration-amber-600" : claim.score >= 0.5 ? "decoration-amber-400" : "decoration-amber-200";
}

/**
 * The pinned body with quotes shaded by speaker and claims underlined by check-worthiness. Every segment
 * carries data-start/data-end (its offsets in the body), which is how a text selection maps back to offsets.
 */
export const ArticleText = memo(function ArticleText({
  body,
  quotes,
  claims,
  speakerOrder,
  focus,
}: {
  body: string;
  quotes: QuoteMark[];
  claims: ClaimMark[];
  speakerOrder: string[];
  focus: TextFocus | null;
}) {
  const segments = useMemo(() => segmentText(body.length, quotes, claims), [body.length, quotes, claims]);
  const quoteById = useMemo(() => new Map(quotes.map((quote) => [quote.id, quote])), [quotes]);
  const claimById = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  return (
    <>
      {segments.map((segment) => {
        const text = body.slice(segment.start, segment.end);
        const focused = focus !== null && segment.start >= focus.start && segment.end <= focus.end;
        const focusClass = focused && (focus.draft ? "outline-2 outline-dashed outline-accent-600" : "bg-accent-100! outline-2 outline-accent-600");
        if (!segment.quoteId && !segment.claimId) {
          return (
            <span key={segment.start} data-start={segment.start} data-end={segment.end} className={cn(focused && "rounded-sm", focusClass)}>
              {text}
            </span>
          );
        }
        const quote = segment.quoteId ? quoteById.get(segment.quoteId) : undefined;
        const claim = segment.claimId ? claimById.get(segment.claimId) : undefined;
        const colour = quote ? speakerColour(quote.speakerId, speakerOrder) : null;
        return (
          <span
            key={segment.start}
            id={segment.quoteStarts && quote ? `quote-${quote.id}` : segment.claimStarts && claim ? `claim-${claim.id}` : undefined}
            data-start={segment.start}
            data-end={segment.end}
            data-quote-id={quote?.id}
            data-claim-id={claim?.id}
            className={cn(
              "cursor-pointer scroll-mt-24 rounded-sm box-decoration-clone",
              colour?.mark,
              claim && "underline decoration-2 underline-offset-4",
              claim && claimDecoration(claim),
              focusClass,
            )}
          >
            {segment.quoteStarts && segment.claimStarts && claim ? <span id={`claim-${claim.id}`} /> : null}
            {text}
          </span>
        );
      })}
    </>
  );
});
