"use client";

import { startTransition, useActionState } from "react";
import type { SpeakerDetailDto } from "@/server/repositories/speakers";
import { updateSpeakerAction } from "@/server/actions/speakers";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";

/** Rename a speaker and edit their aliases, title, role and kind. */
export function SpeakerForm({ speaker }: { speaker: SpeakerDetailDto }) {
  const [state, action, pending] = useActionState(updateSpeakerAction, {});
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        // Submitting by hand keeps what was typed in the fields when the save is refused.
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => action(formData));
      }}
    >
      <input type="hidden" name="id" value={speaker.id} />
      <input type="hidden" name="version" value={speaker.version} />
      <Field label="Name" htmlFor="speaker-name">
        <Input id="speaker-name" name="name" required maxLength={200} defaultValue={speaker.name} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kind" htmlFor="speaker-kind">
          <Select id="speaker-kind" name="kind" defaultValue={speaker.kind}>
            <option value="person">Person</option>
            <option value="organization">Organisation</option>
          </Select>
        </Field>
        <Field label="Title" htmlFor="speaker-title" hint="Honorific or rank, e.g. Major General">
          <Input id="speaker-title" name="title" maxLength={200} defaultValue={speaker.title ?? ""} />
        </Field>
      </div>
      <Field label="Role" htmlFor="speaker-role" hint="Office or affiliation, e.g. Pentagon Press Secretary">
        <Input id="speaker-role" name="role" maxLength={200} defaultValue={speaker.role ?? ""} />
      </Field>
      <Field label="Aliases" htmlFor="speaker-aliases" hint="One per line. Articles naming the speaker this way are attributed to them; a renamed speaker keeps the old name as an alias.">
        <Textarea id="speaker-aliases" name="aliases" rows={4} defaultValue={speaker.aliases.join("\n")} />
      </Field>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      {state.success ? <FormMessage tone="success">{state.success}</FormMessage> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save speaker"}
        </Button>
      </div>
    </form>
  );
}
