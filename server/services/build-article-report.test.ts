import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reanchor } from "@/core/index";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { serializeJsonLd, buildClaimReviews } from "@/server/reports/claim-review";
import { renderArticleReport } from "@/server/reports/render";
import type { AnnotationCollection } from "@/server/reports/web-annotations";
import type { Role } from "@/server/repositories/users";
import { addSource } from "./add-source";
import { approveClaim } from "./approve-claim";
import { assignClaim } from "./assign-claim";
import { buildArticleReport } from "./build-article-report";
import type { ClaimActionOptions } from "./claim-transition";
import { createReportLink } from "./create-report-link";
import { createUser } from "./create-user";
import { getDefaultScale } from "./ensure-default-scale";
import { importArticle } from "./import-article";
import { openPublicReport } from "./open-public-report";
import { publishClaim } from "./publish-claim";
import { revokeReportLink } from "./revoke-report-link";
import { saveVerdict } from "./save-verdict";
import { submitClaimForReview } from "./submit-claim-for-review";

const body = [
  "Harbour City spent $48 million on road repairs in 2025, up 12% from the year before, the mayor said on Monday.",
  "“We fixed 300 kilometres of road — more than ever,” said Mayor Ana Lúcia Ribeiro. 🚧",
  "Critics said <script>alert(1)</script> most of the money went to a single contractor.",
].join("\n\n");

interface Person {
  id: string;
  role: Role;
  name: string;
}

