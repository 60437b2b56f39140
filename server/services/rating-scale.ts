import { z } from "zod";
import { AppError } from "@/server/errors";

/** A label as stored: `value` is the ClaimReview ratingValue. */
export interface RatingLabelInput {
  name: string;
  value: number;
  description: string | null;
}

export type RatingPresetKey = "politifact" | "meta" | "plain";

export interface RatingPreset {
  key: RatingPresetKey;
  name: string;
  summary: string;
  labels: RatingLabelInput[];
}

/**
 * The preset scales, labels in the order the publisher lists them. Values only need to order the labels
 * for ClaimReview (worstRating..bestRating are the lowest and highest values of a scale):
 * - PolitiFact: Pants on Fire 1 … True 6, its own six-step meter.
 * - Meta: False 1, Altered 2, Partly false 3, Missing context 4, Satire 5, True 6. Meta ranks False and
 *   Altered as its most severe ratings; Satire sits just below True because it is not meant to deceive,
 *   though it is not literally true either.
 * - Plain: False 1, Misleading 2, Unverifiable 3, True 5. Unverifiable sits at the midpoint of 1..5: the
 *   evidence neither confirms nor refutes the claim; the gap keeps it clear of True.
 */
export const ratingPresets: readonly RatingPreset[] = [
  {
    key: "politifact",
    name: "PolitiFact",
    summary: "The six levels of PolitiFact's Truth-O-Meter.",
    labels: [
      { name: "True", value: 6, description: "The statement is accurate and there is nothing significant missing." },
      { name: "Mostly True", value: 5, description: "The statement is accurate but needs clarification or additional information." },
      { name: "Half True", value: 4, description: "The statement is partially accurate but leaves out important details or takes things out of context." },
      { name: "Mostly False", value: 3, description: "The statement contains an element of truth but ignores critical facts that would give a different impression." },
      { name: "False", value: 2, description: "The statement is not accurate." },
      { name: "Pants on Fire", value: 1, description: "The statement is not accurate and makes a ridiculous claim." },
    ],
  },
  {
    key: "meta",
    name: "Meta",
    summary: "The ratings of Meta's third-party fact-checking programme.",
    labels: [
      { name: "False", value: 1, description: "Content that has no basis in fact." },
      { name: "Altered", value: 2, description: "Image, audio or video edited or synthesised beyond adjustments for clarity or quality, in ways that could mislead." },
      { name: "Partly false", value: 3, description: "Content that has some factual inaccuracies." },
      { name: "Missing context", value: 4, description: "Content that could mislead without additional context." },
      { name: "Satire", value: 5, description: "Content that uses irony, exaggeration or absurdity for criticism or commentary." },
      { name: "True", value: 6, description: "Content that is factually accurate." },
    ],
  },
  {
    key: "plain",
    name: "True / Misleading / False",
    summary: "A plain four-label scale.",
    labels: [
      { name: "True", value: 5, description: "The claim is accurate." },
      { name: "Misleading", value: 2, description: "The claim is partly accurate, or accurate but presented in a way that misleads." },
      { name: "False", value: 1, description: "The claim is not accurate." },
      { name: "Unverifiable", value: 3, description: "The available evidence neither confirms nor refutes the claim." },
    ],
  },
];

export const defaultPresetKey: RatingPresetKey = "politifact";

export function findPreset(key: string): RatingPreset | undefined {
  return ratingPresets.find((preset) => preset.key === key);
}

/** ClaimReview's worstRating and bestRating: the lowest and highest label values of a scale. */
export function ratingBounds(labels: readonly { value: number }[]): { worstRating: number; bestRating: number } {
  if (labels.length === 0) throw new AppError("validation", "A rating scale needs at least one label.");
  let worstRating = Infinity;
  let bestRating = -Infinity;
  for (const { value } of labels) {
    worstRating = Math.min(worstRating, value);
    bestRating = Math.max(bestRating, value);
  }
  return { worstRating, bestRating };
}

export const scaleLimits = { minLabels: 2, maxLabels: 12, nameLength: 80, labelLength: 60, descriptionLength: 300, minValue: -100, maxValue: 100 } as const;

const labelSchema = z.object({
  name: z.string().trim().min(1, "Every label needs a name.").max(scaleLimits.labelLength, `Label names are at most ${scaleLimits.labelLength} characters.`),
  value: z
    .number({ message: "Every label needs a numeric value." })
    .int("Label values are whole numbers.")
    .min(scaleLimits.minValue, `Label values are between ${scaleLimits.minValue} and ${scaleLimits.maxValue}.`)
    .max(scaleLimits.maxValue, `Label values are between ${scaleLimits.minValue} and ${scaleLimits.maxValue}.`),
  description: z
    .string()
    .trim()
    .max(scaleLimits.descriptionLength, `Label descriptions are at most ${scaleLimits.descriptionLength} characters.`)
    .nullable()
    .transform((value) => value || null),
});

export const customScaleSchema = z.object({
  name: z.string().trim().min(1, "Name the scale.").max(scaleLimits.nameLength, `The scale name is at most ${scaleLimits.nameLength} characters.`),
  labels: z
    .array(labelSchema)
    .min(scaleLimits.minLabels, `A scale needs at least ${scaleLimits.minLabels} labels.`)
    .max(scaleLimits.maxLabels, `A scale has at most ${scaleLimits.maxLabels} labels.`)
    .superRefine((labels, context) => {
      const seen = new Set<string>();
      for (const label of labels) {
        const key = label.name.toLocaleLowerCase("en");
        if (seen.has(key)) context.addIssue({ code: "custom", message: `Two labels are named “${label.name}”: label names must differ.` });
        seen.add(key);
      }
      if (labels.length === 0) return;
      const { worstRating, bestRating } = ratingBounds(labels);
      if (worstRating === bestRating) context.addIssue({ code: "custom", message: "The labels need different values, so the scale has a worst and a best rating." });
    }),
});

export type CustomScaleInput = z.input<typeof customScaleSchema>;

/** Validates a custom scale, with the first problem as a clear message. */
export function parseCustomScale(input: CustomScaleInput): { name: string; labels: RatingLabelInput[] } {
  const parsed = customScaleSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the scale.");
  return parsed.data;
}
