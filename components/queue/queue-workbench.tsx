"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useRef, useState, useTransition, type ReactNode } from "react";
import { Inbox, Keyboard, UserPlus } from "lucide-react";
import { bulkAssignClaimsAction, takeNextClaimAction } from "@/server/actions/queue";
import { claimKindLabel, claimStatusLabel } from "@/components/claims/claim-labels";
import { ShortcutHelpDialog } from "@/components/keyboard/shortcut-help-dialog";
import { useShortcuts } from "@/components/keyboard/shortcuts";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/alert";
import type { FormState } from "@/server/actions/form-state";
import type { QueueItemDto } from "@/server/repositories/queue";
import { ageLabel } from "./age";

export interface QueueWorkbenchProps {
  header: ReactNode;
  view: string;
  items: QueueItemDto[];
  /** Server time of this render: ages are counted from it so server and browser agree. */
  now: string;
  canTake: boolean;
  /** Editors and admins assign a selection to someone. */
  canAssign: boolean;
  assignees: { id: string; name: string }[];
  /** The current filters and sort, sent with "Take next". */
  takeParams: Record<string, string>;
  showAssignee: boolean;
  empty: { title: string; hint: string };
  footer?: ReactNode;
  /** Tabs and filters, between the header and the list. */
  children?: ReactNode;
}

const shortcutHelp = [
  { keys: ["n"], description: "Take the next claim" },
  { keys: ["j", "k"], description: "Move down / up the list" },
  { keys: ["x"], description: "Select or unselect the claim" },
  { keys: ["Enter"], description: "Open the claim" },
  { keys: ["?"], description: "Show these shortcuts" },
];

export function QueueWorkbench(props: QueueWorkbenchProps) {
  const { items, canAssign } = props;
  const router = useRouter();
  const list = useRef<HTMLUListElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [takeError, setTakeError] = useState<string | null>(null);
  const [taking, startTaking] = useTransition();
  const [assignState, assignAction, assigning] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await bulkAssignClaimsAction(previous, formData);
    if (result.success) setSelected(new Set());
    return result;
  }, {});

  // Live refreshes replace the items; a selected claim that left the view is no longer selected.
  const visibleSelection = items.filter((item) => selected.has(item.id));
  const allSelected = items.length > 0 && visibleSelection.length === items.length;

  const takeNext = () => {
    if (!props.canTake || taking) return;
    setTakeError(null);
    startTaking(async () => {
      const formData = new FormData();
      for (const [key, value] of Object.entries(props.takeParams)) formData.set(key, value);
      const result = await takeNextClaimAction(formData);
      if (result.data?.claimId) router.push(`/claims/${result.data.claimId}`);
      else setTakeError(result.error ?? "Nothing to take.");
    });
  };

  const toggle = (index: number, extendRange: boolean) => {
    const item = items[index];
    if (!item) return;
    const select = !selected.has(item.id);
    const next = new Set(selected);
    const [from, to] = extendRange && anchor !== null ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
    for (const each of items.slice(from, to + 1)) {
      if (select) next.add(each.id);
      else next.delete(each.id);
    }
    setSelected(next);
    setAnchor(index);
  };

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>("a[data-queue-link]") ?? [])];
  const focusedIndex = () => links().findIndex((link) => link === document.activeElement);
  const move = (step: number) => {
    const all = links();
    if (!all.length) return;
    const current = focusedIndex();
    const next = current < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, current + step));
    all[next]?.focus();
    all[next]?.scrollIntoView({ block: "nearest" });
  };

  useShortcuts([
    { key: "n", description: "Take the next claim", run: takeNext },
    { key: "j", description: "Next claim", run: () => move(1) },
    { key: "k", description: "Previous claim", run: () => move(-1) },
    { key: "x", description: "Select the claim", run: () => canAssign && toggle(Math.max(0, focusedIndex()), false) },
    { key: "?", description: "Shortcuts", run: () => setHelpOpen(true) },
  ]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">{props.header}</div>
        <div className="flex items-center gap-2">
          <span className="hidden sm:block">
            <Button variant="ghost" size="sm" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts">
              <Keyboard className="h-4 w-4" aria-hidden="true" />
            </Button>
          </span>
          {props.canTake ? (
            <Button onClick={takeNext} disabled={taking} aria-keyshortcuts="n">
              {taking ? "Taking…" : "Take next"}
              <kbd className="rounded border border-white/40 px-1.5 font-mono text-xs" aria-hidden="true">
                n
              </kbd>
            </Button>
          ) : null}
        </div>
      </div>
      {takeError ? <FormMessage tone="error">{takeError}</FormMessage> : null}
      {props.children}

      {items.length === 0 ? (
        <Card className="flex flex-col items-center px-6 py-12 text-center" data-testid="queue-empty">
          <Inbox className="h-9 w-9 text-slate-300" aria-hidden="true" />
          <p className="mt-3 font-medium text-slate-900">{props.empty.title}</p>
          <p className="mt-1 max-w-md text-sm text-slate-500">{props.empty.hint}</p>
        </Card>
      ) : (
        <Card className="overflow-hidden">
          {canAssign ? (
            <div className="flex items-center gap-3 border-b border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-600">
              <input
                id="queue-select-all"
                type="checkbox"
                className="h-4 w-4 rounded border-slate-300 accent-accent-600"
                checked={allSelected}
                ref={(input) => {
                  if (input) input.indeterminate = visibleSelection.length > 0 && !allSelected;
                }}
                onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((item) => item.id)))}
              />
              <label htmlFor="queue-select-all">{visibleSelection.length ? `${visibleSelection.length} selected` : "Select all on this page"}</label>
              <span className="ml-auto hidden text-xs text-slate-500 sm:inline">Shift-click to select a range</span>
            </div>
          ) : null}
          <ul ref={list} className="divide-y divide-slate-100" aria-label="Claims in this view" data-testid="queue-list">
            {items.map((item, index) => (
              <QueueRow
                key={item.id}
                item={item}
                view={props.view}
                now={props.now}
                showAssignee={props.showAssignee}
                selectable={canAssign}
                selected={selected.has(item.id)}
                onToggle={(extendRange) => toggle(index, extendRange)}
              />
            ))}
          </ul>
        </Card>
      )}
      {props.footer}

      {canAssign && visibleSelection.length > 0 ? (
        <form
          action={assignAction}
          className="sticky bottom-4 z-20 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
          aria-label="Assign the selected claims"
        >
          <input type="hidden" name="claims" value={JSON.stringify(visibleSelection.map((item) => ({ id: item.id, version: item.version })))} />
          <span className="text-sm font-medium text-slate-800">{visibleSelection.length} selected</span>
          <label htmlFor="bulk-assignee" className="sr-only">
            Assign to
          </label>
          <select
            id="bulk-assignee"
            name="assigneeId"
            required
            defaultValue=""
            className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 sm:max-w-60"
          >
            <option value="" disabled>
              Assign to…
            </option>
            {props.assignees.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
          <Button type="submit" size="sm" disabled={assigning}>
            <UserPlus className="h-4 w-4" aria-hidden="true" /> {assigning ? "Assigning…" : "Assign"}
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            Clear
          </Button>
        </form>
      ) : null}
      {assignState.error || assignState.success ? (
        <FormMessage tone={assignState.error ? "error" : "success"}>{assignState.error ?? assignState.success}</FormMessage>
      ) : null}
      <ShortcutHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} shortcuts={shortcutHelp} />
    </div>
  );
}

