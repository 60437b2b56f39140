"use client";

import { useId, useState } from "react";
import { changeMemberRoleAction, removeMemberAction } from "@/server/actions/members";
import { useFormAction } from "@/components/claims/use-form-action";
import { Dialog } from "@/components/keyboard/dialog";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { roleLabel, roleOptions, type RoleName } from "./roles";

export interface MemberControlsProps {
  member: { userId: string; name: string; email: string; role: RoleName };
  isSelf: boolean;
  teamName: string;
}

/** Role change and removal for one member row; the server refuses leaving the team without an admin. */
export function MemberControls({ member, isSelf, teamName }: MemberControlsProps) {
  const id = useId();
  const [role, setRole] = useState<RoleName>(member.role);
  const [confirming, setConfirming] = useState(false);
  const change = useFormAction(changeMemberRoleAction);
  const remove = useFormAction(removeMemberAction, { onSuccess: () => setConfirming(false) });
  const who = isSelf ? "yourself" : member.name;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form onSubmit={change.onSubmit} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={member.userId} />
          <label htmlFor={`${id}-role`} className="sr-only">
            Role of {member.name}
          </label>
          <Select id={`${id}-role`} name="role" value={role} onChange={(event) => setRole(event.target.value as RoleName)} className="h-8 w-32 py-1 sm:w-36">
            {roleOptions.map((option) => (
              <option key={option} value={option}>
                {roleLabel[option]}
              </option>
            ))}
          </Select>
          <Button type="submit" size="sm" variant="secondary" disabled={change.pending || role === member.role} aria-label={`Save role of ${member.name}`}>
            {change.pending ? "Saving…" : "Save"}
          </Button>
        </form>
        <Button type="button" size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setConfirming(true)} aria-label={`Remove ${member.name}`}>
          Remove
        </Button>
      </div>
      {change.state.error ? <FormMessage tone="error">{change.state.error}</FormMessage> : null}
      {change.state.success ? <FormMessage tone="success">{change.state.success}</FormMessage> : null}
      <Dialog
        open={confirming}
        onClose={() => {
          setConfirming(false);
          remove.clear();
        }}
        title={`Remove ${who} from ${teamName}?`}
        description={`${isSelf ? "You" : member.name} will no longer see anything of ${teamName}. The account stays, and so does their work: articles, sources and verdicts keep their author.${isSelf ? " You will need a new invitation to come back." : ""}`}
      >
        <form onSubmit={remove.onSubmit} className="space-y-3">
          <input type="hidden" name="userId" value={member.userId} />
          {remove.state.error ? <FormMessage tone="error">{remove.state.error}</FormMessage> : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={remove.pending}>
              {remove.pending ? "Removing…" : `Remove ${isSelf ? "me" : member.name}`}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
