"use client";

import { useContext, useState, type ReactNode } from "react";
import Link from "next/link";
import { ArrowLeft, ArrowRight, ExternalLink, Trash2 } from "lucide-react";
import type { ClaimDto, QuoteDto } from "@/server/repositories/articles";
import { deleteClaimAction, setClaimCheckWorthinessAction, updateClaimBoundsAction } from "@/server/actions/claims";
import { changeQuoteSpeakerAction, deleteQuoteAction, updateQuoteBoundsAction } from "@/server/actions/quotes";
import { Dialog } from "@/components/keyboard/dialog";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ExactBoundsDialog } from "./exact-bounds-dialog";
import { canNudge, nudgeSpan, type BodySpan, type NudgeDirection, type SpanEdge } from "./span-offsets";
import { SpeakerPicker, type SpeakerOption } from "./speaker-picker";
import { ReviewNoticeContext, useReviewAction, type ReviewAction } from "./use-review-action";

export type SpanKind = "claim" | "quote";

export interface BoundsDraft extends BodySpan {
  kind: SpanKind;
  id: string;
}

interface DraftProps {
  body: string;
  draft: BoundsDraft | null;
  onDraftChange: (draft: BoundsDraft | null) => void;
}

const decidedStatuses = new Set(["ready_for_review", "approved", "published"]);

export function ClaimDetails({ claim, canEdit, evidence, ...draftProps }: DraftProps & { claim: ClaimDto; canEdit: boolean; evidence: ReactNode }) {
  const { run, pending, message } = useReviewAction();
  const notify = useContext(ReviewNoticeContext);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const hasResearch = claim.sourceCount > 0 || claim.hasVerdict;
  const notCheckWorthy = claim.status === "not_check_worthy";
  return (
    <div className="space-y-3 px-4 pb-4" data-testid="claim-details">
      {canEdit ? (
        <>
          <BoundsControls kind="claim" item={claim} action={updateClaimBoundsAction} {...draftProps} />
          <div className="flex flex-wrap gap-2">
            {notCheckWorthy ? (
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(setClaimCheckWorthinessAction, { id: claim.id, version: claim.version, checkWorthy: "true" })}>
                Check-worthy again
              </Button>
            ) : (
              <Button
                size="sm"
                variant="secondary"
                disabled={pending || hasResearch || decidedStatuses.has(claim.status)}
                title={hasResearch ? "It already has research" : undefined}
                onClick={() => run(setClaimCheckWorthinessAction, { id: claim.id, version: claim.version, checkWorthy: "false" })}
              >
                Not check-worthy
              </Button>
            )}
            <Button size="sm" variant="secondary" disabled={pending || hasResearch} title={hasResearch ? "It has sources or a verdict" : undefined} onClick={() => setConfirmDelete(true)}>
              <Trash2 className="h-4 w-4" aria-hidden="true" /> Delete
            </Button>
            <Link href={`/claims/${claim.id}`} className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm font-medium text-accent-700 hover:bg-accent-50">
              Claim page <ExternalLink className="h-3.5 w-3.5" aria-hidden="true" />
            </Link>
          </div>
        </>
      ) : (
        <Link href={`/claims/${claim.id}`} className="inline-flex items-center gap-1 text-sm font-medium text-accent-700 hover:underline">
          Claim page <ExternalLink className="h-3.5 w-3.5" aria-hidden="true" />
        </Link>
      )}
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {evidence}
      <ConfirmDeleteDialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        what="claim"
        text={claim.text}
        pending={pending}
        onConfirm={() => run(deleteClaimAction, { id: claim.id, version: claim.version }, () => notify({ tone: "success", text: "Claim deleted." }))}
      />
    </div>
  );
}

export function QuoteDetails({ quote, canEdit, speakers, ...draftProps }: DraftProps & { quote: QuoteDto; canEdit: boolean; speakers: readonly SpeakerOption[] }) {
  const { run, pending, message } = useReviewAction();
  const notify = useContext(ReviewNoticeContext);
  const [confirmDelete, setConfirmDelete] = useState(false);
  if (!canEdit) return null;
  return (
    <div className="space-y-3 px-2 pb-3" data-testid="quote-details">
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(changeQuoteSpeakerAction, { id: quote.id, version: quote.version }, undefined, event.currentTarget);
        }}
      >
        <SpeakerPicker key={`${quote.id}:${quote.version}`} speakers={speakers} defaultSpeakerId={quote.speakerId} label="Said by" />
        <Button size="sm" type="submit" disabled={pending}>
          Save speaker
        </Button>
      </form>
      <BoundsControls kind="quote" item={quote} action={updateQuoteBoundsAction} {...draftProps} />
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => setConfirmDelete(true)}>
        <Trash2 className="h-4 w-4" aria-hidden="true" /> Delete quote
      </Button>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <ConfirmDeleteDialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        what="quote"
        text={quote.text}
        pending={pending}
        onConfirm={() => run(deleteQuoteAction, { id: quote.id, version: quote.version }, () => notify({ tone: "success", text: "Quote deleted." }))}
      />
    </div>
  );
}

