import type { Metadata } from "next";
import Link from "next/link";
import { prisma } from "@/server/db";
import { signOutAction, switchTeamAction } from "@/server/actions/auth";
import { signedInUser } from "@/server/session";
import { viewInvitation } from "@/server/services/view-invitation";
import { unknownInvitationMessage } from "@/server/services/invitation-status";
import { AcceptInvitationForm } from "@/components/settings/accept-invitation-form";
import { InvitationAccountForm } from "@/components/settings/invitation-account-form";
import { roleDescription, roleLabel } from "@/components/settings/roles";
import { FormMessage } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/components/format";
import { InviteShell } from "../invite-shell";

// The token is in the address: no referrer, so links clicked from here do not carry it elsewhere.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await signedInUser();
  const invitation = await viewInvitation({ prisma: await prisma(), token, viewer: user ? { userId: user.id, email: user.email } : null });
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;

  if (!invitation) {
    return (
      <InviteShell title="This invitation link does not work">
        <FormMessage tone="error">{unknownInvitationMessage}</FormMessage>
        <Link href={user ? "/" : "/sign-in"} className={`${buttonClass("secondary")} w-full`}>
          {user ? "Go to Factdesk" : "Sign in"}
        </Link>
      </InviteShell>
    );
  }

  const summary = (
    <div className="space-y-2 text-sm text-slate-700" data-testid="invitation-summary">
      <p>
        {invitation.invitedByName ? `${invitation.invitedByName} invited you` : "You are invited"} to join <strong className="text-slate-900">{invitation.teamName}</strong> as{" "}
        <strong className="text-slate-900">{roleLabel[invitation.role]}</strong>: {roleDescription[invitation.role]}.
      </p>
      {invitation.email ? <p>Only for {invitation.email}.</p> : null}
      {invitation.status === "valid" ? <p className="text-slate-500">The link works once, until {formatDateTime(invitation.expiresAt)}.</p> : null}
    </div>
  );

  if (invitation.refusal) {
    return (
      <InviteShell title="This invitation cannot be used">
        {summary}
        <FormMessage tone="error">{invitation.refusal}</FormMessage>
        <Link href={user ? "/" : "/sign-in"} className={`${buttonClass("secondary")} w-full`}>
          {user ? "Go to Factdesk" : "Sign in"}
        </Link>
      </InviteShell>
    );
  }

  if (user && invitation.viewer) {
    if (invitation.viewer.membershipRole) {
      return (
        <InviteShell title={`You are already in ${invitation.teamName}`}>
          {summary}
          <p role="status" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200">
            You are a member as {roleLabel[invitation.viewer.membershipRole]}, and your role stays as it is. The invitation is left unused for whoever it was meant for.
          </p>
          <form action={switchTeamAction}>
            <input type="hidden" name="teamId" value={invitation.teamId} />
            <Button type="submit" className="w-full">
              Open {invitation.teamName}
            </Button>
          </form>
        </InviteShell>
      );
    }
    if (!invitation.viewer.emailMatches) {
      return (
        <InviteShell title={`Join ${invitation.teamName}`}>
          {summary}
          <FormMessage tone="error">
            You are signed in as {user.email}, but this invitation is only for {invitation.email}. Sign out and sign in (or create the account) with that address.
          </FormMessage>
          <form action={signOutAction}>
            <Button type="submit" variant="secondary" className="w-full">
              Sign out
            </Button>
          </form>
        </InviteShell>
      );
    }
    return (
      <InviteShell title={`Join ${invitation.teamName}`}>
        {summary}
        <p className="text-sm text-slate-500">Signed in as {user.email}.</p>
        <AcceptInvitationForm token={token} teamName={invitation.teamName} />
      </InviteShell>
    );
  }

  return (
    <InviteShell title={`Join ${invitation.teamName}`}>
      {summary}
      <div className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200">
        Already have a Factdesk account?{" "}
        <Link href={signInHref} className="font-medium text-accent-700 underline-offset-2 hover:underline">
          Sign in to accept
        </Link>
      </div>
      <section aria-labelledby="new-account-heading" className="space-y-3">
        <h2 id="new-account-heading" className="text-base font-semibold text-slate-900">
          New here? Create your account
        </h2>
        <InvitationAccountForm token={token} email={invitation.email} teamName={invitation.teamName} />
      </section>
    </InviteShell>
  );
}
