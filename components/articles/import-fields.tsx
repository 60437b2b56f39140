"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { Field, Input } from "@/components/ui/field";

/** The import limit, mirrored here so the browser can refuse a large file before uploading it. */
export const maxImportBytes = 5 * 1024 * 1024;
export const tooLargeMessage = "The file is larger than 5 MB.";

/** A hint under a control, linked to it with aria-describedby so screen readers announce it. */
export function ControlHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-xs text-slate-500">
      {children}
    </p>
  );
}

/**
 * Optional title, publisher and date for file and URL imports: what is typed here wins, anything
 * left empty comes from the document itself.
 */
export function ImportDetailsFields({ idPrefix, fallback }: { idPrefix: string; fallback: string }) {
  const title = useImportDraft(`${idPrefix}.title`);
  const publisher = useImportDraft(`${idPrefix}.publisher`);
  const publishedAt = useImportDraft(`${idPrefix}.publishedAt`);
  return (
    <details className="group rounded-md border border-slate-200 bg-slate-50/60">
      <summary className="cursor-pointer select-none rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100">
        Title, publisher and date <span className="font-normal text-slate-600">(optional)</span>
      </summary>
      <div className="space-y-4 border-t border-slate-200 px-3 pb-4 pt-3">
        <p className="text-xs text-slate-600">Leave these empty to use {fallback}.</p>
        <Field label="Title" htmlFor={`${idPrefix}-title`}>
          <Input id={`${idPrefix}-title`} name="title" maxLength={500} {...title} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Publisher" htmlFor={`${idPrefix}-publisher`}>
            <Input id={`${idPrefix}-publisher`} name="publisher" maxLength={200} {...publisher} />
          </Field>
          <Field label="Published" htmlFor={`${idPrefix}-publishedAt`}>
            <Input id={`${idPrefix}-publishedAt`} name="publishedAt" type="date" {...publishedAt} />
          </Field>
        </div>
      </div>
    </details>
  );
}

const DraftsContext = createContext<{ drafts: Record<string, string>; setDraft: (key: string, value: string) => void } | null>(null);

export function ImportDraftsProvider({ children }: { children: ReactNode }) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const setDraft = (key: string, value: string) => setDrafts((previous) => ({ ...previous, [key]: value }));
  return <DraftsContext.Provider value={{ drafts, setDraft }}>{children}</DraftsContext.Provider>;
}

/**
 * A form value kept by the import page: it survives switching tabs and a refused import (React resets
 * uncontrolled fields after every form action), and is gone when the page is left.
 */
export function useImportDraft(key: string): { value: string; onChange: (event: { target: { value: string } }) => void } {
  const context = useContext(DraftsContext);
  const [own, setOwn] = useState("");
  const value = context ? (context.drafts[key] ?? "") : own;
  const set = context ? (next: string) => context.setDraft(key, next) : setOwn;
  return { value, onChange: (event) => set(event.target.value) };
}
