import type { Metadata } from "next";
import Link from "next/link";
import { FileText, Plus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { prisma } from "@/server/db";
import { listArticles } from "@/server/repositories/articles";
import { requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const { membership } = await requireUser();
  const articles = await listArticles(await prisma(), membership.teamId);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="mt-1 text-sm text-slate-500">
            {articles.length === 0 ? "No articles yet." : `${articles.length} article${articles.length === 1 ? "" : "s"} in ${membership.teamName}.`}
          </p>
        </div>
        {membership.role !== "viewer" ? (
          <Link href="/import" className={buttonClass("primary")}>
            <Plus className="h-4 w-4" aria-hidden="true" /> Import article
          </Link>
        ) : null}
      </div>
      {articles.length === 0 ? (
        <Card className="flex flex-col items-center px-6 py-16 text-center">
          <FileText className="h-10 w-10 text-slate-300" aria-hidden="true" />
          <h2 className="mt-3 text-base font-semibold">Import your first article</h2>
          <p className="mt-1 max-w-sm text-sm text-slate-500">Paste a news article and Factdesk splits it into checkable claims and attributed quotes.</p>
        </Card>
      ) : (
        <Card className="overflow-hidden">
          <ul className="divide-y divide-slate-200" aria-label="Articles">
            {articles.map((article) => (
              <li key={article.id}>
                <Link href={`/articles/${article.id}`} className="block px-5 py-4 hover:bg-slate-50">
                  <p className="font-medium text-slate-900">{article.title}</p>
                  <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-500">
                    {article.publisher ? <span>{article.publisher}</span> : null}
                    <span>{article.wordCount.toLocaleString("en")} words</span>
                    <span>
                      {article.claimCount} claim{article.claimCount === 1 ? "" : "s"}
                    </span>
                    <span>
                      {article.quoteCount} quote{article.quoteCount === 1 ? "" : "s"}
                    </span>
                    <span>Imported {formatDate(article.createdAt)}</span>
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
