import type { DbClient } from "@/server/repositories/client";
import { findOrCreateSpeakerByName, speakerInTeam } from "@/server/repositories/speakers";
import { AppError } from "@/server/errors";

/** Who said a quote, as a reviewer picks it: one of the team's speakers, a name (matched or created), or nobody. */
export type SpeakerChoice = { speakerId: string } | { speakerName: string } | null;

export const maxSpeakerNameLength = 200;

export async function resolveSpeakerChoice(db: DbClient, teamId: string, choice: SpeakerChoice): Promise<{ id: string; name: string; created: boolean } | null> {
  if (choice === null) return null;
  if ("speakerId" in choice) {
    const speaker = await speakerInTeam(db, teamId, choice.speakerId);
    if (!speaker) throw new AppError("not_found", "That speaker does not exist.");
    return { ...speaker, created: false };
  }
  const name = choice.speakerName.trim();
  if (!name) throw new AppError("validation", "Name the new speaker.");
  if (name.length > maxSpeakerNameLength) throw new AppError("validation", `A speaker's name can be at most ${maxSpeakerNameLength} characters.`);
  return findOrCreateSpeakerByName(db, teamId, name);
}
