import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/reports/report-view";
import { prisma } from "@/server/db";
import { buildClaimReviews, serializeJsonLd } from "@/server/reports/claim-review";
import { publicOrigin } from "@/server/reports/public-origin";
import { openPublicReport } from "@/server/services/open-public-report";

export const dynamic = "force-dynamic";

// The token is the credential: never send it on to the sites the report links to, and keep the page out of caches.
export const metadata: Metadata = { title: "Fact-check report", referrer: "no-referrer" };

export default async function PublicReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const report = await openPublicReport({ prisma: await prisma(), token, origin: publicOrigin(process.env.AUTH_URL, await headers()) });
  if (!report) notFound();
  const { items } = buildClaimReviews(report);
  return (
    <div className="min-h-screen bg-slate-50">
      {items.length > 0 ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(items) }} /> : null}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-4xl items-center justify-between gap-3 px-4 sm:px-6">
          <p className="truncate text-sm font-semibold text-slate-900">{report.team.name}</p>
          <p className="shrink-0 text-sm text-slate-600">Fact-check report</p>
        </div>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <ReportView report={report} />
        </div>
        <p className="mt-6 text-center text-xs text-slate-600">Published with Factdesk. Only fact-checks the team has published appear here.</p>
      </main>
    </div>
  );
}
