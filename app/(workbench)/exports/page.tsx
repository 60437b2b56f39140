import type { Metadata } from "next";
import { Download } from "lucide-react";
import { claimKindLabel, claimStatusLabel } from "@/components/claims/claim-labels";
import { BackgroundExports } from "@/components/exports/background-exports";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { prisma } from "@/server/db";
import { listArticles } from "@/server/repositories/articles";
import { listExportFiles } from "@/server/repositories/export-files";
import { listSpeakerOptions } from "@/server/repositories/speakers";
import { verdictCsvColumns } from "@/server/reports/verdicts-csv";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Export verdicts" };

export default async function ExportsPage() {
  const { membership } = await requireUser();
  const db = await prisma();
  const [speakers, articles, prepared] = await Promise.all([
    listSpeakerOptions(db, membership.teamId),
    listArticles(db, membership.teamId, { take: 500 }),
    listExportFiles(db, membership.teamId),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Export verdicts</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every verdict of {membership.teamName} as a CSV file for spreadsheets, one row per claim. Leave a filter on “Any” to include everything.
        </p>
      </div>
      <Card>
        <CardHeader title="Filters" description="The same filters as the queue; dates are when the verdict last changed (UTC, both days included)." />
        <form id="verdict-export-filters" method="get" action="/api/exports/verdicts.csv" className="grid gap-4 p-5 sm:grid-cols-2">
          <Field label="Status" htmlFor="export-status">
            <Select id="export-status" name="status" defaultValue="">
              <option value="">Any</option>
              {Object.entries(claimStatusLabel).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Kind" htmlFor="export-kind">
            <Select id="export-kind" name="kind" defaultValue="">
              <option value="">Any</option>
              {Object.entries(claimKindLabel).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Speaker" htmlFor="export-speaker">
            <Select id="export-speaker" name="speaker" defaultValue="">
              <option value="">Any</option>
              {speakers.map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speaker.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Article" htmlFor="export-article">
            <Select id="export-article" name="article" defaultValue="">
              <option value="">Any</option>
              {articles.map((article) => (
                <option key={article.id} value={article.id}>
                  {article.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Changed from" htmlFor="export-from">
            <Input id="export-from" name="from" type="date" />
          </Field>
          <Field label="Changed until" htmlFor="export-to">
            <Input id="export-to" name="to" type="date" />
          </Field>
          <div className="sm:col-span-2">
            <button type="submit" className={buttonClass("primary")}>
              <Download className="h-4 w-4" aria-hidden="true" />
              Download CSV
            </button>
          </div>
        </form>
      </Card>
      <Card>
        <CardHeader title="Prepared exports" description="Prepared on the server with the filters above; any teammate of yours can download them here." />
        <BackgroundExports formId="verdict-export-filters" initial={prepared} />
      </Card>
      <Card>
        <CardHeader title="Columns" />
        <p className="px-5 py-4 text-sm leading-6 text-slate-700">{verdictCsvColumns.join(", ")}.</p>
        <p className="border-t border-slate-100 px-5 py-3 text-sm text-slate-600">
          Large exports stream as they are read, so 100,000 verdicts download without waiting. Text that a spreadsheet would run as a formula starts with an apostrophe.
        </p>
      </Card>
    </div>
  );
}
