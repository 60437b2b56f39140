"use client";

import { setBlindReviewAction } from "@/server/actions/workflow";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/alert";
import { useFormAction } from "@/components/claims/use-form-action";

/** The admin's switch for blind second review, beside the team's other verdict rules. */
export function BlindReviewSettingForm({ blindReview }: { blindReview: boolean }) {
  const { state, pending, onSubmit } = useFormAction(setBlindReviewAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <label className="flex items-start gap-3 text-sm text-slate-800">
        <input type="checkbox" name="blindReview" defaultChecked={blindReview} className="mt-0.5 h-4 w-4 shrink-0 accent-accent-600" />
        <span>
          <span className="font-medium">Blind second review</span>
          <span className="block text-slate-500">
            A reviewer gives their own rating before the verdict&apos;s label and rationale are shown to them; editors and the two people involved then see both side by side.
          </span>
        </span>
      </label>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : state.success ? <FormMessage tone="success">{state.success}</FormMessage> : null}
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {pending ? "Saving…" : "Save review setting"}
      </Button>
    </form>
  );
}
