import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Download } from "lucide-react";
import { PrintButton } from "@/components/reports/print-button";
import { PublicLinksPanel } from "@/components/reports/public-links-panel";
import { ReportView } from "@/components/reports/report-view";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { listActiveReportLinks } from "@/server/repositories/report-links";
import { reportIncludes, type ReportInclude } from "@/server/reports/types";
import { buildArticleReport } from "@/server/services/build-article-report";
import { hasRole, requireUser } from "@/server/session";
import { createReportLinkAction, revokeReportLinkAction } from "@/server/actions/report-links";

export const metadata: Metadata = { title: "Verdict report" };

const downloads = [
  { format: "pdf", label: "PDF" },
  { format: "md", label: "Markdown" },
  { format: "claimreview", label: "ClaimReview" },
  { format: "annotations", label: "Web Annotations" },
] as const;

export default async function ArticleReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ include?: string | string[] }> }) {
  const { membership } = await requireUser();
  const { id } = await params;
  const requested = (await searchParams).include;
  const include: ReportInclude = reportIncludes.find((value) => value === requested) ?? "all";
  const db = await prisma();
  const report = await buildArticleReport({ prisma: db, teamId: membership.teamId, articleId: id, include }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const links = await listActiveReportLinks(db, membership.teamId, id);
  const publishedCount = report.entries.filter((entry) => entry.stage === "published").length;
  const drafts = report.entries.filter((entry) => entry.stage !== "published" && entry.verdict).length;
  const base = `/articles/${id}/report`;
  return (
    <div className="mx-auto max-w-4xl space-y-6" data-report-page>
      <div className="space-y-4" data-print-hidden>
        <Link href={`/articles/${id}`} className="inline-flex max-w-full items-center gap-1.5 text-sm font-medium text-accent-700 hover:underline">
          <ArrowLeft className="h-4 w-4 shrink-0" aria-hidden="true" />
          <span className="truncate">Back to the article</span>
        </Link>
        <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <nav aria-label="Claims in the report" className="inline-flex rounded-md border border-slate-300 p-0.5 text-sm">
              {(
                [
                  ["all", "All checked claims"],
                  ["published", "Published only"],
                ] as const
              ).map(([value, label]) => (
                <Link
                  key={value}
                  href={value === "all" ? base : `${base}?include=published`}
                  aria-current={include === value ? "page" : undefined}
                  className={cn("rounded px-3 py-1 font-medium", include === value ? "bg-accent-600 text-white" : "text-slate-700 hover:bg-slate-100")}
                >
                  {label}
                </Link>
              ))}
            </nav>
            <PrintButton />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-medium text-slate-700">Download</span>
            {downloads.map((download) => (
              <a
                key={download.format}
                href={`${base}/download?format=${download.format}${include === "published" ? "&include=published" : ""}`}
                download
                className={buttonClass("secondary", "sm")}
              >
                <Download className="h-4 w-4" aria-hidden="true" />
                {download.label}
              </a>
            ))}
          </div>
          <p className="text-sm text-slate-600">
            {report.entries.length} {report.entries.length === 1 ? "claim" : "claims"} · {publishedCount} published
            {include === "all" && drafts > 0 ? ` · ${drafts} not yet published, marked in the report` : ""}. ClaimReview needs a public page: create a public link
            below and download it from there.
          </p>
        </div>
      </div>
      <ReportView report={report} />
      <PublicLinksPanel
        articleId={id}
        links={links}
        canManage={hasRole(membership.role, "editor")}
        publishedCount={publishedCount}
        createAction={createReportLinkAction}
        revokeAction={revokeReportLinkAction}
      />
    </div>
  );
}
