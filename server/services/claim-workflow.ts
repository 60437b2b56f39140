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

export const workflowActions = [
  "assign",
  "unassign",
  "start_research",
  "submit_for_review",
  "request_changes",
  "rework",
  "approve",
  "publish",
  "unpublish",
  "mark_not_check_worthy",
  "reopen",
] as const satisfies readonly WorkflowAction[];

/**
 * Who among the users with the role may act: anyone; only the assignee; anyone but the verdict's author
 * and the assignee (the second pair of eyes); the assignee or an editor; for assignment, a fact-checker
 * only takes an unassigned claim for themselves while editors assign anyone.
 */
type Actor = "anyone" | "assignee" | "second_reviewer" | "assignee_or_editor" | "self_unless_editor";

interface TransitionRule {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  /** The lowest role that may take this action. */
  role: Role;
  actor: Actor;
  /** The claim must have a verdict (nothing to review without one). */
  needsVerdict?: boolean;
  /** A reviewer's decision: on a blind-review team it waits until they have given their own rating. */
  review?: boolean;
}

export const transitions: Record<WorkflowAction, TransitionRule> = {
  assign: { from: ["new", "assigned", "in_research", "changes_requested"], to: "assigned", role: "fact_checker", actor: "self_unless_editor" },
  unassign: { from: ["assigned", "in_research"], to: "new", role: "fact_checker", actor: "assignee_or_editor" },
  start_research: { from: ["assigned"], to: "in_research", role: "fact_checker", actor: "assignee" },
  submit_for_review: { from: ["assigned", "in_research", "changes_requested"], to: "ready_for_review", role: "fact_checker", actor: "assignee", needsVerdict: true },
  request_changes: { from: ["ready_for_review"], to: "changes_requested", role: "fact_checker", actor: "second_reviewer", review: true },
  rework: { from: ["changes_requested"], to: "in_research", role: "fact_checker", actor: "assignee" },
  approve: { from: ["ready_for_review"], to: "approved", role: "editor", actor: "second_reviewer", needsVerdict: true, review: true },
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
  /** Defaults to true when there is a verdict author. */
  hasVerdict?: boolean;
  /** True on a blind-review team while this user has not given their own rating of the verdict. */
  blindRatingPending?: boolean;
  /** For assign: whom the claim goes to (the user themselves when absent). */
  targetUserId?: string;
}

/** Why an action is refused: the user's role or person, the claim's state, or something missing first. */
export type RefusalKind = "role" | "actor" | "state" | "precondition";

export interface TransitionRefusal {
  kind: RefusalKind;
  message: string;
}

export const secondReviewerMessage = "The second review must be done by someone other than the verdict's author.";

/** Null when the action is allowed, else what kind of refusal it is and the reason to show the user. */
export function checkTransition(action: WorkflowAction, context: TransitionContext): TransitionRefusal | null {
  const rule = transitions[action];
  if (roleRank[context.role] < roleRank[rule.role]) return { kind: "role", message: `Your role cannot ${describe(action)}.` };
  if (!rule.from.includes(context.status)) return { kind: "state", message: `A claim that is ${context.status.replaceAll("_", " ")} cannot be ${pastTense(action)}.` };
  const actorRefusal = checkActor(rule.actor, context);
  if (actorRefusal) return { kind: "actor", message: actorRefusal };
  const hasVerdict = context.hasVerdict ?? context.verdictAuthorId !== null;
  if (rule.needsVerdict && !hasVerdict) return { kind: "precondition", message: "Give the verdict before submitting the claim for review." };
  if (rule.review && context.blindRatingPending) {
    return { kind: "precondition", message: "Your team reviews blind: give your own rating of the claim before deciding on the verdict." };
  }
  return null;
}

function checkActor(actor: Actor, context: TransitionContext): string | null {
  const isEditor = roleRank[context.role] >= roleRank.editor;
  switch (actor) {
    case "anyone":
      return null;
    case "assignee":
      return context.assigneeId === context.userId ? null : "Only the fact-checker assigned to this claim can do that.";
    case "assignee_or_editor":
      return context.assigneeId === context.userId || isEditor ? null : "Only the fact-checker assigned to this claim or an editor can do that.";
    case "second_reviewer":
      if (context.verdictAuthorId === context.userId) return secondReviewerMessage;
      return context.assigneeId === context.userId ? "The second review must be done by someone other than the fact-checker assigned to the claim." : null;
    case "self_unless_editor":
      if (isEditor) return null;
      if ((context.targetUserId ?? context.userId) !== context.userId) return "Fact-checkers can only take claims for themselves; an editor assigns them to others.";
      return context.assigneeId === null ? null : "This claim is already assigned; an editor can reassign it.";
  }
}

/** Null when the action is allowed, else the reason to show the user. */
export function transitionRefusal(action: WorkflowAction, context: TransitionContext): string | null {
  return checkTransition(action, context)?.message ?? null;
}

export function allowedActions(context: TransitionContext): WorkflowAction[] {
  return workflowActions.filter((action) => checkTransition(action, context) === null);
}

// The verdict may change while the claim is being researched; once submitted it is the reviewer's to judge.
const verdictEditableStatuses: readonly ClaimStatus[] = ["new", "assigned", "in_research", "changes_requested"];

/**
 * Null when the user may give or change the claim's verdict, else why not. An unassigned claim is open to
 * any fact-checker (saving it makes them the assignee); an assigned one to its assignee and to editors.
 */
export function checkVerdictEdit(context: Pick<TransitionContext, "status" | "role" | "userId" | "assigneeId"> & { assigneeName?: string | null }): TransitionRefusal | null {
  if (roleRank[context.role] < roleRank.fact_checker) return { kind: "role", message: "Your role cannot give verdicts." };
  if (!verdictEditableStatuses.includes(context.status)) {
    const message =
      context.status === "ready_for_review"
        ? "The verdict is waiting for its second review: it can change again if the reviewer requests changes."
        : context.status === "not_check_worthy"
          ? "This claim is marked not check-worthy: reopen it before giving a verdict."
          : "The verdict has been approved and can no longer be changed.";
    return { kind: "state", message };
  }
  if (context.assigneeId === null || context.assigneeId === context.userId || roleRank[context.role] >= roleRank.editor) return null;
  return { kind: "actor", message: `This claim is assigned to ${context.assigneeName ?? "another fact-checker"}: only they or an editor can change its verdict.` };
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
