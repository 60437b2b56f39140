import Link from "next/link";
import { ChevronDown, LogOut, Search, Settings } from "lucide-react";
import { signOutAction, switchTeamAction } from "@/server/actions/auth";
import { NavLinks } from "./nav-links";

export interface TopBarProps {
  user: { name: string; email: string };
  team: { id: string; name: string; role: string };
  teams: { id: string; name: string }[];
}

const roleLabel: Record<string, string> = { admin: "Admin", editor: "Editor", fact_checker: "Fact-checker", viewer: "Viewer" };

export function TopBar({ user, team, teams }: TopBarProps) {
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
          <span className="flex h-7 w-7 items-center justify-center rounded-md bg-accent-600 text-sm font-bold text-white" aria-hidden="true">
            F
          </span>
          <span className="sr-only sm:not-sr-only">Factdesk</span>
        </Link>
        <span className="hidden h-6 w-px bg-slate-200 sm:block" aria-hidden="true" />
        {teams.length > 1 ? (
          <form action={switchTeamAction} className="hidden items-center gap-1 sm:flex">
            <label htmlFor="team-switcher" className="sr-only">
              Team
            </label>
            <select
              id="team-switcher"
              name="teamId"
              defaultValue={team.id}
              className="h-8 max-w-40 truncate rounded-md border border-slate-300 bg-white px-2 text-sm font-medium text-slate-800"
            >
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <button type="submit" className="h-8 rounded-md px-2 text-xs font-medium text-accent-700 hover:bg-accent-50">
              Switch
            </button>
          </form>
        ) : (
          <span className="hidden max-w-48 truncate text-sm font-medium text-slate-800 sm:inline" data-testid="team-name">
            {team.name}
          </span>
        )}
        <NavLinks />
        <form method="get" action="/search" role="search" className="ml-auto hidden lg:block">
          <label htmlFor="top-search" className="sr-only">
            Search this team
          </label>
          <div className="relative">
            <Search className="pointer-events-none absolute left-2.5 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500" aria-hidden="true" />
            <input
              id="top-search"
              name="q"
              type="search"
              placeholder="Search claims, quotes…"
              className="h-8 w-56 rounded-md border border-slate-300 bg-white pl-8 pr-2 text-sm placeholder:text-slate-500 focus:border-accent-600 focus:outline-none focus:ring-2 focus:ring-accent-100"
            />
          </div>
        </form>
        <Link href="/search" className="ml-auto rounded-md p-2 text-slate-600 hover:bg-slate-100 lg:hidden" aria-label="Search">
          <Search className="h-4 w-4" aria-hidden="true" />
        </Link>
        <details className="group relative shrink-0 lg:ml-0">
          <summary
            className="flex cursor-pointer list-none items-center gap-2 rounded-md px-1.5 py-1 hover:bg-slate-100 [&::-webkit-details-marker]:hidden"
            data-testid="account-menu"
          >
            <span className="sr-only">Account menu: </span>
            <span className="flex h-8 w-8 items-center justify-center rounded-full bg-slate-800 text-xs font-semibold text-white" aria-hidden="true">
              {initials}
            </span>
            <span className="sr-only text-sm font-medium text-slate-800 md:not-sr-only">{user.name}</span>
            <ChevronDown className="h-4 w-4 text-slate-500" aria-hidden="true" />
          </summary>
          <div className="absolute right-0 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
            <div className="border-b border-slate-100 px-3 py-2">
              <p className="truncate text-sm font-medium text-slate-900">{user.name}</p>
              <p className="truncate text-xs text-slate-500">{user.email}</p>
              <p className="mt-1 text-xs text-slate-500">
                {roleLabel[team.role] ?? team.role} in {team.name}
              </p>
            </div>
            {teams.length > 1 ? (
              <div className="border-b border-slate-100 py-1">
                <p className="px-3 pb-1 pt-1 text-xs font-medium uppercase tracking-wide text-slate-500">Switch team</p>
                {teams
                  .filter((t) => t.id !== team.id)
                  .map((t) => (
                    <form key={t.id} action={switchTeamAction}>
                      <input type="hidden" name="teamId" value={t.id} />
                      <button type="submit" className="w-full truncate rounded-md px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100">
                        {t.name}
                      </button>
                    </form>
                  ))}
              </div>
            ) : null}
            <Link href="/settings" className="flex items-center gap-2 rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
              <Settings className="h-4 w-4" aria-hidden="true" /> Settings
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100">
                <LogOut className="h-4 w-4" aria-hidden="true" /> Sign out
              </button>
            </form>
          </div>
        </details>
      </div>
    </header>
  );
}
