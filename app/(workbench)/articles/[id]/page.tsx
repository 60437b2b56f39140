import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExternalLink } from "lucide-react";
import { ArticleHistory } from "@/components/articles/article-history";
import { ArticleWorkbench } from "@/components/articles/article-workbench";
import { formatDate } from "@/components/format";
import { prisma } from "@/server/db";
import { findArticle, listArticleHistory } from "@/server/repositories/articles";
import { loadArticleEvidenceForViewer } from "@/server/services/article-evidence-view";
import { findVerdictNeedsSource } from "@/server/repositories/scales";
import { listSpeakerOptions } from "@/server/repositories/speakers";
import { getDefaultScale } from "@/server/services/ensure-default-scale";
import { hasRole, requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ existing?: string }> }) {
  const { user, membership } = await requireUser();
  const { id } = await params;
  const { existing } = await searchParams;
  const db = await prisma();
  const article = await findArticle(db, membership.teamId, id);
  if (!article) notFound();
  const canEdit = hasRole(membership.role, "fact_checker");
  const [speakerOptions, history, byClaim, scale, verdictNeedsSource] = await Promise.all([
    canEdit ? listSpeakerOptions(db, membership.teamId) : [],
    listArticleHistory(db, membership.teamId, article.id),
    loadArticleEvidenceForViewer({ prisma: db, teamId: membership.teamId, viewerId: user.id, viewerRole: membership.role, claimIds: article.claims.map((claim) => claim.id) }),
    getDefaultScale(db, membership.teamId, user.id),
    findVerdictNeedsSource(db, membership.teamId),
  ]);
  const header = (
    <header className="mb-6 border-b border-slate-100 pb-5">
      <h1 className="text-2xl font-semibold leading-tight tracking-tight text-slate-900">{article.title}</h1>
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-500">
        {article.publisher ? <span>{article.publisher}</span> : null}
        {article.publishedAt ? <span>Published {formatDate(article.publishedAt)}</span> : null}
        <span>{article.wordCount.toLocaleString("en")} words</span>
        <span>
          Imported {formatDate(article.createdAt)}
          {article.createdByName ? ` by ${article.createdByName}` : ""}
        </span>
        {article.sourceUrl ? (
          <a href={article.sourceUrl} rel="noopener noreferrer nofollow" target="_blank" className="inline-flex items-center gap-1 text-accent-700 hover:underline">
            Source <ExternalLink className="h-3.5 w-3.5" aria-hidden="true" />
          </a>
        ) : null}
        <a href={`/articles/${article.id}/report`} className="font-medium text-accent-700 hover:underline">Verdict report</a>
      </p>
    </header>
  );
  return (
    <div className="space-y-4">
      {existing ? (
        <p role="status" className="rounded-md bg-sky-50 px-4 py-3 text-sm text-sky-900 ring-1 ring-sky-200">
          This text was already imported into {membership.teamName}: here is the existing article.
        </p>
      ) : null}
      <ArticleWorkbench
        article={article}
        speakerOptions={speakerOptions}
        canEdit={canEdit}
        header={header}
        evidence={{ byClaim, scale, verdictNeedsSource: verdictNeedsSource ?? true }}
      />
      <ArticleHistory events={history} />
    </div>
  );
}
