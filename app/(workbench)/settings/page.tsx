import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/components/format";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { AddMemberForm } from "@/components/settings/add-member-form";
import { CreateInvitationForm, RevokeInvitationButton } from "@/components/settings/invitation-forms";
import { MemberControls } from "@/components/settings/member-controls";
import { roleLabel } from "@/components/settings/roles";
import { prisma } from "@/server/db";
import { listAuditEvents } from "@/server/repositories/audit";
import { listPendingInvitations } from "@/server/repositories/invitations";
import { listMembers } from "@/server/repositories/users";
import { hasRole, requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { user, membership } = await requireUser();
  const isAdmin = hasRole(membership.role, "admin");
  const db = await prisma();
  const [members, invitations, events] = isAdmin
    ? await Promise.all([listMembers(db, membership.teamId), listPendingInvitations(db, membership.teamId, new Date()), listAuditEvents(db, membership.teamId, 20)])
    : [[], [], []];
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-sm text-slate-500">
          Signed in as {user.email} · {roleLabel[membership.role]} in {membership.teamName}
        </p>
      </div>
      <Card>
        <CardHeader title="Password" description="Changing it signs you out everywhere." />
        <div className="p-5">
          <ChangePasswordForm />
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Rating scales"
          description={isAdmin ? "The labels verdicts choose from, and whether a verdict needs a source." : "The labels verdicts choose from."}
          actions={
            <Link href="/settings/scales" className={`${buttonClass("secondary", "sm")} shrink-0`}>
              {isAdmin ? "Manage scales" : "View scales"}
            </Link>
          }
        />
      </Card>
      <Card>
        <CardHeader
          title="API tokens"
          description="Personal tokens for scripts that use the HTTP API; they act with your role in this team."
          actions={
            <Link href="/settings/tokens" className={`${buttonClass("secondary", "sm")} shrink-0`}>
              Manage tokens
            </Link>
          }
        />
      </Card>
      {isAdmin ? (
        <>
          <Card>
            <CardHeader
              title={`Members of ${membership.teamName}`}
              description="Admins manage members, scales and settings; editors approve and publish; fact-checkers research and draft verdicts; viewers read."
            />
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Members">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium sm:px-5">Member</th>
                    <th scope="col" className="hidden px-5 py-2 font-medium sm:table-cell">Joined</th>
                    <th scope="col" className="px-4 py-2 font-medium sm:px-5">Role</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="member-list">
                  {members.map((member) => (
                    <tr key={member.userId} data-testid="member-row" aria-label={member.name}>
                      <td className="px-4 py-3 align-top sm:px-5">
                        <span className="font-medium text-slate-900">{member.name}</span>
                        {member.userId === user.id ? <span className="ml-1.5 text-xs text-slate-500">(you)</span> : null}
                        <span className="block text-slate-600 [overflow-wrap:anywhere]">{member.email}</span>
                        <span className="block text-xs text-slate-500 sm:hidden">Joined {formatDate(member.joinedAt)}</span>
                      </td>
                      <td className="hidden whitespace-nowrap px-5 py-3 align-top text-slate-500 sm:table-cell">{formatDate(member.joinedAt)}</td>
                      <td className="px-4 py-3 align-top sm:px-5">
                        <span className="sr-only">{roleLabel[member.role]}</span>
                        <MemberControls member={member} isSelf={member.userId === user.id} teamName={membership.teamName} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="border-t border-slate-200 p-5">
              <h3 className="mb-1 text-sm font-semibold text-slate-900">Add a member with a password</h3>
              <p className="mb-3 text-sm text-slate-500">For someone you give a password to in person; otherwise send an invitation link below.</p>
              <AddMemberForm />
            </div>
          </Card>
          <Card>
            <CardHeader title="Invitations" description="A link to join this team with a role. Each link works once, until it expires or is revoked." />
            <div className="p-5">
              <CreateInvitationForm />
            </div>
            <div className="border-t border-slate-200">
              <h3 className="px-5 pb-2 pt-4 text-sm font-semibold text-slate-900">Pending invitations</h3>
              {invitations.length === 0 ? (
                <p className="px-5 pb-4 text-sm text-slate-500">No pending invitations.</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm" data-testid="invitation-list">
                  {invitations.map((invitation) => {
                    const label = `the ${roleLabel[invitation.role]} invitation${invitation.email ? ` for ${invitation.email}` : ""}`;
                    return (
                      <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 px-5 py-3" data-testid="invitation-row">
                        <div className="min-w-0">
                          <p className="flex flex-wrap items-center gap-2">
                            <Badge tone={invitation.role === "admin" ? "accent" : "slate"}>{roleLabel[invitation.role]}</Badge>
                            <span className="break-all text-slate-900">{invitation.email ?? "Anyone with the link"}</span>
                          </p>
                          <p className="mt-1 text-xs text-slate-500">
                            Expires {formatDateTime(invitation.expiresAt)} · created by {invitation.createdByName ?? "a former member"} on {formatDate(invitation.createdAt)}
                          </p>
                        </div>
                        <RevokeInvitationButton invitationId={invitation.id} label={label} />
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          </Card>
          <Card>
            <CardHeader title="Recent activity" description="The audit log of this team." />
            {events.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-500">Nothing yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="audit-log">
                {events.map((event) => (
                  <li key={event.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-5 py-2.5">
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{event.action}</code>
                    <span className="text-slate-700">{event.actorName ?? "System"}</span>
                    <span className="ml-auto text-xs text-slate-500">{formatDateTime(event.createdAt)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
