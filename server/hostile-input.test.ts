import { parseHTML } from "linkedom";
import MarkdownIt from "markdown-it";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { markupPayloads, overlongTitle, unstorablePayloads, type HostileString } from "@/fixtures/hostile-inputs";
import { renderArticleReport } from "@/server/reports/render";
import type { Role } from "@/server/repositories/users";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { AppError, toErrorResponse, toFormMessage } from "./errors";
import { claimListQuerySchema } from "./api-schemas/claims";
import { parseSearchParams } from "./api-schemas/common";
import { addComment } from "./services/add-comment";
import { addSource } from "./services/add-source";
import { approveClaim } from "./services/approve-claim";
import { assignClaim } from "./services/assign-claim";
import { buildArticleReport } from "./services/build-article-report";
import type { ClaimActionOptions } from "./services/claim-transition";
import { createUser } from "./services/create-user";
import { getDefaultScale } from "./services/ensure-default-scale";
import { importArticle } from "./services/import-article";
import { listClaims } from "./services/list-claims";
import { publishClaim } from "./services/publish-claim";
import { saveVerdict } from "./services/save-verdict";
import { parseSearchParams as parseSearchPageParams, searchTeamContent } from "./services/search-team";
import { submitClaimForReview } from "./services/submit-claim-for-review";
import { updateSpeaker } from "./services/update-speaker";

// The hostile-input corpus (fixtures/hostile-inputs.ts) through every service that stores free text, and
// out through every export. Each input is either refused with a 4xx-class AppError or stored exactly and
// rendered as text. The browser side (pages, forms, API) is e2e/security/hostile-input.spec.ts.

const body = [
  "Harbour City spent $48 million on road repairs in 2025, up 12% from the year before, the mayor said on Monday.",
  "“We fixed 300 kilometres of road in 2025 — more than ever,” said Mayor Ana Lúcia Ribeiro.",
  "Critics said most of the money went to a single contractor.",
].join("\n\n");

