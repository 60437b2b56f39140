"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { FormState } from "@/server/actions/form-state";

const unreachable = "The server could not be reached or refused the request, so nothing was saved. Check your connection and try again.";

/**
 * Submits a form to a server action without React's automatic form reset, so a refused save keeps
 * everything the user typed; after a success the page's server data is refreshed.
 */
export function useFormAction(
  action: (formData: FormData) => Promise<FormState>,
  options: { onSuccess?: (state: FormState, form: HTMLFormElement) => void; prepare?: (formData: FormData) => void } = {},
) {
  const [state, setState] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    options.prepare?.(formData);
    startTransition(async () => {
      const result = await action(formData).catch((): FormState => ({ error: unreachable }));
      setState(result);
      if (!result.error) {
        options.onSuccess?.(result, form);
        router.refresh();
      }
    });
  };
  return { state, pending, onSubmit, clear: () => setState({}) };
}
