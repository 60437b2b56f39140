import type { ArticleReport, ReportEntry } from "./types";

// A report as the builder returns it, for the renderers' unit tests and the benchmark, with hostile text
// wherever a person or an article can put text.

export const hostile = {
  title: `Mayor's “budget” – <script>alert("title")</script> & more`,
  speaker: `Ana <img src=x onerror=alert(1)> Łódź-Żółć`,
  claim: `Harbour City spent $48 million on roads in 2025 — up 12% </script><script>alert(1)</script> [click](javascript:alert(1))`,
  rationale: `The **city accounts** show $47.6 million.\n\n<script>alert("rationale")</script>\n\n- [ONS](https://www.ons.gov.uk/x)\n- [bad](javascript:alert(1))\n\n# Heading`,
};

export function reportEntry(overrides: Partial<ReportEntry> = {}): ReportEntry {
  return {
    claimId: "claim-1",
    text: hostile.claim,
    kind: "numeric",
    status: "published",
    stage: "published",
    speaker: { name: hostile.speaker, kind: "person", title: "Mayor", role: null },
    quote: { type: "direct", text: hostile.claim },
    verdict: {
      label: "Mostly True",
      labelDescription: "Accurate but needs clarification.",
      value: 4,
      worstRating: 0,
      bestRating: 5,
      scaleName: "PolitiFact",
      rationale: hostile.rationale,
      authorName: "Fatima Checker",
      createdAt: "2026-02-01T10:00:00.000Z",
      updatedAt: "2026-02-02T10:00:00.000Z",
    },
    sources: [
      {
        title: "Harbour City annual accounts 2025",
        url: "https://harbourcity.example.org/budget/2025",
        publisher: "Harbour City Council",
        publishedAt: "2026-01-15T00:00:00.000Z",
        stance: "supports",
        excerpt: "Road maintenance and repairs: $47.6 million.",
        accessedAt: "2026-02-01T09:00:00.000Z",
      },
      {
        title: "Evil source <b>bold</b>",
        url: "javascript:alert(1)",
        publisher: null,
        publishedAt: null,
        stance: "refutes",
        excerpt: "",
        accessedAt: "2026-02-01T09:00:00.000Z",
      },
    ],
    approvedBy: "Eddie Editor",
    approvedAt: "2026-02-03T10:00:00.000Z",
    publishedBy: "Eddie Editor",
    publishedAt: "2026-02-04T10:00:00.000Z",
    ...overrides,
  };
}

export function sampleReport(overrides: Partial<ArticleReport> = {}): ArticleReport {
  return {
    generatedAt: "2026-02-05T12:00:00.000Z",
    include: "all",
    team: { id: "team-1", name: "Harbour Fact Desk" },
    article: {
      id: "article-1",
      title: hostile.title,
      publisher: "The Harbour Herald",
      sourceUrl: "https://herald.example.org/2026/roads",
      publishedAt: "2026-01-30T00:00:00.000Z",
      importedAt: "2026-01-31T00:00:00.000Z",
      wordCount: 420,
    },
    reportUrl: "https://factdesk.example.org/r/abc",
    entries: [
      reportEntry(),
      reportEntry({
        claimId: "claim-2",
        text: "Critics said most of the money went to a single contractor.",
        stage: "draft",
        status: "in_research",
        speaker: { name: "Harbour Watch", kind: "organization", title: null, role: null },
        quote: null,
        approvedBy: null,
        approvedAt: null,
        publishedBy: null,
        publishedAt: null,
        verdict: { ...reportEntry().verdict!, label: "Half True", value: 3, rationale: "Two of five contracts went elsewhere." },
      }),
    ],
    spans: [],
    ...overrides,
  };
}
