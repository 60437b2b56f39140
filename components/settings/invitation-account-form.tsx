"use client";

import { useId } from "react";
import { registerWithInvitationAction } from "@/server/actions/invitations";
import { useFormAction } from "@/components/claims/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

/** A new person's account, created through the invitation link; on success they are signed in and in the team. */
export function InvitationAccountForm({ token, email, teamName }: { token: string; email: string | null; teamName: string }) {
  const id = useId();
  const { state, pending, onSubmit } = useFormAction(registerWithInvitationAction);
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Create your account">
      <input type="hidden" name="token" value={token} />
      <Field label="Your name" htmlFor={`${id}-name`}>
        <Input id={`${id}-name`} name="name" autoComplete="name" required maxLength={120} />
      </Field>
      <Field label="Email" htmlFor={`${id}-email`} hint={email ? "The invitation is for this address." : undefined}>
        <Input id={`${id}-email`} name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={email ?? undefined} readOnly={email !== null} />
      </Field>
      <Field label="Password" htmlFor={`${id}-password`} hint="At least 10 characters.">
        <Input id={`${id}-password`} name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={200} />
      </Field>
      <Field label="Repeat password" htmlFor={`${id}-confirm`}>
        <Input id={`${id}-confirm`} name="confirmPassword" type="password" autoComplete="new-password" required minLength={10} maxLength={200} />
      </Field>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : `Create account and join ${teamName}`}
      </Button>
    </form>
  );
}
