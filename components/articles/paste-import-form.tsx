"use client";

import { useActionState, useState, type FormEvent } from "react";
import { importPastedArticleAction } from "@/server/actions/articles";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { ControlHint, maxImportBytes, useImportDraft } from "./import-fields";

export function PasteImportForm() {
  const [state, action, pending] = useActionState(importPastedArticleAction, {});
  const [localError, setLocalError] = useState<string | null>(null);
  const title = useImportDraft("paste.title");
  const publisher = useImportDraft("paste.publisher");
  const sourceUrl = useImportDraft("paste.sourceUrl");
  const publishedAt = useImportDraft("paste.publishedAt");
  const body = useImportDraft("paste.body");

  // Over the limit the upload itself would fail: say so before sending it.
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const problem = new Blob([body.value]).size > maxImportBytes ? "The article is larger than 5 MB." : null;
    setLocalError(problem);
    if (problem) event.preventDefault();
  };

  const error = localError ?? state.error;
  return (
    <form action={action} onSubmit={checkSize} className="space-y-4" aria-busy={pending}>
      <Field label="Title" htmlFor="title">
        <Input id="title" name="title" required maxLength={500} {...title} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Publisher" htmlFor="publisher">
          <Input id="publisher" name="publisher" maxLength={200} {...publisher} />
        </Field>
        <Field label="Source URL" htmlFor="sourceUrl">
          <Input id="sourceUrl" name="sourceUrl" type="url" placeholder="https://" maxLength={2000} {...sourceUrl} />
        </Field>
        <Field label="Published" htmlFor="publishedAt">
          <Input id="publishedAt" name="publishedAt" type="date" {...publishedAt} />
        </Field>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="body" className="block text-sm font-medium text-slate-700">
          Article text
        </label>
        <Textarea id="body" name="body" required rows={14} className="font-serif leading-relaxed" aria-describedby="body-hint" {...body} />
        <ControlHint id="body-hint">Up to 5 MB. A headline on the first line is fine; the text is kept exactly as pasted.</ControlHint>
      </div>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Analysing…" : "Import and analyse"}
        </Button>
      </div>
    </form>
  );
}
