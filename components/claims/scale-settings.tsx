"use client";

import { useId, useState } from "react";
import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { addPresetScaleAction, createCustomScaleAction, deleteScaleAction, setDefaultScaleAction, updateVerdictSourceRuleAction } from "@/server/actions/scales";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/alert";
import { useFormAction } from "./use-form-action";

function Messages({ state }: { state: { error?: string; success?: string } }) {
  if (state.error) return <FormMessage tone="error">{state.error}</FormMessage>;
  if (state.success) return <FormMessage tone="success">{state.success}</FormMessage>;
  return null;
}

export function VerdictSourceRuleForm({ verdictNeedsSource }: { verdictNeedsSource: boolean }) {
  const { state, pending, onSubmit } = useFormAction(updateVerdictSourceRuleAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <label className="flex items-start gap-3 text-sm text-slate-800">
        <input type="checkbox" name="verdictNeedsSource" defaultChecked={verdictNeedsSource} className="mt-0.5 h-4 w-4 shrink-0 accent-accent-600" />
        <span>
          <span className="font-medium">A verdict needs at least one source</span>
          <span className="block text-slate-500">Recommended: a verdict is refused until a source is attached to the claim, and the last source of a verdict cannot be deleted.</span>
        </span>
      </label>
      <Messages state={state} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {pending ? "Saving…" : "Save rule"}
      </Button>
    </form>
  );
}

export interface PresetOption {
  key: string;
  name: string;
  summary: string;
  labels: string[];
  added: boolean;
}

