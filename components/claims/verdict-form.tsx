"use client";

import { useId, useState } from "react";
import { saveVerdictAction } from "@/server/actions/evidence";
import type { VerdictDto } from "@/server/repositories/evidence";
import type { RatingScaleDto } from "@/server/repositories/scales";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { rationaleClass, renderRationale } from "./rationale-markdown";
import { useFormAction } from "./use-form-action";

export interface VerdictFormProps {
  claimId: string;
  verdict: VerdictDto | null;
  scale: RatingScaleDto;
  /** Shown above the form when the team requires a source and the claim has none yet. */
  sourceMissing: boolean;
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** Escape inside the form; without it, Escape is left to the page (which closes the form, keeping the draft). */
  onEscape?: () => void;
}

interface LabelChoice {
  id: string;
  name: string;
  value: number;
  description: string | null;
}

/** Gives or edits the verdict: a label of the team's scale and a Markdown rationale, with a preview. */
export function VerdictForm({ claimId, verdict, scale, sourceMissing, onSaved, onCancel, onEscape }: VerdictFormProps) {
  const prefix = useId();
  // A verdict given on a scale that is no longer the default keeps its label selectable.
  const choices: LabelChoice[] =
    verdict && !scale.labels.some((label) => label.id === verdict.labelId)
      ? [...scale.labels, { id: verdict.labelId, name: `${verdict.labelName} (${verdict.scaleName})`, value: verdict.labelValue, description: verdict.labelDescription }]
      : scale.labels;
  const [labelId, setLabelId] = useState(verdict?.labelId ?? "");
  const [rationale, setRationale] = useState(verdict?.rationale ?? "");
  const [preview, setPreview] = useState(false);
  const { state, pending, onSubmit } = useFormAction(saveVerdictAction, { onSuccess: (result) => onSaved(result.success ?? "Verdict saved.") });
  const selected = choices.find((choice) => choice.id === labelId);
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === "Escape" && onEscape) {
          event.stopPropagation();
          onEscape();
        }
      }}
      className="space-y-4"
      aria-label={verdict ? "Edit the verdict" : "Give a verdict"}
      noValidate
    >
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={verdict?.version ?? 0} />
      {sourceMissing ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          Your team requires at least one source for a verdict, and this claim has none yet.
        </p>
      ) : null}
      <fieldset>
        <legend className="mb-1.5 block text-sm font-medium text-slate-700">
          Rating <span className="font-normal text-slate-500">· {scale.name}</span>
        </legend>
        <div className="flex flex-wrap gap-2">
          {choices.map((choice) => (
            <label
              key={choice.id}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 has-[:checked]:border-accent-600 has-[:checked]:bg-accent-50 has-[:checked]:text-accent-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-600"
            >
              <input
                type="radio"
                name="labelId"
                value={choice.id}
                checked={labelId === choice.id}
                onChange={() => setLabelId(choice.id)}
                className="accent-accent-600"
              />
              {choice.name}
            </label>
          ))}
        </div>
        <p className="mt-1.5 min-h-5 text-xs text-slate-500" aria-live="polite">
          {selected ? `${selected.description ?? selected.name} · rating value ${selected.value} (worst ${scale.worstRating}, best ${scale.bestRating})` : "Choose the label that fits the evidence."}
        </p>
      </fieldset>
      <div>
        <div className="mb-1.5 flex items-end justify-between gap-2">
          <label htmlFor={`${prefix}-rationale`} className="block text-sm font-medium text-slate-700">
            Rationale
          </label>
          <div className="flex rounded-md border border-slate-300 p-0.5 text-xs" role="group" aria-label="Editor mode">
            {(["Write", "Preview"] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={(mode === "Preview") === preview}
                onClick={() => setPreview(mode === "Preview")}
                className={cn("rounded px-2 py-0.5 font-medium", (mode === "Preview") === preview ? "bg-slate-800 text-white" : "text-slate-600 hover:bg-slate-100")}
              >
                {mode}
              </button>
            ))}
          </div>
        </div>
        <Textarea
          id={`${prefix}-rationale`}
          name="rationale"
          rows={8}
          maxLength={20_000}
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          className={cn(preview && "hidden")}
          aria-describedby={`${prefix}-rationale-hint`}
        />
        {preview ? (
          <div
            className={cn(rationaleClass, "min-h-40 rounded-md border border-slate-200 bg-slate-50 px-3 py-2")}
            data-testid="rationale-preview"
            // Safe: renderRationale escapes raw HTML and only keeps web and mailto links.
            dangerouslySetInnerHTML={{ __html: rationale.trim() ? renderRationale(rationale) : "<p>Nothing written yet.</p>" }}
          />
        ) : null}
        <p id={`${prefix}-rationale-hint`} className="mt-1.5 text-xs text-slate-500">
          What the evidence shows and why it earns this rating. Markdown: **bold**, *italic*, lists, [links](https://…).
        </p>
      </div>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save verdict"}
        </Button>
      </div>
    </form>
  );
}
