import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ImportTabs, type ImportMethod } from "@/components/articles/import-tabs";
import { requireRole } from "@/server/session";

export const metadata: Metadata = { title: "Import article" };

const importMethods: ImportMethod[] = ["paste", "file", "url"];

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  await requireRole("fact_checker");
  const { from } = await searchParams;
  const initial = importMethods.find((method) => method === from) ?? "paste";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import an article</h1>
        <p className="mt-1 text-sm text-slate-500">
          The article text is pinned as imported and analysed at once into claims and attributed quotes. Many articles at once?{" "}
          <Link href="/import/bulk" className="text-sky-800 underline underline-offset-2">
            Bulk import
          </Link>{" "}
          a .zip, a folder or a JSON Lines file.
        </p>
      </div>
      <Card>
        <ImportTabs initial={initial} />
      </Card>
    </div>
  );
}
