"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { claimWorkflowAction } from "@/server/actions/workflow";
import type { ReviewDto } from "@/server/repositories/reviews";
import type { ClaimReviewViewDto } from "@/server/services/claim-review-view";
import type { WorkflowAction } from "@/server/services/claim-workflow";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { formatDateTime } from "@/components/format";
import { claimStatusLabel, claimStatusTone } from "@/components/claims/claim-labels";
import { useFormAction } from "@/components/claims/use-form-action";

export interface WorkflowPanelProps {
  claimId: string;
  currentUserId: string;
  /** Editors and admins assign claims to anyone; fact-checkers only take them. */
  canAssignOthers: boolean;
  workflow: ClaimReviewViewDto["workflow"];
  allowedActions: WorkflowAction[];
  assignableMembers: { id: string; name: string }[];
  /** The latest approval or request for changes. */
  lastDecision: ReviewDto | null;
  /** On a blind-review team: the viewer could review once they have given their own rating. */
  mustRateFirst: boolean;
}

// The buttons in the order a desk works through them; the first allowed "next step" gets the primary style.
const buttons: { action: WorkflowAction; label: string; primary?: boolean; danger?: boolean }[] = [
  { action: "start_research", label: "Start research", primary: true },
  { action: "submit_for_review", label: "Submit for review", primary: true },
  { action: "rework", label: "Rework", primary: true },
  { action: "approve", label: "Approve", primary: true },
  { action: "publish", label: "Publish", primary: true },
  { action: "unpublish", label: "Unpublish" },
  { action: "reopen", label: "Reopen" },
];

/**
 * The claim's place in the workflow (status, assignee, reviewer) and the steps this user can take now,
 * as computed on the server with the same rules the services apply.
 */
