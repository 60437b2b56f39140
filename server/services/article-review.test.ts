import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { findArticle, listArticleHistory, type ArticleDto } from "@/server/repositories/articles";
import { findSpeaker, listSpeakers, listSpeakerWork } from "@/server/repositories/speakers";
import { addClaim } from "./add-claim";
import { addQuote } from "./add-quote";
import { changeQuoteSpeaker } from "./change-quote-speaker";
import { createUser } from "./create-user";
import { deleteSpan } from "./delete-span";
import { importArticle } from "./import-article";
import { mergeSpeakers } from "./merge-speakers";
import { reanalyzeArticle } from "./reanalyze-article";
import { setClaimCheckWorthiness } from "./set-claim-check-worthiness";
import { updateSpanBounds } from "./update-span-bounds";
import { updateSpeaker } from "./update-speaker";

const example = readFileSync(path.resolve(import.meta.dirname, "../../fixtures/articles/iraq-coalition.txt"), "utf8");

describe.each(testDatabaseKinds)("reviewing an article on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let otherTeamId: string;
  let userId: string;
  let counter = 0;

  /** A fresh copy of the example article (unique text, so the import does not offer the existing one). */
  async function importCopy(extra = ""): Promise<ArticleDto> {
    counter++;
    const body = `${example}\nCopy ${counter}.${extra}`;
    const result = await importArticle({ prisma: db.prisma, teamId, actorId: userId, title: `Iraq coalition ${counter}`, body });
    return (await findArticle(db.prisma, teamId, result.articleId))!;
  }
  const reload = async (article: { id: string }) => (await findArticle(db.prisma, teamId, article.id))!;
  const offsetsOf = (article: ArticleDto, phrase: string) => {
    const start = article.body.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    return { start, end: start + phrase.length };
  };
  const actor = () => ({ prisma: db.prisma, teamId, actorId: userId });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId } = await createUser({ prisma: db.prisma, email: "reviewer@example.test", password: "review-password-1", team: "Desk", role: "fact_checker" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "rival@example.test", password: "rival-password-1", team: "Rival", role: "admin" }));
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("adds a claim at exactly the selected offsets, trimming surrounding whitespace, with an audit row", async () => {
    const article = await importCopy();
    const phrase = "Fears that Iraq may once again become a place of regional conflict";
    const { start, end } = offsetsOf(article, phrase);
    // The selection took a space before and a line break after: both are trimmed.
    const { claimId } = await addClaim({ ...actor(), articleId: article.id, start: start - 1, end: end });
    const claim = (await reload(article)).claims.find((c) => c.id === claimId)!;
    expect(claim).toMatchObject({ start, end, text: phrase, origin: "human", status: "new", version: 1 });
    const row = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(row.prefix).toBe(article.body.slice(Math.max(0, start - 32), start));
    expect(row.suffix).toBe(article.body.slice(end, end + 32));
    const audit = await db.prisma.auditEvent.findFirst({ where: { entityId: claimId, action: "claim.create" } });
    expect(audit).toMatchObject({ teamId, actorId: userId, after: expect.objectContaining({ text: phrase, start, end }) as unknown });
    await expect(addClaim({ ...actor(), articleId: article.id, start, end })).rejects.toThrow("This text is already a claim.");
  });

  it("refuses spans outside the text or of only spaces", async () => {
    const article = await importCopy();
    await expect(addClaim({ ...actor(), articleId: article.id, start: 10, end: article.body.length + 5 })).rejects.toThrow(/stretch of the article text/);
    const space = article.body.indexOf(" ");
    await expect(addClaim({ ...actor(), articleId: article.id, start: space, end: space + 1 })).rejects.toThrow(/not only spaces/);
    await expect(addClaim({ ...actor(), articleId: article.id, start: 5, end: 5 })).rejects.toThrow(/start before end/);
  });

  it("adds a quote for an existing speaker and for a new one matched by name or alias", async () => {
    const article = await importCopy();
    const ryder = article.speakers.find((speaker) => speaker.name === "Pat Ryder")!;
    const phrase = "Fears that Iraq may once again become a place of regional conflict";
    const span = offsetsOf(article, phrase);
    const first = await addQuote({ ...actor(), articleId: article.id, ...span, type: "indirect", speaker: { speakerId: ryder.id } });
    expect(first.speakerId).toBe(ryder.id);
    // "ryder" (any case) is one of Pat Ryder's aliases: no new speaker.
    const second = await addQuote({ ...actor(), articleId: article.id, ...offsetsOf(article, "drone and missile attacks"), type: "according_to", speaker: { speakerName: " ryder " } });
    expect(second.speakerId).toBe(ryder.id);
    const third = await addQuote({ ...actor(), articleId: article.id, ...offsetsOf(article, "armed groups with ties to Iran"), type: "direct", speaker: { speakerName: "Jane Analyst" } });
    const jane = await db.prisma.speaker.findFirstOrThrow({ where: { teamId, name: "Jane Analyst" } });
    expect(third.speakerId).toBe(jane.id);
    const quote = (await reload(article)).quotes.find((q) => q.id === third.quoteId)!;
    expect(quote).toMatchObject({ text: "armed groups with ties to Iran", type: "direct", origin: "human" });
    expect(await db.prisma.auditEvent.count({ where: { entityId: jane.id, action: "speaker.create" } })).toBe(1);
  });

  it("moves span bounds: text is the exact slice, prefix and suffix are fresh, the old version is refused", async () => {
    const article = await importCopy();
    const claim = article.claims[0]!;
    const saved = await updateSpanBounds({ ...actor(), target: "claim", id: claim.id, version: claim.version, start: claim.start, end: claim.end - 5 });
    expect(saved.text).toBe(article.body.slice(claim.start, saved.end));
    const row = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ text: article.body.slice(claim.start, saved.end), suffix: article.body.slice(saved.end, saved.end + 32), origin: "human", version: claim.version + 1 });
    // Someone else saved first: the edit based on the old version is refused and nothing changes.
    await expect(updateSpanBounds({ ...actor(), target: "claim", id: claim.id, version: claim.version, start: claim.start + 2, end: claim.end })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/changed by someone else/) as unknown,
    });
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ start: row.start, end: row.end, version: row.version });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.update_bounds" } });
    expect(audit.before).toMatchObject({ start: claim.start, end: claim.end });
    expect(audit.after).toMatchObject({ start: claim.start, end: saved.end });

    const quote = article.quotes[0]!;
    const moved = await updateSpanBounds({ ...actor(), target: "quote", id: quote.id, version: quote.version, start: quote.start + 1, end: quote.end });
    expect(moved.start).toBeGreaterThan(quote.start);
    expect((await reload(article)).quotes.find((q) => q.id === quote.id)).toMatchObject({ origin: "human", text: article.body.slice(moved.start, quote.end) });
  });

  it("changes a quote's speaker, and the claims inside it follow", async () => {
    const article = await importCopy();
    const ryder = article.speakers.find((speaker) => speaker.name === "Pat Ryder")!;
    const quote = article.quotes.find((q) => q.speakerId === ryder.id && article.claims.some((c) => c.quoteId === q.id)) ?? article.quotes.find((q) => q.speakerId === ryder.id)!;
    const { speakerId } = await changeQuoteSpeaker({ ...actor(), quoteId: quote.id, version: quote.version, speaker: { speakerName: "Lloyd Austin" } });
    const after = await reload(article);
    expect(after.quotes.find((q) => q.id === quote.id)).toMatchObject({ speakerId, origin: "human", version: quote.version + 1 });
    for (const claim of after.claims.filter((c) => c.quoteId === quote.id)) expect(claim.speakerId).toBe(speakerId);
    await expect(changeQuoteSpeaker({ ...actor(), quoteId: quote.id, version: quote.version, speaker: null })).rejects.toMatchObject({ code: "conflict" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: quote.id, action: "quote.change_speaker" } });
    expect(audit.before).toMatchObject({ speakerId: ryder.id });
  });

  it("marks a claim not check-worthy and back", async () => {
    const article = await importCopy();
    const claim = article.claims[0]!;
    expect(await setClaimCheckWorthiness({ ...actor(), actorRole: "fact_checker", claimId: claim.id, version: claim.version, checkWorthy: false })).toEqual({ status: "not_check_worthy" });
    await expect(setClaimCheckWorthiness({ ...actor(), actorRole: "fact_checker", claimId: claim.id, version: claim.version, checkWorthy: true })).rejects.toMatchObject({ code: "conflict" });
    expect(await setClaimCheckWorthiness({ ...actor(), actorRole: "fact_checker", claimId: claim.id, version: claim.version + 1, checkWorthy: true })).toEqual({ status: "new" });
    expect(await db.prisma.auditEvent.count({ where: { entityId: claim.id, action: { in: ["claim.mark_not_check_worthy", "claim.mark_check_worthy"] } } })).toBe(2);
  });

  it("deletes a claim and a quote as tombstones hidden from the view, and lists them in the history", async () => {
    const article = await importCopy();
    const claim = article.claims[0]!;
    const quote = article.quotes[0]!;
    await deleteSpan({ ...actor(), target: "claim", id: claim.id, version: claim.version });
    await deleteSpan({ ...actor(), target: "quote", id: quote.id, version: quote.version });
    const after = await reload(article);
    expect(after.claims.map((c) => c.id)).not.toContain(claim.id);
    expect(after.quotes.map((q) => q.id)).not.toContain(quote.id);
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).deletedAt).not.toBeNull();
    await expect(deleteSpan({ ...actor(), target: "claim", id: claim.id, version: claim.version + 1 })).rejects.toMatchObject({ code: "not_found" });
    const history = await listArticleHistory(db.prisma, teamId, article.id);
    expect(history.map((event) => event.action)).toEqual(expect.arrayContaining(["claim.delete", "quote.delete", "article.import"]));
  });

  it("re-running the analysis keeps human edits and does not resurrect deleted spans", async () => {
    const article = await importCopy();
    const [deletedClaim, editedClaim, untouchedClaim] = article.claims;
    const deletedQuote = article.quotes[0]!;
    await deleteSpan({ ...actor(), target: "claim", id: deletedClaim!.id, version: deletedClaim!.version });
    await deleteSpan({ ...actor(), target: "quote", id: deletedQuote.id, version: deletedQuote.version });
    const edited = await updateSpanBounds({ ...actor(), target: "claim", id: editedClaim!.id, version: editedClaim!.version, start: editedClaim!.start, end: editedClaim!.end - 3 });
    const phrase = "Fears that Iraq may once again become a place of regional conflict";
    const { claimId: humanClaimId } = await addClaim({ ...actor(), articleId: article.id, ...offsetsOf(article, phrase) });
    const researched = untouchedClaim!;
    await db.prisma.claim.update({ where: { id: researched.id }, data: { status: "in_research" } });

    const result = await reanalyzeArticle({ ...actor(), articleId: article.id, version: article.version });
    const after = await reload(article);
    expect(after.version).toBe(article.version + 1);
    const claimSpans = after.claims.map((c) => `${c.start}:${c.end}`);
    expect(claimSpans).not.toContain(`${deletedClaim!.start}:${deletedClaim!.end}`);
    expect(after.quotes.map((q) => `${q.start}:${q.end}`)).not.toContain(`${deletedQuote.start}:${deletedQuote.end}`);
    // The edited claim is kept as edited, and the original span is not added back next to it.
    expect(after.claims.find((c) => c.id === editedClaim!.id)).toMatchObject({ end: edited.end, origin: "human" });
    expect(claimSpans).not.toContain(`${editedClaim!.start}:${editedClaim!.end}`);
    expect(after.claims.find((c) => c.id === humanClaimId)).toMatchObject({ text: phrase, origin: "human" });
    expect(after.claims.find((c) => c.id === researched.id)).toMatchObject({ status: "in_research" });
    // Untouched analysis spans found again keep their ids, so links to them stay valid.
    const survivors = article.quotes.filter((q) => q.id !== deletedQuote.id).map((q) => q.id);
    expect(after.quotes.map((q) => q.id)).toEqual(expect.arrayContaining(survivors));
    expect(result.claims.added).toBe(0);
    expect(result.quotes.added).toBe(0);
    expect(result.claims.preserved).toBeGreaterThanOrEqual(4);
    for (const span of [...after.claims, ...after.quotes]) expect(after.body.slice(span.start, span.end)).toBe(span.text);
    expect(await db.prisma.auditEvent.count({ where: { entityId: article.id, action: "article.reanalyze" } })).toBe(1);
    // The version it was based on is now stale.
    await expect(reanalyzeArticle({ ...actor(), articleId: article.id, version: article.version })).rejects.toMatchObject({ code: "conflict" });
  });

  it("renames a speaker, keeps the old name as an alias, and a later import uses the renamed speaker", async () => {
    const article = await importCopy();
    const ryder = article.speakers.find((speaker) => speaker.name === "Pat Ryder")!;
    const detail = (await findSpeaker(db.prisma, teamId, ryder.id))!;
    await updateSpeaker({
      ...actor(),
      speakerId: ryder.id,
      version: detail.version,
      fields: { name: "Patrick S. Ryder", kind: "person", title: "Maj. Gen.", role: "Pentagon Press Secretary", aliases: [...detail.aliases, "ryder", "  "] },
    });
    const renamed = (await findSpeaker(db.prisma, teamId, ryder.id))!;
    expect(renamed).toMatchObject({ name: "Patrick S. Ryder", title: "Maj. Gen." });
    expect(renamed.aliases).toContain("Pat Ryder");
    expect(renamed.aliases.filter((alias) => alias.toLowerCase() === "ryder")).toHaveLength(1);
    await expect(updateSpeaker({ ...actor(), speakerId: ryder.id, version: detail.version, fields: { name: "X", kind: "person", title: "", role: "", aliases: [] } })).rejects.toMatchObject({ code: "conflict" });

    const next = await importCopy(" More.");
    expect(next.speakers.find((speaker) => speaker.id === ryder.id)?.name).toBe("Patrick S. Ryder");
    expect(next.speakers.some((speaker) => speaker.name === "Pat Ryder")).toBe(false);
    expect(next.quotes.filter((quote) => quote.speakerId === ryder.id).length).toBeGreaterThanOrEqual(2);
    expect(await db.prisma.auditEvent.count({ where: { entityId: ryder.id, action: "speaker.update" } })).toBe(1);
  });

  it("refuses renaming a speaker to another speaker's name", async () => {
    await importCopy();
    const speakers = await listSpeakers(db.prisma, teamId);
    const [a, b] = speakers;
    const detail = (await findSpeaker(db.prisma, teamId, a!.id))!;
    await expect(updateSpeaker({ ...actor(), speakerId: a!.id, version: detail.version, fields: { name: b!.name.toUpperCase(), kind: "person", title: "", role: "", aliases: [] } })).rejects.toThrow(/merge the two/);
  });

  it("merges speakers: quotes and claims move, aliases are united, the merged one is gone", async () => {
    const article = await importCopy();
    const source = article.speakers.find((speaker) => article.quotes.some((q) => q.speakerId === speaker.id))!;
    const { id: targetId } = await db.prisma.speaker.create({ data: { teamId, name: `Merged Target ${counter}`, aliases: ["Target Alias"] } });
    const sourceDetail = (await findSpeaker(db.prisma, teamId, source.id))!;
    const movedQuotes = await db.prisma.quote.count({ where: { speakerId: source.id } });
    const liveQuotes = await db.prisma.quote.count({ where: { speakerId: source.id, deletedAt: null } });
    const result = await mergeSpeakers({ ...actor(), sourceId: source.id, sourceVersion: sourceDetail.version, targetId });
    expect(result.quotes).toBe(movedQuotes);
    expect(await findSpeaker(db.prisma, teamId, source.id)).toBeNull();
    const target = (await findSpeaker(db.prisma, teamId, targetId))!;
    expect(target.aliases).toEqual(expect.arrayContaining(["Target Alias", source.name, ...sourceDetail.aliases]));
    const work = await listSpeakerWork(db.prisma, teamId, targetId);
    expect(work.quotes.length).toBe(liveQuotes);
    expect(work.quotes.every((quote) => quote.articleTitle.startsWith("Iraq coalition"))).toBe(true);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: targetId, action: "speaker.merge" } });
    expect(audit.before).toMatchObject({ source: { name: source.name } });
    await expect(mergeSpeakers({ ...actor(), sourceId: targetId, sourceVersion: target.version, targetId })).rejects.toMatchObject({ code: "validation" });
  });

  it("treats another team's ids exactly like missing ones", async () => {
    const article = await importCopy();
    const claim = article.claims[0]!;
    const quote = article.quotes[0]!;
    const speakerId = article.speakers[0]!.id;
    const rival = { prisma: db.prisma, teamId: otherTeamId, actorId: null };
    await expect(addClaim({ ...rival, articleId: article.id, start: claim.start, end: claim.end })).rejects.toMatchObject({ code: "not_found" });
    await expect(addQuote({ ...rival, articleId: article.id, start: 0, end: 5, type: "direct", speaker: null })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSpanBounds({ ...rival, target: "claim", id: claim.id, version: claim.version, start: 0, end: 5 })).rejects.toMatchObject({ code: "not_found" });
    await expect(changeQuoteSpeaker({ ...rival, quoteId: quote.id, version: quote.version, speaker: null })).rejects.toMatchObject({ code: "not_found" });
    await expect(setClaimCheckWorthiness({ ...rival, actorId: userId, actorRole: "admin", claimId: claim.id, version: claim.version, checkWorthy: false })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSpan({ ...rival, target: "quote", id: quote.id, version: quote.version })).rejects.toMatchObject({ code: "not_found" });
    await expect(reanalyzeArticle({ ...rival, articleId: article.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSpeaker({ ...rival, speakerId, version: 1, fields: { name: "Stolen", kind: "person", title: "", role: "", aliases: [] } })).rejects.toMatchObject({ code: "not_found" });
    // Quoting one of our speakers from the other team is refused too.
    const { articleId: rivalArticle } = await importArticle({ prisma: db.prisma, teamId: otherTeamId, actorId: null, title: "Rival", body: "The council voted 7-2 on Tuesday." });
    await expect(addQuote({ ...rival, articleId: rivalArticle, start: 0, end: 11, type: "direct", speaker: { speakerId } })).rejects.toMatchObject({ code: "not_found" });
    await expect(mergeSpeakers({ ...rival, sourceId: speakerId, sourceVersion: 1, targetId: speakerId + "x" })).rejects.toMatchObject({ code: "not_found" });
    expect(await listArticleHistory(db.prisma, otherTeamId, article.id)).toEqual([]);
  });
});
