import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, rationaleMarkdown, renderReportMarkdown } from "./markdown";
import { hostile, sampleReport } from "./report-fixture";

// A permissive renderer, as a reader's tool might be: raw HTML on. Whatever the report says must still be inert.
const permissive = new MarkdownIt({ html: true, linkify: true });

describe("escapeMarkdown", () => {
  it.each([
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["2024. a year", "2024\\. a year"],
    ["a | b", "a \\| b"],
    ["line one\n# two", "line one \\# two"],
    ["Al-Sudani's “words” — fine", "Al-Sudani's “words” — fine"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("shows exactly the text once rendered", () => {
    for (const text of Object.values(hostile)) {
      const html = permissive.renderInline(escapeMarkdown(text));
      expect(html).not.toMatch(/<(script|img)\b|href="(?!https?:)/i);
    }
    expect(permissive.renderInline(escapeMarkdown(hostile.claim))).toBe(
      "Harbour City spent $48 million on roads in 2025 — up 12% &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; [click](javascript:alert(1))",
    );
  });
});

describe("rationaleMarkdown", () => {
  it("keeps formatting and web links, turns raw HTML and bad links into text", () => {
    const markdown = rationaleMarkdown(hostile.rationale);
    expect(markdown).toContain("**city accounts**");
    expect(markdown).toContain("[ONS](https://www.ons.gov.uk/x)");
    const html = permissive.render(markdown);
    expect(html).not.toMatch(/<script|<img|href="(?!https?:)/i);
    expect(html).toContain("&lt;script&gt;");
    // The rationale's own heading sits below the report's headings.
    expect(markdown).toContain("#### Heading");
  });

  it("keeps lists, quotes and code blocks", () => {
    const markdown = rationaleMarkdown("1. one\n2. two\n\n> quoted *text*\n\n```\n<b>code</b>\n```");
    expect(markdown).toBe("1. one\n2. two\n\n> quoted *text*\n\n```\n<b>code</b>\n```");
  });
});

describe("renderReportMarkdown", () => {
  const markdown = renderReportMarkdown(sampleReport());

  it("has the article, a summary table and every fact-check with sources, people and dates", () => {
    expect(markdown.startsWith("# Verdict report: Mayor's “budget” – \\<script\\>")).toBe(true);
    expect(markdown).toContain("- **Article:** <https://herald.example.org/2026/roads>");
    expect(markdown).toContain("| # | Claim | Speaker | Verdict |");
    expect(markdown).toContain("| Half True (Draft) |");
    expect(markdown).toContain("### 2. Half True — Draft");
    expect(markdown).toContain("**Verdict:** Mostly True, rated 4 on a scale of 0 to 5 (PolitiFact)");
    expect(markdown).toContain("1. **Supports:** [Harbour City annual accounts 2025](https://harbourcity.example.org/budget/2025)");
    expect(markdown).toContain("**Checked by** Fatima Checker");
    expect(markdown).toContain("**Approved by** Eddie Editor on 3 February 2026");
    expect(markdown).toContain("**Published** 4 February 2026 by Eddie Editor");
  });

  it("never links a non-web source address and never emits raw HTML", () => {
    const html = permissive.render(markdown);
    expect(html).not.toMatch(/<script|<img|href="(?!https?:)/i);
    expect(html).toContain("Evil source &lt;b&gt;bold&lt;/b&gt;");
  });

  it("says so when nothing is published", () => {
    expect(renderReportMarkdown(sampleReport({ include: "published", entries: [] }))).toContain("No fact-check of this article is published yet.");
  });
});
