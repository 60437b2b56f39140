import Link from "next/link";
import { claimStatusLabel } from "@/components/claims/claim-labels";

export interface StatusBar {
  status: string;
  count: number;
  /** Where the claims in this state are listed, if a queue view holds them. */
  href?: string;
}

const barColour: Record<string, string> = {
  new: "bg-slate-400",
  assigned: "bg-indigo-300",
  in_research: "bg-indigo-500",
  ready_for_review: "bg-sky-500",
  changes_requested: "bg-amber-500",
  approved: "bg-emerald-400",
  published: "bg-emerald-600",
  not_check_worthy: "bg-slate-300",
};

/** Claims per workflow state as horizontal bars scaled to the largest state. */
export function StatusBars({ bars }: { bars: StatusBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <ul className="space-y-2.5" aria-label="Claims by state">
      {bars.map((bar) => {
        const label = claimStatusLabel[bar.status] ?? bar.status;
        return (
          <li key={bar.status} className="grid grid-cols-[8.5rem_minmax(0,1fr)_3.5rem] items-center gap-3 text-sm sm:grid-cols-[10rem_minmax(0,1fr)_4rem]">
            {bar.href ? (
              <Link href={bar.href} className="truncate text-slate-700 hover:text-accent-700 hover:underline">
                {label}
              </Link>
            ) : (
              <span className="truncate text-slate-700">{label}</span>
            )}
            <span className="h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <span className={`block h-full rounded-full ${barColour[bar.status] ?? "bg-slate-400"}`} style={{ width: `${(bar.count / max) * 100}%` }} />
            </span>
            <span className="text-right font-medium tabular-nums text-slate-900" data-testid={`status-count-${bar.status}`}>
              {bar.count.toLocaleString("en")}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
