"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Keyboard, X } from "lucide-react";
import type { ArticleDto } from "@/server/repositories/articles";
import type { ClaimEvidenceDto } from "@/server/repositories/evidence";
import type { RatingScaleDto } from "@/server/repositories/scales";
import { ClaimEvidencePanel, type EvidenceForm as OpenEvidenceForm } from "@/components/claims/claim-evidence-panel";
import { addClaimAction } from "@/server/actions/claims";
import { addQuoteAction } from "@/server/actions/quotes";
import { ShortcutHelpDialog } from "@/components/keyboard/shortcut-help-dialog";
import { useShortcuts } from "@/components/keyboard/shortcuts";
import { FormMessage } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { AddQuoteDialog } from "./add-quote-dialog";
import { ArticleSidePanel, rankClaims, type ClaimFilter, type ItemRef } from "./article-side-panel";
import { ArticleText, type TextFocus } from "./article-text";
import { ReanalyzeButton } from "./reanalyze-button";
import { SelectionToolbar, type ToolbarPosition } from "./selection-toolbar";
import type { BoundsDraft } from "./span-details";
import { domPointToOffset, toTrimmedSpan, type BodySpan } from "./span-offsets";
import type { SpeakerOption } from "./speaker-picker";
import { ReviewNoticeContext, useReviewAction, type ActionMessage } from "./use-review-action";

type EvidenceForm = OpenEvidenceForm | null;

export interface ArticleEvidence {
  byClaim: Record<string, ClaimEvidenceDto>;
  scale: RatingScaleDto;
  verdictNeedsSource: boolean;
}

export interface ArticleWorkbenchProps {
  article: ArticleDto;
  speakerOptions: SpeakerOption[];
  canEdit: boolean;
  /** The title and metadata, rendered on the server above the text. */
  header: ReactNode;
  /** The sources and verdicts of the article's claims: the selected claim shows its own under it. */
  evidence: ArticleEvidence | null;
}

interface ScrollRequest {
  item: ItemRef;
  text: boolean;
  panel: boolean;
  flash: boolean;
}

const shortcutHelp = [
  { keys: ["j"], description: "Next claim" },
  { keys: ["k"], description: "Previous claim" },
  { keys: ["s"], description: "Add a source to the selected claim" },
  { keys: ["v"], description: "Write the verdict on the selected claim" },
  { keys: ["/"], description: "Search" },
  { keys: ["Esc"], description: "Cancel resizing, or clear the selection" },
  { keys: ["?"], description: "Show these shortcuts" },
];

function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * The article view fact-checkers work in: the pinned text with its highlights, the ranked claims and the
 * quotes by speaker side by side, kept in step (select in one, see it in the other), plus corrections.
 */
