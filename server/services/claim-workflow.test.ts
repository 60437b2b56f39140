import { describe, expect, it } from "vitest";
import { allowedActions, checkTransition, checkVerdictEdit, transitionRefusal, type TransitionContext } from "./claim-workflow";

const base: TransitionContext = { status: "new", role: "fact_checker", userId: "u1", assigneeId: null, verdictAuthorId: null };

describe("claim workflow rules", () => {
  it("lets a fact-checker take a new claim and research it, but only the assignee", () => {
    expect(transitionRefusal("assign", base)).toBeNull();
    expect(transitionRefusal("start_research", { ...base, status: "assigned", assigneeId: "u2" })).toBe("Only the fact-checker assigned to this claim can do that.");
    expect(transitionRefusal("start_research", { ...base, status: "assigned", assigneeId: "u1" })).toBeNull();
  });

  it("refuses approval by the verdict's author and by fact-checkers", () => {
    const ready = { ...base, status: "ready_for_review" as const, assigneeId: "u1", verdictAuthorId: "u1" };
    expect(transitionRefusal("approve", { ...ready, role: "editor" })).toBe("The second review must be done by someone other than the verdict's author.");
    expect(transitionRefusal("approve", { ...ready, userId: "u2" })).toBe("Your role cannot approve.");
    expect(transitionRefusal("approve", { ...ready, userId: "u2", role: "editor" })).toBeNull();
  });

  it("refuses moves from the wrong state and viewers entirely", () => {
    expect(transitionRefusal("publish", { ...base, role: "editor" })).toBe("A claim that is new cannot be published.");
    expect(allowedActions({ ...base, role: "viewer" })).toEqual([]);
    expect(allowedActions({ ...base, status: "published", role: "editor" })).toEqual(["unpublish"]);
  });
});

describe("who may act", () => {
  it("lets a fact-checker take only an unassigned claim for themselves, and an editor assign anyone", () => {
    expect(transitionRefusal("assign", { ...base, targetUserId: "u2" })).toBe("Fact-checkers can only take claims for themselves; an editor assigns them to others.");
    expect(transitionRefusal("assign", { ...base, status: "assigned", assigneeId: "u2" })).toBe("This claim is already assigned; an editor can reassign it.");
    expect(transitionRefusal("assign", { ...base, status: "in_research", assigneeId: "u2", role: "editor", targetUserId: "u3" })).toBeNull();
    expect(transitionRefusal("unassign", { ...base, status: "assigned", assigneeId: "u2" })).toBe("Only the fact-checker assigned to this claim or an editor can do that.");
    expect(transitionRefusal("unassign", { ...base, status: "assigned", assigneeId: "u2", role: "editor" })).toBeNull();
  });

  it("needs a verdict to submit, and a second person (and on blind teams their own rating) to decide", () => {
    const researching = { ...base, status: "in_research" as const, assigneeId: "u1" };
    expect(checkTransition("submit_for_review", { ...researching, hasVerdict: false })).toEqual({ kind: "precondition", message: "Give the verdict before submitting the claim for review." });
    expect(checkTransition("submit_for_review", { ...researching, hasVerdict: true })).toBeNull();
    const ready = { ...base, status: "ready_for_review" as const, assigneeId: "u1", verdictAuthorId: "u3", userId: "u2", role: "editor" as const };
    expect(allowedActions(ready)).toEqual(["request_changes", "approve"]);
    expect(checkTransition("approve", { ...ready, blindRatingPending: true })?.kind).toBe("precondition");
    expect(checkTransition("request_changes", { ...ready, userId: "u1" })).toEqual({ kind: "actor", message: "The second review must be done by someone other than the fact-checker assigned to the claim." });
  });

  it("opens the verdict to its assignee and editors while researching, and closes it once submitted", () => {
    const context = { status: "in_research" as const, role: "fact_checker" as const, userId: "u2", assigneeId: "u1", assigneeName: "Ana" };
    expect(checkVerdictEdit(context)).toEqual({ kind: "actor", message: "This claim is assigned to Ana: only they or an editor can change its verdict." });
    expect(checkVerdictEdit({ ...context, role: "editor" })).toBeNull();
    expect(checkVerdictEdit({ ...context, status: "new", assigneeId: null })).toBeNull();
    expect(checkVerdictEdit({ ...context, userId: "u1", status: "ready_for_review" })?.kind).toBe("state");
    expect(checkVerdictEdit({ ...context, role: "viewer" })?.kind).toBe("role");
  });
});
