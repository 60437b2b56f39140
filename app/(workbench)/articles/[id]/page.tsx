import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExternalLink } from "lucide-react";
import { ArticleText } from "@/components/articles/article-text";
import { ArticleSidePanel } from "@/components/articles/article-side-panel";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { prisma } from "@/server/db";
import { findArticle } from "@/server/repositories/articles";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ existing?: string }> }) {
  const { membership } = await requireUser();
  const { id } = await params;
  const { existing } = await searchParams;
  const article = await findArticle(await prisma(), membership.teamId, id);
  if (!article) notFound();
  const speakerOrder = article.speakers.map((speaker) => speaker.id);
  return (
    <div className="space-y-4">
      {existing ? (
        <p role="status" className="rounded-md bg-sky-50 px-4 py-3 text-sm text-sky-900 ring-1 ring-sky-200">
          This text was already imported into {membership.teamName}: here is the existing article.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_380px]">
        <Card className="px-5 py-6 sm:px-8">
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
            </p>
          </header>
          <ArticleText body={article.body} quotes={article.quotes} claims={article.claims} speakerOrder={speakerOrder} />
        </Card>
        <ArticleSidePanel article={article} speakerOrder={speakerOrder} />
      </div>
    </div>
  );
}