export function AddPresetScaleForm({ presets }: { presets: PresetOption[] }) {
  const id = useId();
  const available = presets.filter((preset) => !preset.added);
  const [chosen, setChosen] = useState(available[0]?.key ?? "");
  const { state, pending, onSubmit } = useFormAction(addPresetScaleAction);
  const preset = presets.find((p) => p.key === chosen);
  if (available.length === 0) return <p className="text-sm text-slate-500">Your team has every preset scale.</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <Field label="Preset" htmlFor={`${id}-preset`}>
        <Select id={`${id}-preset`} name="preset" value={chosen} onChange={(event) => setChosen(event.target.value)} className="sm:max-w-sm">
          {available.map((p) => (
            <option key={p.key} value={p.key}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {preset ? (
        <p className="text-sm text-slate-600">
          {preset.summary} <span className="text-slate-500">Labels: {preset.labels.join(", ")}.</span>
        </p>
      ) : null}
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="makeDefault" className="h-4 w-4 accent-accent-600" /> Make it the default scale
      </label>
      <Messages state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add preset"}
      </Button>
    </form>
  );
}

interface LabelRow {
  key: number;
  name: string;
  value: string;
  description: string;
}

const blankRows = (): LabelRow[] => [
  { key: 1, name: "", value: "3", description: "" },
  { key: 2, name: "", value: "2", description: "" },
  { key: 3, name: "", value: "1", description: "" },
];

/** A custom scale: ordered labels, each with a numeric value (ClaimReview ratingValue) and an optional description. */
export function CustomScaleForm() {
  const id = useId();
  const [rows, setRows] = useState<LabelRow[]>(blankRows);
  const [nextKey, setNextKey] = useState(4);
  const { state, pending, onSubmit } = useFormAction(createCustomScaleAction, {
    onSuccess: (_result, form) => {
      form.reset();
      setRows(blankRows());
    },
  });
  const update = (key: number, change: Partial<LabelRow>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Scale name" htmlFor={`${id}-name`}>
        <Input id={`${id}-name`} name="name" maxLength={80} required className="sm:max-w-sm" />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Labels, from the first listed to the last</legend>
        <p className="text-xs text-slate-500">The value is the ClaimReview rating: the lowest value is the worst rating, the highest the best. Whole numbers from -100 to 100.</p>
        <ol className="space-y-2">
          {rows.map((row, index) => (
            <li key={row.key} className="grid grid-cols-[minmax(0,1fr)_5rem] gap-2 rounded-md border border-slate-200 bg-slate-50/60 p-2 sm:grid-cols-[minmax(0,12rem)_5rem_minmax(0,1fr)_auto] sm:items-center">
              <label className="sr-only" htmlFor={`${id}-label-${row.key}`}>
                Label {index + 1} name
              </label>
              <Input id={`${id}-label-${row.key}`} name="labelName" placeholder="Label" maxLength={60} value={row.name} onChange={(event) => update(row.key, { name: event.target.value })} />
              <label className="sr-only" htmlFor={`${id}-value-${row.key}`}>
                Label {index + 1} value
              </label>
              <Input id={`${id}-value-${row.key}`} name="labelValue" type="number" step={1} min={-100} max={100} value={row.value} onChange={(event) => update(row.key, { value: event.target.value })} />
              <label className="sr-only" htmlFor={`${id}-description-${row.key}`}>
                Label {index + 1} description
              </label>
              <Input
                id={`${id}-description-${row.key}`}
                name="labelDescription"
                placeholder="Description (optional)"
                maxLength={300}
                value={row.description}
                onChange={(event) => update(row.key, { description: event.target.value })}
                className="col-span-2 sm:col-span-1"
              />
              <div className="col-span-2 flex justify-end gap-1 sm:col-span-1 [&_button:disabled]:opacity-40">
                <Button type="button" variant="ghost" size="sm" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move label ${index + 1} up`}>
                  <ArrowUp className="h-4 w-4" aria-hidden="true" />
                </Button>
                <Button type="button" variant="ghost" size="sm" onClick={() => move(index, 1)} disabled={index === rows.length - 1} aria-label={`Move label ${index + 1} down`}>
                  <ArrowDown className="h-4 w-4" aria-hidden="true" />
                </Button>
                <Button type="button" variant="ghost" size="sm" onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))} disabled={rows.length <= 2} aria-label={`Remove label ${index + 1}`}>
                  <X className="h-4 w-4" aria-hidden="true" />
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={rows.length >= 12}
          onClick={() => {
            setRows((current) => [...current, { key: nextKey, name: "", value: "", description: "" }]);
            setNextKey((key) => key + 1);
          }}
        >
          <Plus className="h-4 w-4" aria-hidden="true" /> Add a label
        </Button>
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="makeDefault" className="h-4 w-4 accent-accent-600" /> Make it the default scale
      </label>
      <Messages state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create scale"}
      </Button>
    </form>
  );
}

export function ScaleActions({ scale }: { scale: { id: string; name: string; isDefault: boolean; verdictCount: number } }) {
  const [confirming, setConfirming] = useState(false);
  const makeDefault = useFormAction(setDefaultScaleAction);
  const remove = useFormAction(deleteScaleAction);
  const state = remove.state.error ? remove.state : makeDefault.state;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {!scale.isDefault ? (
          <form onSubmit={makeDefault.onSubmit}>
            <input type="hidden" name="scaleId" value={scale.id} />
            <input type="hidden" name="scaleName" value={scale.name} />
            <Button type="submit" size="sm" variant="secondary" disabled={makeDefault.pending}>
              {makeDefault.pending ? "Saving…" : "Make default"}
              <span className="sr-only"> {scale.name}</span>
            </Button>
          </form>
        ) : null}
        {!scale.isDefault && !confirming ? (
          <Button type="button" size="sm" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setConfirming(true)}>
            Delete<span className="sr-only"> {scale.name}</span>
          </Button>
        ) : null}
      </div>
      {confirming ? (
        <form onSubmit={remove.onSubmit} className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200">
          <input type="hidden" name="scaleId" value={scale.id} />
          <input type="hidden" name="scaleName" value={scale.name} />
          <span className="mr-auto">Delete the “{scale.name}” scale?</span>
          <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
          <Button type="submit" size="sm" variant="danger" disabled={remove.pending}>
            {remove.pending ? "Deleting…" : "Delete scale"}
          </Button>
        </form>
      ) : null}
      <Messages state={state} />
    </div>
  );
}
