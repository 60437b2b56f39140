"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { MoreHorizontal } from "lucide-react";
import { cn } from "@/components/ui/cn";

interface NavLink {
  href: string;
  label: string;
  match: (path: string) => boolean;
}

// The daily work pages stay in the bar at every width; the others move into "More" until the bar
// is wide enough for all of them. Settings lives in the account menu.
const primaryLinks: NavLink[] = [
  { href: "/", label: "Articles", match: (path) => path === "/" || path.startsWith("/articles") },
  { href: "/queue", label: "Queue", match: (path) => path.startsWith("/queue") },
];

const secondaryLinks: NavLink[] = [
  { href: "/dashboard", label: "Dashboard", match: (path) => path.startsWith("/dashboard") },
  { href: "/speakers", label: "Speakers", match: (path) => path.startsWith("/speakers") },
  { href: "/import", label: "Import", match: (path) => path.startsWith("/import") },
];

const linkClass = (active: boolean) =>
  cn(
    "rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap sm:px-2.5",
    active ? "bg-slate-100 text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
  );

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex min-w-0 items-center gap-0.5 sm:gap-1">
      {primaryLinks.map((link) => (
        <Link key={link.href} href={link.href} aria-current={link.match(pathname) ? "page" : undefined} className={linkClass(link.match(pathname))}>
          {link.label}
        </Link>
      ))}
      {secondaryLinks.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.match(pathname) ? "page" : undefined}
          className={cn(linkClass(link.match(pathname)), "hidden xl:block")}
        >
          {link.label}
        </Link>
      ))}
      <MoreLinks pathname={pathname} />
    </nav>
  );
}

function MoreLinks({ pathname }: { pathname: string }) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const activeInside = secondaryLinks.some((link) => link.match(pathname));

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={container} className="relative xl:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="more-pages"
        onClick={() => setOpen((value) => !value)}
        className={cn(
          "flex items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium",
          activeInside || open ? "bg-slate-100 text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
        )}
      >
        <MoreHorizontal className="h-4 w-4 sm:hidden" aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">More</span>
        <span className="sr-only sm:hidden"> pages</span>
      </button>
      {open ? (
        <ul id="more-pages" className="absolute left-0 z-40 mt-2 w-48 rounded-lg border border-slate-200 bg-white p-1 shadow-lg" aria-label="More pages">
          {secondaryLinks.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={link.match(pathname) ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={cn(
                  "block rounded-md px-3 py-2 text-sm",
                  link.match(pathname) ? "bg-slate-100 font-medium text-slate-900" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
