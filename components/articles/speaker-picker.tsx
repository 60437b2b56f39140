"use client";

import { useId, useState } from "react";
import { Field, Input, Select } from "@/components/ui/field";

export interface SpeakerOption {
  id: string;
  name: string;
}

/**
 * Chooses who said a quote: one of the team's speakers, nobody, or a new name (matched against the
 * team's names and aliases on the server, so a known person typed again is not duplicated).
 * Submits speakerId ("" for nobody, "new" for a name) and speakerName.
 */
export function SpeakerPicker({ speakers, defaultSpeakerId, label = "Speaker" }: { speakers: readonly SpeakerOption[]; defaultSpeakerId: string | null; label?: string }) {
  const id = useId();
  const [choice, setChoice] = useState(defaultSpeakerId ?? "");
  return (
    <div className="space-y-3">
      <Field label={label} htmlFor={`${id}-speaker`}>
        <Select id={`${id}-speaker`} name="speakerId" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">Nobody (unattributed)</option>
          <option value="new">New speaker…</option>
          {speakers.length ? (
            <optgroup label="Team speakers">
              {speakers.map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speaker.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </Select>
      </Field>
      {choice === "new" ? (
        <Field label="New speaker's name" htmlFor={`${id}-name`} hint="If the team already knows this name or alias, that speaker is used.">
          <Input id={`${id}-name`} name="speakerName" required maxLength={200} autoComplete="off" autoFocus />
        </Field>
      ) : null}
    </div>
  );
}
