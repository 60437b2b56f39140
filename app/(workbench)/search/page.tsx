import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Search } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { formatDate } from "@/components/format";
import { HighlightedSnippet } from "@/components/search/highlighted-snippet";
import { prisma } from "@/server/db";
import { searchFacets } from "@/server/repositories/search";
import { requireUser } from "@/server/session";
import { isEmptySearch, parseSearchParams, searchTeamContent } from "@/server/services/search-team";

export const metadata: Metadata = { title: "Search" };

const kinds = ["numeric", "statistic", "event", "comparison", "causal", "other"] as const;
const quoteTypeLabel: Record<string, string> = { direct: "Direct", indirect: "Reported", according_to: "According to" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { membership } = await requireUser();
  const params = parseSearchParams(await searchParams);
  const db = await prisma();
  const [facets, results] = await Promise.all([
    searchFacets(db, membership.teamId),
    isEmptySearch(params) ? Promise.resolve(null) : searchTeamContent({ prisma: db, teamId: membership.teamId, params }),
  ]);
  const total = results ? results.articles.length + results.claims.length + results.quotes.length + results.speakers.length : 0;
  const dateValue = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : "");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
        <p className="mt-1 text-sm text-slate-500">Articles, claims, quotes and speakers of {membership.teamName}. Use quotes for phrases and - to exclude a word.</p>
      </div>
      <Card className="p-4 sm:p-5">
        <form method="get" action="/search" role="search" className="space-y-4">
          <div className="flex gap-2">
            <label htmlFor="search-q" className="sr-only">
              Search terms
            </label>
            <Input id="search-q" name="q" type="search" defaultValue={params.q} placeholder="e.g. airstrike Syria" autoFocus className="flex-1" />
            <button type="submit" className={buttonClass("primary")}>
              <Search className="h-4 w-4" aria-hidden="true" /> Search
            </button>
          </div>
          <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
            <Field label="In" htmlFor="search-scope">
              <Select id="search-scope" name="scope" defaultValue={params.scope}>
                <option value="all">Everything</option>
                <option value="articles">Articles</option>
                <option value="claims">Claims</option>
                <option value="quotes">Quotes</option>
                <option value="speakers">Speakers</option>
              </Select>
            </Field>
            <Field label="Speaker" htmlFor="search-speaker">
              <Select id="search-speaker" name="speaker" defaultValue={params.speaker ?? ""}>
                <option value="">Any</option>
                {facets.speakers.map((speaker) => (
                  <option key={speaker.id} value={speaker.id}>
                    {speaker.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Claim kind" htmlFor="search-kind">
              <Select id="search-kind" name="kind" defaultValue={params.kind ?? ""}>
                <option value="">Any</option>
                {kinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind[0]!.toUpperCase() + kind.slice(1)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Verdict" htmlFor="search-verdict">
              <Select id="search-verdict" name="verdict" defaultValue={params.verdict ?? ""}>
                <option value="">Any</option>
                <option value="none">No verdict yet</option>
                {facets.verdictLabels.map((label) => (
                  <option key={label} value={label}>
                    {label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Published from" htmlFor="search-from">
              <Input id="search-from" name="from" type="date" defaultValue={dateValue(params.from)} />
            </Field>
            <Field label="Published to" htmlFor="search-to">
              <Input id="search-to" name="to" type="date" defaultValue={dateValue(params.to)} />
            </Field>
          </div>
        </form>
      </Card>

      {results === null ? (
        <p className="text-sm text-slate-500">Type a few words or choose a filter.</p>
      ) : total === 0 ? (
        <Card className="px-6 py-10 text-center">
          <p className="font-medium text-slate-900">Nothing found</p>
          <p className="mt-1 text-sm text-slate-500">Try fewer or different words, or loosen the filters.</p>
        </Card>
      ) : (
        <div className="space-y-6" data-testid="search-results">
          {results.claims.length ? (
            <ResultSection title="Claims" count={results.claims.length}>
              {results.claims.map((claim) => (
                <li key={claim.id}>
                  <Link href={`/claims/${claim.id}`} className="block px-5 py-3 hover:bg-slate-50">
                    <p className="text-sm text-slate-900">{claim.text}</p>
                    <p className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                      <Badge>{claim.kind}</Badge>
                      {claim.verdictLabel ? <Badge tone="accent">{claim.verdictLabel}</Badge> : null}
                      {claim.speakerName ? <span>{claim.speakerName}</span> : null}
                      <span>in {claim.articleTitle}</span>
                    </p>
                  </Link>
                </li>
              ))}
            </ResultSection>
          ) : null}
          {results.quotes.length ? (
            <ResultSection title="Quotes" count={results.quotes.length}>
              {results.quotes.map((quote) => (
                <li key={quote.id}>
                  <Link href={`/articles/${quote.articleId}#quote-${quote.id}`} className="block px-5 py-3 hover:bg-slate-50">
                    <p className="text-sm text-slate-900">{quote.type === "direct" ? `“${quote.text}”` : quote.text}</p>
                    <p className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                      <Badge tone="sky">{quoteTypeLabel[quote.type] ?? quote.type}</Badge>
                      <span>{quote.speakerName ?? "Unattributed"}</span>
                      <span>in {quote.articleTitle}</span>
                    </p>
                  </Link>
                </li>
              ))}
            </ResultSection>
          ) : null}
          {results.speakers.length ? (
            <ResultSection title="Speakers" count={results.speakers.length}>
              {results.speakers.map((speaker) => (
                <li key={speaker.id}>
                  <Link href={`/speakers/${speaker.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-5 py-3 hover:bg-slate-50">
                    <span className="font-medium text-slate-900">{speaker.name}</span>
                    {speaker.title || speaker.role ? <span className="text-sm text-slate-500">{[speaker.title, speaker.role].filter(Boolean).join(", ")}</span> : null}
                    <span className="ml-auto text-xs text-slate-500">
                      {speaker.quoteCount} quotes · {speaker.claimCount} claims
                    </span>
                  </Link>
                </li>
              ))}
            </ResultSection>
          ) : null}
          {results.articles.length ? (
            <ResultSection title="Articles" count={results.articles.length}>
              {results.articles.map((article) => (
                <li key={article.id}>
                  <Link href={`/articles/${article.id}`} className="block px-5 py-3 hover:bg-slate-50">
                    <p className="font-medium text-slate-900">{article.title}</p>
                    <p className="mt-1 text-sm leading-6 text-slate-600">
                      <HighlightedSnippet snippet={article.snippet} />
                    </p>
                    <p className="mt-1 text-xs text-slate-500">
                      {[article.publisher, formatDate(article.date)].filter(Boolean).join(" · ")}
                    </p>
                  </Link>
                </li>
              ))}
            </ResultSection>
          ) : null}
        </div>
      )}
    </div>
  );
}

function ResultSection({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Card className="overflow-hidden">
      <h2 className="border-b border-slate-200 px-5 py-3 text-sm font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-500">· {count}</span>
      </h2>
      <ul className="divide-y divide-slate-100" aria-label={title}>
        {children}
      </ul>
    </Card>
  );
}
