"use client";

import { useActionState } from "react";
import { addMemberAction } from "@/server/actions/settings";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";

export function AddMemberForm() {
  const [state, action, pending] = useActionState(addMemberAction, {});
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" aria-label="Add a member">
      <Field label="Email" htmlFor="member-email">
        <Input id="member-email" name="email" type="email" required />
      </Field>
      <Field label="Name" htmlFor="member-name">
        <Input id="member-name" name="name" maxLength={120} />
      </Field>
      <Field label="Initial password" htmlFor="member-password" hint="At least 10 characters; ignored if they already have an account.">
        <Input id="member-password" name="password" type="password" autoComplete="new-password" required minLength={10} />
      </Field>
      <Field label="Role" htmlFor="member-role">
        <Select id="member-role" name="role" defaultValue="fact_checker">
          <option value="admin">Admin</option>
          <option value="editor">Editor</option>
          <option value="fact_checker">Fact-checker</option>
          <option value="viewer">Viewer</option>
        </Select>
      </Field>
      <div className="space-y-3 sm:col-span-2">
        {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
        {state.success ? <FormMessage tone="success">{state.success}</FormMessage> : null}
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add member"}
        </Button>
      </div>
    </form>
  );
}
