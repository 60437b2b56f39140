import { AppError } from "@/server/errors";

export const maxReviewCommentLength = 10_000;

/** A reviewer's comment with line endings unified and surrounding space trimmed; refused when too long. */
export function cleanReviewComment(comment: string): string {
  const cleaned = comment.replace(/\r\n?/g, "\n").trim();
  if (cleaned.length > maxReviewCommentLength) throw new AppError("validation", `The comment is longer than ${maxReviewCommentLength.toLocaleString("en")} characters.`);
  return cleaned;
}
