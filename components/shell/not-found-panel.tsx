import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export function NotFoundPanel() {
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-accent-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="mt-2 max-w-md text-sm text-slate-500">There is nothing here, or it belongs to a team you are not in.</p>
      <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
        Back to articles
      </Link>
    </div>
  );
}
