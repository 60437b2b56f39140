import MarkdownIt from "markdown-it";

// The same reading of a rationale as the app's renderer (components/claims/rationale-markdown.ts): raw
// HTML is text, images are off and only web and mailto links count. What comes out is a small tree of
// blocks and styled runs that the Markdown, PDF and plain-text renderers each write in their own way.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
markdown.disable("image");
markdown.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());

type Token = ReturnType<typeof markdown.parse>[number];

export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A web or mailto address (validated); absent for plain text. */
  href?: string;
}

export type RationaleBlock =
  | { type: "paragraph" | "heading"; runs: InlineRun[]; quoted: number; indent: number }
  | { type: "list-item"; runs: InlineRun[]; quoted: number; indent: number; marker: string }
  | { type: "code"; text: string; quoted: number; indent: number }
  | { type: "rule"; quoted: number; indent: number };

function inlineRuns(children: Token[]): InlineRun[] {
  const runs: InlineRun[] = [];
  let bold = 0;
  let italic = 0;
  const links: string[] = [];
  const push = (text: string, extra: Partial<InlineRun> = {}) => {
    if (!text) return;
    const run: InlineRun = { text };
    if (bold > 0) run.bold = true;
    if (italic > 0) run.italic = true;
    const href = links.at(-1);
    if (href) run.href = href;
    Object.assign(run, extra);
    runs.push(run);
  };
  for (const token of children) {
    switch (token.type) {
      case "text":
      case "html_inline":
        push(token.content);
        break;
      case "softbreak":
      case "hardbreak":
        push("\n");
        break;
      case "code_inline":
        push(token.content, { code: true });
        break;
      case "strong_open":
        bold++;
        break;
      case "strong_close":
        bold = Math.max(0, bold - 1);
        break;
      case "em_open":
        italic++;
        break;
      case "em_close":
        italic = Math.max(0, italic - 1);
        break;
      case "link_open":
        links.push(String(token.attrGet("href") ?? ""));
        break;
      case "link_close":
        links.pop();
        break;
      default:
        // Strikethrough markers and anything else unknown keep only their text.
        if (token.content && !token.type.endsWith("_open") && !token.type.endsWith("_close")) push(token.content);
    }
  }
  return runs;
}

/** A rationale's Markdown as safe blocks of styled runs. */
export function parseRationale(source: string): RationaleBlock[] {
  const tokens = markdown.parse(source, {});
  const blocks: RationaleBlock[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quoted = 0;
  let pendingMarker: string | null = null;
  let heading = false;
  let tableRow: InlineRun[] | null = null;
  for (const token of tokens) {
    // Text inside a list item lines up with the item's text, one level in from its marker.
    const indent = lists.length;
    switch (token.type) {
      case "blockquote_open":
        quoted++;
        break;
      case "blockquote_close":
        quoted = Math.max(0, quoted - 1);
        break;
      case "bullet_list_open":
        lists.push({ ordered: false, next: 1 });
        break;
      case "ordered_list_open":
        lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) || 1 });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open": {
        const list = lists.at(-1);
        pendingMarker = list?.ordered ? `${list.next++}.` : "•";
        break;
      }
      case "list_item_close":
        pendingMarker = null;
        break;
      case "heading_open":
        heading = true;
        break;
      case "heading_close":
        heading = false;
        break;
      case "tr_open":
        tableRow = [];
        break;
      case "tr_close":
        if (tableRow) blocks.push({ type: "paragraph", runs: tableRow, quoted, indent: lists.length });
        tableRow = null;
        break;
      case "inline": {
        const runs = inlineRuns(token.children ?? []);
        if (tableRow) {
          if (tableRow.length > 0) tableRow.push({ text: " | " });
          tableRow.push(...runs);
        } else if (pendingMarker !== null) {
          blocks.push({ type: "list-item", runs, quoted, indent: Math.max(0, lists.length - 1), marker: pendingMarker });
          pendingMarker = null;
        } else {
          blocks.push({ type: heading ? "heading" : "paragraph", runs, quoted, indent });
        }
        break;
      }
      case "fence":
      case "code_block":
        blocks.push({ type: "code", text: token.content.replace(/\n$/, ""), quoted, indent });
        break;
      case "hr":
        blocks.push({ type: "rule", quoted, indent });
        break;
      default:
        break;
    }
  }
  return blocks;
}

function runText(run: InlineRun): string {
  if (!run.href) return run.text;
  const target = run.href.replace(/^mailto:/i, "");
  return run.text === run.href || run.text === target ? run.text : `${run.text} (${target})`;
}

/** The rationale as plain text (CSV cells, search snippets): paragraphs, bullets and "text (url)" links. */
export function rationalePlainText(source: string): string {
  return parseRationale(source)
    .map((block) => {
      const pad = "  ".repeat(block.indent);
      if (block.type === "rule") return `${pad}—`;
      if (block.type === "code") return block.text;
      const text = block.runs.map(runText).join("");
      return block.type === "list-item" ? `${pad}${block.marker} ${text}` : `${pad}${text}`;
    })
    .join("\n")
    .trim();
}
