"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import Link from "next/link";
import { ExternalLink, FileText, Plus, Scale } from "lucide-react";
import { deleteSourceAction } from "@/server/actions/evidence";
import type { ClaimEvidenceDto, SourceDto, VerdictDto } from "@/server/repositories/evidence";
import type { RatingScaleDto } from "@/server/repositories/scales";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { formatDate, formatDateTime } from "@/components/format";
import { ratingTone, stanceLabel, stanceTone } from "./claim-labels";
import { rationaleClass, renderRationale } from "./rationale-markdown";
import { SourceForm } from "./source-form";
import { useFormAction } from "./use-form-action";
import { VerdictForm } from "./verdict-form";

export type EvidenceForm = "source" | "verdict";

export interface ClaimEvidencePanelProps {
  claim: { id: string; text: string; version: number; status: string };
  evidence: ClaimEvidenceDto;
  scale: RatingScaleDto;
  canEdit: boolean;
  verdictNeedsSource: boolean;
  /** Why the verdict cannot be given or changed now (the workflow has moved on); null or absent when it can. */
  verdictLocked?: string | null;
  /** Shown instead of the verdict while blind review hides it from this user. */
  hiddenVerdict?: ReactNode;
  /** Which inline form is open; the page owns it so its keyboard shortcuts can open them. */
  openForm: EvidenceForm | null;
  onOpenFormChange: (form: EvidenceForm | null) => void;
}

/** The field a form's keyboard user starts in: the chosen option if asked for, else the first control. */
function firstField(box: HTMLElement | null, preferChecked = false): HTMLElement | null {
  return (preferChecked ? box?.querySelector<HTMLElement>("input[type=radio]:checked") : null) ?? box?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select") ?? null;
}

