import Link from "next/link";
import { cn } from "@/components/ui/cn";

export interface QueueTab {
  view: string;
  label: string;
  /** "12", or "1,000+" past the count cap. */
  count: string;
  href: string;
}

/** The queue's views as links (each keeps the filters), with how many claims each holds. */
export function QueueTabs({ tabs, current }: { tabs: QueueTab[]; current: string }) {
  return (
    <nav aria-label="Queue views" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-slate-200">
        {tabs.map((tab) => {
          const active = tab.view === current;
          return (
            <li key={tab.view}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                data-testid={`queue-tab-${tab.view}`}
                className={cn(
                  "-mb-px flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                  active ? "border-accent-600 text-accent-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
                <span
                  className={cn("rounded-full px-2 py-0.5 text-xs tabular-nums", active ? "bg-accent-50 text-accent-700" : "bg-slate-100 text-slate-700")}
                  data-testid={`queue-count-${tab.view}`}
                >
                  {tab.count}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
