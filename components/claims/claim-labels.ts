import type { SourceDto } from "@/server/repositories/evidence";

export const claimKindLabel: Record<string, string> = {
  numeric: "Numeric",
  statistic: "Statistic",
  event: "Event",
  comparison: "Comparison",
  causal: "Causal",
  other: "Other",
};

export const claimStatusLabel: Record<string, string> = {
  new: "New",
  assigned: "Assigned",
  in_research: "In research",
  ready_for_review: "Ready for review",
  changes_requested: "Changes requested",
  approved: "Approved",
  published: "Published",
  not_check_worthy: "Not check-worthy",
};

export const stanceLabel: Record<SourceDto["stance"], string> = { supports: "Supports", refutes: "Refutes", context: "Adds context" };
export const stanceTone = { supports: "green", refutes: "red", context: "sky" } as const satisfies Record<SourceDto["stance"], string>;

/** Colour of a rating by where its value sits on the scale: the top quarter green, the bottom quarter red. */
export function ratingTone(value: number, worst: number, best: number): "green" | "amber" | "red" {
  if (best <= worst) return "amber";
  const position = (value - worst) / (best - worst);
  return position >= 0.75 ? "green" : position <= 0.25 ? "red" : "amber";
}

export const claimStatusTone = {
  new: "slate",
  assigned: "accent",
  in_research: "accent",
  ready_for_review: "sky",
  changes_requested: "amber",
  approved: "green",
  published: "green",
  not_check_worthy: "slate",
} as const satisfies Record<string, "slate" | "accent" | "green" | "amber" | "red" | "sky">;
