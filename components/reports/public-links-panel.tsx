"use client";

import { useState } from "react";
import { Copy, Link2 } from "lucide-react";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/alert";
import { formatDateTime } from "@/components/format";
import { useFormAction } from "@/components/claims/use-form-action";
import type { FormState } from "@/server/actions/form-state";

export interface PublicLinkItem {
  id: string;
  createdAt: string;
  createdByName: string | null;
}

interface PublicLinksPanelProps {
  articleId: string;
  links: PublicLinkItem[];
  canManage: boolean;
  publishedCount: number;
  createAction: (formData: FormData) => Promise<FormState>;
  revokeAction: (formData: FormData) => Promise<FormState>;
}

function RevokeForm({ link, revokeAction }: { link: PublicLinkItem; revokeAction: PublicLinksPanelProps["revokeAction"] }) {
  const { state, pending, onSubmit } = useFormAction(revokeAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center justify-between gap-2">
      <input type="hidden" name="linkId" value={link.id} />
      <span className="text-sm text-slate-700">
        Created {formatDateTime(link.createdAt)}
        {link.createdByName ? ` by ${link.createdByName}` : ""}
      </span>
      <Button type="submit" variant="secondary" size="sm" disabled={pending} aria-label={`Revoke the link created ${formatDateTime(link.createdAt)}`}>
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
    </form>
  );
}

/** Public read-only links to the report: editors create and revoke them; a new link is shown once. */
export function PublicLinksPanel({ articleId, links, canManage, publishedCount, createAction, revokeAction }: PublicLinksPanelProps) {
  const [copied, setCopied] = useState(false);
  const { state, pending, onSubmit } = useFormAction(createAction, { onSuccess: () => setCopied(false) });
  const newUrl = state.data?.url;
  return (
    <section aria-labelledby="public-links" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-print-hidden>
      <div className="flex items-start gap-2">
        <Link2 className="mt-0.5 h-4 w-4 shrink-0 text-slate-500" aria-hidden="true" />
        <div>
          <h2 id="public-links" className="text-sm font-semibold text-slate-900">
            Public link
          </h2>
          <p className="text-sm text-slate-600">
            Anyone with the link can read the published fact-checks of this article, without signing in; drafts never show.
            {publishedCount === 0 ? " Nothing is published yet, so the page is empty for now." : ""}
          </p>
        </div>
      </div>
      {newUrl ? (
        <div className="space-y-2 rounded-md bg-emerald-50 p-3 ring-1 ring-emerald-200">
          <label htmlFor="new-public-link" className="block text-sm font-medium text-emerald-900">
            New link (shown only once)
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              id="new-public-link"
              readOnly
              value={newUrl}
              onFocus={(event) => event.currentTarget.select()}
              className="h-9 min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2 font-mono text-xs text-slate-900"
            />
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => {
                void navigator.clipboard?.writeText(newUrl).then(() => setCopied(true));
              }}
            >
              <Copy className="h-4 w-4" aria-hidden="true" />
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <p className="text-sm text-emerald-900">
            <a className="font-medium underline" href={newUrl} target="_blank" rel="noopener noreferrer">
              Open the public page
            </a>{" "}
            ·{" "}
            <a className="font-medium underline" href={`/articles/${articleId}/report/download?format=claimreview&url=${encodeURIComponent(newUrl)}`}>
              ClaimReview for this link
            </a>
          </p>
        </div>
      ) : null}
      {state.success && !newUrl ? <FormMessage tone="success">{state.success}</FormMessage> : null}
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      {links.length > 0 ? (
        <ul className="divide-y divide-slate-100" aria-label="Open public links">
          {links.map((link) => (
            <li key={link.id} className="py-2">
              {canManage ? (
                <RevokeForm link={link} revokeAction={revokeAction} />
              ) : (
                <span className="text-sm text-slate-700">Created {formatDateTime(link.createdAt)}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No public link is open.</p>
      )}
      {canManage ? (
        <form onSubmit={onSubmit}>
          <input type="hidden" name="articleId" value={articleId} />
          <button type="submit" className={buttonClass("primary", "sm")} disabled={pending}>
            {pending ? "Creating…" : "Create public link"}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">Editors create and revoke public links.</p>
      )}
    </section>
  );
}
