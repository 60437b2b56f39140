"use client";

import { useActionState } from "react";
import { importUrlArticleAction } from "@/server/actions/articles";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { ControlHint, ImportDetailsFields, useImportDraft } from "./import-fields";

export function UrlImportForm() {
  const [state, action, pending] = useActionState(importUrlArticleAction, {});
  const url = useImportDraft("url.address");
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <div className="space-y-1.5">
        <label htmlFor="url-address" className="block text-sm font-medium text-slate-700">
          Article URL
        </label>
        <Input id="url-address" name="url" type="url" inputMode="url" required maxLength={2000} placeholder="https://" aria-describedby="url-address-hint" {...url} />
        <ControlHint id="url-address-hint">
          A public web page (HTML or plain text, up to 5 MB), fetched by the server within 10 seconds. Only the article text is kept.
        </ControlHint>
      </div>
      <ImportDetailsFields idPrefix="url" fallback="the page’s own title, site name and publish date" />
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Fetching and analysing…" : "Fetch and analyse"}
        </Button>
      </div>
    </form>
  );
}
