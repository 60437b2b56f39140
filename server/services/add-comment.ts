import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { insertComment, listMentionableMembers, type CommentDto } from "@/server/repositories/comments";
import { findClaimWorkflow } from "@/server/repositories/workflow";
import { AppError } from "@/server/errors";
import { claimMissing } from "./claim-transition";
import { findMentionedUserIds } from "./comment-mentions";

export const maxCommentLength = 10_000;

export interface AddCommentOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  claimId: string;
  /** Plain text; "@Name" or "@handle" mentions a member of the team. */
  body: string;
}

/** Adds a comment at the end of the claim's thread, recording whom it mentions. */
export async function addComment(options: AddCommentOptions): Promise<CommentDto> {
  const body = options.body.replace(/\r\n?/g, "\n").trim();
  if (!body) throw new AppError("validation", "Write something before posting the comment.");
  if (body.length > maxCommentLength) throw new AppError("validation", `A comment can be at most ${maxCommentLength.toLocaleString("en")} characters long (this one has ${body.length.toLocaleString("en")}).`);
  const { teamId, actorId, claimId } = options;
  return options.prisma.$transaction(async (tx) => {
    if (!(await findClaimWorkflow(tx, teamId, claimId))) throw claimMissing();
    const members = await listMentionableMembers(tx, teamId);
    const mentionedUserIds = findMentionedUserIds(body, members);
    const comment = await insertComment(tx, { teamId, claimId, authorId: actorId, body, mentionedUserIds, mentionables: members });
    await recordAudit(tx, { teamId, actorId, action: "comment.create", entityType: "comment", entityId: comment.id, after: { claimId, mentionedUserIds, length: body.length } });
    return comment;
  });
}
