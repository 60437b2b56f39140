import type { MemberWorkloadDto } from "@/server/repositories/dashboard";

const roleLabel: Record<string, string> = { admin: "Admin", editor: "Editor", fact_checker: "Fact-checker", viewer: "Viewer" };

const columns: { key: keyof Pick<MemberWorkloadDto, "assigned" | "inResearch" | "changesRequested" | "awaitingReview" | "reviewsWaiting">; label: string }[] = [
  { key: "assigned", label: "Assigned" },
  { key: "inResearch", label: "In research" },
  { key: "changesRequested", label: "Changes requested" },
  { key: "awaitingReview", label: "Submitted, in review" },
  { key: "reviewsWaiting", label: "Reviews waiting" },
];

/** Each member's open work; scrolls sideways inside its card on a phone rather than widening the page. */
export function MemberWorkload({ members }: { members: MemberWorkloadDto[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Open work per member">
      <table className="w-full min-w-[40rem] text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
            <th scope="col" className="px-5 py-2 font-medium">
              Member
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="px-3 py-2 text-right font-medium">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => {
            const open = member.assigned + member.inResearch + member.changesRequested;
            return (
              <tr key={member.userId}>
                <th scope="row" className="px-5 py-2.5 text-left font-normal">
                  <span className="block font-medium text-slate-900">{member.name}</span>
                  <span className="text-xs text-slate-500">
                    {roleLabel[member.role] ?? member.role}
                    {open ? ` · ${open} open` : ""}
                  </span>
                </th>
                {columns.map((column) => (
                  <td
                    key={column.key}
                    className={`px-3 py-2.5 text-right tabular-nums ${member[column.key] ? "font-medium text-slate-900" : "text-slate-500"}`}
                  >
                    {member[column.key]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
