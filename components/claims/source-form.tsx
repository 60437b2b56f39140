"use client";

import { useId, useState } from "react";
import { addSourceAction, updateSourceAction } from "@/server/actions/evidence";
import type { SourceDto } from "@/server/repositories/evidence";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { stanceLabel } from "./claim-labels";
import { useFormAction } from "./use-form-action";

const maxPinnedBytes = 1024 * 1024;

function localDateTime(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < maxPinnedBytes ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / maxPinnedBytes).toFixed(2)} MB`;
}

export interface SourceFormProps {
  claimId: string;
  /** The source being edited; absent to add one. */
  source?: SourceDto;
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** Escape inside the form; without it, Escape is left to the page (which closes the form, keeping the draft). */
  onEscape?: () => void;
}

/** Adds or edits a source. Edits name the version they were based on, so a stale one is refused. */
export function SourceForm({ claimId, source, onSaved, onCancel, onEscape }: SourceFormProps) {
  const prefix = useId();
  const ids = (name: string) => `${prefix}-${name}`;
  const [pinnedBytes, setPinnedBytes] = useState(0);
  const [removePinned, setRemovePinned] = useState(false);
  const { state, pending, onSubmit } = useFormAction(source ? updateSourceAction : addSourceAction, {
    // datetime-local has no time zone: send the instant the user meant, in their browser's zone.
    prepare: (formData) => {
      const accessed = formData.get("accessedAt");
      if (typeof accessed === "string" && accessed) formData.set("accessedAt", new Date(accessed).toISOString());
      if (source) formData.set("pinnedTextMode", removePinned || pinnedBytes > 0 ? "replace" : "keep");
    },
    onSuccess: (result, form) => {
      if (!source) form.reset();
      setPinnedBytes(0);
      onSaved(result.success ?? "Saved.");
    },
  });
  const tooLarge = pinnedBytes > maxPinnedBytes;
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === "Escape" && onEscape) {
          event.stopPropagation();
          onEscape();
        }
      }}
      className="space-y-4"
      aria-label={source ? `Edit source ${source.title}` : "Add a source"}
      noValidate
    >
      <input type="hidden" name="claimId" value={claimId} />
      {source ? (
        <>
          <input type="hidden" name="sourceId" value={source.id} />
          <input type="hidden" name="version" value={source.version} />
        </>
      ) : null}
      <Field label="URL" htmlFor={ids("url")} hint="A web address (http or https). Leave empty for an interview or a printed document.">
        <Input id={ids("url")} name="url" type="url" inputMode="url" placeholder="https://" maxLength={2000} defaultValue={source?.url ?? ""} />
      </Field>
      <Field label="Title" htmlFor={ids("title")}>
        <Input id={ids("title")} name="title" required maxLength={500} defaultValue={source?.title ?? ""} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Publisher" htmlFor={ids("publisher")}>
          <Input id={ids("publisher")} name="publisher" maxLength={200} defaultValue={source?.publisher ?? ""} />
        </Field>
        <Field label="Date published" htmlFor={ids("publishedAt")}>
          <Input id={ids("publishedAt")} name="publishedAt" type="date" defaultValue={source?.publishedAt?.slice(0, 10) ?? ""} />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1.5 block text-sm font-medium text-slate-700">Stance towards the claim</legend>
        <div className="flex flex-wrap gap-2">
          {(Object.keys(stanceLabel) as SourceDto["stance"][]).map((stance) => (
            <label
              key={stance}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 has-[:checked]:border-accent-600 has-[:checked]:bg-accent-50 has-[:checked]:text-accent-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-600"
            >
              <input type="radio" name="stance" value={stance} required defaultChecked={source ? source.stance === stance : stance === "supports"} className="accent-accent-600" />
              {stanceLabel[stance]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label="Quoted excerpt" htmlFor={ids("excerpt")} hint="The passage of the source that bears on the claim, as it is written there.">
        <Textarea id={ids("excerpt")} name="excerpt" rows={4} maxLength={10_000} defaultValue={source?.excerpt ?? ""} />
      </Field>
      <Field label="Accessed" htmlFor={ids("accessedAt")} hint={source ? "When you read the source, in your time zone." : "Leave empty to use the time you save."}>
        <Input id={ids("accessedAt")} name="accessedAt" type="datetime-local" className="sm:max-w-64" defaultValue={source ? localDateTime(source.accessedAt) : ""} />
      </Field>
      <details className="group rounded-md border border-slate-200 bg-slate-50/60" open={false}>
        <summary className="cursor-pointer list-none px-3 py-2 text-sm font-medium text-slate-700 [&::-webkit-details-marker]:hidden">
          <span className="mr-1 inline-block transition-transform group-open:rotate-90" aria-hidden="true">
            ▸
          </span>
          Pinned copy of the page <span className="font-normal text-slate-500">(optional{source?.hasPinnedText ? "; one is pinned" : ""})</span>
        </summary>
        <div className="space-y-2 border-t border-slate-200 px-3 py-3">
          <Field
            label={source?.hasPinnedText ? "Replace the pinned copy" : "Text of the page"}
            htmlFor={ids("pinnedText")}
            hint={source?.hasPinnedText ? "Leave empty to keep the current copy. Up to 1 MB." : "Paste the page's text as it reads now, in case it changes or disappears. Up to 1 MB."}
          >
            <Textarea
              id={ids("pinnedText")}
              name="pinnedText"
              rows={6}
              className={cn("font-mono text-xs", tooLarge && "border-red-600")}
              aria-invalid={tooLarge || undefined}
              onChange={(event) => setPinnedBytes(new Blob([event.target.value]).size)}
            />
          </Field>
          {pinnedBytes > 0 ? (
            <p className={cn("text-xs", tooLarge ? "font-medium text-red-700" : "text-slate-500")} aria-live="polite">
              {formatBytes(pinnedBytes)} of 1 MB{tooLarge ? ": too large, keep the relevant part of the page." : ""}
            </p>
          ) : null}
          {source?.hasPinnedText ? (
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" checked={removePinned} onChange={(event) => setRemovePinned(event.target.checked)} className="h-4 w-4 accent-accent-600" />
              Remove the pinned copy
            </label>
          ) : null}
        </div>
      </details>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending || tooLarge}>
          {pending ? "Saving…" : source ? "Save source" : "Attach source"}
        </Button>
      </div>
    </form>
  );
}
