"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const links = [
  { href: "/", label: "Articles", match: (path: string) => path === "/" || path.startsWith("/articles") },
  { href: "/speakers", label: "Speakers", match: (path: string) => path.startsWith("/speakers") },
  { href: "/import", label: "Import", match: (path: string) => path.startsWith("/import") },
  // On a phone Settings stays in the account menu, leaving the bar room for the work pages.
  { href: "/settings", label: "Settings", match: (path: string) => path.startsWith("/settings"), wideOnly: true },
];

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex min-w-0 items-center gap-0.5 sm:gap-1">
      {links.map((link) => {
        const active = link.match(pathname);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-md px-2 py-1.5 text-sm font-medium sm:px-2.5",
              "wideOnly" in link && "hidden sm:block",
              active ? "bg-slate-100 text-slate-900" : "text-slate-600 hover:bg-slate-50 hover:text-slate-900",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
