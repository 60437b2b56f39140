import { describe, expect, it } from "vitest";
import { reanchor } from "@/core/index";
import { codePointOffsets } from "@/server/services/build-article-report";
import { sampleReport } from "./report-fixture";
import type { ReportSpan } from "./types";
import { buildWebAnnotations } from "./web-annotations";

const body = "Intro 🚀 text. Harbour City spent $48 million, the mayor said. “We fixed every road,” she added.";

function span(type: "claim" | "quote", id: string, exact: string, extra: Partial<ReportSpan> = {}): ReportSpan {
  const start = body.indexOf(exact);
  const end = start + exact.length;
  const points = codePointOffsets(body, [start, end]);
  return {
    id,
    type,
    start,
    end,
    codePointStart: points.get(start)!,
    codePointEnd: points.get(end)!,
    exact,
    prefix: body.slice(Math.max(0, start - 16), start),
    suffix: body.slice(end, end + 16),
    category: type === "claim" ? "numeric" : "direct",
    speaker: { name: "Ana Mayor", kind: "person", title: null, role: "Mayor" },
    createdAt: "2026-01-31T00:00:00.000Z",
    ...extra,
  };
}

describe("buildWebAnnotations", () => {
  const report = sampleReport({
    spans: [span("claim", "claim-1", "Harbour City spent $48 million"), span("quote", "quote-1", "We fixed every road,")],
  });
  const collection = buildWebAnnotations(report);

  it("is a W3C AnnotationCollection of Annotations on the article", () => {
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 2 });
    expect(collection.first.items).toHaveLength(2);
    for (const annotation of collection.first.items) {
      expect(annotation.type).toBe("Annotation");
      expect(annotation.target.source).toBe("https://herald.example.org/2026/roads");
      expect(annotation.target.selector.map((selector) => selector.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
    }
  });

  it("describes the claim with its speaker and verdict, and the quote with its speaker", () => {
    const [claim, quote] = collection.first.items;
    expect(claim!.motivation).toBe("assessing");
    expect(claim!.body).toEqual(
      expect.arrayContaining([
        { type: "TextualBody", purpose: "tagging", value: "claim" },
        { type: "TextualBody", purpose: "tagging", value: "claim-kind:numeric" },
        { type: "TextualBody", purpose: "describing", value: "Speaker: Ana Mayor (Mayor)", format: "text/plain" },
        { type: "TextualBody", purpose: "assessing", value: "Mostly True (4 on a scale of 0 to 5 (PolitiFact))", format: "text/plain" },
        expect.objectContaining({ purpose: "commenting", format: "text/markdown" }),
      ]),
    );
    expect(quote!.motivation).toBe("highlighting");
    expect(quote!.body.map((item) => item.value)).toEqual(["quote", "quote-type:direct", "Speaker: Ana Mayor (Mayor)"]);
  });

  it("counts positions in code points and re-anchors every selector at the same place", () => {
    for (const [annotation, original] of collection.first.items.map((item, index) => [item, report.spans[index]!] as const)) {
      const [quoteSelector, position] = annotation.target.selector;
      expect(reanchor(body, quoteSelector)).toEqual({ start: original.start, end: original.end });
      // Past the emoji, code points are one fewer than UTF-16 indices.
      expect(position.start).toBe(original.start - 1);
      expect([...body].slice(position.start, position.end).join("")).toBe(quoteSelector.exact);
    }
  });

  it("targets a URN when the article has no web address", () => {
    const withoutUrl = buildWebAnnotations(sampleReport({ article: { ...report.article, sourceUrl: null }, spans: report.spans }));
    expect(withoutUrl.first.items[0]!.target.source).toBe("urn:factdesk:article:article-1");
  });
});
