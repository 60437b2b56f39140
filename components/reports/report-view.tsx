import type { ReactNode } from "react";
import { ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { rationaleClass, renderRationale } from "@/components/claims/rationale-markdown";
import { ratingLine, reportDate, safeWebUrl, speakerLine, stageLabels, stanceLabels, type ArticleReport, type ReportEntry, type ReportStage } from "@/server/reports/types";

const stageTone: Record<ReportStage, "green" | "sky" | "amber" | "slate"> = { published: "green", approved: "sky", draft: "amber", unchecked: "slate" };
const stanceTone = { supports: "green", refutes: "red", context: "slate" } as const;

function ExternalAnchor({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank" className={className ?? "break-words text-accent-700 underline hover:text-accent-600"}>
      {children}
    </a>
  );
}

function Summary({ entries }: { entries: ReportEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 print:overflow-visible print:border-slate-300">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm print:min-w-0">
        <caption className="sr-only">Summary of the fact-checks</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="w-10 px-3 py-2 font-semibold">#</th>
            <th scope="col" className="px-3 py-2 font-semibold">Claim</th>
            <th scope="col" className="w-40 px-3 py-2 font-semibold">Speaker</th>
            <th scope="col" className="w-44 px-3 py-2 font-semibold">Verdict</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((entry, index) => (
            <tr key={entry.claimId} className="align-top">
              <td className="px-3 py-2 tabular-nums text-slate-600">
                <a href={`#claim-${entry.claimId}`} className="text-accent-700 hover:underline">
                  {index + 1}
                </a>
              </td>
              <td className="px-3 py-2 text-slate-900">{entry.text}</td>
              <td className="px-3 py-2 text-slate-700">{entry.speaker?.name ?? "Unattributed"}</td>
              <td className="px-3 py-2">
                <span className="font-medium text-slate-900">{entry.verdict?.label ?? "Not checked"}</span>
                {entry.verdict && entry.stage !== "published" ? (
                  <span className="ml-1.5 inline-block">
                    <Badge tone={stageTone[entry.stage]}>{entry.stage === "approved" ? "Approved" : stageLabels[entry.stage]}</Badge>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Entry({ entry, index }: { entry: ReportEntry; index: number }) {
  const { verdict } = entry;
  return (
    <article id={`claim-${entry.claimId}`} aria-labelledby={`claim-${entry.claimId}-heading`} className="scroll-mt-20 border-t border-slate-200 pt-6 print:break-inside-avoid-page">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`claim-${entry.claimId}-heading`} className="text-lg font-semibold text-slate-900">
          {index + 1}. {verdict?.label ?? "Not checked"}
        </h3>
        {entry.verdict ? <Badge tone={stageTone[entry.stage]}>{stageLabels[entry.stage]}</Badge> : null}
      </div>
      <figure className="mt-3 border-l-4 border-accent-600 pl-4">
        <blockquote className="break-words font-serif text-base leading-relaxed text-slate-900">“{entry.text}”</blockquote>
        <figcaption className="mt-1 text-sm text-slate-600">
          — {speakerLine(entry.speaker)}
          {entry.quote ? (entry.quote.type === "direct" ? ", direct quote" : ", reported statement") : null}
        </figcaption>
      </figure>
      {verdict ? (
        <div className="mt-4 space-y-3">
          <p className="text-sm text-slate-700">
            <span className="font-semibold text-slate-900">{verdict.label}</span> · rated {ratingLine(verdict)}
            {verdict.labelDescription ? <span className="block text-slate-600">{verdict.labelDescription}</span> : null}
          </p>
          <section aria-label="Rationale">
            <h4 className="text-sm font-semibold text-slate-900">Rationale</h4>
            {verdict.rationale.trim() ? (
              <div className={`mt-1 ${rationaleClass}`} dangerouslySetInnerHTML={{ __html: renderRationale(verdict.rationale) }} />
            ) : (
              <p className="mt-1 text-sm italic text-slate-600">No rationale written.</p>
            )}
          </section>
        </div>
      ) : null}
      {entry.sources.length > 0 ? (
        <section aria-label="Sources" className="mt-4">
          <h4 className="text-sm font-semibold text-slate-900">Sources</h4>
          <ol className="mt-2 space-y-3">
            {entry.sources.map((source, sourceIndex) => {
              const url = safeWebUrl(source.url);
              return (
                <li key={sourceIndex} className="text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={stanceTone[source.stance]}>{stanceLabels[source.stance]}</Badge>
                    {url ? (
                      <ExternalAnchor href={url} className="inline-flex items-center gap-1 break-words font-medium text-accent-700 underline hover:text-accent-600">
                        {source.title}
                        <ExternalLink className="h-3.5 w-3.5 shrink-0 print:hidden" aria-hidden="true" />
                      </ExternalAnchor>
                    ) : (
                      <span className="font-medium text-slate-900">{source.title}</span>
                    )}
                  </div>
                  <p className="mt-0.5 text-slate-600">
                    {[source.publisher, source.publishedAt ? `published ${reportDate(source.publishedAt)}` : null, `accessed ${reportDate(source.accessedAt)}`].filter(Boolean).join(", ")}
                  </p>
                  {url ? <p className="hidden break-all text-xs text-slate-600 print:block">{url}</p> : null}
                  {source.excerpt.trim() ? <blockquote className="mt-1 break-words border-l-2 border-slate-300 pl-3 text-slate-700">{source.excerpt}</blockquote> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
        {verdict ? (
          <div>
            <dt className="inline font-medium text-slate-700">Checked by </dt>
            <dd className="inline">
              {verdict.authorName ?? "a former member"}, {reportDate(verdict.updatedAt)}
            </dd>
          </div>
        ) : null}
        {entry.approvedAt ? (
          <div>
            <dt className="inline font-medium text-slate-700">Approved by </dt>
            <dd className="inline">
              {entry.approvedBy ?? "a former member"}, {reportDate(entry.approvedAt)}
            </dd>
          </div>
        ) : null}
        {entry.publishedAt ? (
          <div>
            <dt className="inline font-medium text-slate-700">Published </dt>
            <dd className="inline">
              {reportDate(entry.publishedAt)}
              {entry.publishedBy ? ` by ${entry.publishedBy}` : ""}
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}

/** The verdict report as a page, for the screen and for print. */
export function ReportView({ report, headingLevel = 1 }: { report: ArticleReport; headingLevel?: 1 | 2 }) {
  const { article } = report;
  const articleUrl = safeWebUrl(article.sourceUrl);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="space-y-8" data-testid="report">
      <header className="space-y-2">
        <p className="text-xs font-semibold uppercase tracking-wider text-accent-700">Verdict report</p>
        <Heading className="break-words text-2xl font-semibold leading-tight tracking-tight text-slate-900 sm:text-3xl">{article.title}</Heading>
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
          {article.publisher ? (
            <div>
              <dt className="sr-only">Publisher</dt>
              <dd>{article.publisher}</dd>
            </div>
          ) : null}
          {article.publishedAt ? (
            <div>
              <dt className="inline">Published </dt>
              <dd className="inline">{reportDate(article.publishedAt)}</dd>
            </div>
          ) : null}
          <div>
            <dt className="inline">Checked by </dt>
            <dd className="inline">{report.team.name}</dd>
          </div>
          <div>
            <dt className="inline">Report of </dt>
            <dd className="inline">{reportDate(report.generatedAt)}</dd>
          </div>
        </dl>
        {articleUrl ? (
          <p className="text-sm">
            <ExternalAnchor href={articleUrl}>{articleUrl}</ExternalAnchor>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="report-summary" className="space-y-3">
        <h2 id="report-summary" className="text-lg font-semibold text-slate-900">
          Summary
        </h2>
        {report.entries.length === 0 ? (
          <p className="rounded-md bg-slate-50 px-4 py-3 text-sm text-slate-600 ring-1 ring-slate-200">
            {report.include === "published" ? "No fact-check of this article is published yet." : "No claim of this article has been checked yet."}
          </p>
        ) : (
          <Summary entries={report.entries} />
        )}
      </section>
      {report.entries.length > 0 ? (
        <section aria-labelledby="report-checks" className="space-y-6">
          <h2 id="report-checks" className="text-lg font-semibold text-slate-900">
            Fact-checks
          </h2>
          {report.entries.map((entry, index) => (
            <Entry key={entry.claimId} entry={entry} index={index} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
