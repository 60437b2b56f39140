import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { canNudge, domPointToOffset, nudgeSpan, toTrimmedSpan } from "./span-offsets";

const body = "Officials said 900 US soldiers are stationed in Syria. “We are not leaving,” he added.";

/** Renders the body the way ArticleText does: segments with data-start, a nested anchor in one. */
function render() {
  const cut1 = body.indexOf("900");
  const cut2 = body.indexOf(" in Syria");
  const cut3 = body.indexOf("We are");
  const cut4 = body.indexOf(",” he");
  const html =
    `<div id="text">` +
    `<span data-start="0">${body.slice(0, cut1)}</span>` +
    `<span data-start="${cut1}" data-claim-id="c1">${body.slice(cut1, cut2)}</span>` +
    `<span data-start="${cut2}">${body.slice(cut2, cut3)}</span>` +
    `<span data-start="${cut3}" data-quote-id="q1"><span id="claim-c2"></span>${body.slice(cut3, cut4)}</span>` +
    `<span data-start="${cut4}">${body.slice(cut4)}</span>` +
    `</div>`;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const container = document.getElementById("text")!;
  const segment = (start: number) => container.querySelector(`[data-start="${start}"]`)!;
  return { container, segment, cut1, cut2, cut3, cut4 };
}

describe("domPointToOffset", () => {
  it("maps a position inside a segment's text to the body offset", () => {
    const { container, segment, cut1 } = render();
    const text = segment(cut1).firstChild!;
    expect(domPointToOffset(container as never, text as never, 0, body.length)).toBe(cut1);
    expect(domPointToOffset(container as never, text as never, 3, body.length)).toBe(cut1 + 3);
    expect(body.slice(cut1, cut1 + 3)).toBe("900");
  });

  it("skips empty anchor elements before the text of a segment", () => {
    const { container, segment, cut3 } = render();
    const text = segment(cut3).lastChild!;
    expect(domPointToOffset(container as never, text as never, 2, body.length)).toBe(cut3 + 2);
    // A position given as (element, child index) counts the text of the children before it.
    expect(domPointToOffset(container as never, segment(cut3) as never, 2, body.length)).toBe(body.indexOf(",” he"));
  });

  it("maps positions on the container itself to segment boundaries, and outside positions to null", () => {
    const { container, cut2 } = render();
    expect(domPointToOffset(container as never, container as never, 2, body.length)).toBe(cut2);
    expect(domPointToOffset(container as never, container as never, 5, body.length)).toBe(body.length);
    const { document } = parseHTML("<p>elsewhere</p>");
    expect(domPointToOffset(container as never, document.querySelector("p")!.firstChild as never, 1, body.length)).toBeNull();
  });

  it("round-trips every character of the body", () => {
    const { container } = render();
    for (const segment of Array.from(container.children)) {
      const start = Number(segment.getAttribute("data-start"));
      const text = segment.lastChild!;
      for (let i = 0; i <= (text.textContent ?? "").length; i++) {
        expect(domPointToOffset(container as never, text as never, i, body.length)).toBe(start + i);
      }
    }
  });
});

describe("toTrimmedSpan", () => {
  it("orders backwards selections and trims surrounding whitespace", () => {
    const start = body.indexOf(" 900");
    const end = body.indexOf("soldiers") + "soldiers ".length;
    expect(toTrimmedSpan(body, end, start)).toEqual({ start: start + 1, end: end - 1 });
    expect(body.slice(start + 1, end - 1)).toBe("900 US soldiers");
  });
  it("returns null for whitespace only, and clamps to the body", () => {
    expect(toTrimmedSpan(body, 9, 10)).toBeNull();
    expect(toTrimmedSpan("a b", -4, 99)).toEqual({ start: 0, end: 3 });
  });
});

describe("nudgeSpan", () => {
  const text = "The city spent $4.5 million on roads, up 12%.";
  const span = { start: text.indexOf("spent"), end: text.indexOf(" on") };

  it("expands and shrinks each edge by one word, punctuation staying with its word", () => {
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    expect(slice(span)).toBe("spent $4.5 million");
    expect(slice(nudgeSpan(text, span, "start", "expand"))).toBe("city spent $4.5 million");
    expect(slice(nudgeSpan(text, span, "start", "shrink"))).toBe("$4.5 million");
    expect(slice(nudgeSpan(text, span, "end", "expand"))).toBe("spent $4.5 million on");
    expect(slice(nudgeSpan(text, span, "end", "shrink"))).toBe("spent $4.5");
    expect(slice(nudgeSpan(text, nudgeSpan(text, span, "end", "expand"), "end", "expand"))).toBe("spent $4.5 million on roads,");
  });

  it("never empties the span or leaves the text", () => {
    const one = { start: text.indexOf("city"), end: text.indexOf("city") + 4 };
    expect(nudgeSpan(text, one, "start", "shrink")).toEqual(one);
    expect(nudgeSpan(text, one, "end", "shrink")).toEqual(one);
    expect(canNudge(text, one, "end", "shrink")).toBe(false);
    const first = { start: 0, end: 3 };
    expect(nudgeSpan(text, first, "start", "expand")).toEqual(first);
    const last = { start: text.indexOf("12%."), end: text.length };
    expect(canNudge(text, last, "end", "expand")).toBe(false);
    expect(canNudge(text, last, "start", "expand")).toBe(true);
  });
});
