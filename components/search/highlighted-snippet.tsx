import { highlightEnd, highlightStart } from "@/server/repositories/search-markers";

/** Renders a ts_headline snippet, whose match markers are control characters, as text with <mark>s. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  const parts: { text: string; match: boolean }[] = [];
  let rest = snippet;
  while (rest.length) {
    const open = rest.indexOf(highlightStart);
    if (open < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(highlightEnd, open + 1);
    const end = close < 0 ? rest.length : close;
    parts.push({ text: rest.slice(open + 1, end), match: true });
    rest = close < 0 ? "" : rest.slice(close + 1);
  }
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
