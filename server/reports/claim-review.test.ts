import { describe, expect, it } from "vitest";
import { buildClaimReviews, claimReviewedMaxLength, serializeJsonLd, shortenClaim } from "./claim-review";
import { reportEntry, sampleReport } from "./report-fixture";

describe("shortenClaim", () => {
  it("leaves a claim that fits as it is", () => {
    const text = "Unemployment fell to 4.1% in March.";
    expect(shortenClaim(text)).toBe(text);
    const exact = "x".repeat(70) + " abcd";
    expect(shortenClaim(exact)).toBe(exact);
  });

  it("cuts a long claim at a word boundary with an ellipsis, under the limit", () => {
    const text = "The government spent more on defence in 2025 than in any year since the end of the Cold War, the minister said.";
    const short = shortenClaim(text);
    expect(short).toBe("The government spent more on defence in 2025 than in any year since the…");
    expect(short.length).toBeLessThanOrEqual(claimReviewedMaxLength);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
  });

  it("never cuts inside a word and drops a dangling comma", () => {
    const text = `${"word ".repeat(13)}abc, supercalifragilisticexpialidocious and more`;
    const short = shortenClaim(text);
    expect(short.endsWith("abc…")).toBe(true);
    for (let length = 20; length < 120; length += 7) {
      const sentence = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau".slice(0, length);
      const cut = shortenClaim(sentence, 40);
      expect(cut.length).toBeLessThanOrEqual(40);
      const kept = cut.endsWith("…") ? cut.slice(0, -1) : cut;
      // What is kept ends where a word of the original ends.
      expect([" ", undefined]).toContain(sentence[kept.length]);
    }
  });

  it("keeps a single word longer than the limit whole", () => {
    const word = "a".repeat(90);
    expect(shortenClaim(`${word} more`)).toBe(`${word}…`);
  });
});

describe("buildClaimReviews", () => {
  it("exports a published verdict as Google documents ClaimReview", () => {
    const { items, refused } = buildClaimReviews(sampleReport());
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factdesk.example.org/r/abc#claim-claim-1",
      datePublished: "2026-02-04",
      author: { "@type": "Organization", name: "Harbour Fact Desk" },
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 0, alternateName: "Mostly True" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Ana <img src=x onerror=alert(1)> Łódź-Żółć", jobTitle: "Mayor" },
        datePublished: "2026-01-30",
        appearance: { "@type": "CreativeWork", url: "https://herald.example.org/2026/roads" },
      },
    });
    expect(item!.claimReviewed.length).toBeLessThanOrEqual(75);
    expect(item!.claimReviewed.endsWith("…")).toBe(true);
    // The draft is refused, with its reason.
    expect(refused).toEqual([{ claimId: "claim-2", reasons: ["datePublished: the fact-check is not published"] }]);
  });

  it("refuses, with every reason, a verdict missing a required field", () => {
    const report = sampleReport({
      article: { ...sampleReport().article, sourceUrl: null },
      reportUrl: null,
      entries: [reportEntry({ speaker: null }), reportEntry({ claimId: "claim-3", verdict: null, stage: "unchecked", status: "new" })],
    });
    const { items, refused } = buildClaimReviews(report);
    expect(items).toEqual([]);
    expect(refused[0]).toEqual({
      claimId: "claim-1",
      reasons: [
        "itemReviewed.author: the claim has no speaker",
        "appearance: the article has no source URL",
        "url: the report has no public page (create a public link, or give the URL where the fact-check is published)",
      ],
    });
    expect(refused[1]!.reasons).toContain("reviewRating: the claim has no verdict");
    expect(refused[1]!.reasons).toContain("datePublished: the fact-check is not published");
  });

  it("names an organisation as an Organization and uses the approval date when there is no publication date", () => {
    const entry = reportEntry({ speaker: { name: "Harbour Watch", kind: "organization", title: "ignored", role: null }, publishedAt: null });
    const { items } = buildClaimReviews(sampleReport({ entries: [entry], article: { ...sampleReport().article, publishedAt: null } }));
    expect(items[0]!.itemReviewed.author).toEqual({ "@type": "Organization", name: "Harbour Watch" });
    expect(items[0]!.datePublished).toBe("2026-02-03");
    expect(items[0]!.itemReviewed).not.toHaveProperty("datePublished");
  });
});

describe("serializeJsonLd", () => {
  it("cannot be broken out of a script element", () => {
    const value = { text: '</script><script>alert(1)</script><!-- -->', separators: "\u2028\u2029", amp: "a & b" };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(json)).toEqual(value);
  });
});