describe.each(testDatabaseKinds)("article reports on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let rivalTeamId: string;
  let checker: Person;
  let editor: Person;
  let articleId: string;
  let publishedId: string;
  let draftId: string;

  async function as(who: Person, claimId: string): Promise<ClaimActionOptions> {
    const { version } = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    return { prisma: db.prisma, teamId, actorId: who.id, actorRole: who.role, claimId, expectedVersion: version };
  }

  async function claimContaining(text: string): Promise<string> {
    const claim = await db.prisma.claim.findFirst({ where: { articleId, text: { contains: text } }, select: { id: true } });
    if (claim) return claim.id;
    const start = body.indexOf(text);
    const created = await db.prisma.claim.create({
      data: { teamId, articleId, start, end: start + text.length, text, prefix: body.slice(Math.max(0, start - 32), start), suffix: body.slice(start + text.length, start + text.length + 32), kind: "numeric", origin: "human" },
      select: { id: true },
    });
    return created.id;
  }

  async function giveVerdict(claimId: string, labelName: string, rationale: string) {
    const scale = await getDefaultScale(db.prisma, teamId);
    await addSource({
      prisma: db.prisma,
      teamId,
      actorId: checker.id,
      claimId,
      source: { title: "Harbour City accounts 2025", url: "https://harbourcity.example.org/accounts", publisher: "Harbour City", stance: "supports", excerpt: "Roads: $47.6 million." },
    });
    await addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: "Contractor register", url: "https://register.example.org/c/1", stance: "refutes" } });
    await assignClaim({ ...(await as(checker, claimId)), assigneeId: checker.id });
    await saveVerdict({ prisma: db.prisma, teamId, actorId: checker.id, actorRole: checker.role, claimId, labelId: scale.labels.find((label) => label.name === labelName)!.id, rationale, version: 0 });
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const first = await createUser({ prisma: db.prisma, email: "fatima@desk.test", name: "Fatima Checker", password: "report-password-1", team: "Harbour Desk", role: "fact_checker" });
    teamId = first.teamId;
    checker = { id: first.userId, role: "fact_checker", name: "Fatima Checker" };
    const second = await createUser({ prisma: db.prisma, email: "eddie@desk.test", name: "Eddie Editor", password: "report-password-1", team: "Harbour Desk", role: "editor" });
    editor = { id: second.userId, role: "editor", name: "Eddie Editor" };
    ({ teamId: rivalTeamId } = await createUser({ prisma: db.prisma, email: "rival@else.test", name: "Rival", password: "report-password-1", team: "Rival", role: "admin" }));
    ({ articleId } = await importArticle({
      prisma: db.prisma,
      teamId,
      actorId: checker.id,
      title: "Roads <b>budget</b> – “record” year",
      body,
      sourceUrl: "https://herald.example.org/roads",
      publisher: "The Harbour Herald",
      publishedAt: new Date("2026-01-30T00:00:00Z"),
    }));
    publishedId = await claimContaining("$48 million");
    draftId = await claimContaining("300 kilometres");
    await giveVerdict(publishedId, "Mostly True", "The **accounts** show $47.6 million. See [the ledger](https://harbourcity.example.org/ledger).\n\n<img src=x onerror=alert(1)>");
    await giveVerdict(draftId, "False", "Only 212 km were resurfaced.");
    await submitClaimForReview(await as(checker, publishedId));
    await approveClaim({ ...(await as(editor, publishedId)), comment: "Good." });
    await publishClaim(await as(editor, publishedId));
  });

  afterAll(async () => {
    await db.dispose();
  });

  it("builds the report: checked and quote-linked claims, with speaker, verdict, sources, who checked and who approved", async () => {
    const report = await buildArticleReport({ prisma: db.prisma, teamId, articleId });
    expect(report.article).toMatchObject({ title: "Roads <b>budget</b> – “record” year", publisher: "The Harbour Herald", sourceUrl: "https://herald.example.org/roads" });
    const published = report.entries.find((entry) => entry.claimId === publishedId)!;
    expect(published).toMatchObject({ stage: "published", approvedBy: "Eddie Editor", publishedBy: "Eddie Editor" });
    expect(published.verdict).toMatchObject({ label: "Mostly True", authorName: "Fatima Checker" });
    expect(published.verdict!.worstRating).toBeLessThan(published.verdict!.bestRating);
    expect(published.sources.map((source) => source.stance)).toEqual(["supports", "refutes"]);
    expect(published.publishedAt).not.toBeNull();
    const draft = report.entries.find((entry) => entry.claimId === draftId)!;
    expect(draft).toMatchObject({ stage: "draft", approvedBy: null, publishedAt: null });
    // Every entry has a verdict or sits in a quote; entries follow the text.
    for (const entry of report.entries) expect(entry.verdict !== null || entry.quote !== null).toBe(true);
    const starts = report.entries.map((entry) => body.indexOf(entry.text));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("keeps only published fact-checks when asked", async () => {
    const report = await buildArticleReport({ prisma: db.prisma, teamId, articleId, include: "published" });
    expect(report.entries.map((entry) => entry.claimId)).toEqual([publishedId]);
  });

  it("answers another team's article as missing", async () => {
    await expect(buildArticleReport({ prisma: db.prisma, teamId: rivalTeamId, articleId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("renders a PDF whose text has the claims, labels and sources, with link annotations", async () => {
    const report = await buildArticleReport({ prisma: db.prisma, teamId, articleId });
    const rendered = await renderArticleReport("pdf", report);
    expect(rendered.contentType).toBe("application/pdf");
    const pdf = Buffer.from(rendered.body as Uint8Array);
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain("Harbour City spent $48 million on road repairs in 2025");
    expect(text).toContain("Mostly True");
    expect(text).toContain("False");
    expect(text).toContain("DRAFT");
    expect(text).toContain("Harbour City accounts 2025");
    expect(text).toContain("Approved by Eddie Editor");
    expect(text).toContain("Roads <b>budget</b> – “record” year");
    const uris = [...pdf.toString("latin1").matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]);
    expect(uris).toEqual(expect.arrayContaining(["https://harbourcity.example.org/accounts", "https://register.example.org/c/1", "https://harbourcity.example.org/ledger"]));
  });

  it("renders Markdown with the hostile rationale inert", async () => {
    const report = await buildArticleReport({ prisma: db.prisma, teamId, articleId });
    const { body: markdown } = await renderArticleReport("md", report);
    expect(markdown).toContain("# Verdict report: Roads \\<b\\>budget\\</b\\> – “record” year");
    expect(markdown).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(markdown).toContain("[Harbour City accounts 2025](https://harbourcity.example.org/accounts)");
  });

  it("exports ClaimReview for the published verdict only, and refuses the rest with reasons", async () => {
    const report = await buildArticleReport({ prisma: db.prisma, teamId, articleId, reportUrl: "https://factdesk.example.org/r/token" });
    const rendered = await renderArticleReport("claimreview", report);
    const items = JSON.parse(rendered.body as string) as { claimReviewed: string; url: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.url).toBe(`https://factdesk.example.org/r/token#claim-${publishedId}`);
    expect(rendered.refused.find((refusal) => refusal.claimId === draftId)?.reasons).toContain("datePublished: the fact-check is not published");
    const drafts = await buildArticleReport({ prisma: db.prisma, teamId, articleId });
    await expect(renderArticleReport("claimreview", { ...drafts, entries: drafts.entries.filter((entry) => entry.claimId === draftId) })).rejects.toMatchObject({ code: "validation" });
  });

  it("exports Web Annotations whose selectors re-anchor at the same offsets in the article text", async () => {
    const report = await buildArticleReport({ prisma: db.prisma, teamId, articleId });
    const { body: json } = await renderArticleReport("annotations", report);
    const collection = JSON.parse(json as string) as AnnotationCollection;
    const { body: text } = await db.prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
    const spans = [
      ...(await db.prisma.claim.findMany({ where: { articleId, deletedAt: null }, select: { id: true, start: true, end: true } })).map((span) => ({ ...span, urn: `urn:factdesk:claim:${span.id}` })),
      ...(await db.prisma.quote.findMany({ where: { articleId, deletedAt: null }, select: { id: true, start: true, end: true } })).map((span) => ({ ...span, urn: `urn:factdesk:quote:${span.id}` })),
    ];
    expect(collection.total).toBe(spans.length);
    const codePoints = [...text];
    for (const annotation of collection.first.items) {
      const span = spans.find((candidate) => candidate.urn === annotation.id)!;
      const [quote, position] = annotation.target.selector;
      expect(reanchor(text, quote)).toEqual({ start: span.start, end: span.end });
      expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(annotation.target.source).toBe("https://herald.example.org/roads");
    }
    const published = collection.first.items.find((annotation) => annotation.id === `urn:factdesk:claim:${publishedId}`)!;
    expect(published.body.some((item) => item.purpose === "assessing" && item.value.startsWith("Mostly True"))).toBe(true);
  });

  it("opens a public link with published fact-checks only, embeds safe ClaimReview, and stops at revocation", async () => {
    const { link, token } = await createReportLink({ prisma: db.prisma, teamId, actorId: editor.id, articleId });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.prisma.reportLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).not.toContain(token);
    const report = (await openPublicReport({ prisma: db.prisma, token, origin: "https://factdesk.example.org" }))!;
    expect(report.include).toBe("published");
    expect(report.entries.map((entry) => entry.claimId)).toEqual([publishedId]);
    expect(report.reportUrl).toBe(`https://factdesk.example.org/r/${token}`);
    const jsonLd = serializeJsonLd(buildClaimReviews(report).items);
    expect(jsonLd).not.toContain("<");
    // One character changed (to one it is not, or the "wrong" token would be the right one 1 time in 64).
    const wrongToken = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await openPublicReport({ prisma: db.prisma, token: wrongToken, origin: "https://x.test" })).toBeNull();
    await expect(revokeReportLink({ prisma: db.prisma, teamId: rivalTeamId, actorId: editor.id, linkId: link.id })).rejects.toMatchObject({ code: "not_found" });
    await revokeReportLink({ prisma: db.prisma, teamId, actorId: editor.id, linkId: link.id });
    expect(await openPublicReport({ prisma: db.prisma, token, origin: "https://factdesk.example.org" })).toBeNull();
    const audit = await db.prisma.auditEvent.findMany({ where: { teamId, action: { startsWith: "report_link." } }, select: { action: true } });
    expect(audit.map((event) => event.action).sort()).toEqual(["report_link.create", "report_link.revoke"]);
  });
});