export function WorkflowPanel({ claimId, currentUserId, canAssignOthers, workflow, allowedActions, assignableMembers, lastDecision, mustRateFirst }: WorkflowPanelProps) {
  const id = useId();
  const router = useRouter();
  const [requesting, setRequesting] = useState(false);
  const { state, pending, onSubmit, clear } = useFormAction(claimWorkflowAction, { onSuccess: () => setRequesting(false) });
  const can = (action: WorkflowAction) => allowedActions.includes(action);
  const isAssignee = workflow.assigneeId === currentUserId;
  const stale = state.error?.startsWith("This claim was changed by") ?? false;
  const hidden = (
    <>
      <input type="hidden" name="claimId" value={claimId} />
      <input type="hidden" name="version" value={workflow.version} />
    </>
  );
  const stepButtons = buttons.filter((button) => can(button.action));
  const primary = stepButtons.find((button) => button.primary)?.action;
  const hint = nextStepHint(workflow, { isAssignee, currentUserId, mustRateFirst, hasActions: allowedActions.length > 0 });

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4" data-testid="workflow-panel">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          Workflow
        </h2>
        <Badge tone={claimStatusTone[workflow.status]} className="px-2.5 py-1 text-sm">
          <span data-testid="workflow-status">{claimStatusLabel[workflow.status] ?? workflow.status}</span>
        </Badge>
      </div>

      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-slate-500">Assignee</dt>
        <dd className="min-w-0 break-words font-medium text-slate-800" data-testid="workflow-assignee">
          {workflow.assigneeName ? `${workflow.assigneeName}${isAssignee ? " (you)" : ""}` : <span className="font-normal text-slate-500">Nobody yet</span>}
        </dd>
        {workflow.verdictAuthorName ? (
          <>
            <dt className="text-slate-500">Verdict by</dt>
            <dd className="min-w-0 break-words text-slate-800">{workflow.verdictAuthorName}</dd>
          </>
        ) : null}
        <dt className="text-slate-500">{workflow.status === "approved" || workflow.status === "published" ? "Approved by" : "Reviewer"}</dt>
        <dd className="min-w-0 break-words text-slate-800" data-testid="workflow-reviewer">
          {workflow.reviewerName ?? <span className="text-slate-500">{workflow.status === "ready_for_review" ? "Waiting for a second reviewer" : "—"}</span>}
        </dd>
        {workflow.publishedAt ? (
          <>
            <dt className="text-slate-500">Published</dt>
            <dd className="text-slate-800">{formatDateTime(workflow.publishedAt)}</dd>
          </>
        ) : null}
        {workflow.blindReview ? (
          <>
            <dt className="text-slate-500">Review</dt>
            <dd className="text-slate-800">Blind second review</dd>
          </>
        ) : null}
      </dl>

      {lastDecision && lastDecision.decision === "request_changes" && workflow.status === "changes_requested" ? (
        <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="change-request">
          <p className="font-medium">Changes requested by {lastDecision.reviewerName ?? "a former member"}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{lastDecision.comment}</p>
        </div>
      ) : null}

      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}

      {can("assign") ? (
        canAssignOthers ? (
          <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label="Assign the claim">
            {hidden}
            <input type="hidden" name="action" value="assign" />
            <div className="min-w-0 flex-1 basis-40">
              <label htmlFor={`${id}-assignee`} className="mb-1 block text-sm font-medium text-slate-700">
                {workflow.assigneeId ? "Reassign to" : "Assign to"}
              </label>
              <Select id={`${id}-assignee`} name="assigneeId" defaultValue={workflow.assigneeId ?? currentUserId}>
                {assignableMembers.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                    {member.id === currentUserId ? " (you)" : ""}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit" variant={workflow.status === "new" ? "primary" : "secondary"} disabled={pending}>
              Assign
            </Button>
          </form>
        ) : (
          <form onSubmit={onSubmit}>
            {hidden}
            <input type="hidden" name="action" value="assign" />
            <input type="hidden" name="assigneeId" value={currentUserId} />
            <Button type="submit" disabled={pending}>
              Take this claim
            </Button>
          </form>
        )
      ) : null}

      {stepButtons.length > 0 || can("request_changes") ? (
        <div className="flex flex-wrap gap-2">
          {stepButtons.map((button) => (
            <form key={button.action} onSubmit={onSubmit}>
              {hidden}
              <input type="hidden" name="action" value={button.action} />
              <Button type="submit" variant={button.action === primary ? "primary" : "secondary"} disabled={pending}>
                {button.label}
              </Button>
            </form>
          ))}
          {can("request_changes") && !requesting ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                clear();
                setRequesting(true);
              }}
            >
              Request changes
            </Button>
          ) : null}
        </div>
      ) : null}

      {requesting && can("request_changes") ? (
        <form onSubmit={onSubmit} className="space-y-2 rounded-lg border border-amber-200 bg-amber-50/40 p-3" aria-label="Request changes">
          {hidden}
          <input type="hidden" name="action" value="request_changes" />
          <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-slate-700">
            What has to change?
          </label>
          <Textarea id={`${id}-comment`} name="comment" rows={4} maxLength={10_000} required autoFocus aria-describedby={`${id}-comment-hint`} />
          <p id={`${id}-comment-hint`} className="text-xs text-slate-500">
            The fact-checker sees this with the claim and reworks it from there.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => setRequesting(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? "Sending…" : "Send back for changes"}
            </Button>
          </div>
        </form>
      ) : null}

      {(can("unassign") || can("mark_not_check_worthy")) && (
        <div className="flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-100 pt-3 text-sm">
          {can("unassign") ? (
            <form onSubmit={onSubmit}>
              {hidden}
              <input type="hidden" name="action" value="unassign" />
              <button type="submit" className="font-medium text-accent-700 hover:underline disabled:opacity-60" disabled={pending}>
                {isAssignee ? "Give it back to the pool" : "Unassign"}
              </button>
            </form>
          ) : null}
          {can("mark_not_check_worthy") ? (
            <form onSubmit={onSubmit}>
              {hidden}
              <input type="hidden" name="action" value="mark_not_check_worthy" />
              <button type="submit" className="font-medium text-slate-700 hover:underline disabled:opacity-60" disabled={pending}>
                Not check-worthy
              </button>
            </form>
          ) : null}
        </div>
      )}

      {state.error ? (
        <div className="space-y-2">
          <FormMessage tone="error">{state.error}</FormMessage>
          {stale ? (
            <Button
              type="button"
              size="sm"
              variant="secondary"
              onClick={() => {
                clear();
                router.refresh();
              }}
            >
              Show the current state
            </Button>
          ) : null}
        </div>
      ) : state.success ? (
        <FormMessage tone="success">{state.success}</FormMessage>
      ) : null}
    </section>
  );
}

function nextStepHint(
  workflow: ClaimReviewViewDto["workflow"],
  viewer: { isAssignee: boolean; currentUserId: string; mustRateFirst: boolean; hasActions: boolean },
): string | null {
  switch (workflow.status) {
    case "new":
      return viewer.hasActions ? "Nobody is checking this claim yet." : null;
    case "assigned":
    case "in_research":
      if (viewer.isAssignee) return workflow.hasVerdict ? "Submit it for review when the verdict and its sources are complete." : "Attach sources and give the verdict, then submit it for review.";
      return `${workflow.assigneeName ?? "A fact-checker"} is researching it.`;
    case "ready_for_review":
      if (viewer.mustRateFirst) return "Your team reviews blind: give your own rating in the verdict section first.";
      if (workflow.verdictAuthorId === viewer.currentUserId || viewer.isAssignee) return "Waiting for a second reviewer: someone other than the verdict's author approves it or requests changes.";
      return viewer.hasActions ? "Check the verdict and its sources, then approve it or request changes." : "Waiting for an editor to review it.";
    case "changes_requested":
      return viewer.isAssignee ? "Rework the verdict, then submit it for review again." : null;
    case "approved":
      return viewer.hasActions ? "Approved: ready to publish." : "Approved, not yet published.";
    default:
      return null;
  }
}
