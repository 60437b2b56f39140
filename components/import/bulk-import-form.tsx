"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";

const fileInputClass =
  "block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200";

/** Uploads a .zip, a .jsonl file or a folder to the bulk import route, then opens the batch's progress page. */
export function BulkImportForm({ maxMegabytes, maxItems }: { maxMegabytes: number; maxItems: number }) {
  const router = useRouter();
  const archiveInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const files = [...(archiveInput.current?.files ?? []), ...(folderInput.current?.files ?? [])];
    if (files.length === 0) {
      setError("Choose a .zip or .jsonl file, or a folder of articles.");
      return;
    }
    const form = new FormData();
    // A folder's files keep their path inside it, so the batch can name them.
    for (const file of files) form.append("files", file, file.webkitRelativePath || file.name);
    setSending(true);
    try {
      const response = await fetch("/api/imports", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { batchId?: string; error?: { message?: string } } | null;
      if (!response.ok || !body?.batchId) {
        setError(body?.error?.message ?? `The upload failed (${response.status}).`);
        return;
      }
      router.push(`/import/batches/${body.batchId}`);
    } catch {
      setError("The upload did not reach the server. Check the connection and try again.");
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-5 p-5">
      <Field label="A .zip or .jsonl file" htmlFor="bulk-archive" hint={`A .zip of .txt, .md, .html or .docx files, or JSON Lines with one {"title", "text"} or {"url"} per line. Up to ${maxItems.toLocaleString("en")} articles and ${maxMegabytes} MB.`}>
        <input ref={archiveInput} id="bulk-archive" name="archive" type="file" accept=".zip,.jsonl,.ndjson" className={fileInputClass} />
      </Field>
      <Field label="Or a folder of article files" htmlFor="bulk-folder" hint="Every .txt, .md, .html and .docx file in the folder and its subfolders.">
        {/* webkitdirectory is not in React's types; every current browser supports it. */}
        <input ref={folderInput} id="bulk-folder" name="folder" type="file" multiple {...{ webkitdirectory: "" }} className={fileInputClass} />
      </Field>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={sending}>
          {sending ? "Uploading…" : "Start import"}
        </Button>
        <p className="text-sm text-slate-500">Articles are imported in the background; you can leave the page.</p>
      </div>
    </form>
  );
}
