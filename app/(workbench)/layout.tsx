import type { ReactNode } from "react";
import { TopBar } from "@/components/shell/top-bar";
import { requireUser } from "@/server/session";

export default async function WorkbenchLayout({ children }: { children: ReactNode }) {
  const { user, membership } = await requireUser();
  return (
    <>
      <TopBar
        user={{ name: user.name, email: user.email }}
        team={{ id: membership.teamId, name: membership.teamName, role: membership.role }}
        teams={user.memberships.map((m) => ({ id: m.teamId, name: m.teamName }))}
      />
      <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 lg:py-8">{children}</main>
    </>
  );
}
