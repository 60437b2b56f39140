"use client";

import { useEffect, useState } from "react";
import { ClaimEvidencePanel, type ClaimEvidencePanelProps, type EvidenceForm } from "./claim-evidence-panel";

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
}

/**
 * Keyboard shortcuts for a claim's evidence: s opens the source form, v the verdict form, Escape closes
 * the open form. Letters typed into a field, or with a modifier, are left alone.
 */
export function useEvidenceShortcuts(enabled: boolean, setOpenForm: (form: EvidenceForm | null) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (event.key === "Escape") {
        setOpenForm(null);
        return;
      }
      if (isTypingTarget(event.target)) return;
      const form = event.key === "s" ? "source" : event.key === "v" ? "verdict" : null;
      if (!form) return;
      event.preventDefault();
      setOpenForm(form);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled, setOpenForm]);
}

/** The evidence panel of the claim page, with its keyboard shortcuts. */
export function ClaimReviewWorkspace(props: Omit<ClaimEvidencePanelProps, "openForm" | "onOpenFormChange">) {
  const [openForm, setOpenForm] = useState<EvidenceForm | null>(null);
  useEvidenceShortcuts(props.canEdit, setOpenForm);
  return <ClaimEvidencePanel {...props} openForm={openForm} onOpenFormChange={setOpenForm} />;
}
