import { z } from "zod";
import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { findSpeaker, listSpeakerIdentities, matchSpeaker, nameKey, updateSpeakerAtVersion } from "@/server/repositories/speakers";
import { AppError } from "@/server/errors";
import { missingError, staleError } from "./span-rules";
import { maxSpeakerNameLength } from "./speaker-choice";

const optionalText = z
  .string()
  .trim()
  .max(200, "Keep the title and role under 200 characters.")
  .transform((value) => value || null);

export const speakerFieldsSchema = z.object({
  name: z.string().trim().min(1, "The speaker needs a name.").max(maxSpeakerNameLength, `A speaker's name can be at most ${maxSpeakerNameLength} characters.`),
  kind: z.enum(["person", "organization"], { message: "Choose person or organisation." }),
  title: optionalText,
  role: optionalText,
  aliases: z
    .array(z.string().trim().max(maxSpeakerNameLength, `An alias can be at most ${maxSpeakerNameLength} characters.`))
    .max(100, "A speaker can have at most 100 aliases."),
});

export type SpeakerFields = z.input<typeof speakerFieldsSchema>;

export interface UpdateSpeakerOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string | null;
  speakerId: string;
  version: number;
  fields: SpeakerFields;
}

/**
 * Renames a speaker and edits their aliases, title, role and kind. The old name becomes an alias, so
 * articles imported later that use it are still attributed to this speaker.
 */
export async function updateSpeaker(options: UpdateSpeakerOptions): Promise<{ name: string; aliases: string[] }> {
  const parsed = speakerFieldsSchema.safeParse(options.fields);
  if (!parsed.success) throw new AppError("validation", parsed.error.issues[0]?.message ?? "Check the speaker's details.");
  const fields = parsed.data;
  const { teamId, speakerId } = options;
  return options.prisma.$transaction(async (tx) => {
    const current = await findSpeaker(tx, teamId, speakerId);
    if (!current) throw missingError("speaker");
    if (current.version !== options.version) throw staleError("speaker");
    const name = fields.name.replace(/\s+/g, " ");
    const others = (await listSpeakerIdentities(tx, teamId)).filter((speaker) => speaker.id !== speakerId);
    const clash = others.find((speaker) => nameKey(speaker.name) === nameKey(name));
    if (clash) throw new AppError("conflict", `Another speaker is already called ${clash.name}: merge the two instead of renaming.`);
    const renamed = nameKey(name) !== nameKey(current.name);
    const aliases = distinctAliases([...fields.aliases, ...(renamed ? [current.name] : [])], name);
    const taken = aliases.map((alias) => ({ alias, owner: matchSpeaker(others, alias) })).find((entry) => entry.owner && nameKey(entry.owner.name) === nameKey(entry.alias));
    if (taken) throw new AppError("conflict", `“${taken.alias}” is the name of another speaker: merge the two instead.`);
    const data = { name, kind: fields.kind, title: fields.title, role: fields.role, aliases };
    if (!(await updateSpeakerAtVersion(tx, { teamId, id: speakerId, version: options.version, data }))) throw staleError("speaker");
    await recordAudit(tx, {
      teamId,
      actorId: options.actorId,
      action: "speaker.update",
      entityType: "speaker",
      entityId: speakerId,
      before: { name: current.name, kind: current.kind, title: current.title, role: current.role, aliases: current.aliases },
      after: data,
    });
    return { name, aliases };
  });
}

/** Aliases without blanks, duplicates (case-insensitive) or the speaker's own name. */
export function distinctAliases(aliases: readonly string[], name: string): string[] {
  const seen = new Set([nameKey(name)]);
  const result: string[] = [];
  for (const alias of aliases) {
    const clean = alias.trim().replace(/\s+/g, " ");
    const key = nameKey(clean);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push(clean);
  }
  return result;
}
