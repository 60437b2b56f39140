"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { ImportBatchDetail } from "./types";

const statusTone = { pending: "slate", imported: "green", duplicate: "amber", failed: "red" } as const;
const statusLabel = { pending: "Waiting", imported: "Imported", duplicate: "Already there", failed: "Failed" } as const;

/** The batch's progress bar and per-item results, refreshed every second until the last item is done. */
export function ImportBatchProgress({ initial }: { initial: ImportBatchDetail }) {
  const [batch, setBatch] = useState(initial);
  const [connectionLost, setConnectionLost] = useState(false);
  const finished = batch.finishedAt !== null;

  useEffect(() => {
    if (finished) return;
    let cancelled = false;
    const timer = setInterval(() => {
      void fetch(`/api/imports/${batch.id}`, { cache: "no-store" })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const next = (await response.json()) as ImportBatchDetail;
          if (!cancelled) {
            setBatch(next);
            setConnectionLost(false);
          }
        })
        .catch(() => !cancelled && setConnectionLost(true));
    }, 1000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [batch.id, finished]);

  const done = batch.total - batch.counts.pending;
  const percent = batch.total === 0 ? 100 : Math.round((done / batch.total) * 100);
  const failed = batch.items.filter((item) => item.status === "failed");
  const others = batch.items.filter((item) => item.status !== "failed");

  return (
    <div className="space-y-6">
      <section aria-label="Progress" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
          <span className="font-medium text-slate-900">
            {finished ? "Finished" : "Importing"}: {done.toLocaleString("en")} of {batch.total.toLocaleString("en")} items
          </span>
          <span className="text-slate-600">
            {batch.counts.imported} imported · {batch.counts.duplicate} already there · {batch.counts.failed} failed
            {batch.counts.pending ? ` · ${batch.counts.pending} waiting` : ""}
          </span>
        </div>
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={batch.total}
          aria-valuenow={done}
          className="h-3 w-full overflow-hidden rounded-full bg-slate-100"
        >
          <div className={`h-full rounded-full transition-[width] ${batch.counts.failed ? "bg-amber-500" : "bg-emerald-600"}`} style={{ width: `${percent}%` }} />
        </div>
        {connectionLost ? <p className="text-sm text-amber-700">Lost contact with the server; the import goes on and this page will catch up.</p> : null}
      </section>

      {failed.length ? (
        <section aria-labelledby="failed-items" className="space-y-2">
          <h2 id="failed-items" className="text-base font-semibold text-slate-900">
            Not imported ({batch.counts.failed})
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-red-200 bg-red-50/40">
            {failed.map((item) => (
              <li key={item.id} className="px-4 py-2 text-sm">
                <span className="font-medium break-all text-slate-900">{item.name}</span>
                <span className="block text-red-800">{item.error}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="other-items" className="space-y-2">
        <h2 id="other-items" className="text-base font-semibold text-slate-900">
          Items
        </h2>
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {others.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
              <span className="min-w-0 break-all text-slate-800">
                {item.articleId ? (
                  <Link href={`/articles/${item.articleId}`} className="text-sky-800 underline-offset-2 hover:underline">
                    {item.articleTitle ?? item.name}
                  </Link>
                ) : (
                  item.name
                )}
                {item.status === "pending" && item.error ? <span className="block text-amber-700">{item.error}</span> : null}
              </span>
              <Badge tone={statusTone[item.status]}>{statusLabel[item.status]}</Badge>
            </li>
          ))}
        </ul>
        {batch.items.length < batch.total ? <p className="text-sm text-slate-500">Showing the first {batch.items.length} items.</p> : null}
      </section>
    </div>
  );
}
