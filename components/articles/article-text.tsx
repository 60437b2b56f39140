import type { ClaimDto, QuoteDto } from "@/server/repositories/articles";
import { cn } from "@/components/ui/cn";
import { segmentText } from "./highlight-segments";
import { speakerColour } from "./speaker-colours";

export function ArticleText({ body, quotes, claims, speakerOrder }: { body: string; quotes: QuoteDto[]; claims: ClaimDto[]; speakerOrder: string[] }) {
  const quoteById = new Map(quotes.map((quote) => [quote.id, quote]));
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const segments = segmentText(body.length, quotes, claims);
  return (
    <div className="whitespace-pre-wrap font-serif text-[17px] leading-8 text-slate-800" data-testid="article-text">
      {segments.map((segment) => {
        const text = body.slice(segment.start, segment.end);
        if (!segment.quoteId && !segment.claimId) return <span key={segment.start}>{text}</span>;
        const quote = segment.quoteId ? quoteById.get(segment.quoteId) : undefined;
        const claim = segment.claimId ? claimById.get(segment.claimId) : undefined;
        const colour = quote ? speakerColour(quote.speakerId, speakerOrder) : null;
        const strength = claim ? (claim.score >= 0.75 ? "decoration-amber-600" : claim.score >= 0.5 ? "decoration-amber-400" : "decoration-amber-200") : "";
        return (
          <span
            key={segment.start}
            id={segment.quoteStarts && quote ? `quote-${quote.id}` : segment.claimStarts && claim ? `claim-${claim.id}` : undefined}
            data-quote-id={quote?.id}
            data-claim-id={claim?.id}
            className={cn(
              "scroll-mt-24 rounded-sm",
              colour?.mark,
              claim && "underline decoration-2 underline-offset-4",
              strength,
            )}
          >
            {segment.quoteStarts && segment.claimStarts && claim ? <span id={`claim-${claim.id}`} /> : null}
            {text}
          </span>
        );
      })}
    </div>
  );
}
