"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import type { SpeakerOptionDto } from "@/server/repositories/speakers";
import { mergeSpeakersAction } from "@/server/actions/speakers";
import { Dialog } from "@/components/keyboard/dialog";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";

/** Merges this speaker into another one, after confirming what happens. */
export function MergeSpeakerForm({ speaker, others }: { speaker: { id: string; name: string; version: number }; others: SpeakerOptionDto[] }) {
  const [state, action, pending] = useActionState(mergeSpeakersAction, {});
  const [targetId, setTargetId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const target = others.find((other) => other.id === targetId);
  if (others.length === 0) return <p className="text-sm text-slate-500">There is no other speaker in the team to merge with.</p>;
  return (
    <form
      ref={form}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) setConfirming(true);
      }}
    >
      <input type="hidden" name="id" value={speaker.id} />
      <input type="hidden" name="version" value={speaker.version} />
      <Field label="Merge into" htmlFor="merge-target" hint={`Every quote and claim of ${speaker.name} moves to that speaker; ${speaker.name} becomes one of their aliases.`}>
        <Select id="merge-target" name="targetId" required value={targetId} onChange={(event) => setTargetId(event.target.value)}>
          <option value="">Choose a speaker…</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </Select>
      </Field>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      <div className="flex justify-end">
        <Button type="submit" variant="secondary" disabled={!target || pending}>
          Merge…
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Merge ${speaker.name} into ${target?.name ?? "…"}?`}
        description={`${speaker.name} disappears: their quotes and claims are attributed to ${target?.name ?? "the other speaker"}, and their name and aliases become aliases of ${target?.name ?? "that speaker"}. This cannot be undone from here.`}
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button
            disabled={pending}
            onClick={() => {
              if (!form.current) return;
              const formData = new FormData(form.current);
              setConfirming(false);
              startTransition(() => action(formData));
            }}
          >
            {pending ? "Merging…" : "Merge speakers"}
          </Button>
        </div>
      </Dialog>
    </form>
  );
}
