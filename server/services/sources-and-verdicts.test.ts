import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { findClaimForReview, loadClaimEvidence } from "@/server/repositories/evidence";
import { createUser } from "./create-user";
import { getDefaultScale } from "./ensure-default-scale";
import { importArticle } from "./import-article";
import { addSource } from "./add-source";
import { updateSource } from "./update-source";
import { deleteSource } from "./delete-source";
import { saveVerdict } from "./save-verdict";
import { updateVerdictSourceRule } from "./update-verdict-source-rule";
import type { SourceInput } from "./source-input";

const body =
  "Harbour City spent $48 million on road repairs last year, the mayor said on Monday. " +
  "Unemployment fell to 4.1% in March, the lowest rate since 2008, according to the statistics office. " +
  "Critics said the figures hide a rise in part-time work.";

const census: SourceInput = {
  url: "https://stats.example.org/labour/march",
  title: "Labour market overview, March",
  publisher: "Statistics Office",
  publishedAt: "2026-04-12",
  excerpt: "The unemployment rate was 4.1%, down 0.2 points on the quarter.",
  stance: "supports",
  pinnedText: "Labour market overview\n\nThe unemployment rate was 4.1%...",
};

describe.each(testDatabaseKinds)("sources and verdicts on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let checkerId: string;
  let colleagueId: string;
  let editorId: string;
  let otherTeamId: string;
  let otherClaimId: string;
  let articleNumber = 0;

  /** A claim of its own for each test, so they do not depend on one another. */
  async function newClaim(team = teamId): Promise<string> {
    const article = await importArticle({ prisma: db.prisma, teamId: team, actorId: null, title: `Budget ${++articleNumber}`, body: `${body} (${articleNumber})` });
    // The span is created here rather than found, so the tests do not depend on the analysis library.
    const text = "Unemployment fell to 4.1% in March, the lowest rate since 2008";
    const start = body.indexOf(text);
    const claim = await db.prisma.claim.create({
      data: { teamId: team, articleId: article.articleId, start, end: start + text.length, text, kind: "statistic", score: 0.9, origin: "human" },
      select: { id: true },
    });
    return claim.id;
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ({ teamId, userId: checkerId } = await createUser({ prisma: db.prisma, email: "checker@example.test", password: "checker-password-1", name: "Chris Checker", team: "Desk", role: "fact_checker" }));
    ({ userId: colleagueId } = await createUser({ prisma: db.prisma, email: "colleague@example.test", password: "checker-password-1", name: "Cora Colleague", team: "Desk", role: "fact_checker" }));
    ({ userId: editorId } = await createUser({ prisma: db.prisma, email: "editor@example.test", password: "checker-password-1", name: "Edda Editor", team: "Desk", role: "editor" }));
    ({ teamId: otherTeamId } = await createUser({ prisma: db.prisma, email: "rival@example.test", password: "checker-password-1", team: "Rival Desk", role: "admin" }));
    otherClaimId = await newClaim(otherTeamId);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("finds a claim with its article, context and status, and not another team's", async () => {
    const claimId = await newClaim();
    const claim = (await findClaimForReview(db.prisma, teamId, claimId))!;
    expect(claim).toMatchObject({ status: "new", version: 1, article: { title: expect.stringMatching(/^Budget/) as unknown } });
    expect(claim.context.text).toContain("4.1%");
    expect(claim.context.before + claim.context.text + claim.context.after).toContain("Unemployment fell to 4.1% in March");
    expect(await findClaimForReview(db.prisma, teamId, otherClaimId)).toBeNull();
    expect(await findClaimForReview(db.prisma, otherTeamId, claimId)).toBeNull();
  });

  it("adds, edits and deletes a source with audit entries", async () => {
    const claimId = await newClaim();
    const before = Date.now();
    const source = await addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: census });
    expect(source).toMatchObject({ claimId, title: census.title, stance: "supports", hasPinnedText: true, version: 1, publishedAt: "2026-04-12T00:00:00.000Z", createdByName: "Chris Checker" });
    expect(Date.parse(source.accessedAt)).toBeGreaterThanOrEqual(before - 1000);

    const edited = await updateSource({
      prisma: db.prisma,
      teamId,
      actorId: checkerId,
      sourceId: source.id,
      version: 1,
      pinnedText: "keep",
      source: { ...census, stance: "context", excerpt: "Part-time work rose.", accessedAt: "2026-05-01T09:30:00Z", pinnedText: null },
    });
    expect(edited).toMatchObject({ version: 2, stance: "context", excerpt: "Part-time work rose.", accessedAt: "2026-05-01T09:30:00.000Z", hasPinnedText: true });
    const unpinned = await updateSource({ prisma: db.prisma, teamId, actorId: checkerId, sourceId: source.id, version: 2, pinnedText: "replace", source: { ...census, pinnedText: "" } });
    expect(unpinned).toMatchObject({ version: 3, hasPinnedText: false });

    await deleteSource({ prisma: db.prisma, teamId, actorId: checkerId, sourceId: source.id, version: 3 });
    expect((await loadClaimEvidence(db.prisma, teamId, [claimId]))[claimId]!.sources).toEqual([]);
    const actions = await db.prisma.auditEvent.findMany({ where: { teamId, entityId: source.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, after: true } });
    expect(actions.map((event) => event.action)).toEqual(["source.create", "source.update", "source.update", "source.delete"]);
    expect(actions[0]!.after).toMatchObject({ claimId, url: census.url, pinnedTextBytes: census.pinnedText!.length });
    expect(JSON.stringify(actions)).not.toContain("Labour market overview\\n");
  });

  it("refuses a stale source edit or delete, naming who changed it", async () => {
    const claimId = await newClaim();
    const source = await addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: census });
    await updateSource({ prisma: db.prisma, teamId, actorId: colleagueId, sourceId: source.id, version: 1, pinnedText: "keep", source: { ...census, title: "Colleague's title" } });
    const stale = updateSource({ prisma: db.prisma, teamId, actorId: checkerId, sourceId: source.id, version: 1, pinnedText: "keep", source: { ...census, title: "My title" } });
    await expect(stale).rejects.toMatchObject({ code: "conflict", message: "This source was changed by Cora Colleague since you opened it. Review the new version and make your change again." });
    await expect(deleteSource({ prisma: db.prisma, teamId, actorId: checkerId, sourceId: source.id, version: 1 })).rejects.toThrow("This source was changed by Cora Colleague since you opened it. Review the new version before deleting it.");
    const [stored] = (await loadClaimEvidence(db.prisma, teamId, [claimId]))[claimId]!.sources;
    expect(stored).toMatchObject({ title: "Colleague's title", version: 2 });
  });

  it.each([
    ["a javascript: URL", { url: "javascript:alert(1)" }, "The URL must be a web address starting with http:// or https://."],
    ["an ftp URL", { url: "ftp://example.org/file" }, "The URL must be a web address starting with http:// or https://."],
    ["no title", { title: "  " }, "Give the source a title."],
    ["an unknown stance", { stance: "neutral" }, "Choose whether the source supports, refutes or adds context to the claim."],
    ["a bad date", { publishedAt: "last week" }, "The publication date is not a date."],
    ["a future access date", { accessedAt: "2999-01-01T00:00:00Z" }, "The access date is in the future."],
    ["a pinned copy over 1 MB", { pinnedText: "x".repeat(1024 * 1024 + 1) }, "The pinned copy is larger than 1 MB"],
  ])("refuses a source with %s", async (_name, change, message) => {
    const claimId = await newClaim();
    await expect(addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: { ...census, ...change } })).rejects.toThrow(message);
    expect(await db.prisma.source.count({ where: { claimId } })).toBe(0);
  });

  it("treats another team's claim, source and label like missing ones", async () => {
    const claimId = await newClaim();
    await expect(addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId: otherClaimId, source: census })).rejects.toMatchObject({ code: "not_found", message: "That claim does not exist." });
    const theirs = await addSource({ prisma: db.prisma, teamId: otherTeamId, actorId: null, claimId: otherClaimId, source: census });
    await expect(updateSource({ prisma: db.prisma, teamId, actorId: checkerId, sourceId: theirs.id, version: 1, pinnedText: "keep", source: census })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSource({ prisma: db.prisma, teamId, actorId: checkerId, sourceId: theirs.id, version: 1 })).rejects.toMatchObject({ code: "not_found" });
    const ourScale = await getDefaultScale(db.prisma, teamId);
    await expect(saveVerdict({ prisma: db.prisma, teamId, actorId: checkerId, actorRole: "fact_checker", claimId: otherClaimId, labelId: ourScale.labels[0]!.id, rationale: "x", version: 0 })).rejects.toMatchObject({ code: "not_found" });

    await addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: census });
    const theirScale = await getDefaultScale(db.prisma, otherTeamId);
    await expect(saveVerdict({ prisma: db.prisma, teamId, actorId: checkerId, actorRole: "fact_checker", claimId, labelId: theirScale.labels[0]!.id, rationale: "Their label.", version: 0 })).rejects.toMatchObject({
      code: "not_found",
      message: "That rating label does not exist in your team's scales; choose one of the listed labels.",
    });
    expect((await loadClaimEvidence(db.prisma, otherTeamId, [claimId]))[claimId]).toEqual({ claimId, sources: [], verdict: null });
  });

  it("refuses a verdict without a source, accepts it with one and puts the claim in research on its author's desk", async () => {
    const claimId = await newClaim();
    const scale = await getDefaultScale(db.prisma, teamId);
    const mostlyTrue = scale.labels.find((label) => label.name === "Mostly True")!;
    const give = (version: number, labelId = mostlyTrue.id, rationale = "The **statistics office** confirms 4.1%.") =>
      saveVerdict({ prisma: db.prisma, teamId, actorId: checkerId, actorRole: "fact_checker", claimId, labelId, rationale, version });

    await expect(give(0)).rejects.toMatchObject({ code: "validation", message: "Attach at least one source before giving a verdict." });
    await expect(give(0, mostlyTrue.id, "   ")).rejects.toThrow("Write the rationale");
    await addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: census });
    const result = await give(0);
    expect(result).toMatchObject({ created: true, startedResearch: true });
    expect(result.verdict).toMatchObject({ labelName: "Mostly True", labelValue: 5, scaleName: "PolitiFact", worstRating: 1, bestRating: 6, authorName: "Chris Checker", version: 1 });

    // Submitting for review is a step of its own: the verdict alone does not.
    const claim = (await findClaimForReview(db.prisma, teamId, claimId))!;
    expect(claim).toMatchObject({ status: "in_research", version: 3 });
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { assigneeId: true } })).toEqual({ assigneeId: checkerId });
    const evidence = (await loadClaimEvidence(db.prisma, teamId, [claimId, otherClaimId]))[claimId]!;
    expect(evidence.sources).toHaveLength(1);
    expect(evidence.verdict).toEqual(result.verdict);

    // Another fact-checker cannot rewrite it; an editor can, and the author's stale edit is then refused.
    const falseLabel = scale.labels.find((label) => label.name === "False")!;
    await expect(saveVerdict({ prisma: db.prisma, teamId, actorId: colleagueId, actorRole: "fact_checker", claimId, labelId: falseLabel.id, rationale: "Revised.", version: 1 })).rejects.toMatchObject({
      code: "forbidden",
      message: "This claim is assigned to Chris Checker: only they or an editor can change its verdict.",
    });
    const changed = await saveVerdict({ prisma: db.prisma, teamId, actorId: editorId, actorRole: "editor", claimId, labelId: falseLabel.id, rationale: "Revised.", version: 1 });
    expect(changed).toMatchObject({ created: false, startedResearch: false, verdict: { labelName: "False", version: 2, authorName: "Edda Editor" } });
    await expect(give(1)).rejects.toMatchObject({ code: "conflict", message: "The verdict was changed by Edda Editor since you opened it. Review the new version and make your change again." });
    await expect(give(0)).rejects.toMatchObject({ code: "conflict" });

    const events = await db.prisma.auditEvent.findMany({ where: { teamId, OR: [{ entityId: result.verdict.id }, { entityId: claimId, entityType: "claim" }] }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["claim.assign", checkerId],
      ["claim.start_research", checkerId],
      ["verdict.create", checkerId],
      ["verdict.update", editorId],
    ]);
    expect(events[0]!.after).toMatchObject({ status: "assigned", assigneeId: checkerId, assignee: "Chris Checker", reason: "verdict" });
    expect(events[1]!.after).toMatchObject({ status: "in_research", assigneeId: checkerId, assignee: "Chris Checker", reason: "verdict" });
    expect(events[3]!.before).toMatchObject({ label: "Mostly True", rationale: "The **statistics office** confirms 4.1%." });
  });

  it("keeps the last source of a verdict, and lets a team without the rule give verdicts without sources", async () => {
    const claimId = await newClaim();
    const scale = await getDefaultScale(db.prisma, teamId);
    const source = await addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: census });
    await saveVerdict({ prisma: db.prisma, teamId, actorId: checkerId, actorRole: "fact_checker", claimId, labelId: scale.labels[0]!.id, rationale: "Confirmed.", version: 0 });
    await expect(deleteSource({ prisma: db.prisma, teamId, actorId: checkerId, sourceId: source.id, version: 1 })).rejects.toThrow(
      "This is the only source of the claim's verdict: attach another source before deleting it.",
    );

    const { teamId: relaxedTeamId, userId: adminId } = await createUser({ prisma: db.prisma, email: "relaxed@example.test", password: "checker-password-1", team: "Relaxed Desk", role: "admin" });
    await updateVerdictSourceRule({ prisma: db.prisma, teamId: relaxedTeamId, actorId: adminId, verdictNeedsSource: false });
    const relaxedClaim = await newClaim(relaxedTeamId);
    const relaxedScale = await getDefaultScale(db.prisma, relaxedTeamId);
    await expect(saveVerdict({ prisma: db.prisma, teamId: relaxedTeamId, actorId: adminId, actorRole: "admin", claimId: relaxedClaim, labelId: relaxedScale.labels[2]!.id, rationale: "Satire column.", version: 0 })).resolves.toMatchObject({
      created: true,
    });
  });

  it("lets only one of two simultaneous first verdicts through", async () => {
    const claimId = await newClaim();
    const scale = await getDefaultScale(db.prisma, teamId);
    await addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: census });
    const results = await Promise.allSettled(
      [checkerId, colleagueId].map((actorId, index) => saveVerdict({ prisma: db.prisma, teamId, actorId, actorRole: "fact_checker", claimId, labelId: scale.labels[index]!.id, rationale: `Verdict ${index}`, version: 0 })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected")!;
    expect(rejected.reason).toMatchObject({ code: "conflict" });
    expect(await db.prisma.verdict.count({ where: { claimId } })).toBe(1);
  });

  it("loads evidence for many claims in a fixed number of queries", async () => {
    const claimIds = await Promise.all([newClaim(), newClaim(), newClaim()]);
    for (const claimId of claimIds) await addSource({ prisma: db.prisma, teamId, actorId: checkerId, claimId, source: { ...census, pinnedText: null } });
    const evidence = await loadClaimEvidence(db.prisma, teamId, [...claimIds, "missing"]);
    expect(Object.keys(evidence).sort()).toEqual([...claimIds, "missing"].sort());
    for (const claimId of claimIds) expect(evidence[claimId]!.sources).toMatchObject([{ title: census.title, hasPinnedText: false }]);
    expect(evidence.missing).toEqual({ claimId: "missing", sources: [], verdict: null });
  });
});
