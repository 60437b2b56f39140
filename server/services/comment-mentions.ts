/** A team member as comments can mention them: by name ("@Ana Silva") or by their email's local part ("@ana.silva"). */
export interface Mentionable {
  id: string;
  name: string;
  /** The part of their email before the @. */
  handle: string;
}

export interface MentionRange {
  start: number;
  end: number;
  userIds: string[];
}

export type CommentSegment = { text: string; userIds?: undefined } | { text: string; userIds: string[] };

const wordCharacter = /[\p{L}\p{N}_]/u;

export function emailHandle(email: string): string {
  return email.slice(0, Math.max(0, email.indexOf("@"))) || email;
}

/**
 * The @mentions in a comment: at each "@" that starts a word, the longest member name or handle written
 * there (case-insensitively) and ending at a word boundary. Two members who share that name are both named.
 */
export function findMentionRanges(body: string, members: Mentionable[]): MentionRange[] {
  const ranges: MentionRange[] = [];
  const lowered = body.toLocaleLowerCase("en");
  for (let at = lowered.indexOf("@"); at !== -1; at = lowered.indexOf("@", at + 1)) {
    // "ana@example.org" is an email address, not a mention.
    if (at > 0 && wordCharacter.test(body.charAt(at - 1))) continue;
    let longest = 0;
    let userIds: string[] = [];
    for (const member of members) {
      for (const candidate of [member.name, member.handle]) {
        const wanted = candidate.trim().toLocaleLowerCase("en");
        if (!wanted || wanted.length < longest) continue;
        const end = at + 1 + wanted.length;
        if (lowered.slice(at + 1, end) !== wanted || wordCharacter.test(body.charAt(end))) continue;
        if (wanted.length > longest) {
          longest = wanted.length;
          userIds = [];
        }
        if (!userIds.includes(member.id)) userIds.push(member.id);
      }
    }
    if (longest > 0) {
      ranges.push({ start: at, end: at + 1 + longest, userIds });
      at += longest;
    }
  }
  return ranges;
}

/** The ids of the members a comment mentions, in the order first mentioned. */
export function findMentionedUserIds(body: string, members: Mentionable[]): string[] {
  return [...new Set(findMentionRanges(body, members).flatMap((range) => range.userIds))];
}

/** The comment cut into plain text and mentions, to render the mentions highlighted. */
export function commentSegments(body: string, mentioned: Mentionable[]): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let position = 0;
  for (const range of findMentionRanges(body, mentioned)) {
    if (range.start > position) segments.push({ text: body.slice(position, range.start) });
    segments.push({ text: body.slice(range.start, range.end), userIds: range.userIds });
    position = range.end;
  }
  if (position < body.length) segments.push({ text: body.slice(position) });
  return segments;
}
