import { z } from "zod";
import { stances, type SourceWrite, type Stance } from "@/server/repositories/evidence";
import { AppError } from "@/server/errors";

export const sourceLimits = { url: 2000, title: 500, publisher: 200, excerpt: 10_000, pinnedTextBytes: 1024 * 1024 } as const;

/** A source as a form or a test sends it: text fields, empty meaning "not given". */
export interface SourceInput {
  url?: string | null;
  title: string;
  publisher?: string | null;
  /** A date (YYYY-MM-DD) or a full ISO timestamp. */
  publishedAt?: string | null;
  excerpt?: string | null;
  stance: string;
  /** ISO timestamp; empty means now. */
  accessedAt?: string | null;
  pinnedText?: string | null;
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => value || null);

const optionalDate = (message: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value, context) => {
      if (!value) return null;
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
      if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1000 || date.getUTCFullYear() > 9999) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return date;
    });

// A day of slack for clocks and time zones: a source cannot have been read or published later than that.
const futureSlackMs = 24 * 60 * 60 * 1000;

const sourceSchema = z.object({
  url: optionalText(sourceLimits.url, `The URL is longer than ${sourceLimits.url} characters.`).refine((value) => {
    if (value === null) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "The URL must be a web address starting with http:// or https://."),
  title: z.string().trim().min(1, "Give the source a title.").max(sourceLimits.title, `The title is longer than ${sourceLimits.title} characters.`),
  publisher: optionalText(sourceLimits.publisher, `The publisher is longer than ${sourceLimits.publisher} characters.`),
  publishedAt: optionalDate("The publication date is not a date.").refine((date) => date === null || date.getTime() <= Date.now() + futureSlackMs, "The publication date is in the future."),
  excerpt: z
    .string()
    .max(sourceLimits.excerpt, `The excerpt is longer than ${sourceLimits.excerpt.toLocaleString("en")} characters.`)
    .nullish()
    .transform((value) => value?.trim() ?? ""),
  stance: z.enum(stances as [Stance, ...Stance[]], { message: "Choose whether the source supports, refutes or adds context to the claim." }),
  accessedAt: optionalDate("The access date is not a date.").refine((date) => date === null || date.getTime() <= Date.now() + futureSlackMs, "The access date is in the future."),
  pinnedText: z
    .string()
    .nullish()
    .transform((value) => (value && value.trim() ? value : null))
    .refine((value) => value === null || Buffer.byteLength(value, "utf8") <= sourceLimits.pinnedTextBytes, "The pinned copy is larger than 1 MB: keep the relevant part of the page."),
});

/** Validates a source, with the first problem as a clear message; an empty access time is now. */
export function parseSourceInput(input: SourceInput): SourceWrite & { pinnedText: string | null } {
  const parsed = sourceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the source.");
  const { accessedAt, ...rest } = parsed.data;
  return { ...rest, accessedAt: accessedAt ?? new Date() };
}

/** The part of a source the audit log keeps: the pinned copy is summarised by its size. */
export function sourceAuditSnapshot(source: SourceWrite & { pinnedText?: string | null }): Record<string, unknown> {
  const { pinnedText, ...rest } = source;
  return pinnedText === undefined ? rest : { ...rest, pinnedTextBytes: pinnedText === null ? 0 : Buffer.byteLength(pinnedText, "utf8") };
}