/** Everything in a rendered document that could run code, load something or carry an injected handler. */
function activeMarkup(html: string, allowed: { styles?: number } = {}): string[] {
  const { document } = parseHTML(html.startsWith("<!") ? html : `<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/pwn/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/^(?:href|src|action|formaction|srcdoc|xlink:href)$/i.test(attribute.name) && !/^(?:https?:|mailto:|#)/i.test(attribute.value.trim())) {
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
    }
  }
  for (const script of document.querySelectorAll("script")) {
    if (script.getAttribute("type") !== "application/ld+json") found.push("script");
  }
  for (const tag of ["iframe", "img", "svg", "object", "embed", "link", "base", "form", "meta[http-equiv]"]) {
    if (document.querySelector(tag)) found.push(tag);
  }
  const styles = document.querySelectorAll("style").length;
  if (styles > (allowed.styles ?? 0)) found.push(`${styles} style elements`);
  // Markdown tables align their cells with style="text-align: …"; any other style attribute is injected.
  for (const element of document.querySelectorAll("[style]")) {
    if (!/^text-align:\s*(?:left|right|center)$/.test(element.getAttribute("style") ?? "")) found.push(`${element.tagName} style`);
  }
  return found;
}

/** The 4xx status an error answers with through the API (and the message a form shows). */
function clientError(error: unknown): { status: number; message: string } {
  const { status, body: errorBody } = toErrorResponse(error);
  expect(toFormMessage(error)).toBe(errorBody.error.message);
  return { status, message: errorBody.error.message };
}

async function outcome(action: () => Promise<unknown>): Promise<{ stored: true } | { stored: false; status: number; message: string }> {
  try {
    await action();
    return { stored: true };
  } catch (error) {
    return { stored: false, ...clientError(error) };
  }
}

describe.each(testDatabaseKinds)("hostile input on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let checker: { id: string; role: Role };
  let editor: { id: string; role: Role };
  let articleNumber = 0;

  async function as(who: { id: string; role: Role }, claimId: string): Promise<ClaimActionOptions> {
    const { version } = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } });
    return { prisma: db.prisma, teamId, actorId: who.id, actorRole: who.role, claimId, expectedVersion: version };
  }

  /** A fresh article with the quoted claim, so each test stands alone. */
  async function newArticle(title = `Roads ${++articleNumber}`): Promise<{ articleId: string; claimId: string; speakerId: string }> {
    const { articleId } = await importArticle({ prisma: db.prisma, teamId, actorId: checker.id, title, body: `${body}\n\nEdition ${++articleNumber}.`, sourceUrl: "https://herald.example.org/roads" });
    const claim = await db.prisma.claim.findFirstOrThrow({ where: { articleId, text: { contains: "300 kilometres" } }, select: { id: true } });
    const quote = await db.prisma.quote.findFirstOrThrow({ where: { articleId, speakerId: { not: null } }, select: { speakerId: true } });
    return { articleId, claimId: claim.id, speakerId: quote.speakerId! };
  }

  async function speakerVersion(speakerId: string): Promise<number> {
    return (await db.prisma.speaker.findUniqueOrThrow({ where: { id: speakerId }, select: { version: true } })).version;
  }

  async function labelId(): Promise<string> {
    return (await getDefaultScale(db.prisma, teamId)).labels.find((label) => label.name === "Mostly True")!.id;
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const first = await createUser({ prisma: db.prisma, email: "checker@hostile.test", name: "Chris Checker", password: "hostile-password-1", team: "Hostile Desk", role: "fact_checker" });
    teamId = first.teamId;
    checker = { id: first.userId, role: "fact_checker" };
    const second = await createUser({ prisma: db.prisma, email: "editor@hostile.test", name: "Edda Editor", password: "hostile-password-1", team: "Hostile Desk", role: "editor" });
    editor = { id: second.userId, role: "editor" };
  });

  afterAll(async () => {
    await db.dispose();
  });

  it.each(markupPayloads)("stores $name exactly, as text, in every free-text field", async ({ value }: HostileString) => {
    const title = value.trim();
    const { articleId, claimId, speakerId } = await newArticle(title);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } })).title).toBe(title);

    const name = value.replace(/\s+/g, " ").trim();
    await updateSpeaker({ prisma: db.prisma, teamId, actorId: checker.id, speakerId, version: await speakerVersion(speakerId), fields: { name, kind: "person", title: value, role: value, aliases: [] } });
    expect(await db.prisma.speaker.findUniqueOrThrow({ where: { id: speakerId }, select: { name: true, title: true, role: true } })).toEqual({ name, title, role: title });

    const source = await addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: value, publisher: value, excerpt: value, stance: "supports", url: "https://example.org/a" } });
    expect(source).toMatchObject({ title, publisher: title, excerpt: title });

    await assignClaim({ ...(await as(checker, claimId)), assigneeId: checker.id });
    const verdict = await saveVerdict({ prisma: db.prisma, teamId, actorId: checker.id, actorRole: checker.role, claimId, labelId: await labelId(), rationale: value, version: 0 });
    expect(verdict.verdict.rationale).toBe(value);

    const comment = await addComment({ prisma: db.prisma, teamId, actorId: checker.id, claimId, body: value });
    expect(comment.body).toBe(value.replace(/\r\n?/g, "\n").trim());
  });

  it.each(markupPayloads.filter((payload) => !/^https?:/.test(payload.value)))("refuses $name as a source URL with a clear 422", async ({ value }) => {
    const { claimId } = await newArticle();
    const result = await outcome(() => addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: "A source", url: value, stance: "supports" } }));
    expect(result).toEqual({ stored: false, status: 422, message: "The URL must be a web address starting with http:// or https://." });
  });

  it("keeps SQL fragments as data: stored as sent, every table still there", async () => {
    const fragment = `'; DROP TABLE "Claim"; -- (as a title)`;
    const { claimId } = await newArticle(fragment);
    await addComment({ prisma: db.prisma, teamId, actorId: checker.id, claimId, body: fragment });
    expect(await db.prisma.article.count({ where: { teamId, title: fragment } })).toBe(1);
    expect(await db.prisma.claim.count({ where: { teamId } })).toBeGreaterThan(0);
    expect(await db.prisma.comment.findFirst({ where: { claimId, body: fragment } })).not.toBeNull();
  });

  it.each(unstorablePayloads)("refuses $name in every free-text field with a 422 that says what is wrong, and saves nothing", async ({ value }) => {
    const { articleId, claimId, speakerId } = await newArticle();
    const before = { articles: await db.prisma.article.count(), sources: await db.prisma.source.count(), comments: await db.prisma.comment.count(), audit: await db.prisma.auditEvent.count() };
    const attempts = {
      "article title": () => importArticle({ prisma: db.prisma, teamId, actorId: checker.id, title: `Title ${value}`, body: `${body} ${value.length}` }),
      "article text": () => importArticle({ prisma: db.prisma, teamId, actorId: checker.id, title: "Body", body: `${body} ${value}` }),
      "article publisher": () => importArticle({ prisma: db.prisma, teamId, actorId: checker.id, title: "Publisher", body: `${body} (publisher)`, publisher: value }),
      "speaker name": async () => updateSpeaker({ prisma: db.prisma, teamId, actorId: checker.id, speakerId, version: await speakerVersion(speakerId), fields: { name: `Ana ${value}`, kind: "person", title: "", role: "", aliases: [] } }),
      "speaker alias": async () => updateSpeaker({ prisma: db.prisma, teamId, actorId: checker.id, speakerId, version: await speakerVersion(speakerId), fields: { name: "Ana Ribeiro", kind: "person", title: "", role: "", aliases: [value] } }),
      "source title": () => addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: value, stance: "supports" } }),
      "source excerpt": () => addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: "Fine", excerpt: value, stance: "supports" } }),
      comment: () => addComment({ prisma: db.prisma, teamId, actorId: checker.id, claimId, body: value }),
    };
    for (const [field, attempt] of Object.entries(attempts)) {
      const result = await outcome(attempt);
      expect(result, field).toMatchObject({ stored: false, status: 422, message: expect.stringMatching(/^The (text contains|article text|This looks)|binary file/) as unknown });
    }
    expect({ articles: await db.prisma.article.count(), sources: await db.prisma.source.count(), comments: await db.prisma.comment.count(), audit: await db.prisma.auditEvent.count() }).toEqual(before);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } })).title).not.toContain(value);
  });

  it.each(unstorablePayloads)("refuses $name in a verdict rationale without moving the claim on", async ({ value }) => {
    const { claimId } = await newArticle();
    await addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: "Accounts", stance: "supports" } });
    await assignClaim({ ...(await as(checker, claimId)), assigneeId: checker.id });
    const status = (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status;
    const result = await outcome(async () => saveVerdict({ prisma: db.prisma, teamId, actorId: checker.id, actorRole: checker.role, claimId, labelId: await labelId(), rationale: `Because ${value}`, version: 0 }));
    expect(result).toMatchObject({ stored: false, status: 422, message: expect.stringMatching(/^The text contains/) as unknown });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe(status);
    expect(await db.prisma.verdict.count({ where: { claimId } })).toBe(0);
  });

  it("refuses 100,000-character fields with a validation error naming the limit", async () => {
    const { claimId, speakerId } = await newArticle();
    const attempts = {
      title: () => importArticle({ prisma: db.prisma, teamId, actorId: checker.id, title: overlongTitle, body: `${body} overlong` }),
      "speaker name": async () => updateSpeaker({ prisma: db.prisma, teamId, actorId: checker.id, speakerId, version: await speakerVersion(speakerId), fields: { name: overlongTitle, kind: "person", title: "", role: "", aliases: [] } }),
      "source title": () => addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: overlongTitle, stance: "supports" } }),
      "source url": () => addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId, source: { title: "Long", url: `https://example.org/${overlongTitle}`, stance: "supports" } }),
      comment: () => addComment({ prisma: db.prisma, teamId, actorId: checker.id, claimId, body: overlongTitle }),
      rationale: async () => saveVerdict({ prisma: db.prisma, teamId, actorId: checker.id, actorRole: checker.role, claimId, labelId: await labelId(), rationale: overlongTitle, version: 0 }),
    };
    for (const [field, attempt] of Object.entries(attempts)) {
      const result = await outcome(attempt);
      expect(result, field).toMatchObject({ stored: false, status: 422, message: expect.stringMatching(/longer than|at most|can be at most/) as unknown });
    }
  });

  describe("exports of a published fact-check made of hostile text", () => {
    let articleId: string;
    const report = () => buildArticleReport({ prisma: db.prisma, teamId, articleId, reportUrl: "https://factdesk.example.org/r/public" });
    const everything = markupPayloads.map((payload) => payload.value).join("\n\n");

    beforeAll(async () => {
      const created = await newArticle(`<img src=x onerror=alert('pwn')> '; DROP TABLE "Claim"; -- \u202Egpj.exe`);
      articleId = created.articleId;
      await updateSpeaker({
        prisma: db.prisma,
        teamId,
        actorId: checker.id,
        speakerId: created.speakerId,
        version: await speakerVersion(created.speakerId),
        fields: { name: `Ana <script>window.__pwned=1</script>`, kind: "person", title: `"><svg onload=alert('pwn')>`, role: "javascript:alert('pwn')", aliases: [] },
      });
      for (const payload of markupPayloads.slice(0, 6)) {
        await addSource({ prisma: db.prisma, teamId, actorId: checker.id, claimId: created.claimId, source: { title: payload.value, publisher: payload.value, excerpt: payload.value, stance: "supports", url: "https://example.org/source" } });
      }
      await assignClaim({ ...(await as(checker, created.claimId)), assigneeId: checker.id });
      await saveVerdict({ prisma: db.prisma, teamId, actorId: checker.id, actorRole: checker.role, claimId: created.claimId, labelId: await labelId(), rationale: everything, version: 0 });
      await submitClaimForReview(await as(checker, created.claimId));
      await approveClaim({ ...(await as(editor, created.claimId)), comment: everything });
      await publishClaim(await as(editor, created.claimId));
    });

    it("HTML: every payload shows as text; no handler, script, frame or foreign link comes out of it", async () => {
      const rendered = await renderArticleReport("html", await report());
      const html = String(rendered.body);
      expect(activeMarkup(html, { styles: 1 })).toEqual([]);
      const { document } = parseHTML(html);
      const text = document.body.textContent ?? "";
      expect(text).toContain("Ana <script>window.__pwned=1</script>");
      expect(text).toContain(`<img src=x onerror="window.__pwned='img';alert('pwn')">`);
      // The JSON-LD is data: it parses, and nothing inside can close its script element.
      const ld = document.querySelector('script[type="application/ld+json"]')?.textContent ?? "";
      expect(ld).not.toMatch(/[<>]/);
      expect(JSON.stringify(JSON.parse(ld))).toContain("DROP TABLE");
    });

    it("Markdown: even a renderer that allows raw HTML and any link makes only text of it", async () => {
      const rendered = await renderArticleReport("md", await report());
      const markdown = String(rendered.body);
      const permissive = new MarkdownIt({ html: true, linkify: true });
      permissive.validateLink = () => true;
      const html = permissive.render(markdown);
      expect(activeMarkup(html)).toEqual([]);
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      expect(document.body.textContent).toContain("<script>window.__pwned=1</script>");
      expect(document.body.textContent).toContain("'; DROP TABLE \"Claim\"; --");
    });

    it("PDF: the payloads are printed as text, with no script, launch action or non-web link", async () => {
      const rendered = await renderArticleReport("pdf", await report());
      const pdf = Buffer.from(rendered.body as Uint8Array);
      const raw = pdf.toString("latin1");
      expect(raw).not.toMatch(/\/(?:JavaScript|JS|Launch|SubmitForm|ImportData|RichMedia|EmbeddedFile)\b/);
      for (const uri of raw.matchAll(/\/URI\s*\(([^)]*)\)/g)) expect(uri[1]).toMatch(/^(?:https?:|mailto:)/);
      const parser = new PDFParse({ data: new Uint8Array(pdf) });
      const text = (await parser.getText()).text.replace(/\s+/g, " ");
      await parser.destroy();
      expect(text).toContain("DROP TABLE");
      expect(text).toContain("onerror");
    });

    it("the other formats (ClaimReview, annotations) are JSON whose strings hold the payloads as data", async () => {
      const built = await report();
      for (const format of ["claimreview", "annotations"] as const) {
        const rendered = await renderArticleReport(format, built);
        expect(() => JSON.parse(String(rendered.body)) as unknown, format).not.toThrow();
      }
    });
  });

  it.each(unstorablePayloads)("answers $name in a queue filter or a search (raw SQL parameters) with a 422 or no match, never a 500", async ({ value }) => {
    const query = parseSearchParams(claimListQuerySchema, new URLSearchParams({ speaker: value }));
    const result = await outcome(() => listClaims({ prisma: db.prisma, teamId, userId: checker.id, role: checker.role, query }));
    if (!result.stored) expect(result.status).toBe(422);
    const search = await outcome(() => searchTeamContent({ prisma: db.prisma, teamId, params: parseSearchPageParams({ q: value, speaker: value }) }));
    if (!search.stored) expect(search.status).toBe(422);
  });

  it("maps only the database's own refusals to 422: other errors stay 500 with no internals", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(clientError(new AppError("validation", "Checked.")).status).toBe(422);
    expect(toErrorResponse(new Error("connection reset")).status).toBe(500);
    expect(toErrorResponse({ cause: { kind: "postgres", code: "23505" } }).status).toBe(500);
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });
});