function QueueRow(props: {
  item: QueueItemDto;
  view: string;
  now: string;
  showAssignee: boolean;
  selectable: boolean;
  selected: boolean;
  onToggle: (extendRange: boolean) => void;
}) {
  const { item } = props;
  const score = Math.round(item.score * 100);
  const age = ageLabel(item.statusChangedAt, props.now);
  return (
    <li className={cn("flex gap-3 px-4 py-3 sm:px-5", props.selected && "bg-accent-50 shadow-[inset_3px_0_0_var(--color-accent-600)]")} data-claim-id={item.id}>
      {props.selectable ? (
        <input
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300 accent-accent-600"
          aria-label={`Select: ${item.text.slice(0, 80)}`}
          checked={props.selected}
          onChange={(event) => props.onToggle((event.nativeEvent as MouseEvent).shiftKey)}
        />
      ) : null}
      <span
        className="mt-0.5 flex h-6 w-9 shrink-0 items-center justify-center rounded-md bg-amber-50 text-xs font-semibold tabular-nums text-amber-900 ring-1 ring-inset ring-amber-200"
        title="Check-worthiness"
      >
        <span className="sr-only">Check-worthiness </span>
        {score}
      </span>
      <div className="min-w-0 flex-1">
        <Link
          href={`/claims/${item.id}`}
          data-queue-link
          className="block break-words text-sm text-slate-900 hover:text-accent-700 hover:underline focus-visible:underline"
        >
          {item.text}
        </Link>
        <p className={cn("mt-1.5 flex flex-wrap items-center gap-x-2.5 gap-y-1 text-xs", props.selected ? "text-slate-600" : "text-slate-500")}>
          <Badge>{claimKindLabel[item.kind] ?? item.kind}</Badge>
          {props.view === "mine" || props.view === "review" ? (
            <Badge tone={item.status === "changes_requested" ? "amber" : item.status === "ready_for_review" ? "sky" : "slate"}>
              {claimStatusLabel[item.status] ?? item.status}
            </Badge>
          ) : null}
          {item.verdictLabel && props.view === "published" ? <Badge tone="accent">{item.verdictLabel}</Badge> : null}
          {item.speakerName ? <span className="font-medium text-slate-700">{item.speakerName}</span> : null}
          <span className="min-w-0 max-w-full truncate">
            in{" "}
            <Link
              href={`/articles/${item.articleId}#claim-${item.id}`}
              className="text-slate-600 underline decoration-slate-300 underline-offset-2 hover:text-accent-700"
            >
              {item.articleTitle}
            </Link>
          </span>
          <span>{props.view === "published" ? `published ${age} ago` : `waiting ${age}`}</span>
          {props.showAssignee ? <span>{item.assigneeName ? `by ${item.assigneeName}` : "unassigned"}</span> : null}
          {props.view === "review" && item.verdictAuthorName ? <span>verdict by {item.verdictAuthorName}</span> : null}
        </p>
      </div>
    </li>
  );
}
