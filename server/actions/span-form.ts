import { z } from "zod";
import { AppError } from "@/server/errors";
import type { SpeakerChoice } from "@/server/services/speaker-choice";

// Parsing shared by the claim, quote and speaker actions (a 'use server' file may only export actions).

export const idField = z.string().trim().min(1, "Missing id.").max(100, "Malformed id.");
export const offsetField = z.coerce.number({ message: "The offsets must be numbers." }).int("The offsets must be whole numbers.").min(0).max(10_000_000);
export const versionField = z.coerce.number({ message: "Missing version." }).int().min(1);

export function fields(formData: FormData, keys: readonly string[]): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(keys.map((key) => [key, formData.get(key) ?? undefined]));
}

export function parseForm<T extends z.ZodType>(schema: T, formData: FormData, keys: readonly string[]): z.output<T> {
  const parsed = schema.safeParse(fields(formData, keys));
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the form.");
  return parsed.data;
}

/** The speaker picker sends speakerId (an existing speaker, or "" for nobody) or, with "new", a name. */
export function speakerChoice(formData: FormData): SpeakerChoice {
  const picked = formData.get("speakerId");
  if (picked === "new") {
    const name = formData.get("speakerName");
    return { speakerName: typeof name === "string" ? name : "" };
  }
  if (typeof picked !== "string" || picked === "") return null;
  return { speakerId: idField.parse(picked) };
}