/** The verdict and the sources of one claim, with inline forms to attach sources and give the verdict. */
export function ClaimEvidencePanel({ claim, evidence, scale, canEdit, verdictNeedsSource, verdictLocked, hiddenVerdict, openForm, onOpenFormChange }: ClaimEvidencePanelProps) {
  const { verdict, sources } = evidence;
  const [message, setMessage] = useState<string | null>(null);
  // A form closed with Escape keeps its draft; Cancel or a successful save discards it.
  const [drafts, setDrafts] = useState<Record<EvidenceForm, boolean>>({ source: false, verdict: false });
  const [editingSourceId, setEditingSourceId] = useState<string | null>(null);
  const sourceFormBox = useRef<HTMLDivElement>(null);
  const verdictFormBox = useRef<HTMLDivElement>(null);
  const addSourceButton = useRef<HTMLButtonElement>(null);
  const verdictButton = useRef<HTMLButtonElement>(null);
  const previousForm = useRef<EvidenceForm | null>(null);
  const canEditVerdict = canEdit && !verdictLocked && !hiddenVerdict;
  const activeForm = !canEdit || (openForm === "verdict" && !canEditVerdict) ? null : openForm;

  useEffect(() => {
    const previous = previousForm.current;
    previousForm.current = activeForm;
    if (activeForm === "source") firstField(sourceFormBox.current)?.focus();
    else if (activeForm === "verdict") firstField(verdictFormBox.current, true)?.focus();
    else if (previous) {
      const box = previous === "source" ? sourceFormBox.current : verdictFormBox.current;
      const focused = document.activeElement;
      // The focused field is hidden with its form: give focus back to the button that opens it.
      if (!focused || focused === document.body || box?.contains(focused)) (previous === "source" ? addSourceButton : verdictButton).current?.focus();
    }
  }, [activeForm]);
  // An opened form stays mounted (hidden) when closed, so reopening it finds the draft.
  if (activeForm && !drafts[activeForm]) setDrafts({ ...drafts, [activeForm]: true });

  const open = (form: EvidenceForm) => {
    setMessage(null);
    onOpenFormChange(form);
  };
  const discard = (form: EvidenceForm) => {
    setDrafts((current) => ({ ...current, [form]: false }));
    onOpenFormChange(null);
  };
  const saved = (form: EvidenceForm) => (text: string) => {
    setMessage(text);
    discard(form);
  };
  const showForm = (form: EvidenceForm) => activeForm === form || (canEdit && drafts[form] && (form === "source" || canEditVerdict));
  // The next step gets the primary button: a source first when the team requires one, then the verdict.
  const sourceFirst = verdictNeedsSource && sources.length === 0;

  return (
    <div className="space-y-6" data-testid="claim-evidence">
      {message ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          {message}
        </p>
      ) : null}

      <section aria-labelledby={`verdict-${claim.id}`} className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={`verdict-${claim.id}`} className="flex items-center gap-2 text-base font-semibold text-slate-900">
            <Scale className="h-4 w-4 text-slate-500" aria-hidden="true" /> Verdict
          </h2>
          {canEditVerdict ? (
            <button
              ref={verdictButton}
              type="button"
              className={buttonClass(verdict || sourceFirst ? "secondary" : "primary", "sm")}
              onClick={() => open("verdict")}
              aria-expanded={activeForm === "verdict"}
              aria-keyshortcuts="v"
            >
              {verdict ? "Edit verdict" : "Give verdict"}
              <kbd className="hidden rounded border border-current/30 px-1 text-[10px] font-normal opacity-80 sm:inline" aria-hidden="true">
                V
              </kbd>
            </button>
          ) : null}
        </div>
        {showForm("verdict") ? (
          <div ref={verdictFormBox} hidden={activeForm !== "verdict"} className="rounded-lg border border-accent-100 bg-white p-4 shadow-sm">
            <VerdictForm
              claimId={claim.id}
              verdict={verdict}
              scale={scale}
              sourceMissing={verdictNeedsSource && sources.length === 0}
              onSaved={saved("verdict")}
              onCancel={() => discard("verdict")}
            />
          </div>
        ) : null}
        {hiddenVerdict ? (
          hiddenVerdict
        ) : verdict ? (
          <VerdictView verdict={verdict} />
        ) : activeForm === "verdict" ? null : (
          <p className="text-sm text-slate-500">
            No verdict yet.
            {verdictNeedsSource && sources.length === 0 ? " Attach at least one source first: your team requires one for every verdict." : ""}
          </p>
        )}
        {canEdit && verdictLocked && !hiddenVerdict ? (
          <p className="text-xs text-slate-500" data-testid="verdict-locked">
            {verdictLocked}
          </p>
        ) : null}
      </section>

      <section aria-labelledby={`sources-${claim.id}`} className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={`sources-${claim.id}`} className="flex items-center gap-2 text-base font-semibold text-slate-900">
            <FileText className="h-4 w-4 text-slate-500" aria-hidden="true" /> Sources <span className="font-normal text-slate-500">({sources.length})</span>
          </h2>
          {canEdit ? (
            <button ref={addSourceButton} type="button" className={buttonClass(sourceFirst ? "primary" : "secondary", "sm")} onClick={() => open("source")} aria-expanded={activeForm === "source"} aria-keyshortcuts="s">
              <Plus className="h-4 w-4" aria-hidden="true" /> Add source
              <kbd className="hidden rounded border border-current/30 px-1 text-[10px] font-normal opacity-80 sm:inline" aria-hidden="true">
                S
              </kbd>
            </button>
          ) : null}
        </div>
        {showForm("source") ? (
          <div ref={sourceFormBox} hidden={activeForm !== "source"} className="rounded-lg border border-accent-100 bg-white p-4 shadow-sm">
            <SourceForm claimId={claim.id} onSaved={saved("source")} onCancel={() => discard("source")} />
          </div>
        ) : null}
        {sources.length === 0 ? (
          activeForm === "source" ? null : <p className="text-sm text-slate-500">No sources attached yet.</p>
        ) : (
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="source-list">
            {sources.map((source) =>
              editingSourceId === source.id ? (
                <li key={source.id} className="p-4">
                  <SourceForm
                    claimId={claim.id}
                    source={source}
                    onSaved={(text) => {
                      setMessage(text);
                      setEditingSourceId(null);
                    }}
                    onCancel={() => setEditingSourceId(null)}
                    onEscape={() => setEditingSourceId(null)}
                  />
                </li>
              ) : (
                <SourceItem
                  key={source.id}
                  claimId={claim.id}
                  source={source}
                  canEdit={canEdit}
                  onEdit={() => {
                    setMessage(null);
                    setEditingSourceId(source.id);
                  }}
                  onDeleted={setMessage}
                />
              ),
            )}
          </ol>
        )}
      </section>
    </div>
  );
}

