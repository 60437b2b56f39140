"use client";

import { useActionState } from "react";
import { importPastedArticleAction } from "@/server/actions/articles";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";

export function PasteImportForm() {
  const [state, action, pending] = useActionState(importPastedArticleAction, {});
  return (
    <form action={action} className="space-y-4">
      <Field label="Title" htmlFor="title">
        <Input id="title" name="title" required maxLength={500} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Publisher" htmlFor="publisher">
          <Input id="publisher" name="publisher" maxLength={200} />
        </Field>
        <Field label="Source URL" htmlFor="sourceUrl">
          <Input id="sourceUrl" name="sourceUrl" type="url" placeholder="https://" maxLength={2000} />
        </Field>
        <Field label="Published" htmlFor="publishedAt">
          <Input id="publishedAt" name="publishedAt" type="date" />
        </Field>
      </div>
      <Field label="Article text" htmlFor="body">
        <Textarea id="body" name="body" required rows={14} className="font-serif leading-relaxed" />
      </Field>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Analysing…" : "Import and analyse"}
        </Button>
      </div>
    </form>
  );
}
