"use client";

import { Dialog } from "./dialog";

export interface ShortcutHelp {
  keys: string[];
  description: string;
}

export function ShortcutHelpDialog({ open, onClose, shortcuts }: { open: boolean; onClose: () => void; shortcuts: readonly ShortcutHelp[] }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts" description="They work anywhere on this page except while typing in a field.">
      <dl className="divide-y divide-slate-100 text-sm" data-testid="shortcut-list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.description} className="flex items-center justify-between gap-4 py-2">
            <dt className="text-slate-700">{shortcut.description}</dt>
            <dd className="flex shrink-0 gap-1">
              {shortcut.keys.map((key) => (
                <kbd key={key} className="min-w-7 rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 text-center font-mono text-xs text-slate-800 shadow-sm">
                  {key}
                </kbd>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
