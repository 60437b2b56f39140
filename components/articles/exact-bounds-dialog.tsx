"use client";

import { useState } from "react";
import { Dialog } from "@/components/keyboard/dialog";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { toTrimmedSpan, type BodySpan } from "./span-offsets";

const contextLength = 60;

/** Sets a span's bounds by offset, with a live preview of the exact text it will hold. */
export function ExactBoundsDialog({ open, onClose, body, span, onApply }: { open: boolean; onClose: () => void; body: string; span: BodySpan; onApply: (span: BodySpan) => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Exact bounds" description={`Character offsets into the pinned text (0 to ${body.length.toLocaleString("en")}). Surrounding spaces are trimmed.`} className="max-w-2xl">
      <ExactBoundsForm key={`${span.start}:${span.end}`} body={body} span={span} onApply={onApply} onCancel={onClose} />
    </Dialog>
  );
}

function ExactBoundsForm({ body, span, onApply, onCancel }: { body: string; span: BodySpan; onApply: (span: BodySpan) => void; onCancel: () => void }) {
  const [start, setStart] = useState(String(span.start));
  const [end, setEnd] = useState(String(span.end));
  const startValue = Number(start);
  const endValue = Number(end);
  const valid = Number.isInteger(startValue) && Number.isInteger(endValue) && startValue >= 0 && endValue <= body.length && startValue < endValue;
  const preview = valid ? toTrimmedSpan(body, startValue, endValue) : null;
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (preview) onApply(preview);
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <Field label="Start" htmlFor="exact-start">
          <Input id="exact-start" type="number" inputMode="numeric" min={0} max={body.length} value={start} onChange={(event) => setStart(event.target.value)} />
        </Field>
        <Field label="End" htmlFor="exact-end">
          <Input id="exact-end" type="number" inputMode="numeric" min={0} max={body.length} value={end} onChange={(event) => setEnd(event.target.value)} />
        </Field>
      </div>
      <div className="rounded-md bg-slate-50 p-3 font-serif text-sm leading-6 text-slate-700 ring-1 ring-slate-200" aria-live="polite" data-testid="exact-preview">
        {preview ? (
          <>
            <span className="text-slate-500">…{body.slice(Math.max(0, preview.start - contextLength), preview.start)}</span>
            <mark className="rounded-sm bg-accent-100 text-slate-900">{body.slice(preview.start, preview.end)}</mark>
            <span className="text-slate-500">{body.slice(preview.end, preview.end + contextLength)}…</span>
          </>
        ) : (
          <span className="font-sans text-red-700">Start must be before end, both between 0 and {body.length.toLocaleString("en")}, and the text not only spaces.</span>
        )}
      </div>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={!preview}>
          Use these bounds
        </Button>
      </div>
    </form>
  );
}
