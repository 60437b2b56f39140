import type { Role } from "@/server/repositories/users";

/**
 * The claim workflow as data: which status may follow which, and who may move it. Services check
 * every transition against this table; the UI uses it to show only the actions that will succeed.
 *
 * new ─assign/take─► assigned ─start─► in_research ─submit─► ready_for_review ─approve─► approved ─publish─► published
 *                       ▲                   ▲                      │
 *                       └──unassign         └──────rework──── changes_requested ◄─request_changes
 * Any open claim can be marked not_check_worthy (and reopened to new).
 */
export const claimStatuses = [
  "new",
  "assigned",
  "in_research",
  "ready_for_review",
  "changes_requested",
  "approved",
  "published",
  "not_check_worthy",
] as const;

export type ClaimStatus = (typeof claimStatuses)[number];

export type WorkflowAction =
  | "assign"
  | "unassign"
  | "start_research"
  | "submit_for_review"
  | "request_changes"
  | "rework"
  | "approve"
  | "publish"
  | "unpublish"
  | "mark_not_check_worthy"
  | "reopen";

interface TransitionRule {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  /** The lowest role that may take this action. */
  role: Role;
  /** Who among those may: anyone with the role, only the assignee, or anyone but the verdict's author. */
  actor: "anyone" | "assignee" | "not_author";
}

export const transitions: Record<WorkflowAction, TransitionRule> = {
  assign: { from: ["new", "assigned", "in_research", "changes_requested"], to: "assigned", role: "fact_checker", actor: "anyone" },
  unassign: { from: ["assigned", "in_research"], to: "new", role: "fact_checker", actor: "anyone" },
  start_research: { from: ["assigned"], to: "in_research", role: "fact_checker", actor: "assignee" },
  submit_for_review: { from: ["assigned", "in_research", "changes_requested"], to: "ready_for_review", role: "fact_checker", actor: "assignee" },
  request_changes: { from: ["ready_for_review"], to: "changes_requested", role: "fact_checker", actor: "not_author" },
  rework: { from: ["changes_requested"], to: "in_research", role: "fact_checker", actor: "assignee" },
  approve: { from: ["ready_for_review"], to: "approved", role: "editor", actor: "not_author" },
  publish: { from: ["approved"], to: "published", role: "editor", actor: "anyone" },
  unpublish: { from: ["published"], to: "approved", role: "editor", actor: "anyone" },
  mark_not_check_worthy: { from: ["new", "assigned", "in_research"], to: "not_check_worthy", role: "fact_checker", actor: "anyone" },
  reopen: { from: ["not_check_worthy"], to: "new", role: "fact_checker", actor: "anyone" },
};

const roleRank: Record<Role, number> = { viewer: 0, fact_checker: 1, editor: 2, admin: 3 };

export interface TransitionContext {
  status: ClaimStatus;
  role: Role;
  userId: string;
  assigneeId: string | null;
  /** Who wrote the current verdict, if there is one. */
  verdictAuthorId: string | null;
}

/** Null when the action is allowed, else the reason to show the user. */
export function transitionRefusal(action: WorkflowAction, context: TransitionContext): string | null {
  const rule = transitions[action];
  if (roleRank[context.role] < roleRank[rule.role]) return `Your role cannot ${describe(action)}.`;
  if (!rule.from.includes(context.status)) return `A claim that is ${context.status.replaceAll("_", " ")} cannot be ${pastTense(action)}.`;
  if (rule.actor === "assignee" && context.assigneeId !== context.userId) return "Only the fact-checker assigned to this claim can do that.";
  if (rule.actor === "not_author" && context.verdictAuthorId === context.userId) {
    return "The second review must be done by someone other than the verdict's author.";
  }
  return null;
}

export function allowedActions(context: TransitionContext): WorkflowAction[] {
  return (Object.keys(transitions) as WorkflowAction[]).filter((action) => transitionRefusal(action, context) === null);
}

function describe(action: WorkflowAction): string {
  return action.replaceAll("_", " ");
}

function pastTense(action: WorkflowAction): string {
  const words: Record<WorkflowAction, string> = {
    assign: "assigned",
    unassign: "unassigned",
    start_research: "put into research",
    submit_for_review: "submitted for review",
    request_changes: "sent back for changes",
    rework: "reworked",
    approve: "approved",
    publish: "published",
    unpublish: "unpublished",
    mark_not_check_worthy: "marked not check-worthy",
    reopen: "reopened",
  };
  return words[action];
}
