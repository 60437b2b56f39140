import { emailHandle, type Mentionable } from "@/server/services/comment-mentions";
import type { DbClient } from "./client";

export interface CommentDto {
  id: string;
  claimId: string;
  authorId: string | null;
  authorName: string | null;
  /** Plain text with line breaks, as written. */
  body: string;
  /** The members it mentions, to highlight them (their handle, never their full email). */
  mentions: Mentionable[];
  createdAt: string;
}

const commentSelect = {
  id: true,
  claimId: true,
  authorId: true,
  body: true,
  mentionedUserIds: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;

type CommentRow = { id: string; claimId: string; authorId: string | null; body: string; mentionedUserIds: string[]; createdAt: Date; author: { name: string } | null };

function toCommentDto(row: CommentRow, people: Map<string, Mentionable>): CommentDto {
  return {
    id: row.id,
    claimId: row.claimId,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    body: row.body,
    mentions: row.mentionedUserIds.flatMap((id) => people.get(id) ?? []),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The team's members as comments can mention them. */
export async function listMentionableMembers(db: DbClient, teamId: string): Promise<Mentionable[]> {
  const rows = await db.membership.findMany({ where: { teamId }, select: { user: { select: { id: true, name: true, email: true } } } });
  return rows.map(({ user }) => ({ id: user.id, name: user.name, handle: emailHandle(user.email) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The claim's thread, oldest first; mentions of people who have since left the team are plain text. */
export async function listClaimComments(db: DbClient, teamId: string, claimId: string): Promise<CommentDto[]> {
  const [rows, members] = await Promise.all([
    db.comment.findMany({ where: { teamId, claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentSelect }),
    listMentionableMembers(db, teamId),
  ]);
  const people = new Map(members.map((member) => [member.id, member]));
  return rows.map((row) => toCommentDto(row, people));
}

export async function insertComment(
  db: DbClient,
  input: { teamId: string; claimId: string; authorId: string; body: string; mentionedUserIds: string[]; mentionables: Mentionable[] },
): Promise<CommentDto> {
  const { mentionables, ...data } = input;
  const row = await db.comment.create({ data, select: commentSelect });
  return toCommentDto(row, new Map(mentionables.map((member) => [member.id, member])));
}

export async function findComment(db: DbClient, teamId: string, commentId: string): Promise<{ id: string; claimId: string; authorId: string | null; body: string; createdAt: string } | null> {
  const row = await db.comment.findFirst({ where: { id: commentId, teamId, claim: { deletedAt: null } }, select: { id: true, claimId: true, authorId: true, body: true, createdAt: true } });
  return row ? { ...row, createdAt: row.createdAt.toISOString() } : null;
}

/** Deletes the comment if it is still there and the author's; false otherwise. */
export async function deleteCommentRow(db: DbClient, input: { teamId: string; commentId: string; authorId: string }): Promise<boolean> {
  const { count } = await db.comment.deleteMany({ where: { id: input.commentId, teamId: input.teamId, authorId: input.authorId } });
  return count === 1;
}
