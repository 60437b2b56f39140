"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { ClipboardPaste, FileUp, Link2 } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { ImportDraftsProvider } from "./import-fields";
import { PasteImportForm } from "./paste-import-form";
import { UploadImportForm } from "./upload-import-form";
import { UrlImportForm } from "./url-import-form";

export type ImportMethod = "paste" | "file" | "url";

const methods: { id: ImportMethod; label: string; description: string; icon: ReactNode }[] = [
  { id: "paste", label: "Paste text", description: "Paste the article; the text is pinned exactly as pasted.", icon: <ClipboardPaste aria-hidden="true" className="size-4" /> },
  {
    id: "file",
    label: "Upload file",
    description: "A saved web page, a Word document or a text file; the article text is extracted and pinned.",
    icon: <FileUp aria-hidden="true" className="size-4" />,
  },
  { id: "url", label: "From URL", description: "Factdesk fetches the page and keeps only the article text, without menus or ads.", icon: <Link2 aria-hidden="true" className="size-4" /> },
];

/** Paste, upload or fetch: one accessible tab list (arrow keys move between tabs), one form shown. */
export function ImportTabs({ initial = "paste" }: { initial?: ImportMethod }) {
  const [selected, setSelected] = useState<ImportMethod>(initial);
  const tabs = useRef<Partial<Record<ImportMethod, HTMLButtonElement | null>>>({});

  const select = (method: ImportMethod, focus: boolean) => {
    setSelected(method);
    if (focus) tabs.current[method]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = methods.findIndex((method) => method.id === selected);
    const next =
      event.key === "ArrowRight" ? (index + 1) % methods.length
      : event.key === "ArrowLeft" ? (index - 1 + methods.length) % methods.length
      : event.key === "Home" ? 0
      : event.key === "End" ? methods.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    const method = methods[next];
    if (method) select(method.id, true);
  };

  const current = methods.find((method) => method.id === selected) ?? methods[0]!;
  return (
    <ImportDraftsProvider>
      <div className="border-b border-slate-200 px-4 py-4 sm:px-5">
        <div role="tablist" aria-label="Import from" onKeyDown={onKeyDown} className="grid grid-cols-3 gap-1 rounded-lg bg-slate-100 p-1 sm:inline-grid sm:w-auto">
          {methods.map((method) => {
            const active = method.id === selected;
            return (
              <button
                key={method.id}
                ref={(element) => {
                  tabs.current[method.id] = element;
                }}
                type="button"
                role="tab"
                id={`import-tab-${method.id}`}
                aria-selected={active}
                aria-controls={active ? `import-panel-${method.id}` : undefined}
                tabIndex={active ? 0 : -1}
                onClick={() => select(method.id, false)}
                className={cn(
                  "inline-flex h-9 items-center justify-center gap-2 whitespace-nowrap rounded-md px-2 text-sm font-medium transition-colors sm:px-4",
                  active ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-200" : "text-slate-600 hover:bg-white/60 hover:text-slate-900",
                )}
              >
                <span className="hidden sm:inline-flex">{method.icon}</span>
                {method.label}
              </button>
            );
          })}
        </div>
      </div>
      {/* Only the chosen form is rendered, so each label names exactly one control on the page. */}
      <div role="tabpanel" id={`import-panel-${current.id}`} aria-labelledby={`import-tab-${current.id}`} className="space-y-4 p-4 sm:p-5">
        <p className="text-sm text-slate-600">{current.description}</p>
        {current.id === "paste" ? <PasteImportForm /> : current.id === "file" ? <UploadImportForm /> : <UrlImportForm />}
      </div>
    </ImportDraftsProvider>
  );
}
