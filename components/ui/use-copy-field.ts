"use client";

import { useEffect, useRef, useState } from "react";

/**
 * For a value shown once (a token, an invitation link): its read-only field is focused and selected as it
 * appears, and copy() puts it on the clipboard, or leaves it selected for Ctrl+C when the browser refuses.
 */
export function useCopyField(value: string) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [value]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      input.current?.select();
      setCopied("failed");
    }
  };
  return { input, copied, copy };
}
