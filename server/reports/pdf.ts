import { existsSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { parseRationale, type InlineRun } from "./rationale";
import { ratingLine, reportDate, safeWebUrl, speakerLine, stageLabels, stanceLabels, type ArticleReport, type ReportEntry } from "./types";

type Doc = PDFKit.PDFDocument;

interface FontSet {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
  /** True for an embedded Unicode font; the standard PDF fonts only have the Windows-1252 characters. */
  unicode: boolean;
}

const standardFonts: FontSet = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique", boldItalic: "Helvetica-BoldOblique", unicode: false };

// DejaVu Sans covers Latin (with every accent), Greek and Cyrillic. Debian, Fedora and Arch put it in one of
// these folders (Debian's fonts-dejavu-core comes with Chromium and most desktops). The Inter the app
// uses ships only as WOFF2, which fontkit 2 cannot subset: its composite glyphs come out corrupt.
const dejaVuFolders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu-sans-fonts"];

let systemFonts: FontSet | null | undefined;

function findSystemFonts(): FontSet | null {
  if (systemFonts !== undefined) return systemFonts;
  systemFonts = null;
  for (const folder of dejaVuFolders) {
    const files = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italic: "DejaVuSans-Oblique.ttf", boldItalic: "DejaVuSans-BoldOblique.ttf" };
    const paths = Object.fromEntries(Object.entries(files).map(([key, file]) => [key, path.join(folder, file)])) as Omit<FontSet, "unicode">;
    if (Object.values(paths).every((file) => existsSync(file))) {
      systemFonts = { ...paths, unicode: true };
      break;
    }
  }
  return systemFonts;
}

const winAnsiExtras = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

const lookalikes: Record<string, string> = {
  Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", Ŧ: "T", ŧ: "t", "‐": "-", "‑": "-", "‒": "-", "−": "-", "′": "'", "″": '"',
  "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200a": " ", "\u200b": "", "\u2060": "", "\ufeff": "",
};

function isWinAnsi(code: number): boolean {
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(code);
}

/**
 * Text for the standard PDF fonts: characters outside Windows-1252 lose their accents ("ğ" → "g"), take a
 * look-alike ("Ł" → "L") or become "?", instead of turning into the wrong glyphs.
 */
export function toWinAnsi(text: string): string {
  let result = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (isWinAnsi(code)) {
      result += char;
      continue;
    }
    if (char in lookalikes) {
      result += lookalikes[char];
      continue;
    }
    const bare = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    result += [...bare].every((part) => isWinAnsi(part.codePointAt(0)!)) && bare ? bare : "?";
  }
  return result;
}

const colours = { text: "#0f172a", muted: "#475569", accent: "#4338ca", rule: "#cbd5e1", draft: "#92400e", published: "#065f46" };
const margin = { top: 72, bottom: 64, left: 56, right: 56 };

export interface RenderPdfOptions {
  /** "auto" embeds DejaVu Sans when the system has it; "standard" always uses the built-in PDF fonts. */
  fonts?: "auto" | "standard";
}

