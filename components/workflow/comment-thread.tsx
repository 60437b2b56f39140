"use client";

import { useId, useState } from "react";
import { addCommentAction, deleteCommentAction } from "@/server/actions/comments";
import type { CommentDto } from "@/server/repositories/comments";
import { commentSegments, type Mentionable } from "@/server/services/comment-mentions";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { formatDateTime } from "@/components/format";
import { useFormAction } from "@/components/claims/use-form-action";

const maxLength = 10_000;

export interface CommentThreadProps {
  claimId: string;
  currentUserId: string;
  comments: CommentDto[];
  /** Team members, to show whom "@" can reach. */
  members: Mentionable[];
  canComment: boolean;
}

/** The claim's discussion, oldest first, with @mentions highlighted and a box to add to it. */
export function CommentThread({ claimId, currentUserId, comments, members, canComment }: CommentThreadProps) {
  const id = useId();
  const [length, setLength] = useState(0);
  const { state, pending, onSubmit } = useFormAction(addCommentAction, {
    onSuccess: (_result, form) => {
      form.reset();
      setLength(0);
    },
  });
  const examples = members.filter((member) => member.id !== currentUserId).slice(0, 2);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4" data-testid="comment-thread">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        Comments <span className="font-normal text-slate-500">({comments.length})</span>
      </h2>
      {comments.length === 0 ? (
        <p className="text-sm text-slate-500">No comments yet.</p>
      ) : (
        <ol className="space-y-3">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} mine={comment.authorId === currentUserId} />
          ))}
        </ol>
      )}
      {canComment ? (
        <form onSubmit={onSubmit} className="space-y-2" aria-label="Comment on this claim">
          <input type="hidden" name="claimId" value={claimId} />
          <label htmlFor={`${id}-body`} className="block text-sm font-medium text-slate-700">
            Add a comment
          </label>
          <Textarea
            id={`${id}-body`}
            name="body"
            rows={3}
            maxLength={maxLength}
            required
            aria-describedby={`${id}-hint`}
            onChange={(event) => setLength(event.target.value.length)}
          />
          <p id={`${id}-hint`} className="flex flex-wrap justify-between gap-x-3 text-xs text-slate-500">
            <span>
              Plain text. Mention a teammate with @ and their name{examples.length ? `, e.g. ${examples.map((member) => `@${member.name}`).join(" or ")}` : ""}.
            </span>
            {length > maxLength - 1000 ? <span aria-live="polite">{`${length.toLocaleString("en")} / ${maxLength.toLocaleString("en")}`}</span> : null}
          </p>
          {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : state.success ? <FormMessage tone="success">{state.success}</FormMessage> : null}
          <div className="flex justify-end">
            <Button type="submit" disabled={pending}>
              {pending ? "Posting…" : "Post comment"}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function CommentItem({ comment, mine }: { comment: CommentDto; mine: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const { state, pending, onSubmit } = useFormAction(deleteCommentAction);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-testid="comment">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-medium text-slate-900">{comment.authorName ?? "A former member"}</span>
        <time dateTime={comment.createdAt} className="text-xs text-slate-500">
          {formatDateTime(comment.createdAt)}
        </time>
        {mine && !confirming ? (
          <button type="button" onClick={() => setConfirming(true)} className="ml-auto text-xs font-medium text-red-700 hover:underline">
            Delete<span className="sr-only"> your comment from {formatDateTime(comment.createdAt)}</span>
          </button>
        ) : null}
      </p>
      <p className="mt-1 whitespace-pre-wrap break-words text-sm leading-6 text-slate-700">
        {commentSegments(comment.body, comment.mentions).map((segment, index) =>
          segment.userIds ? (
            <span key={index} className="rounded bg-accent-50 px-0.5 font-medium text-accent-700" data-testid="mention">
              {segment.text}
            </span>
          ) : (
            segment.text
          ),
        )}
      </p>
      {confirming ? (
        <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200">
          <input type="hidden" name="commentId" value={comment.id} />
          <span className="mr-auto">Delete this comment?</span>
          <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
          <Button type="submit" size="sm" variant="danger" disabled={pending}>
            {pending ? "Deleting…" : "Delete comment"}
          </Button>
        </form>
      ) : null}
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
    </li>
  );
}
