"use client";

import { Download } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/alert";

export interface ExportFileView {
  id: string;
  kind: "verdicts-csv" | "report-pdf";
  params: Record<string, string>;
  status: "queued" | "running" | "ready" | "failed";
  done: number;
  total: number;
  fileName: string | null;
  sizeBytes: number | null;
  error: string | null;
  createdAt: string;
  createdByName: string | null;
}

const statusTone = { queued: "slate", running: "sky", ready: "green", failed: "red" } as const;
const statusLabel = { queued: "Queued", running: "Preparing", ready: "Ready", failed: "Failed" } as const;

function describe(file: ExportFileView): string {
  if (file.kind === "report-pdf") return "Report PDF";
  const filters = Object.entries(file.params).map(([key, value]) => `${key} ${value}`);
  return `Verdicts CSV${filters.length ? ` (${filters.join(", ")})` : " (everything)"}`;
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Prepares the CSV with the filters of the form `formId` as a background job, and lists the team's
 * prepared exports with a progress bar each, refreshed every second while any is unfinished.
 */
export function BackgroundExports({ formId, initial }: { formId: string; initial: ExportFileView[] }) {
  const [files, setFiles] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const unfinished = files.some((file) => file.status === "queued" || file.status === "running");

  const refresh = useCallback(async () => {
    const response = await fetch("/api/exports", { cache: "no-store" });
    if (response.ok) setFiles(((await response.json()) as { exports: ExportFileView[] }).exports);
  }, []);

  useEffect(() => {
    if (!unfinished) return;
    const timer = setInterval(() => void refresh().catch(() => undefined), 1000);
    return () => clearInterval(timer);
  }, [unfinished, refresh]);

  async function prepare() {
    setError(null);
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const params = Object.fromEntries([...new FormData(form).entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
    setSending(true);
    try {
      const response = await fetch("/api/exports", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ kind: "verdicts-csv", params }) });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? `The export could not be started (${response.status}).`);
        return;
      }
      await refresh();
    } catch {
      setError("The request did not reach the server. Check the connection and try again.");
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="space-y-4 p-5">
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" disabled={sending} onClick={() => void prepare()}>
          {sending ? "Starting…" : "Prepare in the background"}
        </Button>
        <p className="text-sm text-slate-600">For very large exports: the file is prepared on the server and kept here to download.</p>
      </div>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      {files.length === 0 ? (
        <p className="text-sm text-slate-500">No prepared exports yet.</p>
      ) : (
        <ul aria-label="Prepared exports" className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {files.map((file) => {
            const percent = file.total ? Math.round((file.done / file.total) * 100) : file.status === "ready" ? 100 : 0;
            return (
              <li key={file.id} className="space-y-2 px-4 py-3 text-sm">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="min-w-0 font-medium break-words text-slate-900">{describe(file)}</span>
                  <Badge tone={statusTone[file.status]}>{statusLabel[file.status]}</Badge>
                </div>
                {file.status === "queued" || file.status === "running" ? (
                  <div
                    role="progressbar"
                    aria-label={`${describe(file)} progress`}
                    aria-valuemin={0}
                    aria-valuemax={file.total}
                    aria-valuenow={file.done}
                    className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
                  >
                    <div className="h-full rounded-full bg-sky-600 transition-[width]" style={{ width: `${percent}%` }} />
                  </div>
                ) : null}
                <div className="flex flex-wrap items-center justify-between gap-2 text-slate-600">
                  <span>
                    {file.status === "ready" ? `${file.done.toLocaleString("en")} rows${file.sizeBytes ? `, ${formatSize(file.sizeBytes)}` : ""}` : `${file.done.toLocaleString("en")} of ${file.total.toLocaleString("en")} rows`}
                    {file.createdByName ? ` · ${file.createdByName}` : ""}
                  </span>
                  {file.status === "ready" ? (
                    <a href={`/api/exports/${file.id}/file`} className={buttonClass("secondary", "sm")} download>
                      <Download className="h-4 w-4" aria-hidden="true" />
                      Download {file.fileName}
                    </a>
                  ) : null}
                </div>
                {file.status === "failed" && file.error ? <p className="text-red-800">{file.error}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
