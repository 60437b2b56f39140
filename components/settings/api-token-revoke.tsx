"use client";

import { useState } from "react";
import { revokeApiTokenAction } from "@/server/actions/api-tokens";
import { useFormAction } from "@/components/claims/use-form-action";
import { Dialog } from "@/components/keyboard/dialog";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Revokes one token after a confirmation: whatever uses it stops working at once. */
export function RevokeApiTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const revoke = useFormAction(revokeApiTokenAction, { onSuccess: () => setConfirming(false) });
  return (
    <>
      <Button type="button" size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      <Dialog
        open={confirming}
        onClose={() => {
          setConfirming(false);
          revoke.clear();
        }}
        title={`Revoke “${name}”?`}
        description="Requests with this token are refused from the next one on. This cannot be undone: create a new token if you need one again."
      >
        <form onSubmit={revoke.onSubmit} className="space-y-3">
          <input type="hidden" name="tokenId" value={tokenId} />
          {revoke.state.error ? <FormMessage tone="error">{revoke.state.error}</FormMessage> : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={revoke.pending}>
              {revoke.pending ? "Revoking…" : "Revoke token"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
