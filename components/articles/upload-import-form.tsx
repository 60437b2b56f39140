"use client";

import { useActionState, useState, type FormEvent } from "react";
import { FileUp } from "lucide-react";
import { importUploadedArticleAction } from "@/server/actions/articles";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/alert";
import { ControlHint, ImportDetailsFields, maxImportBytes, tooLargeMessage } from "./import-fields";

const accept = ".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function UploadImportForm() {
  const [state, action, pending] = useActionState(importUploadedArticleAction, {});
  const [localError, setLocalError] = useState<string | null>(null);

  // A file over the limit is refused here, before it is uploaded, with the same message the server gives.
  const checkFile = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    const problem = !file ? "Choose a file to import." : file.size > maxImportBytes ? tooLargeMessage : null;
    setLocalError(problem);
    if (problem) event.preventDefault();
  };

  const error = localError ?? state.error;
  return (
    <form action={action} onSubmit={checkFile} className="space-y-4" aria-busy={pending}>
      <div className="space-y-1.5">
        <label htmlFor="upload-file" className="block text-sm font-medium text-slate-700">
          Article file
        </label>
        <div className="flex items-center gap-3 rounded-md border border-dashed border-slate-300 bg-slate-50/60 px-3 py-3">
          <FileUp aria-hidden="true" className="hidden size-5 shrink-0 text-slate-500 sm:block" />
          <input
            id="upload-file"
            name="file"
            type="file"
            required
            accept={accept}
            aria-describedby="upload-file-hint"
            onChange={() => setLocalError(null)}
            className="block w-full min-w-0 text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border-0 file:bg-accent-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-accent-700 hover:file:bg-accent-100"
          />
        </div>
        <ControlHint id="upload-file-hint">
          .txt, .md, .html or .docx, up to 5 MB. Text files must be UTF-8; web pages are reduced to the article text.
        </ControlHint>
      </div>
      <ImportDetailsFields idPrefix="upload" fallback="the document’s own title and metadata, or the file name" />
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Reading and analysing…" : "Import and analyse"}
        </Button>
      </div>
    </form>
  );
}