const nudges: { edge: SpanEdge; direction: NudgeDirection; label: string; icon: "left" | "right" }[] = [
  { edge: "start", direction: "expand", label: "Start one word earlier", icon: "left" },
  { edge: "start", direction: "shrink", label: "Start one word later", icon: "right" },
  { edge: "end", direction: "shrink", label: "End one word earlier", icon: "left" },
  { edge: "end", direction: "expand", label: "End one word later", icon: "right" },
];

/** Resizing a span: a draft shown in the text (dashed) until saved, moved by words or set exactly. */
function BoundsControls({
  kind,
  item,
  action,
  body,
  draft,
  onDraftChange,
}: DraftProps & { kind: SpanKind; item: { id: string; start: number; end: number; version: number }; action: ReviewAction }) {
  const { run, pending, message } = useReviewAction();
  const [exactOpen, setExactOpen] = useState(false);
  const editing = draft !== null && draft.kind === kind && draft.id === item.id ? draft : null;
  if (!editing) {
    return (
      <div className="space-y-2">
        <Button size="sm" variant="secondary" onClick={() => onDraftChange({ kind, id: item.id, start: item.start, end: item.end })}>
          Adjust bounds
        </Button>
        {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      </div>
    );
  }
  const changed = editing.start !== item.start || editing.end !== item.end;
  const setSpan = (span: BodySpan) => onDraftChange({ ...editing, ...span });
  return (
    <fieldset className="space-y-3 rounded-md border border-dashed border-accent-600 p-3">
      <legend className="px-1 text-xs font-semibold uppercase tracking-wide text-accent-700">Adjust bounds</legend>
      <div className="grid grid-cols-2 gap-2">
        {(["start", "end"] as const).map((edge) => (
          <div key={edge} className="space-y-1">
            <p className="text-xs font-medium text-slate-600">{edge === "start" ? "Start" : "End"}</p>
            <div className="flex gap-1">
              {nudges
                .filter((nudge) => nudge.edge === edge)
                .map((nudge) => (
                  <Button
                    key={nudge.label}
                    size="sm"
                    variant="secondary"
                    aria-label={nudge.label}
                    title={nudge.label}
                    disabled={!canNudge(body, editing, nudge.edge, nudge.direction)}
                    onClick={() => setSpan(nudgeSpan(body, editing, nudge.edge, nudge.direction))}
                    className="px-2.5"
                  >
                    {nudge.icon === "left" ? <ArrowLeft className="h-4 w-4" aria-hidden="true" /> : <ArrowRight className="h-4 w-4" aria-hidden="true" />}
                  </Button>
                ))}
            </div>
          </div>
        ))}
      </div>
      <p className="rounded bg-slate-50 p-2 font-serif text-sm text-slate-800 ring-1 ring-slate-200" data-testid="bounds-preview">
        {body.slice(editing.start, editing.end)}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={pending || !changed} onClick={() => run(action, { id: item.id, version: item.version, start: editing.start, end: editing.end }, () => onDraftChange(null))}>
          Save bounds
        </Button>
        <Button size="sm" variant="secondary" onClick={() => setExactOpen(true)}>
          Exact…
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onDraftChange(null)}>
          Cancel
        </Button>
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <ExactBoundsDialog
        open={exactOpen}
        onClose={() => setExactOpen(false)}
        body={body}
        span={editing}
        onApply={(span) => {
          setSpan(span);
          setExactOpen(false);
        }}
      />
    </fieldset>
  );
}

function ConfirmDeleteDialog({ open, onClose, what, text, pending, onConfirm }: { open: boolean; onClose: () => void; what: SpanKind; text: string; pending: boolean; onConfirm: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title={`Delete this ${what}?`} description="It disappears from the article; re-running the analysis will not bring it back. The history keeps a record.">
      <blockquote className="mb-4 line-clamp-4 border-l-4 border-slate-200 pl-3 font-serif text-sm text-slate-700">{text}</blockquote>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          Delete {what}
        </Button>
      </div>
    </Dialog>
  );
}
