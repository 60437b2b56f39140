// Distinct, colour-blind-friendly pastel pairs; text stays dark on all of them for contrast.
const palette = [
  { mark: "bg-sky-100", dot: "bg-sky-500" },
  { mark: "bg-violet-100", dot: "bg-violet-500" },
  { mark: "bg-emerald-100", dot: "bg-emerald-500" },
  { mark: "bg-rose-100", dot: "bg-rose-500" },
  { mark: "bg-amber-100", dot: "bg-amber-500" },
  { mark: "bg-teal-100", dot: "bg-teal-500" },
  { mark: "bg-fuchsia-100", dot: "bg-fuchsia-500" },
  { mark: "bg-lime-100", dot: "bg-lime-600" },
];
const unattributed = { mark: "bg-slate-200", dot: "bg-slate-400" };

export function speakerColour(speakerId: string | null, order: string[]): { mark: string; dot: string } {
  if (!speakerId) return unattributed;
  const index = order.indexOf(speakerId);
  return index < 0 ? unattributed : palette[index % palette.length]!;
}