export function ArticleWorkbench({ article, speakerOptions, canEdit, header, evidence }: ArticleWorkbenchProps) {
  const router = useRouter();
  const rootRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const scrollRequest = useRef<ScrollRequest | null>(null);
  const pointerDown = useRef(false);
  const [selected, setSelected] = useState<ItemRef | null>(null);
  const [draft, setDraft] = useState<BoundsDraft | null>(null);
  const [filter, setFilter] = useState<ClaimFilter>("all");
  const [pick, setPick] = useState<{ span: BodySpan; position: ToolbarPosition } | null>(null);
  const [quoteSpan, setQuoteSpan] = useState<BodySpan | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [evidenceForm, setEvidenceForm] = useState<EvidenceForm>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [notice, setNotice] = useState<ActionMessage | null>(null);
  const adder = useReviewAction();

  const { body } = article;
  const panelClaims = useMemo(() => rankClaims(article.claims, filter), [article.claims, filter]);
  const speakerOrder = useMemo(() => article.speakers.map((speaker) => speaker.id), [article.speakers]);
  const textClaims = useMemo(
    () => (draft?.kind === "claim" ? article.claims.map((claim) => (claim.id === draft.id ? { ...claim, start: draft.start, end: draft.end } : claim)) : article.claims),
    [article.claims, draft],
  );
  const textQuotes = useMemo(
    () => (draft?.kind === "quote" ? article.quotes.map((quote) => (quote.id === draft.id ? { ...quote, start: draft.start, end: draft.end } : quote)) : article.quotes),
    [article.quotes, draft],
  );
  const findItem = useCallback(
    (item: ItemRef | null) => (item === null ? undefined : item.kind === "claim" ? article.claims.find((c) => c.id === item.id) : article.quotes.find((q) => q.id === item.id)),
    [article.claims, article.quotes],
  );
  // A deleted item (here or by someone else) is no longer selected.
  const selectedItem = findItem(selected);
  const activeSelection = selectedItem ? selected : null;
  const focus: TextFocus | null = useMemo(() => {
    if (!activeSelection || !selectedItem) return null;
    const editing = draft && draft.kind === activeSelection.kind && draft.id === activeSelection.id ? draft : null;
    return editing ? { start: editing.start, end: editing.end, draft: true } : { start: selectedItem.start, end: selectedItem.end, draft: false };
  }, [activeSelection, selectedItem, draft]);

  const select = useCallback(
    (item: ItemRef | null, request: Omit<ScrollRequest, "item"> = { text: false, panel: false, flash: false }) => {
      setSelected(item);
      setEvidenceForm(null);
      setHint(null);
      setNotice(null);
      setDraft((current) => (current && item && current.kind === item.kind && current.id === item.id ? current : null));
      if (item?.kind === "claim" && !rankClaims(article.claims, filter).some((claim) => claim.id === item.id)) setFilter("all");
      scrollRequest.current = item ? { item, ...request } : null;
    },
    [article.claims, filter],
  );

  // Scrolls run after the render that expands the selected item, and again once a just-created item arrives.
  useEffect(() => {
    const request = scrollRequest.current;
    if (!request) return;
    const span = findItem(request.item);
    if (!span) return;
    scrollRequest.current = null;
    const behavior: ScrollBehavior = prefersReducedMotion() ? "auto" : "smooth";
    if (request.text) document.getElementById(`${request.item.kind}-${request.item.id}`)?.scrollIntoView({ block: "center", behavior });
    if (request.panel) scrollPanelTo(panelRef.current, request.item, behavior);
    if (request.flash && textRef.current) flashSpan(textRef.current, span);
  });

  // Links like /articles/ID#quote-QID (from the speaker pages) open with that item selected.
  useEffect(() => {
    const fromHash = () => {
      const match = /^#(claim|quote)-(.+)$/.exec(window.location.hash);
      if (match) select({ kind: match[1] as ItemRef["kind"], id: decodeURIComponent(match[2]!) }, { text: true, panel: true, flash: true });
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
    // Only on arrival and on hash changes, not whenever the selection logic changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    rootRef.current?.setAttribute("data-ready-at", String(Math.round(performance.now())));
  }, []);

  const readSelection = useCallback(() => {
    const container = textRef.current;
    const selection = window.getSelection();
    if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return setPick(null);
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return setPick(null);
    const a = domPointToOffset(container, range.startContainer, range.startOffset, body.length);
    const b = domPointToOffset(container, range.endContainer, range.endOffset, body.length);
    const span = a === null || b === null ? null : toTrimmedSpan(body, a, b);
    if (!span) return setPick(null);
    const rect = range.getBoundingClientRect();
    setPick({ span, position: { top: rect.top, bottom: rect.bottom, centre: rect.left + rect.width / 2 } });
  }, [body]);

  useEffect(() => {
    if (!canEdit) return;
    let timer: number | undefined;
    const onSelectionChange = () => {
      window.clearTimeout(timer);
      if (!pointerDown.current) timer = window.setTimeout(readSelection, 120);
    };
    const onPointerUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      readSelection();
    };
    const onScroll = () => {
      if (window.getSelection()?.isCollapsed === false) readSelection();
    };
    document.addEventListener("selectionchange", onSelectionChange);
    window.addEventListener("pointerup", onPointerUp);
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener("selectionchange", onSelectionChange);
      window.removeEventListener("pointerup", onPointerUp);
      window.removeEventListener("scroll", onScroll);
    };
  }, [canEdit, readSelection]);

  const clearPick = () => {
    setPick(null);
    window.getSelection()?.removeAllRanges();
  };

  const addClaim = (span: BodySpan) => {
    adder.run(addClaimAction, { articleId: article.id, start: span.start, end: span.end }, (state) => {
      clearPick();
      const claimId = state.data?.claimId;
      if (claimId) select({ kind: "claim", id: claimId }, { text: false, panel: true, flash: true });
    });
  };

  const addQuote = (form: HTMLFormElement) => {
    if (!quoteSpan) return;
    adder.run(
      addQuoteAction,
      { articleId: article.id, start: quoteSpan.start, end: quoteSpan.end },
      (state) => {
        setQuoteSpan(null);
        clearPick();
        const quoteId = state.data?.quoteId;
        if (quoteId) select({ kind: "quote", id: quoteId }, { text: false, panel: true, flash: true });
      },
      form,
    );
  };

  const moveClaim = (step: 1 | -1) => {
    if (panelClaims.length === 0) return;
    const index = activeSelection?.kind === "claim" ? panelClaims.findIndex((claim) => claim.id === activeSelection.id) : -1;
    const next = index < 0 ? (step === 1 ? 0 : panelClaims.length - 1) : Math.min(panelClaims.length - 1, Math.max(0, index + step));
    select({ kind: "claim", id: panelClaims[next]!.id }, { text: true, panel: true, flash: false });
  };

  const openEvidence = (form: Exclude<EvidenceForm, null>) => {
    if (activeSelection?.kind !== "claim") {
      setHint(`Select a claim first (j / k), then press ${form === "source" ? "s" : "v"}.`);
      return;
    }
    if (!evidence) {
      setHint("Sources and verdicts are not available here yet: open the claim page.");
      return;
    }
    setEvidenceForm(form);
    scrollRequest.current = { item: activeSelection, text: false, panel: true, flash: false };
  };

  useShortcuts([
    { key: "j", description: "Next claim", run: () => moveClaim(1) },
    { key: "k", description: "Previous claim", run: () => moveClaim(-1) },
    { key: "s", description: "Add a source", run: () => openEvidence("source") },
    { key: "v", description: "Write the verdict", run: () => openEvidence("verdict") },
    {
      key: "/",
      description: "Search",
      run: () => {
        const search = document.querySelector<HTMLInputElement>('header input[type="search"]');
        if (search) search.focus();
        else router.push("/search");
      },
    },
    { key: "?", description: "Shortcuts", run: () => setHelpOpen(true) },
    {
      key: "Escape",
      description: "Cancel",
      run: () => {
        if (draft) setDraft(null);
        else if (pick) clearPick();
        else select(null);
      },
    },
  ]);

  const onTextClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (window.getSelection()?.isCollapsed === false) return;
    const segment = (event.target as Element).closest("[data-start]");
    const claimId = segment?.getAttribute("data-claim-id");
    const quoteId = segment?.getAttribute("data-quote-id");
    if (!claimId && !quoteId) return;
    // A second click on a highlight that is both a claim and a quote selects the quote.
    const item: ItemRef =
      claimId && quoteId && activeSelection?.kind === "claim" && activeSelection.id === claimId
        ? { kind: "quote", id: quoteId }
        : claimId
          ? { kind: "claim", id: claimId }
          : { kind: "quote", id: quoteId! };
    select(item, { text: false, panel: true, flash: false });
  };

  const toolbar = (
    <Card className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-2">
        {canEdit ? <ReanalyzeButton articleId={article.id} version={article.version} /> : null}
        <button type="button" onClick={() => setHelpOpen(true)} className="ml-auto inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900">
          <Keyboard className="h-4 w-4" aria-hidden="true" /> Shortcuts <kbd className="rounded border border-slate-300 px-1 font-mono text-xs">?</kbd>
        </button>
      </div>
      {canEdit ? <p className="text-xs text-slate-600">Select words in the article to add a claim or a quote; select an item to correct it.</p> : null}
      <div aria-live="polite">
        {adder.message && !quoteSpan ? <FormMessage tone={adder.message.tone}>{adder.message.text}</FormMessage> : null}
        {notice ? <FormMessage tone={notice.tone}>{notice.text}</FormMessage> : null}
        {hint ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">{hint}</p> : null}
      </div>
    </Card>
  );

  const selectedLabel = activeSelection?.kind === "claim" ? "Claim" : "Quote";
  return (
    <ReviewNoticeContext value={setNotice}>
      <div ref={rootRef} data-testid="article-workbench" className={cn("grid gap-6 lg:grid-cols-[minmax(0,1fr)_400px]", selectedItem && "pb-16 lg:pb-0")}>
        <Card className="min-w-0 px-5 py-6 sm:px-8">
          {header}
          <div
            ref={textRef}
            onClick={onTextClick}
            onPointerDown={() => {
              pointerDown.current = true;
            }}
            className="whitespace-pre-wrap break-words font-serif text-[17px] leading-8 text-slate-800"
            data-testid="article-text"
          >
            <ArticleText body={body} quotes={textQuotes} claims={textClaims} speakerOrder={speakerOrder} focus={focus} />
          </div>
        </Card>
        <ArticleSidePanel
          article={article}
          speakerOrder={speakerOrder}
          speakerOptions={speakerOptions}
          canEdit={canEdit}
          claims={panelClaims}
          filter={filter}
          onFilterChange={setFilter}
          selected={activeSelection}
          onSelect={(item) => select(item, { text: true, panel: false, flash: true })}
          draft={draft}
          onDraftChange={setDraft}
          renderEvidence={(claim) =>
            evidence ? (
              <ClaimEvidencePanel
                claim={{ id: claim.id, text: claim.text, version: claim.version, status: claim.status }}
                evidence={evidence.byClaim[claim.id] ?? { claimId: claim.id, sources: [], verdict: null }}
                scale={evidence.scale}
                canEdit={canEdit}
                verdictNeedsSource={evidence.verdictNeedsSource}
                openForm={evidenceForm}
                onOpenFormChange={setEvidenceForm}
              />
            ) : null
          }
          toolbar={toolbar}
          panelRef={panelRef}
        />
        {selectedItem ? (
          <div className="fixed inset-x-0 bottom-0 z-30 flex items-center gap-2 border-t border-slate-200 bg-white px-4 py-2 shadow-[0_-2px_8px_rgba(15,23,42,0.08)] lg:hidden">
            <p className="min-w-0 flex-1 truncate text-sm text-slate-800">
              <span className="font-medium">{selectedLabel}:</span> {selectedItem.text}
            </p>
            <button
              type="button"
              className="h-8 shrink-0 rounded-md px-2 text-sm font-medium text-accent-700 hover:bg-accent-50"
              onClick={() => panelRef.current?.querySelector(`[data-panel-item="${activeSelection!.kind}-${activeSelection!.id}"]`)?.scrollIntoView({ block: "start" })}
            >
              Details
            </button>
            <button type="button" aria-label="Clear the selection" className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100" onClick={() => select(null)}>
              <X className="h-4 w-4" aria-hidden="true" />
            </button>
          </div>
        ) : null}
        {pick && canEdit && !quoteSpan ? <SelectionToolbar position={pick.position} pending={adder.pending} onAddClaim={() => addClaim(pick.span)} onAddQuote={() => setQuoteSpan(pick.span)} /> : null}
        <AddQuoteDialog
          open={quoteSpan !== null}
          onClose={() => {
            setQuoteSpan(null);
            adder.setMessage(null);
          }}
          text={quoteSpan ? body.slice(quoteSpan.start, quoteSpan.end) : ""}
          speakers={speakerOptions}
          pending={adder.pending}
          message={adder.message}
          onSubmit={addQuote}
        />
        <ShortcutHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} shortcuts={shortcutHelp} />
      </div>
    </ReviewNoticeContext>
  );
}

/** Scrolls the side panel (when it is its own scroll area, on wide screens) so the item is in view. */
function scrollPanelTo(panel: HTMLElement | null, item: ItemRef, behavior: ScrollBehavior): void {
  const element = panel?.querySelector<HTMLElement>(`[data-panel-item="${item.kind}-${item.id}"]`);
  if (!panel || !element) return;
  if (panel.scrollHeight <= panel.clientHeight + 1 || getComputedStyle(panel).overflowY === "visible") return;
  const top = element.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  panel.scrollTo({ top: Math.max(0, top - 12), behavior });
}

/** Briefly lights up the highlight so the eye finds it after a jump. */
function flashSpan(container: HTMLElement, span: BodySpan): void {
  for (const segment of container.querySelectorAll<HTMLElement>("[data-start]")) {
    const start = Number(segment.dataset.start);
    const end = Number(segment.dataset.end);
    if (start >= span.start && end <= span.end && typeof segment.animate === "function") {
      segment.animate([{ backgroundColor: "#fcd34d" }, { backgroundColor: "#fcd34d", offset: 0.35 }], { duration: 1400, easing: "ease-out" });
    }
  }
}
