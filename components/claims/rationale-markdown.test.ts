import { describe, expect, it } from "vitest";
import { renderRationale } from "./rationale-markdown";

describe("renderRationale", () => {
  it("renders Markdown emphasis, lists and web links with a safe rel", () => {
    const html = renderRationale("The **census** says:\n\n- 12% [ONS](https://www.ons.gov.uk/x)\n- see https://example.org/report");
    expect(html).toContain("<strong>census</strong>");
    expect(html).toContain('<a href="https://www.ons.gov.uk/x" rel="noopener noreferrer nofollow" target="_blank">ONS</a>');
    expect(html).toContain('<a href="https://example.org/report" rel="noopener noreferrer nofollow" target="_blank">');
  });

  it("keeps raw HTML as inert text", () => {
    const html = renderRationale('Before <script>alert("x")</script> <img src=x onerror=alert(1)> after');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it.each([
    ["javascript", "[click](javascript:alert(1))"],
    ["JavaScript with spaces", "[click]( JaVaScRiPt:alert(1) )"],
    ["data", "[click](data:text/html;base64,PHNjcmlwdD4=)"],
    ["vbscript", "[click](vbscript:msgbox)"],
    ["relative", "[click](/settings)"],
    ["autolink", "<javascript:alert(1)>"],
  ])("drops %s links", (_name, source) => {
    const html = renderRationale(source);
    expect(html).not.toContain("<a ");
    expect(html).not.toMatch(/href="(?!https?:|mailto:)/i);
  });

  it("demotes headings below the page's own", () => {
    expect(renderRationale("# Finding\n\n### Detail")).toBe("<h4>Finding</h4>\n<h6>Detail</h6>\n");
  });

  it("allows mailto links without a new tab, and renders no images", () => {
    expect(renderRationale("[desk](mailto:desk@example.org)")).toContain('<a href="mailto:desk@example.org" rel="noopener noreferrer nofollow">desk</a>');
    expect(renderRationale("![chart](https://example.org/c.png)")).not.toContain("<img");
  });
});
