"use client";

import { useEffect, useRef } from "react";

export interface Shortcut {
  /** The key as KeyboardEvent.key reports it: "j", "?", "/". */
  key: string;
  description: string;
  run: () => void;
}

/** True when a key press is meant for a form control or editable text, not for a page shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file"].includes(type);
}

/**
 * Single-key page shortcuts. Ignored while typing, with Ctrl/Cmd/Alt held (browser shortcuts), and while
 * a modal dialog is open (it has its own keys).
 */
export function useShortcuts(shortcuts: readonly Shortcut[], enabled = true): void {
  const current = useRef(shortcuts);
  useEffect(() => {
    current.current = shortcuts;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target) || document.querySelector("dialog[open]")) return;
      const shortcut = current.current.find((candidate) => candidate.key === event.key);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