/** The report as a print-ready A4 PDF: real, selectable text, clickable links, and page numbers. */
export async function renderReportPdf(report: ArticleReport, options: RenderPdfOptions = {}): Promise<Buffer> {
  const fonts = (options.fonts ?? "auto") === "auto" ? (findSystemFonts() ?? standardFonts) : standardFonts;
  const clean = fonts.unicode ? (text: string) => text : toWinAnsi;
  const doc: Doc = new PDFDocument({
    size: "A4",
    margins: margin,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: "1.7",
    lang: "en",
    displayTitle: true,
    info: {
      Title: clean(`Verdict report: ${report.article.title}`),
      Author: clean(report.team.name),
      Subject: clean(`Fact-checks of ${report.article.title}`),
      Creator: "Factdesk",
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.registerFont("italic", fonts.italic);
  doc.registerFont("boldItalic", fonts.boldItalic);
  const writer = new ReportWriter(doc, clean);
  writer.write(report);
  writer.addPageFurniture(report);
  doc.end();
  return finished;
}

class ReportWriter {
  private readonly width: number;

  constructor(
    private readonly doc: Doc,
    private readonly clean: (text: string) => string,
  ) {
    this.width = doc.page.width - margin.left - margin.right;
  }

  private get bottom(): number {
    return this.doc.page.height - margin.bottom;
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private text(value: string, options: { font?: string; size?: number; colour?: string; x?: number; width?: number; gap?: number; link?: string | null } = {}): void {
    const { doc } = this;
    const x = options.x ?? margin.left;
    doc.font(options.font ?? "regular").fontSize(options.size ?? 10).fillColor(options.colour ?? colours.text);
    doc.text(this.clean(value), x, doc.y, {
      width: options.width ?? this.width - (x - margin.left),
      lineGap: 2,
      link: options.link ?? undefined,
      underline: Boolean(options.link),
    });
    if (options.gap) doc.moveDown(options.gap);
  }

  private runs(runs: InlineRun[], options: { x: number; size: number; colour?: string; prefix?: string }): void {
    const { doc } = this;
    const parts: InlineRun[] = options.prefix ? [{ text: options.prefix }, ...runs] : runs;
    const visible = parts.filter((run) => run.text.length > 0);
    if (visible.length === 0) return;
    this.ensureSpace(options.size * 2);
    visible.forEach((run, index) => {
      const href = run.href && (/^mailto:/i.test(run.href) ? run.href : safeWebUrl(run.href));
      const font = run.code ? "regular" : run.bold && run.italic ? "boldItalic" : run.bold ? "bold" : run.italic ? "italic" : "regular";
      doc.font(font).fontSize(options.size).fillColor(href ? colours.accent : (options.colour ?? colours.text));
      const textOptions = { width: this.width - (options.x - margin.left), lineGap: 2, continued: index < visible.length - 1, link: href || undefined, underline: Boolean(href) };
      if (index === 0) doc.text(this.clean(run.text), options.x, doc.y, textOptions);
      else doc.text(this.clean(run.text), textOptions);
    });
  }

  private rule(): void {
    const { doc } = this;
    doc.moveDown(0.6);
    doc.moveTo(margin.left, doc.y).lineTo(margin.left + this.width, doc.y).lineWidth(0.5).strokeColor(colours.rule).stroke();
    doc.moveDown(0.8);
  }

  write(report: ArticleReport): void {
    const { doc } = this;
    const { article } = report;
    this.text("VERDICT REPORT", { font: "bold", size: 9, colour: colours.accent, gap: 0.3 });
    this.text(article.title, { font: "bold", size: 20, gap: 0.4 });
    const facts = [article.publisher, article.publishedAt ? `Published ${reportDate(article.publishedAt)}` : null].filter((part): part is string => Boolean(part));
    if (facts.length) this.text(facts.join(" · "), { colour: colours.muted });
    const articleUrl = safeWebUrl(article.sourceUrl);
    if (articleUrl) this.text(articleUrl, { colour: colours.accent, link: articleUrl });
    else if (article.sourceUrl) this.text(article.sourceUrl, { colour: colours.muted });
    this.text(
      `Checked by ${report.team.name} · report of ${reportDate(report.generatedAt)} · ${report.include === "published" ? "published fact-checks only" : "every checked claim, drafts marked"}`,
      { colour: colours.muted, size: 9 },
    );
    if (report.reportUrl) this.text(report.reportUrl, { colour: colours.accent, size: 9, link: report.reportUrl });
    doc.moveDown(1);
    this.text("Summary", { font: "bold", size: 14, gap: 0.4 });
    if (report.entries.length === 0) {
      this.text(report.include === "published" ? "No fact-check of this article is published yet." : "No claim of this article has been checked yet.", { colour: colours.muted });
      return;
    }
    this.summaryTable(report.entries);
    doc.moveDown(1);
    this.text("Fact-checks", { font: "bold", size: 14, gap: 0.2 });
    this.rule();
    report.entries.forEach((entry, index) => {
      this.entry(entry, index);
      if (index < report.entries.length - 1) this.rule();
    });
  }

  private summaryTable(entries: ReportEntry[]): void {
    const { doc } = this;
    const columns = [
      { title: "#", width: 24 },
      { title: "Claim", width: this.width - 24 - 110 - 120 },
      { title: "Speaker", width: 110 },
      { title: "Verdict", width: 120 },
    ];
    const padding = 4;
    const rowHeight = (cells: string[], font: string) => {
      doc.font(font).fontSize(9);
      return Math.max(...cells.map((cell, index) => doc.heightOfString(this.clean(cell), { width: columns[index]!.width - padding * 2, lineGap: 1 }))) + padding * 2;
    };
    const drawRow = (cells: string[], font: string, colour: string) => {
      const height = rowHeight(cells, font);
      if (doc.y + height > this.bottom) {
        doc.addPage();
        if (font !== "bold") drawRow(columns.map((column) => column.title), "bold", colours.muted);
      }
      const top = doc.y;
      let x = margin.left;
      cells.forEach((cell, index) => {
        doc.font(font).fontSize(9).fillColor(colour);
        doc.text(this.clean(cell), x + padding, top + padding, { width: columns[index]!.width - padding * 2, lineGap: 1 });
        x += columns[index]!.width;
      });
      doc.moveTo(margin.left, top + height).lineTo(margin.left + this.width, top + height).lineWidth(0.5).strokeColor(colours.rule).stroke();
      doc.x = margin.left;
      doc.y = top + height;
    };
    drawRow(columns.map((column) => column.title), "bold", colours.muted);
    entries.forEach((entry, index) => {
      const verdict = entry.verdict ? (entry.stage === "published" ? entry.verdict.label : `${entry.verdict.label} (${stageLabels[entry.stage]})`) : "Not checked";
      drawRow([String(index + 1), entry.text, entry.speaker?.name ?? "Unattributed", verdict], "regular", colours.text);
    });
  }

  private entry(entry: ReportEntry, index: number): void {
    const { doc } = this;
    this.ensureSpace(90);
    const heading = `${index + 1}. ${entry.verdict?.label ?? "Not checked"}`;
    doc.font("bold").fontSize(13).fillColor(colours.text);
    doc.text(this.clean(heading), margin.left, doc.y, { width: this.width, continued: entry.stage !== "published" });
    if (entry.stage !== "published") {
      doc.font("bold").fontSize(9).fillColor(colours.draft).text(this.clean(`   ${stageLabels[entry.stage].toUpperCase()}`), { width: this.width });
    }
    doc.moveDown(0.4);
    this.text(`“${entry.text}”`, { font: "italic", size: 11, x: margin.left + 12, gap: 0.2 });
    this.text(`— ${speakerLine(entry.speaker)}${entry.quote ? (entry.quote.type === "direct" ? ", direct quote" : ", reported statement") : ""}`, {
      x: margin.left + 12,
      colour: colours.muted,
      gap: 0.6,
    });
    if (entry.verdict) {
      this.runs([{ text: entry.verdict.label, bold: true }, { text: ` · rated ${ratingLine(entry.verdict)}` }], { x: margin.left, size: 10 });
      if (entry.verdict.labelDescription) this.text(entry.verdict.labelDescription, { colour: colours.muted, size: 9 });
      doc.moveDown(0.6);
      this.text("Rationale", { font: "bold", size: 10, gap: 0.2 });
      this.rationale(entry.verdict.rationale);
    }
    if (entry.sources.length > 0) {
      doc.moveDown(0.4);
      this.ensureSpace(40);
      this.text("Sources", { font: "bold", size: 10, gap: 0.2 });
      entry.sources.forEach((source, sourceIndex) => {
        this.ensureSpace(36);
        const url = safeWebUrl(source.url);
        this.runs([{ text: `${stanceLabels[source.stance]}: `, bold: true }, url ? { text: source.title, href: url } : { text: source.title }], {
          x: margin.left + 12,
          size: 10,
          prefix: `${sourceIndex + 1}. `,
        });
        const details = [source.publisher, source.publishedAt ? `published ${reportDate(source.publishedAt)}` : null, `accessed ${reportDate(source.accessedAt)}`].filter(
          (part): part is string => Boolean(part),
        );
        this.text(details.join(", "), { x: margin.left + 24, colour: colours.muted, size: 9 });
        if (url) this.text(url, { x: margin.left + 24, colour: colours.accent, size: 8, link: url });
        else if (source.url) this.text(source.url, { x: margin.left + 24, colour: colours.muted, size: 8 });
        if (source.excerpt.trim()) this.text(`“${source.excerpt.trim()}”`, { x: margin.left + 24, font: "italic", size: 9, colour: colours.muted });
        doc.moveDown(0.3);
      });
    }
    const people = [
      entry.verdict ? `Checked by ${entry.verdict.authorName ?? "a former member"}, last changed ${reportDate(entry.verdict.updatedAt)}` : null,
      entry.approvedAt ? `Approved by ${entry.approvedBy ?? "a former member"} on ${reportDate(entry.approvedAt)}` : null,
      entry.publishedAt ? `Published ${reportDate(entry.publishedAt)}${entry.publishedBy ? ` by ${entry.publishedBy}` : ""}` : null,
    ].filter((part): part is string => Boolean(part));
    if (people.length) {
      doc.moveDown(0.3);
      this.text(people.join(" · "), { size: 9, colour: entry.stage === "published" ? colours.published : colours.muted });
    }
  }

  private rationale(source: string): void {
    const { doc } = this;
    const blocks = parseRationale(source);
    if (blocks.length === 0) {
      this.text("No rationale written.", { colour: colours.muted, font: "italic" });
      return;
    }
    for (const block of blocks) {
      const x = margin.left + block.indent * 14 + block.quoted * 12;
      if (block.type === "rule") {
        this.rule();
        continue;
      }
      if (block.type === "code") {
        this.text(block.text, { x, size: 9, colour: colours.muted });
      } else if (block.type === "list-item") {
        this.runs(block.runs, { x, size: 10, prefix: `${block.marker} `, colour: block.quoted ? colours.muted : colours.text });
      } else if (block.type === "heading") {
        this.runs(block.runs.map((run) => ({ ...run, bold: true })), { x, size: 10 });
      } else {
        this.runs(block.runs, { x, size: 10, colour: block.quoted ? colours.muted : colours.text });
      }
      doc.moveDown(block.type === "list-item" ? 0.15 : 0.4);
    }
  }

  /** Running header and "Page n of N" footer on every page, written once the page count is known. */
  addPageFurniture(report: ArticleReport): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      doc.switchToPage(index);
      // Writing into the margins must not make pdfkit start a new page.
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font("regular").fontSize(8).fillColor(colours.muted);
      doc.text(this.clean(`${report.team.name} · Verdict report`), margin.left, 32, { width: this.width / 2, lineBreak: false, ellipsis: true });
      doc.text(this.clean(report.article.title), margin.left + this.width / 2, 32, { width: this.width / 2, align: "right", lineBreak: false, ellipsis: true });
      doc.moveTo(margin.left, 46).lineTo(margin.left + this.width, 46).lineWidth(0.5).strokeColor(colours.rule).stroke();
      const footerY = doc.page.height - 40;
      doc.text(this.clean(`Generated ${reportDate(report.generatedAt)} by Factdesk`), margin.left, footerY, { width: this.width / 2, lineBreak: false });
      doc.text(`Page ${index - range.start + 1} of ${range.count}`, margin.left + this.width / 2, footerY, { width: this.width / 2, align: "right", lineBreak: false });
      doc.page.margins.bottom = bottomMargin;
    }
  }
}
