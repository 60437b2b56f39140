"use client";

import { useCopyField } from "@/components/ui/use-copy-field";
import { useId, useState } from "react";
import { Check, Copy } from "lucide-react";
import { createInvitationAction, revokeInvitationAction } from "@/server/actions/invitations";
import { useFormAction } from "@/components/claims/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { roleLabel, roleOptions } from "./roles";

/** Creates an invitation link and shows it once, with a copy button: only its hash is kept on the server. */
export function CreateInvitationForm() {
  const id = useId();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const { state, pending, onSubmit } = useFormAction(createInvitationAction, {
    onSuccess: (result, form) => {
      const path = result.data?.path;
      if (path) setLink({ url: new URL(path, window.location.origin).toString(), expiresAt: result.data?.expiresAt ?? "" });
      form.reset();
    },
  });
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-3" aria-label="Create an invitation link">
        <Field label="Role" htmlFor={`${id}-role`}>
          <Select id={`${id}-role`} name="role" defaultValue="fact_checker">
            {roleOptions.map((role) => (
              <option key={role} value={role}>
                {roleLabel[role]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Only for this email (optional)" htmlFor={`${id}-email`} hint="Empty: anyone with the link can join.">
          <Input id={`${id}-email`} name="email" type="email" maxLength={254} autoComplete="off" />
        </Field>
        <Field label="Link works for" htmlFor={`${id}-validity`}>
          <Select id={`${id}-validity`} name="validityDays" defaultValue="7">
            <option value="1">1 day</option>
            <option value="7">7 days</option>
            <option value="30">30 days</option>
          </Select>
        </Field>
        <div className="space-y-3 sm:col-span-3">
          {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create invitation link"}
          </Button>
        </div>
      </form>
      {link && !state.error ? <InvitationLink url={link.url} expiresAt={link.expiresAt} onDone={() => setLink(null)} /> : null}
    </div>
  );
}

function InvitationLink({ url, expiresAt, onDone }: { url: string; expiresAt: string; onDone: () => void }) {
  const id = useId();
  const { input, copied, copy } = useCopyField(url);
  return (
    <div className="space-y-2 rounded-md bg-emerald-50 p-4 ring-1 ring-emerald-200" data-testid="invitation-link">
      <p role="status" className="text-sm font-medium text-emerald-900">
        Invitation link created. Copy it now: it is shown only once.
      </p>
      <label htmlFor={`${id}-link`} className="sr-only">
        Invitation link
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={`${id}-link`}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="h-10 w-full min-w-0 rounded-md border border-emerald-300 sm:flex-1 bg-white px-3 font-mono text-xs text-slate-900"
        />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copied === "yes" ? <Check className="h-4 w-4" aria-hidden="true" /> : <Copy className="h-4 w-4" aria-hidden="true" />}
          {copied === "yes" ? "Copied" : "Copy link"}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      <p className="text-xs text-emerald-900" aria-live="polite">
        {copied === "failed" ? "Copying was blocked by the browser: the link is selected, press Ctrl+C (⌘C on a Mac). " : ""}
        Works once, until {expiresAt ? new Date(expiresAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "it expires"}.
      </p>
    </div>
  );
}

export function RevokeInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const { state, pending, onSubmit } = useFormAction(revokeInvitationAction);
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Revoke ${label}`}>
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
    </form>
  );
}
