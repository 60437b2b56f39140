import type { PrismaClient } from "@/server/repositories/client";
import { recordAudit } from "@/server/repositories/audit";
import { deleteCommentRow, findComment } from "@/server/repositories/comments";
import { AppError } from "@/server/errors";

export interface DeleteCommentOptions {
  prisma: PrismaClient;
  teamId: string;
  actorId: string;
  commentId: string;
}

/** The author deletes their own comment; its text is kept in the audit log. */
export async function deleteComment(options: DeleteCommentOptions): Promise<{ claimId: string }> {
  const { teamId, actorId, commentId } = options;
  return options.prisma.$transaction(async (tx) => {
    const comment = await findComment(tx, teamId, commentId);
    if (!comment) throw new AppError("not_found", "That comment does not exist (or was already deleted).");
    if (comment.authorId !== actorId) throw new AppError("forbidden", "You can only delete your own comments.");
    if (!(await deleteCommentRow(tx, { teamId, commentId, authorId: actorId }))) throw new AppError("not_found", "That comment was already deleted.");
    await recordAudit(tx, {
      teamId,
      actorId,
      action: "comment.delete",
      entityType: "comment",
      entityId: commentId,
      before: { claimId: comment.claimId, body: comment.body, createdAt: comment.createdAt },
    });
    return { claimId: comment.claimId };
  });
}
