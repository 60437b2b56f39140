"use client";

import { useId, useState } from "react";
import { EyeOff } from "lucide-react";
import { giveBlindRatingAction } from "@/server/actions/workflow";
import type { RatingScaleDto } from "@/server/repositories/scales";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { useFormAction } from "@/components/claims/use-form-action";

/**
 * What a would-be reviewer sees instead of the verdict on a blind-review team: a notice and, when the
 * claim waits for review, a compact form to give their own rating first.
 */
export function BlindVerdictNotice({ claimId, claimVersion, scale, canRate, canReview }: { claimId: string; claimVersion: number; scale: RatingScaleDto; canRate: boolean; canReview: boolean }) {
  const id = useId();
  const [labelId, setLabelId] = useState("");
  const { state, pending, onSubmit } = useFormAction(giveBlindRatingAction);
  return (
    <div className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4" data-testid="blind-verdict">
      <p className="flex items-start gap-2 text-sm text-slate-700">
        <EyeOff className="mt-0.5 h-4 w-4 shrink-0 text-slate-500" aria-hidden="true" />
        <span>
          <span className="font-medium text-slate-900">The verdict is hidden until you give your own rating.</span>{" "}
          {canRate
            ? "Your team reviews blind: rate the claim from the evidence first, then the verdict is shown next to your rating."
            : `Your team reviews blind: the verdict is shown once it is approved${canReview ? ", or once you have rated the claim during its review" : ""}.`}
        </span>
      </p>
      {canRate ? (
        <form onSubmit={onSubmit} className="space-y-3" aria-label="Your own rating">
          <input type="hidden" name="claimId" value={claimId} />
          <input type="hidden" name="version" value={claimVersion} />
          <fieldset>
            <legend className="mb-1.5 block text-sm font-medium text-slate-700">
              Your rating <span className="font-normal text-slate-500">· {scale.name}</span>
            </legend>
            <div className="flex flex-wrap gap-2">
              {scale.labels.map((label) => (
                <label
                  key={label.id}
                  className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 has-[:checked]:border-accent-600 has-[:checked]:bg-accent-50 has-[:checked]:text-accent-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-600"
                >
                  <input type="radio" name="labelId" value={label.id} checked={labelId === label.id} onChange={() => setLabelId(label.id)} className="accent-accent-600" />
                  {label.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor={`${id}-comment`} className="mb-1.5 block text-sm font-medium text-slate-700">
              Why <span className="font-normal text-slate-500">(optional)</span>
            </label>
            <Textarea id={`${id}-comment`} name="comment" rows={3} maxLength={10_000} />
          </div>
          {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
          <div className="flex justify-end">
            <Button type="submit" disabled={pending || !labelId}>
              {pending ? "Saving…" : "Save my rating and show the verdict"}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
