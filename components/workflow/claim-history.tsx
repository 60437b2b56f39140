import type { ClaimHistoryEntryDto } from "@/server/services/claim-history";
import { formatDateTime } from "@/components/format";

/** Who did what to the claim and when, oldest first, from the audit log. */
export function ClaimHistory({ entries }: { entries: ClaimHistoryEntryDto[] }) {
  return (
    <section aria-labelledby="claim-history" className="space-y-3">
      <h2 id="claim-history" className="text-base font-semibold text-slate-900">
        History
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing has happened to this claim yet.</p>
      ) : (
        <ol className="space-y-3 border-l border-slate-200 pl-4" data-testid="claim-history">
          {entries.map((entry) => (
            <li key={entry.id} className="relative text-sm">
              <span className="absolute -left-[21px] top-1.5 h-2 w-2 rounded-full bg-slate-300" aria-hidden="true" />
              <p className="break-words text-slate-700" data-testid="history-line">
                <span className="font-medium text-slate-900">{entry.actor}</span> {entry.what}
              </p>
              {entry.detail ? <p className="mt-1 line-clamp-4 whitespace-pre-wrap break-words border-l-2 border-slate-200 pl-2 text-slate-600">{entry.detail}</p> : null}
              <p className="mt-0.5 text-xs text-slate-500">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
