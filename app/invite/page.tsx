import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { signOutAction } from "@/server/actions/auth";
import { signedInUser } from "@/server/session";
import { Button } from "@/components/ui/button";
import { InviteShell } from "./invite-shell";

export const metadata: Metadata = { title: "Not in a team", robots: { index: false } };

/** Where a signed-in account that belongs to no team lands (never invited, or removed from its last team). */
export default async function NoTeamPage() {
  const user = await signedInUser();
  if (!user) redirect("/sign-in");
  if (user.memberships.length > 0) redirect("/");
  return (
    <InviteShell title="You are not in a team">
      <p className="text-sm text-slate-700">
        Your account <span className="font-medium text-slate-900">{user.email}</span> is not a member of any team, so there is nothing to show yet. Everything in Factdesk
        belongs to a team.
      </p>
      <p className="text-sm text-slate-700">Ask an admin of your team for an invitation link, then open it while signed in to join with one click.</p>
      <form action={signOutAction}>
        <Button type="submit" variant="secondary" className="w-full">
          Sign out
        </Button>
      </form>
    </InviteShell>
  );
}
