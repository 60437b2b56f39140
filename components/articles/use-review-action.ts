"use client";

import { useRouter } from "next/navigation";
import { createContext, useState, useTransition } from "react";
import type { FormState } from "@/server/actions/form-state";

export type ReviewAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export interface ActionMessage {
  tone: "error" | "success";
  text: string;
}

/**
 * Runs a server action from a button or a small form and keeps its message. After a refusal (for example
 * someone else changed the item first) the page is refreshed, so the reviewer sees the current version.
 */
export function useReviewAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<ActionMessage | null>(null);

  function run(action: ReviewAction, values: Record<string, string | number>, onSuccess?: (state: FormState) => void, form?: HTMLFormElement): void {
    const formData = form ? new FormData(form) : new FormData();
    for (const [key, value] of Object.entries(values)) formData.set(key, String(value));
    setMessage(null);
    startTransition(async () => {
      const state = await action({}, formData);
      if (state.error) {
        setMessage({ tone: "error", text: state.error });
        router.refresh();
        return;
      }
      setMessage(state.success ? { tone: "success", text: state.success } : null);
      onSuccess?.(state);
    });
  }

  return { run, pending, message, setMessage };
}

/**
 * Where a change that removes its own controls (a deleted item) reports its outcome: the workbench shows
 * it in its status area, which stays on screen.
 */
export const ReviewNoticeContext = createContext<(message: ActionMessage) => void>(() => undefined);
