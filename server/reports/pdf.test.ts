import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { renderReportPdf, toWinAnsi } from "./pdf";
import { reportEntry, sampleReport } from "./report-fixture";

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

function linkTargets(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]!);
}

describe("renderReportPdf", () => {
  it("writes real text with the claims, labels, sources and people, and clickable source links", async () => {
    const pdf = await renderReportPdf(sampleReport());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, pages } = await pdfText(pdf);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Harbour City spent $48 million on roads in 2025 — up 12%");
    expect(flat).toContain("Mostly True");
    expect(flat).toContain("Half True");
    expect(flat).toContain("DRAFT");
    expect(flat).toContain("Harbour City annual accounts 2025");
    expect(flat).toContain("https://harbourcity.example.org/budget/2025");
    expect(flat).toContain("Approved by Eddie Editor on 3 February 2026");
    expect(flat).toContain(`Page 1 of ${pages}`);
    // Hostile markup is printed as the text it is.
    expect(flat).toContain("<script>alert(\"rationale\")</script>");
    const links = linkTargets(pdf);
    expect(links).toContain("https://harbourcity.example.org/budget/2025");
    expect(links).toContain("https://herald.example.org/2026/roads");
    expect(links).toContain("https://www.ons.gov.uk/x");
    expect(links.some((link) => link.startsWith("javascript"))).toBe(false);
  });

  it("keeps curly quotes, dashes and accents with the standard fonts, and numbers every page", async () => {
    const entries = Array.from({ length: 12 }, (_, index) => reportEntry({ claimId: `claim-${index}`, text: `Claim ${index}: “quoted” – café naïve — done` }));
    const pdf = await renderReportPdf(sampleReport({ entries }), { fonts: "standard" });
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain("Claim 11: “quoted” – café naïve — done");
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
  });
});

describe("toWinAnsi", () => {
  it("keeps Windows-1252 text and folds the rest to its nearest letters", () => {
    expect(toWinAnsi("“Curly” ‘quotes’ – — … € œ é ü ñ")).toBe("“Curly” ‘quotes’ – — … € œ é ü ñ");
    expect(toWinAnsi("Łódź Erdoğan Ștefan")).toBe("Lódz Erdogan Stefan");
    expect(toWinAnsi("Путин 🚀")).toBe("????? ?");
  });
});
