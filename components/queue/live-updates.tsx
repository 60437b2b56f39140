"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { cn } from "@/components/ui/cn";

const visibleInterval = 3_000;
const hiddenInterval = 60_000;
const maxErrorInterval = 30_000;

/**
 * Keeps a server-rendered page current while teammates work: polls the team's change marker (a cheap
 * read any app instance can answer) and re-renders the page when it moves. Polls every 3 s while the
 * tab is visible, once a minute while hidden, and backs off while the server does not answer.
 */
export function LiveUpdates({ marker, className }: { marker: string; className?: string }) {
  const router = useRouter();
  const known = useRef(marker);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  const [failing, setFailing] = useState(false);
  const [, startTransition] = useTransition();
  const [clock, setClock] = useState(() => Date.now());

  useEffect(() => {
    // A re-render after the user's own action brings a newer marker: no need to refresh for it again.
    known.current = marker;
  }, [marker]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let failures = 0;
    const schedule = (delay: number) => {
      clearTimeout(timer);
      if (!stopped) timer = setTimeout(() => void poll(), delay);
    };
    const poll = async () => {
      if (document.visibilityState !== "visible") return schedule(hiddenInterval);
      try {
        const response = await fetch(`/api/queue/changes?since=${encodeURIComponent(known.current)}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { marker: string };
        failures = 0;
        setFailing(false);
        if (body.marker !== known.current) {
          known.current = body.marker;
          startTransition(() => router.refresh());
          setUpdatedAt(Date.now());
        }
      } catch {
        failures += 1;
        setFailing(failures >= 2);
      }
      schedule(failures ? Math.min(maxErrorInterval, visibleInterval * 2 ** failures) : visibleInterval);
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") schedule(0);
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule(visibleInterval);
    const tick = setInterval(() => setClock(Date.now()), 15_000);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(tick);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [router]);

  const label = failing ? "Reconnecting…" : updatedAt === null ? "Live" : `Updated ${sinceLabel(Math.max(0, clock - updatedAt))}`;
  return (
    <p role="status" data-testid="live-updates" className={cn("flex items-center gap-1.5 text-xs text-slate-500", className)}>
      <span className={cn("h-2 w-2 rounded-full", failing ? "bg-amber-500" : "bg-emerald-500")} aria-hidden="true" />
      {label}
    </p>
  );
}

function sinceLabel(ms: number): string {
  if (ms < 45_000) return "just now";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.round(minutes / 60)} h ago`;
}
