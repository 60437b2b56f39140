import type { ClaimHistoryEventDto } from "@/server/repositories/workflow";

/** One line of a claim's history: "<actor> <what they did>", with an optional quoted detail. */
export interface ClaimHistoryEntryDto {
  id: string;
  actor: string;
  /** Follows the actor's name: "assigned it to Ben", "submitted it for review". */
  what: string;
  /** A reviewer's comment, a source's title: shown under the line. */
  detail: string | null;
  createdAt: string;
}

function field(value: unknown, key: string): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === "string" && found ? found : null;
}

function quoted(text: string | null): string {
  return text ? ` “${text.length > 80 ? `${text.slice(0, 80)}…` : text}”` : "";
}

/**
 * Readable sentences for a claim's audit events. `revealVerdict` false leaves verdict and rating labels
 * out, for a blind reviewer who has not given their own rating yet.
 */
export function describeClaimHistory(events: ClaimHistoryEventDto[], options: { revealVerdict: boolean }): ClaimHistoryEntryDto[] {
  return events.flatMap((event) => {
    const described = describe(event, options.revealVerdict);
    if (!described) return [];
    return [{ id: event.id, actor: event.actorName ?? "Someone", what: described.what, detail: described.detail ?? null, createdAt: event.createdAt }];
  });
}

function describe(event: ClaimHistoryEventDto, revealVerdict: boolean): { what: string; detail?: string | null } | null {
  const { before, after } = event;
  const assignee = field(after, "assignee");
  const previous = field(before, "assignee");
  const self = event.actorId !== null && field(after, "assigneeId") === event.actorId;
  const label = revealVerdict ? field(after, "label") : null;
  switch (event.action) {
    case "claim.create":
      return { what: "added the claim" };
    case "claim.update_bounds":
      return { what: "moved the claim's bounds in the article" };
    case "claim.delete":
      return { what: "deleted the claim" };
    case "claim.assign":
      if (self) return { what: previous ? `took it over from ${previous}` : "took it" };
      return { what: previous ? `reassigned it from ${previous} to ${assignee ?? "a former member"}` : `assigned it to ${assignee ?? "a former member"}` };
    case "claim.take":
      return { what: "took it from the queue" };
    case "claim.unassign":
      return { what: previous && field(before, "assigneeId") !== event.actorId ? `took it off ${previous}'s desk` : "gave it back to the pool" };
    case "claim.start_research":
      return { what: "started research" };
    case "claim.submit_for_review":
      return { what: "submitted it for review" };
    case "claim.request_changes":
      return { what: "requested changes", detail: field(after, "comment") };
    case "claim.rework":
      return { what: "took it back into research" };
    case "claim.approve":
      return { what: "approved the verdict", detail: field(after, "comment") };
    case "claim.publish":
      return { what: "published it" };
    case "claim.unpublish":
      return { what: "unpublished it" };
    case "claim.mark_not_check_worthy":
      return { what: "marked it not check-worthy" };
    case "claim.mark_check_worthy":
      return { what: "reopened it as check-worthy" };
    case "claim.status":
      return { what: `moved it to ${(field(after, "status") ?? "another status").replaceAll("_", " ")}` };
    case "verdict.create":
      return { what: label ? `gave the verdict ${label}` : "gave the verdict" };
    case "verdict.update":
      return { what: label ? `changed the verdict to ${label}` : "changed the verdict" };
    case "source.create":
      return { what: `attached a source${quoted(field(after, "title"))}` };
    case "source.update":
      return { what: `edited a source${quoted(field(after, "title"))}` };
    case "source.delete":
      return { what: `deleted a source${quoted(field(before, "title"))}` };
    case "review.rate":
      return { what: label ? `gave an independent rating: ${label}` : "gave an independent rating", detail: revealVerdict ? field(after, "comment") : null };
    case "comment.delete":
      return { what: "deleted a comment" };
    // Comments are read in the thread itself.
    case "comment.create":
      return null;
    default:
      return { what: event.action.replaceAll(/[._]/g, " ") };
  }
}
