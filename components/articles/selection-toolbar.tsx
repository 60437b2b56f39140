"use client";

import { MessageSquareQuote, Plus } from "lucide-react";

export interface ToolbarPosition {
  /** Viewport coordinates of the selection's bounding box. */
  top: number;
  bottom: number;
  centre: number;
}

const toolbarHeight = 40;
const topBarHeight = 64;

/** The small toolbar over a text selection in the article: add it as a claim or as a quote. */
export function SelectionToolbar({ position, onAddClaim, onAddQuote, pending }: { position: ToolbarPosition; onAddClaim: () => void; onAddQuote: () => void; pending: boolean }) {
  const above = position.top - toolbarHeight - 8 > topBarHeight;
  const width = typeof window === "undefined" ? 1024 : window.innerWidth;
  const left = Math.min(Math.max(position.centre, 120), width - 120);
  return (
    <div
      role="toolbar"
      aria-label="Selected text"
      data-testid="selection-toolbar"
      // Keeps the text selection alive while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      style={{ top: above ? position.top - toolbarHeight - 8 : position.bottom + 8, left }}
      className="fixed z-40 flex -translate-x-1/2 items-center gap-1 rounded-lg bg-slate-900 p-1 shadow-lg"
    >
      <button type="button" disabled={pending} onClick={onAddClaim} className="inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        <Plus className="h-4 w-4" aria-hidden="true" /> Add claim
      </button>
      <button type="button" disabled={pending} onClick={onAddQuote} className="inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        <MessageSquareQuote className="h-4 w-4" aria-hidden="true" /> Add quote
      </button>
    </div>
  );
}
