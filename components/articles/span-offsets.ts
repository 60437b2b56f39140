// Maps DOM selections in the rendered article to offsets into the pinned body, and moves span edges
// word by word. The article is rendered as segments carrying data-start (their offset in the body), so
// a DOM position is its segment's start plus the characters before it inside that segment.

export interface BodySpan {
  start: number;
  end: number;
}

/** The DOM bits the mapping needs; the browser's Node satisfies it, and so does linkedom's in tests. */
interface DomNode {
  nodeType: number;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?: (name: string) => string | null;
}

const TEXT_NODE = 3;

function segmentOf(node: DomNode | null, container: DomNode): DomNode | null {
  for (let current = node; current && current !== container; current = current.parentNode) {
    if (current.nodeType === 1 && current.getAttribute?.("data-start") != null) return current;
  }
  return null;
}

function textLength(node: DomNode): number {
  return (node.textContent ?? "").length;
}

/** Characters inside `root` before the DOM position (node, offset), counting only text. */
function charactersBefore(root: DomNode, node: DomNode, offset: number): number {
  let count = 0;
  if (node.nodeType === TEXT_NODE) count = offset;
  else for (let i = 0; i < offset && i < node.childNodes.length; i++) count += textLength(node.childNodes[i]!);
  for (let current: DomNode = node; current !== root && current.parentNode; current = current.parentNode) {
    const siblings = current.parentNode.childNodes;
    for (let i = 0; i < siblings.length && siblings[i] !== current; i++) count += textLength(siblings[i]!);
  }
  return count;
}

/**
 * The body offset of a DOM position inside the rendered article `container`, or null when the position
 * is outside it. A position between segments (on the container itself) takes the next segment's start.
 */
export function domPointToOffset(container: DomNode, node: DomNode, offset: number, bodyLength: number): number | null {
  if (node === container) {
    const next = container.childNodes[offset];
    return next ? segmentStart(next) : bodyLength;
  }
  const segment = segmentOf(node, container);
  if (!segment) return null;
  const start = segmentStart(segment);
  if (start === null) return null;
  return Math.min(bodyLength, start + charactersBefore(segment, node, offset));
}

function segmentStart(node: DomNode): number | null {
  const value = node.getAttribute?.("data-start");
  const start = value == null ? NaN : Number(value);
  return Number.isInteger(start) ? start : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x3000;
}

/** Orders two offsets and trims surrounding whitespace; null when nothing but whitespace is left. */
export function toTrimmedSpan(body: string, a: number, b: number): BodySpan | null {
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(body.length, Math.max(a, b));
  while (start < end && isSpace(body.charCodeAt(start))) start++;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

export type SpanEdge = "start" | "end";
export type NudgeDirection = "expand" | "shrink";

// Words are runs of non-space characters, so punctuation stays with its word ("Iraq," moves as one).
function previousWordStart(body: string, position: number): number {
  let index = position;
  while (index > 0 && isSpace(body.charCodeAt(index - 1))) index--;
  while (index > 0 && !isSpace(body.charCodeAt(index - 1))) index--;
  return index;
}

function nextWordEnd(body: string, position: number): number {
  let index = position;
  while (index < body.length && isSpace(body.charCodeAt(index))) index++;
  while (index < body.length && !isSpace(body.charCodeAt(index))) index++;
  return index;
}

function nextWordStart(body: string, position: number): number {
  let index = position;
  while (index < body.length && !isSpace(body.charCodeAt(index))) index++;
  while (index < body.length && isSpace(body.charCodeAt(index))) index++;
  return index;
}

function previousWordEnd(body: string, position: number): number {
  let index = position;
  while (index > 0 && !isSpace(body.charCodeAt(index - 1))) index--;
  while (index > 0 && isSpace(body.charCodeAt(index - 1))) index--;
  return index;
}

/**
 * Moves one edge of a span by one word: expanding takes in the neighbouring word, shrinking drops the
 * edge word. The span never becomes empty and never leaves the body; it stays trimmed.
 */
export function nudgeSpan(body: string, span: BodySpan, edge: SpanEdge, direction: NudgeDirection): BodySpan {
  let { start, end } = span;
  if (edge === "start") start = direction === "expand" ? previousWordStart(body, start) : nextWordStart(body, start);
  else end = direction === "expand" ? nextWordEnd(body, end) : previousWordEnd(body, end);
  const trimmed = toTrimmedSpan(body, start, end);
  if (!trimmed || trimmed.start >= span.end || trimmed.end <= span.start) return span;
  return trimmed;
}

/** Whether an edge can move that way at all (for disabling the buttons). */
export function canNudge(body: string, span: BodySpan, edge: SpanEdge, direction: NudgeDirection): boolean {
  const next = nudgeSpan(body, span, edge, direction);
  return next.start !== span.start || next.end !== span.end;
}
