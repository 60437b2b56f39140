import type { Metadata } from "next";
import { Card, CardHeader } from "@/components/ui/card";
import { PasteImportForm } from "@/components/articles/paste-import-form";
import { requireRole } from "@/server/session";

export const metadata: Metadata = { title: "Import article" };

export default async function ImportPage() {
  await requireRole("fact_checker");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import an article</h1>
        <p className="mt-1 text-sm text-slate-500">The text is pinned exactly as pasted and analysed at once into claims and attributed quotes.</p>
      </div>
      <Card>
        <CardHeader title="Paste text" description="Headline on the first line is fine; the body is kept unchanged." />
        <div className="p-5">
          <PasteImportForm />
        </div>
      </Card>
    </div>
  );
}
