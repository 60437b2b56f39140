import { describe, expect, it } from "vitest";
import { allowedActions, transitionRefusal, type TransitionContext } from "./claim-workflow";

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
