"use client";

import { useState } from "react";
import { RefreshCw } from "lucide-react";
import { reanalyzeArticleAction } from "@/server/actions/analysis";
import { Dialog } from "@/components/keyboard/dialog";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useReviewAction } from "./use-review-action";

export function ReanalyzeButton({ articleId, version }: { articleId: string; version: number }) {
  const [open, setOpen] = useState(false);
  const { run, pending, message } = useReviewAction();
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} disabled={pending}>
        <RefreshCw className={pending ? "h-4 w-4 animate-spin" : "h-4 w-4"} aria-hidden="true" /> {pending ? "Re-running…" : "Re-run analysis"}
      </Button>
      {message && !open ? (
        <div className="basis-full">
          <FormMessage tone={message.tone}>{message.text}</FormMessage>
        </div>
      ) : null}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Re-run the analysis?"
        description="Claims and quotes the analysis found and nobody touched are replaced. Everything a reviewer added, edited or deleted stays as it is, and so do claims with research."
      >
        {message?.tone === "error" ? (
          <div className="mb-4">
            <FormMessage tone="error">{message.text}</FormMessage>
          </div>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button disabled={pending} onClick={() => run(reanalyzeArticleAction, { id: articleId, version }, () => setOpen(false))}>
            Re-run analysis
          </Button>
        </div>
      </Dialog>
    </>
  );
}
