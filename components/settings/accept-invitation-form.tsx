"use client";

import { acceptInvitationAction } from "@/server/actions/invitations";
import { useFormAction } from "@/components/claims/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** One click for a signed-in person: they join the team and land in it. */
export function AcceptInvitationForm({ token, teamName }: { token: string; teamName: string }) {
  const { state, pending, onSubmit } = useFormAction(acceptInvitationAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Joining…" : `Join ${teamName}`}
      </Button>
    </form>
  );
}
