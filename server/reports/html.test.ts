import { describe, expect, it } from "vitest";
import { renderReportHtml } from "./html";
import { sampleReport } from "./report-fixture";

describe("the standalone HTML report", () => {
  it("escapes every untrusted string and renders the rationale's Markdown without raw HTML", () => {
    const report = sampleReport();
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    report.article.title = `Title ${hostile}`;
    const entry = report.entries[0]!;
    entry.text = `Claim ${hostile}`;
    if (entry.speaker) entry.speaker.name = `Speaker ${hostile}`;
    if (entry.verdict) entry.verdict.rationale = `**Bold** ${hostile} [bad](javascript:alert(1))`;
    const html = renderReportHtml(report);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("Title &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("<strong>Bold</strong>");
  });
});
