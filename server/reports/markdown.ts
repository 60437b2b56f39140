import { parseRationale, type InlineRun, type RationaleBlock } from "./rationale";
import { ratingLine, reportDate, safeWebUrl, speakerLine, stageLabels, stanceLabels, type ArticleReport, type ReportEntry } from "./types";

/**
 * Untrusted text as Markdown that shows exactly that text: Markdown and HTML punctuation is escaped
 * with backslashes (so "<script>" is shown, never parsed as HTML), and line breaks become spaces so
 * the text cannot start a heading, list or table row of its own.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text.replace(/\s+/g, " ").trim());
}

/** Escapes one line of text in place, keeping its spaces (runs of a paragraph are joined as they are). */
function escapeInline(line: string): string {
  const escaped = line.replace(/[\\`*_{}[\]<>#|~&]/g, (char) => `\\${char}`);
  // At the start of a line these would open a list or underline a heading: "- ", "+ ", "=", "2024. ".
  // A "!" at the end would turn a link run that follows ("![x](https://…)") into an image that loads on view.
  return escaped
    .replace(/^(\s*)([-+=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2")
    .replace(/!$/, "\\!");
}

/** A web address as a Markdown link target: spaces, angle brackets and parentheses encoded. */
function linkTarget(url: string): string {
  return url.replace(/[\s<>()]/g, (char) => encodeURIComponent(char));
}

function link(text: string, url: string | null): string {
  const target = safeWebUrl(url);
  return target ? `[${escapeMarkdown(text)}](${linkTarget(target)})` : escapeMarkdown(text);
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  const padded = /^`|`$/.test(text) || text.startsWith(" ") ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\n/g, " ")}${fence}`;
}

function runMarkdown(run: InlineRun): string {
  if (run.code) return codeSpan(run.text);
  // Line breaks inside a paragraph are kept as Markdown hard breaks.
  let text = run.text
    .split("\n")
    .map((line) => escapeInline(line))
    .join("\\\n");
  if (!text) return "";
  if (run.italic) text = `*${text}*`;
  if (run.bold) text = `**${text}**`;
  if (run.href) {
    const target = /^mailto:/i.test(run.href) ? run.href : safeWebUrl(run.href);
    if (target) text = `[${text}](${linkTarget(target)})`;
  }
  return text;
}

function blockMarkdown(block: RationaleBlock): string {
  const quote = "> ".repeat(block.quoted);
  const pad = "   ".repeat(block.indent);
  if (block.type === "rule") return `${quote}${pad}---`;
  if (block.type === "code") {
    const longest = Math.max(2, ...[...block.text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = "`".repeat(longest + 1);
    return [fence, ...block.text.split("\n"), fence].map((line) => `${quote}${pad}${line}`).join("\n");
  }
  const text = block.runs.map(runMarkdown).join("");
  if (block.type === "heading") return `${quote}#### ${text}`;
  if (block.type === "list-item") return `${quote}${pad}${block.marker === "•" ? "-" : block.marker} ${text}`;
  return `${quote}${pad}${text}`;
}

/** A rationale re-written as Markdown from its safe reading: formatting kept, raw HTML shown as text. */
export function rationaleMarkdown(source: string): string {
  const blocks = parseRationale(source);
  let markdown = "";
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    // Consecutive items of one list stay together; everything else is its own paragraph.
    const tight = previous && block.type === "list-item" && previous.type === "list-item" && previous.quoted === block.quoted;
    if (index > 0) markdown += tight ? "\n" : "\n\n";
    markdown += blockMarkdown(block);
  });
  return markdown;
}

function tableCell(text: string): string {
  return escapeMarkdown(text) || " ";
}

function verdictSummary(entry: ReportEntry): string {
  if (!entry.verdict) return "Not checked";
  return entry.stage === "published" ? entry.verdict.label : `${entry.verdict.label} (${stageLabels[entry.stage]})`;
}

function entryMarkdown(entry: ReportEntry, index: number): string {
  const lines: string[] = [];
  lines.push(`### ${index + 1}. ${escapeMarkdown(entry.verdict?.label ?? "Not checked")}${entry.stage === "published" ? "" : ` — ${escapeMarkdown(stageLabels[entry.stage])}`}`);
  lines.push("");
  lines.push(`> ${escapeMarkdown(entry.text)}`);
  lines.push(">");
  lines.push(`> — ${escapeMarkdown(speakerLine(entry.speaker))}${entry.quote ? `, in a ${entry.quote.type === "direct" ? "direct quote" : "reported statement"}` : ""}`);
  lines.push("");
  if (entry.verdict) {
    lines.push(`**Verdict:** ${escapeMarkdown(entry.verdict.label)}, rated ${escapeMarkdown(ratingLine(entry.verdict))}`);
    lines.push("");
    lines.push("#### Rationale");
    lines.push("");
    lines.push(rationaleMarkdown(entry.verdict.rationale) || "_No rationale written._");
    lines.push("");
  }
  if (entry.sources.length > 0) {
    lines.push("#### Sources");
    lines.push("");
    entry.sources.forEach((source, sourceIndex) => {
      const details = [
        source.publisher ? escapeMarkdown(source.publisher) : null,
        source.publishedAt ? `published ${reportDate(source.publishedAt)}` : null,
        `accessed ${reportDate(source.accessedAt)}`,
      ].filter(Boolean);
      lines.push(`${sourceIndex + 1}. **${stanceLabels[source.stance]}:** ${link(source.title, source.url)} — ${details.join(", ")}`);
      if (source.url && !safeWebUrl(source.url)) lines.push(`   Address: ${escapeMarkdown(source.url)}`);
      else if (source.url) lines.push(`   <${linkTarget(safeWebUrl(source.url)!)}>`);
      if (source.excerpt.trim()) lines.push(`   > ${escapeMarkdown(source.excerpt)}`);
    });
    lines.push("");
  }
  const people = [
    entry.verdict ? `**Checked by** ${escapeMarkdown(entry.verdict.authorName ?? "a former member")} (last changed ${reportDate(entry.verdict.updatedAt)})` : null,
    entry.approvedAt ? `**Approved by** ${escapeMarkdown(entry.approvedBy ?? "a former member")} on ${reportDate(entry.approvedAt)}` : null,
    entry.publishedAt ? `**Published** ${reportDate(entry.publishedAt)}${entry.publishedBy ? ` by ${escapeMarkdown(entry.publishedBy)}` : ""}` : null,
  ].filter(Boolean);
  if (people.length) lines.push(people.join(" · "), "");
  return lines.join("\n");
}

/** The report as a Markdown document (CommonMark with GFM tables). */
export function renderReportMarkdown(report: ArticleReport): string {
  const { article } = report;
  const lines: string[] = [];
  lines.push(`# Verdict report: ${escapeMarkdown(article.title)}`, "");
  if (article.publisher) lines.push(`- **Publisher:** ${escapeMarkdown(article.publisher)}`);
  if (article.sourceUrl) lines.push(`- **Article:** ${safeWebUrl(article.sourceUrl) ? `<${linkTarget(safeWebUrl(article.sourceUrl)!)}>` : escapeMarkdown(article.sourceUrl)}`);
  lines.push(`- **Published:** ${reportDate(article.publishedAt)}`);
  lines.push(`- **Checked by:** ${escapeMarkdown(report.team.name)}`);
  lines.push(`- **Report generated:** ${reportDate(report.generatedAt)}`);
  lines.push(`- **Showing:** ${report.include === "published" ? "published fact-checks only" : "every checked claim; drafts are marked"}`);
  if (report.reportUrl) lines.push(`- **Public page:** <${linkTarget(report.reportUrl)}>`);
  lines.push("");
  lines.push("## Summary", "");
  if (report.entries.length === 0) {
    lines.push(report.include === "published" ? "No fact-check of this article is published yet." : "No claim of this article has been checked yet.", "");
  } else {
    lines.push("| # | Claim | Speaker | Verdict |", "| --: | --- | --- | --- |");
    report.entries.forEach((entry, index) => {
      lines.push(`| ${index + 1} | ${tableCell(entry.text)} | ${tableCell(entry.speaker?.name ?? "Unattributed")} | ${tableCell(verdictSummary(entry))} |`);
    });
    lines.push("", "## Fact-checks", "");
    report.entries.forEach((entry, index) => lines.push(entryMarkdown(entry, index)));
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