function VerdictView({ verdict }: { verdict: VerdictDto }) {
  const edited = verdict.version > 1;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" data-testid="verdict">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Badge tone={ratingTone(verdict.labelValue, verdict.worstRating, verdict.bestRating)} className="px-2.5 py-1 text-sm">
          {verdict.labelName}
        </Badge>
        <span className="text-xs text-slate-500">
          {verdict.scaleName} · {verdict.labelValue} on {verdict.worstRating}–{verdict.bestRating}
        </span>
      </div>
      {verdict.labelDescription ? <p className="mt-2 text-xs text-slate-500">{verdict.labelDescription}</p> : null}
      <div
        className={cn(rationaleClass, "mt-3")}
        data-testid="verdict-rationale"
        // Safe: renderRationale escapes raw HTML and only keeps web and mailto links.
        dangerouslySetInnerHTML={{ __html: renderRationale(verdict.rationale) }}
      />
      <p className="mt-3 text-xs text-slate-500">
        {edited ? "Last changed" : "Given"} by {verdict.authorName ?? "a former member"} · {formatDateTime(verdict.updatedAt)}
      </p>
    </article>
  );
}

function SourceItem({ claimId, source, canEdit, onEdit, onDeleted }: { claimId: string; source: SourceDto; canEdit: boolean; onEdit: () => void; onDeleted: (message: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const { state, pending, onSubmit } = useFormAction(deleteSourceAction, { onSuccess: (result) => onDeleted(result.success ?? "Source deleted.") });
  const details = [source.publisher, source.publishedAt ? `Published ${formatDate(source.publishedAt)}` : null, `Accessed ${formatDate(source.accessedAt)}`].filter(Boolean);
  return (
    <li className="space-y-2 p-4" data-testid="source">
      <div className="flex flex-wrap items-start gap-x-2 gap-y-1">
        <Badge tone={stanceTone[source.stance]}>{stanceLabel[source.stance]}</Badge>
        <h3 className="min-w-0 flex-1 break-words text-sm font-medium text-slate-900">
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="text-accent-700 hover:underline">
              {source.title}
              <ExternalLink className="ml-1 inline h-3.5 w-3.5 align-[-2px]" aria-hidden="true" />
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            source.title
          )}
        </h3>
      </div>
      <p className="text-xs text-slate-500">{details.join(" · ")}</p>
      {source.excerpt ? <blockquote className="whitespace-pre-wrap break-words border-l-2 border-slate-300 pl-3 font-serif text-sm italic leading-6 text-slate-700">{source.excerpt}</blockquote> : null}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
        <span>Added by {source.createdByName ?? "a former member"}</span>
        {source.hasPinnedText ? (
          <Link href={`/claims/${claimId}/sources/${source.id}`} className="font-medium text-accent-700 hover:underline">
            Pinned copy
          </Link>
        ) : null}
        {canEdit && !confirming ? (
          <>
            <button type="button" onClick={onEdit} className="font-medium text-accent-700 hover:underline">
              Edit<span className="sr-only"> source {source.title}</span>
            </button>
            <button type="button" onClick={() => setConfirming(true)} className="font-medium text-red-700 hover:underline">
              Delete<span className="sr-only"> source {source.title}</span>
            </button>
          </>
        ) : null}
      </div>
      {confirming ? (
        <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200">
          <input type="hidden" name="sourceId" value={source.id} />
          <input type="hidden" name="version" value={source.version} />
          <span className="mr-auto">Delete this source?</span>
          <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
          <Button type="submit" size="sm" variant="danger" disabled={pending}>
            {pending ? "Deleting…" : "Delete source"}
          </Button>
        </form>
      ) : null}
      {state.error ? <FormMessage tone="error">{state.error}</FormMessage> : null}
    </li>
  );
}
