"use client";

import { useCopyField } from "@/components/ui/use-copy-field";
import { useId, useState } from "react";
import { AlertTriangle, Check, Copy } from "lucide-react";
import { createApiTokenAction } from "@/server/actions/api-tokens";
import { useFormAction } from "@/components/claims/use-form-action";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";

/** Creates a personal API token and shows it once, with a copy button: only its hash is kept on the server. */
export function CreateApiTokenForm({ roleName, teamName }: { roleName: string; teamName: string }) {
  const id = useId();
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const { state, pending, onSubmit } = useFormAction(createApiTokenAction, {
    onSuccess: (result, form) => {
      if (result.data?.token) setCreated({ token: result.data.token, name: result.data.name ?? "" });
      form.reset();
    },
  });
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Field label="Name" htmlFor={`${id}-name`} hint="What will use it, so you can tell your tokens apart.">
          <Input id={`${id}-name`} name="name" required maxLength={100} autoComplete="off" placeholder="e.g. Nightly import from the CMS" />
        </Field>
        <Field label="Expires" htmlFor={`${id}-expiry`}>
          <Select id={`${id}-expiry`} name="expiry" defaultValue="90">
            <option value="30">In 30 days</option>
            <option value="90">In 90 days</option>
            <option value="365">In 365 days</option>
            <option value="never">Never</option>
          </Select>
        </Field>
        <div className="space-y-3 sm:col-span-2">
          {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
          <p className="text-sm text-slate-600">
            The token acts as you, with your role ({roleName}) in {teamName}, for as long as you are a member.
          </p>
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </Button>
        </div>
      </form>
      {created && !state.error ? <NewToken token={created.token} name={created.name} onDone={() => setCreated(null)} /> : null}
    </div>
  );
}

function NewToken({ token, name, onDone }: { token: string; name: string; onDone: () => void }) {
  const id = useId();
  const { input, copied, copy } = useCopyField(token);
  return (
    <div className="space-y-3 rounded-md bg-amber-50 p-4 ring-1 ring-amber-200" data-testid="new-api-token">
      <p role="status" className="flex items-start gap-2 text-sm font-medium text-amber-900">
        <AlertTriangle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" />
        <span>
          Copy the token “{name}” now: it is shown only this once. Keep it secret like a password; anyone who has it can act as you.
        </span>
      </p>
      <label htmlFor={`${id}-token`} className="sr-only">
        New API token
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={`${id}-token`}
          readOnly
          value={token}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
          className="h-10 w-full min-w-0 rounded-md border border-amber-300 bg-white px-3 font-mono text-xs text-slate-900 sm:flex-1"
        />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copied === "yes" ? <Check className="h-4 w-4" aria-hidden="true" /> : <Copy className="h-4 w-4" aria-hidden="true" />}
          {copied === "yes" ? "Copied" : "Copy token"}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      <p className="text-xs text-amber-900" aria-live="polite">
        {copied === "failed" ? "Copying was blocked by the browser: the token is selected, press Ctrl+C (⌘C on a Mac). " : ""}
        Send it as <code className="rounded bg-white/70 px-1">Authorization: Bearer {token.slice(0, 10)}…</code>
      </p>
    </div>
  );
}
