import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/components/format";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { AddMemberForm } from "@/components/settings/add-member-form";
import { prisma } from "@/server/db";
import { listAuditEvents } from "@/server/repositories/audit";
import { listMembers } from "@/server/repositories/users";
import { hasRole, requireUser } from "@/server/session";

export const metadata: Metadata = { title: "Settings" };

const roleLabel: Record<string, string> = { admin: "Admin", editor: "Editor", fact_checker: "Fact-checker", viewer: "Viewer" };

export default async function SettingsPage() {
  const { user, membership } = await requireUser();
  const isAdmin = hasRole(membership.role, "admin");
  const db = await prisma();
  const [members, events] = isAdmin ? await Promise.all([listMembers(db, membership.teamId), listAuditEvents(db, membership.teamId, 20)]) : [[], []];
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
      {isAdmin ? (
        <>
          <Card>
            <CardHeader title={`Members of ${membership.teamName}`} description="Admins manage members and settings; editors approve; fact-checkers research; viewers read." />
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Members">
              <table className="w-full text-left text-sm">
                <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="px-5 py-2 font-medium">Name</th>
                    <th scope="col" className="px-5 py-2 font-medium">Email</th>
                    <th scope="col" className="px-5 py-2 font-medium">Role</th>
                    <th scope="col" className="px-5 py-2 font-medium">Joined</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="member-list">
                  {members.map((member) => (
                    <tr key={member.userId}>
                      <td className="px-5 py-2.5 font-medium text-slate-900">{member.name}</td>
                      <td className="px-5 py-2.5 text-slate-600">{member.email}</td>
                      <td className="px-5 py-2.5">
                        <Badge tone={member.role === "admin" ? "accent" : "slate"}>{roleLabel[member.role]}</Badge>
                      </td>
                      <td className="px-5 py-2.5 text-slate-500">{formatDate(member.joinedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="border-t border-slate-200 p-5">
              <h3 className="mb-3 text-sm font-semibold text-slate-900">Add a member</h3>
              <AddMemberForm />
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
