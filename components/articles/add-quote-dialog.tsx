"use client";

import { Dialog } from "@/components/keyboard/dialog";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { ActionMessage } from "./use-review-action";
import { SpeakerPicker, type SpeakerOption } from "./speaker-picker";

/** The quote's kind and speaker for a stretch of text the reviewer selected. */
export function AddQuoteDialog({
  open,
  onClose,
  text,
  speakers,
  pending,
  message,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  text: string;
  speakers: readonly SpeakerOption[];
  pending: boolean;
  message: ActionMessage | null;
  onSubmit: (form: HTMLFormElement) => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title="Add a quote">
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit(event.currentTarget);
        }}
      >
        <blockquote className="line-clamp-5 border-l-4 border-accent-600 pl-3 font-serif text-sm text-slate-800">{text}</blockquote>
        <Field label="Kind of quote" htmlFor="add-quote-type">
          <Select id="add-quote-type" name="type" defaultValue="direct">
            <option value="direct">Direct (the speaker&apos;s own words)</option>
            <option value="indirect">Reported (said that…)</option>
            <option value="according_to">According to…</option>
          </Select>
        </Field>
        <SpeakerPicker speakers={speakers} defaultSpeakerId={null} />
        {message?.tone === "error" ? <FormMessage tone="error">{message.text}</FormMessage> : null}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Adding…" : "Add quote"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
