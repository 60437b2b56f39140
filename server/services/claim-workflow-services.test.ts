import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { listClaimComments } from "@/server/repositories/comments";
import type { Role } from "@/server/repositories/users";
import { addComment } from "./add-comment";
import { addSource } from "./add-source";
import { approveClaim } from "./approve-claim";
import { loadArticleEvidenceForViewer } from "./article-evidence-view";
import { assignClaim } from "./assign-claim";
import type { ClaimActionOptions } from "./claim-transition";
import { loadClaimReviewView } from "./claim-review-view";
import { secondReviewerMessage } from "./claim-workflow";
import { createUser } from "./create-user";
import { deleteComment } from "./delete-comment";
import { getDefaultScale } from "./ensure-default-scale";
import { giveBlindRating } from "./give-blind-rating";
import { importArticle } from "./import-article";
import { publishClaim } from "./publish-claim";
import { requestClaimChanges } from "./request-claim-changes";
import { reworkClaim } from "./rework-claim";
import { saveVerdict } from "./save-verdict";
import { setBlindReview } from "./set-blind-review";
import { setClaimCheckWorthiness } from "./set-claim-check-worthiness";
import { startResearch } from "./start-research";
import { submitClaimForReview } from "./submit-claim-for-review";
import { unassignClaim } from "./unassign-claim";
import { unpublishClaim } from "./unpublish-claim";

const body = "The city hired 1,200 new teachers in 2025, the mayor said, more than any year since 1990.";
const claimText = "The city hired 1,200 new teachers in 2025";

interface Person {
  id: string;
  role: Role;
  name: string;
}

describe.each(testDatabaseKinds)("claim workflow on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  let rivalTeamId: string;
  let ana: Person; // fact-checker
  let ben: Person; // fact-checker
  let eve: Person; // editor
  let ed: Person; // editor
  let ada: Person; // admin
  let vic: Person; // viewer
  let rival: Person; // admin of another team
  let articleNumber = 0;

  async function person(email: string, name: string, role: Role, team = "Desk"): Promise<Person & { teamId: string }> {
    const created = await createUser({ prisma: db.prisma, email, name, password: "workflow-password-1", team, role });
    return { id: created.userId, role, name, teamId: created.teamId };
  }

  async function newClaim(team = teamId): Promise<string> {
    const article = await importArticle({ prisma: db.prisma, teamId: team, actorId: null, title: `Teachers ${++articleNumber}`, body: `${body} (${articleNumber})` });
    const claim = await db.prisma.claim.create({
      data: { teamId: team, articleId: article.articleId, start: 0, end: claimText.length, text: claimText, kind: "numeric", score: 0.8, origin: "human" },
      select: { id: true },
    });
    return claim.id;
  }

  async function version(claimId: string): Promise<number> {
    return (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;
  }

  async function state(claimId: string) {
    return db.prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { status: true, version: true, assigneeId: true, reviewerId: true, publishedAt: true } });
  }

  /** Options for `who` acting on the claim at its current version. */
  async function as(who: Person, claimId: string): Promise<ClaimActionOptions> {
    return { prisma: db.prisma, teamId, actorId: who.id, actorRole: who.role, claimId, expectedVersion: await version(claimId) };
  }

  async function verdict(who: Person, claimId: string, labelName = "Mostly True", rationale = "The education department's register lists 1,187 hires.") {
    const scale = await getDefaultScale(db.prisma, teamId);
    if ((await db.prisma.source.count({ where: { claimId } })) === 0) {
      await addSource({ prisma: db.prisma, teamId, actorId: who.id, claimId, source: { title: "Teacher register 2025", stance: "supports", url: "https://edu.example.org/register" } });
    }
    const existing = await db.prisma.verdict.findUnique({ where: { claimId }, select: { version: true } });
    return saveVerdict({ prisma: db.prisma, teamId, actorId: who.id, actorRole: who.role, claimId, labelId: scale.labels.find((label) => label.name === labelName)!.id, rationale, version: existing?.version ?? 0 });
  }

  /** A claim researched by Ana with a verdict, waiting for review. */
  async function readyForReview(): Promise<string> {
    const claimId = await newClaim();
    await assignClaim({ ...(await as(ana, claimId)), assigneeId: ana.id });
    await verdict(ana, claimId);
    await submitClaimForReview(await as(ana, claimId));
    return claimId;
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const first = await person("ana.alves@desk.test", "Ana Alves", "fact_checker");
    teamId = first.teamId;
    ana = first;
    ben = await person("ben@desk.test", "Ben Bell", "fact_checker");
    eve = await person("eve@desk.test", "Eve Editor", "editor");
    ed = await person("ed@desk.test", "Ed Second", "editor");
    ada = await person("ada@desk.test", "Ada Admin", "admin");
    vic = await person("vic@desk.test", "Vic Viewer", "viewer");
    const other = await person("rival@rival.test", "Rita Rival", "admin", "Rival Desk");
    rival = other;
    rivalTeamId = other.teamId;
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("takes a claim from new to published and back, one audited step at a time", async () => {
    const claimId = await newClaim();
    expect(await assignClaim({ ...(await as(ana, claimId)), assigneeId: ana.id })).toMatchObject({ status: "assigned", assigneeId: ana.id, changed: true, version: 2 });
    await startResearch(await as(ana, claimId));
    await verdict(ana, claimId);
    expect(await state(claimId)).toMatchObject({ status: "in_research", version: 3 });
    await submitClaimForReview(await as(ana, claimId));
    expect(await state(claimId)).toMatchObject({ status: "ready_for_review", reviewerId: null });
    await approveClaim({ ...(await as(eve, claimId)), comment: "Solid sourcing." });
    expect(await state(claimId)).toMatchObject({ status: "approved", reviewerId: eve.id, assigneeId: ana.id });
    await publishClaim(await as(eve, claimId));
    const published = await state(claimId);
    expect(published).toMatchObject({ status: "published", version: 6 });
    expect(published.publishedAt).toBeInstanceOf(Date);
    await unpublishClaim(await as(ada, claimId));
    expect(await state(claimId)).toMatchObject({ status: "approved", publishedAt: null });

    const events = await db.prisma.auditEvent.findMany({ where: { teamId, entityType: "claim", entityId: claimId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["claim.assign", ana.id],
      ["claim.start_research", ana.id],
      ["claim.submit_for_review", ana.id],
      ["claim.approve", eve.id],
      ["claim.publish", eve.id],
      ["claim.unpublish", ada.id],
    ]);
    expect(events[0]).toMatchObject({ before: { status: "new", assigneeId: null }, after: { status: "assigned", assigneeId: ana.id, assignee: "Ana Alves" } });
    expect(events[3]).toMatchObject({ before: { status: "ready_for_review", assigneeId: ana.id }, after: { status: "approved", assigneeId: ana.id, comment: "Solid sourcing." } });
    expect(await db.prisma.review.findMany({ where: { claimId }, select: { decision: true, reviewerId: true, comment: true } })).toEqual([{ decision: "approve", reviewerId: eve.id, comment: "Solid sourcing." }]);

    const view = (await loadClaimReviewView({ prisma: db.prisma, teamId, viewerId: vic.id, viewerRole: vic.role, claimId }))!;
    expect(view.history.map((entry) => `${entry.actor} ${entry.what}`)).toEqual([
      "Ana Alves took it",
      "Ana Alves started research",
      "Ana Alves attached a source “Teacher register 2025”",
      "Ana Alves gave the verdict Mostly True",
      "Ana Alves submitted it for review",
      "Eve Editor approved the verdict",
      "Eve Editor published it",
      "Ada Admin unpublished it",
    ]);
    expect(view.allowedActions).toEqual([]);
  });

  it("lets editors assign anyone, fact-checkers only take unassigned claims, and never a viewer or an outsider", async () => {
    const claimId = await newClaim();
    await expect(assignClaim({ ...(await as(ana, claimId)), assigneeId: ben.id })).rejects.toMatchObject({
      code: "forbidden",
      message: "Fact-checkers can only take claims for themselves; an editor assigns them to others.",
    });
    await expect(assignClaim({ ...(await as(vic, claimId)), assigneeId: vic.id })).rejects.toMatchObject({ code: "validation" });
    await expect(assignClaim({ ...(await as(eve, claimId)), assigneeId: vic.id })).rejects.toMatchObject({
      code: "validation",
      message: "Claims can only be assigned to a fact-checker, editor or admin of your team.",
    });
    await expect(assignClaim({ ...(await as(eve, claimId)), assigneeId: rival.id })).rejects.toMatchObject({ code: "validation" });
    await assignClaim({ ...(await as(eve, claimId)), assigneeId: ben.id });
    await expect(assignClaim({ ...(await as(ana, claimId)), assigneeId: ana.id })).rejects.toMatchObject({ code: "forbidden", message: "This claim is already assigned; an editor can reassign it." });
    await expect(startResearch(await as(ana, claimId))).rejects.toMatchObject({ code: "forbidden", message: "Only the fact-checker assigned to this claim can do that." });
    await expect(unassignClaim(await as(ana, claimId))).rejects.toMatchObject({ code: "forbidden" });
    const noChange = await assignClaim({ ...(await as(eve, claimId)), assigneeId: ben.id });
    expect(noChange).toMatchObject({ changed: false, assigneeId: ben.id });
    await startResearch(await as(ben, claimId));
    await assignClaim({ ...(await as(ada, claimId)), assigneeId: ana.id });
    expect(await state(claimId)).toMatchObject({ status: "assigned", assigneeId: ana.id });
    await unassignClaim(await as(ana, claimId));
    expect(await state(claimId)).toMatchObject({ status: "new", assigneeId: null });
    // Without an expected version (a queue's bulk assignment of what it just listed), the current one is used.
    await assignClaim({ prisma: db.prisma, teamId, actorId: eve.id, actorRole: "editor", claimId, assigneeId: ben.id });
    const actions = await db.prisma.auditEvent.findMany({ where: { entityType: "claim", entityId: claimId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["claim.assign", "claim.start_research", "claim.assign", "claim.unassign", "claim.assign"]);
    const view = (await loadClaimReviewView({ prisma: db.prisma, teamId, viewerId: eve.id, viewerRole: "editor", claimId }))!;
    expect(view.history.map((entry) => `${entry.actor} ${entry.what}`)).toEqual([
      "Eve Editor assigned it to Ben Bell",
      "Ben Bell started research",
      "Ada Admin reassigned it from Ben Bell to Ana Alves",
      "Ana Alves gave it back to the pool",
      "Eve Editor assigned it to Ben Bell",
    ]);
    expect(view.assignableMembers.map((member) => member.name)).toEqual(["Ada Admin", "Ana Alves", "Ben Bell", "Ed Second", "Eve Editor"]);
  });

  it("refuses steps from the wrong state, submitting without a verdict, and viewers", async () => {
    const claimId = await newClaim();
    await expect(startResearch(await as(ana, claimId))).rejects.toMatchObject({ code: "conflict", message: "A claim that is new cannot be put into research." });
    await expect(publishClaim(await as(eve, claimId))).rejects.toMatchObject({ code: "conflict", message: "A claim that is new cannot be published." });
    await expect(unassignClaim(await as(vic, claimId))).rejects.toMatchObject({ code: "forbidden", message: "Your role cannot unassign." });
    await assignClaim({ ...(await as(ana, claimId)), assigneeId: ana.id });
    await expect(submitClaimForReview(await as(ana, claimId))).rejects.toMatchObject({ code: "validation", message: "Give the verdict before submitting the claim for review." });
    await expect(approveClaim(await as(eve, claimId))).rejects.toMatchObject({ code: "conflict" });
    expect(await state(claimId)).toMatchObject({ status: "assigned", version: 2 });
  });

  it("sends a verdict back with a required comment, only by a second person, and takes it through rework", async () => {
    const claimId = await readyForReview();
    await expect(requestClaimChanges({ ...(await as(ben, claimId)), comment: "   " })).rejects.toMatchObject({ code: "validation", message: "Say what has to change, so the fact-checker knows what to rework." });
    await expect(requestClaimChanges({ ...(await as(ana, claimId)), comment: "Looks off" })).rejects.toMatchObject({ code: "forbidden", message: secondReviewerMessage });
    await expect(approveClaim(await as(ben, claimId))).rejects.toMatchObject({ code: "forbidden", message: "Your role cannot approve." });
    await expect(verdict(ana, claimId, "False")).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/waiting for its second review/) as unknown });

    await requestClaimChanges({ ...(await as(ben, claimId)), comment: "The register counts part-time hires.\nCheck full-time equivalents." });
    expect(await state(claimId)).toMatchObject({ status: "changes_requested", reviewerId: ben.id, assigneeId: ana.id });
    const review = await db.prisma.review.findFirstOrThrow({ where: { claimId }, select: { decision: true, comment: true, reviewerId: true, labelId: true } });
    expect(review).toEqual({ decision: "request_changes", comment: "The register counts part-time hires.\nCheck full-time equivalents.", reviewerId: ben.id, labelId: null });

    await expect(reworkClaim(await as(ben, claimId))).rejects.toMatchObject({ code: "forbidden" });
    await reworkClaim(await as(ana, claimId));
    await verdict(ana, claimId, "Half True", "Counted in full-time equivalents, 1,040 teachers.");
    await submitClaimForReview(await as(ana, claimId));
    const view = (await loadClaimReviewView({ prisma: db.prisma, teamId, viewerId: ana.id, viewerRole: ana.role, claimId }))!;
    expect(view.decisions.map((decision) => [decision.decision, decision.reviewerName])).toEqual([["request_changes", "Ben Bell"]]);
    expect(view.history.map((entry) => entry.what)).toContain("requested changes");
    expect(view.history.find((entry) => entry.what === "requested changes")!.detail).toBe("The register counts part-time hires.\nCheck full-time equivalents.");
    expect(view.allowedActions).toEqual([]);
    const forEve = (await loadClaimReviewView({ prisma: db.prisma, teamId, viewerId: eve.id, viewerRole: eve.role, claimId }))!;
    expect(forEve.allowedActions).toEqual(["request_changes", "approve"]);
  });

  it("never lets the verdict's author approve it, even as an editor", async () => {
    const claimId = await newClaim();
    await assignClaim({ ...(await as(eve, claimId)), assigneeId: ana.id });
    // The editor rewrites the verdict during research, so she is its author now.
    await verdict(ana, claimId);
    await verdict(eve, claimId, "Mostly False", "Edited by the desk editor.");
    await submitClaimForReview(await as(ana, claimId));
    await expect(approveClaim(await as(eve, claimId))).rejects.toMatchObject({ code: "forbidden", message: secondReviewerMessage });
    await expect(requestClaimChanges({ ...(await as(eve, claimId)), comment: "x" })).rejects.toMatchObject({ code: "forbidden", message: secondReviewerMessage });
    // The assignee is not a second pair of eyes either, even when someone else wrote the verdict.
    await expect(requestClaimChanges({ ...(await as(ana, claimId)), comment: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await approveClaim(await as(ed, claimId));
    expect(await state(claimId)).toMatchObject({ status: "approved", reviewerId: ed.id });
    await expect(verdict(ana, claimId, "True")).rejects.toMatchObject({ code: "conflict", message: "The verdict has been approved and can no longer be changed." });
  });

  it("refuses a step based on a stale version, naming who changed the claim", async () => {
    const claimId = await newClaim();
    const seen = await as(ada, claimId);
    await assignClaim({ ...(await as(eve, claimId)), assigneeId: ben.id });
    await expect(assignClaim({ ...seen, assigneeId: ana.id })).rejects.toMatchObject({
      code: "conflict",
      message: "This claim was changed by Eve Editor since you opened it: it is now assigned. Nothing was saved; review the new state and try again.",
    });
    const mine = await as(eve, claimId);
    await startResearch(await as(ben, claimId));
    await expect(unassignClaim(mine)).rejects.toThrow("This claim was changed by Ben Bell since you opened it: it is now in research.");
    // Your own change in another tab is named as such.
    const tab = await as(ben, claimId);
    await unassignClaim(await as(ben, claimId));
    await expect(startResearch(tab)).rejects.toThrow("This claim was changed by you, in another tab or window, since you opened it");
    expect(await state(claimId)).toMatchObject({ status: "new", assigneeId: null });
  });

  it("lets exactly one of two simultaneous approvals through", async () => {
    const claimId = await readyForReview();
    const [byEve, byEd] = [await as(eve, claimId), await as(ed, claimId)];
    const results = await Promise.allSettled([approveClaim(byEve), approveClaim(byEd)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected")!;
    expect(refused.reason).toMatchObject({ code: "conflict", message: expect.stringMatching(/^This claim was changed by (Eve Editor|Ed Second) since you opened it: it is now approved\./) as unknown });
    expect(await db.prisma.review.count({ where: { claimId, decision: "approve" } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { entityId: claimId, action: "claim.approve" } })).toBe(1);
    expect(await state(claimId)).toMatchObject({ status: "approved", version: byEve.expectedVersion + 1 });
  });

  it("lets exactly one of two simultaneous decisions through: an approval and a request for changes", async () => {
    const claimId = await readyForReview();
    const results = await Promise.allSettled([approveClaim(await as(eve, claimId)), requestClaimChanges({ ...(await as(ben, claimId)), comment: "Not yet." })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.prisma.review.count({ where: { claimId } })).toBe(1);
  });

  it("lets exactly one of two simultaneous assignments through, with or without an expected version", async () => {
    const claimId = await newClaim();
    const seen = await version(claimId);
    const results = await Promise.allSettled([
      assignClaim({ prisma: db.prisma, teamId, actorId: eve.id, actorRole: "editor", claimId, assigneeId: ana.id, expectedVersion: seen }),
      assignClaim({ prisma: db.prisma, teamId, actorId: ed.id, actorRole: "editor", claimId, assigneeId: ben.id, expectedVersion: seen }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const winner = results[0].status === "fulfilled" ? ana.id : ben.id;
    expect(await state(claimId)).toMatchObject({ status: "assigned", assigneeId: winner, version: seen + 1 });

    // Two fact-checkers taking the same new claim at the same moment: one gets it.
    const open = await newClaim();
    const takes = await Promise.allSettled([ana, ben].map((who) => assignClaim({ prisma: db.prisma, teamId, actorId: who.id, actorRole: who.role, claimId: open, assigneeId: who.id })));
    expect(takes.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.prisma.auditEvent.count({ where: { entityId: open, action: "claim.assign" } })).toBe(1);
  });

  it("hides the verdict from a blind reviewer until they give their own rating, then shows both side by side", async () => {
    const { teamId: blindTeamId } = await createUser({ prisma: db.prisma, email: "blind-admin@desk.test", name: "Bea Blind", password: "workflow-password-1", team: "Blind Desk", role: "admin" });
    const member = async (email: string, name: string, role: Role): Promise<Person> => ({ id: (await createUser({ prisma: db.prisma, email, name, password: "workflow-password-1", team: "Blind Desk", role })).userId, role, name });
    const author = await member("blind-author@desk.test", "Otto Author", "fact_checker");
    const reviewer = await member("blind-editor@desk.test", "Rhea Reviewer", "editor");
    const bystander = await member("blind-checker@desk.test", "Nils Checker", "fact_checker");
    await setBlindReview({ prisma: db.prisma, teamId: blindTeamId, actorId: null, blindReview: true });
    expect(await db.prisma.auditEvent.count({ where: { teamId: blindTeamId, action: "team.blind_review" } })).toBe(1);

    const claimId = await newClaim(blindTeamId);
    const scale = await getDefaultScale(db.prisma, blindTeamId);
    const label = (name: string) => scale.labels.find((candidate) => candidate.name === name)!;
    const at = async (who: Person): Promise<ClaimActionOptions> => ({ prisma: db.prisma, teamId: blindTeamId, actorId: who.id, actorRole: who.role, claimId, expectedVersion: await version(claimId) });
    await addSource({ prisma: db.prisma, teamId: blindTeamId, actorId: author.id, claimId, source: { title: "Register", stance: "refutes" } });
    const secret = "SECRET-RATIONALE: the register shows 310 hires.";
    await saveVerdict({ prisma: db.prisma, teamId: blindTeamId, actorId: author.id, actorRole: author.role, claimId, labelId: label("Pants on Fire").id, rationale: secret, version: 0 });
    await submitClaimForReview(await at(author));

    const view = (who: Person) => loadClaimReviewView({ prisma: db.prisma, teamId: blindTeamId, viewerId: who.id, viewerRole: who.role, claimId });
    const before = (await view(reviewer))!;
    expect(before.blind).toEqual({ hidden: true, canRate: true });
    expect(before.evidence.verdict).toBeNull();
    expect(before.allowedActions).toEqual([]);
    const data = JSON.stringify(before);
    for (const leak of [secret, "SECRET-RATIONALE", "Pants on Fire", label("Pants on Fire").id]) expect(data).not.toContain(leak);
    expect(before.history.map((entry) => entry.what)).toContain("gave the verdict");
    // The article view applies the same rule to every claim it lists.
    const articleView = (who: Person) => loadArticleEvidenceForViewer({ prisma: db.prisma, teamId: blindTeamId, viewerId: who.id, viewerRole: who.role, claimIds: [claimId] });
    expect(JSON.stringify(await articleView(reviewer))).not.toContain(secret);
    expect((await articleView(author))[claimId]?.verdict).toMatchObject({ rationale: secret });
    // The author sees their verdict; an uninvolved fact-checker is a would-be reviewer too.
    expect((await view(author))!.evidence.verdict).toMatchObject({ labelName: "Pants on Fire", rationale: secret });
    expect((await view(bystander))!.blind).toEqual({ hidden: true, canRate: true });

    // Deciding first, or editing the hidden verdict, is refused; the author cannot rate their own verdict.
    await expect(approveClaim(await at(reviewer))).rejects.toMatchObject({ code: "validation", message: expect.stringMatching(/^Your team reviews blind/) as unknown });
    await expect(giveBlindRating({ ...(await at(author)), labelId: label("False").id, comment: "" })).rejects.toMatchObject({ code: "forbidden", message: secondReviewerMessage });
    await expect(giveBlindRating({ ...(await at(reviewer)), labelId: label("False").id + "x", comment: "" })).rejects.toMatchObject({ code: "validation" });

    await giveBlindRating({ ...(await at(reviewer)), labelId: label("False").id, comment: "The register I found shows 400." });
    await expect(giveBlindRating({ ...(await at(reviewer)), labelId: label("True").id, comment: "" })).rejects.toMatchObject({ code: "conflict", message: "You have already given your rating of this claim." });
    const after = (await view(reviewer))!;
    expect(after.blind).toEqual({ hidden: false, canRate: false });
    expect((await articleView(reviewer))[claimId]?.verdict).toMatchObject({ rationale: secret });
    expect(after.evidence.verdict).toMatchObject({ labelName: "Pants on Fire", rationale: secret });
    expect(after.allowedActions).toEqual(["request_changes", "approve"]);
    expect(after.comparison).toMatchObject({
      verdict: { labelName: "Pants on Fire", rationale: secret, authorName: "Otto Author" },
      ratings: [{ reviewerName: "Rhea Reviewer", label: { name: "False" }, comment: "The register I found shows 400.", agrees: false, decision: null }],
    });
    expect((await view(author))!.comparison?.ratings).toHaveLength(1);
    // Still hidden from the fact-checker who has not rated; the rating's label with it.
    const stillBlind = JSON.stringify(await view(bystander));
    expect(stillBlind).not.toContain(secret);
    expect(stillBlind).not.toContain("The register I found shows 400.");

    await approveClaim(await at(reviewer));
    const approved = (await view(bystander))!;
    expect(approved.blind.hidden).toBe(false);
    expect(approved.evidence.verdict?.labelName).toBe("Pants on Fire");
    expect(approved.comparison).toBeNull();
    expect(await db.prisma.review.findMany({ where: { claimId }, orderBy: { createdAt: "asc" }, select: { decision: true, labelId: true } })).toEqual([
      { decision: null, labelId: label("False").id },
      { decision: "approve", labelId: null },
    ]);

    // Without blind review there is nothing to rate.
    await setBlindReview({ prisma: db.prisma, teamId: blindTeamId, actorId: null, blindReview: false });
    await expect(giveBlindRating({ ...(await at(bystander)), labelId: label("False").id, comment: "" })).rejects.toMatchObject({ code: "validation" });
  });

  it("keeps a comment thread with @mentions of team members, and lets only the author delete a comment", async () => {
    const claimId = await newClaim();
    const first = await addComment({ prisma: db.prisma, teamId, actorId: ana.id, claimId, body: "  @Ben Bell can you check the 2024 figure?\r\nAlso cc @eve and desk@ana.example.  " });
    expect(first).toMatchObject({ body: "@Ben Bell can you check the 2024 figure?\nAlso cc @eve and desk@ana.example.", authorName: "Ana Alves" });
    expect(first.mentions.map((mention) => mention.name)).toEqual(["Ben Bell", "Eve Editor"]);
    expect((await db.prisma.comment.findUniqueOrThrow({ where: { id: first.id } })).mentionedUserIds).toEqual([ben.id, eve.id]);
    // A member of another team is not mentionable.
    const second = await addComment({ prisma: db.prisma, teamId, actorId: ben.id, claimId, body: "On it, @ana.alves. Not you @Rita Rival." });
    expect(second.mentions.map((mention) => mention.handle)).toEqual(["ana.alves"]);

    await expect(addComment({ prisma: db.prisma, teamId, actorId: ana.id, claimId, body: " \n " })).rejects.toMatchObject({ code: "validation" });
    await expect(addComment({ prisma: db.prisma, teamId, actorId: ana.id, claimId, body: "x".repeat(10_001) })).rejects.toMatchObject({
      code: "validation",
      message: "A comment can be at most 10,000 characters long (this one has 10,001).",
    });
    expect((await listClaimComments(db.prisma, teamId, claimId)).map((comment) => comment.id)).toEqual([first.id, second.id]);

    await expect(deleteComment({ prisma: db.prisma, teamId, actorId: ben.id, commentId: first.id })).rejects.toMatchObject({ code: "forbidden", message: "You can only delete your own comments." });
    await deleteComment({ prisma: db.prisma, teamId, actorId: ana.id, commentId: first.id });
    await expect(deleteComment({ prisma: db.prisma, teamId, actorId: ana.id, commentId: first.id })).rejects.toMatchObject({ code: "not_found" });
    expect((await listClaimComments(db.prisma, teamId, claimId)).map((comment) => comment.id)).toEqual([second.id]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: first.id, action: "comment.delete" } });
    expect(audit).toMatchObject({ actorId: ana.id, before: { claimId, body: first.body } });
    const history = (await loadClaimReviewView({ prisma: db.prisma, teamId, viewerId: ana.id, viewerRole: ana.role, claimId }))!.history;
    expect(history.map((entry) => `${entry.actor} ${entry.what}`)).toEqual(["Ana Alves deleted a comment"]);
  });

  it("runs marking not check-worthy and reopening through the same workflow rules", async () => {
    const claimId = await newClaim();
    await assignClaim({ ...(await as(ana, claimId)), assigneeId: ana.id });
    await setClaimCheckWorthiness({ prisma: db.prisma, teamId, actorId: ben.id, actorRole: ben.role, claimId, version: await version(claimId), checkWorthy: false });
    expect(await state(claimId)).toMatchObject({ status: "not_check_worthy", assigneeId: null });
    await expect(setClaimCheckWorthiness({ prisma: db.prisma, teamId, actorId: vic.id, actorRole: vic.role, claimId, version: await version(claimId), checkWorthy: true })).rejects.toMatchObject({ code: "forbidden" });
    await setClaimCheckWorthiness({ prisma: db.prisma, teamId, actorId: ben.id, actorRole: ben.role, claimId, version: await version(claimId), checkWorthy: true });
    expect(await state(claimId)).toMatchObject({ status: "new" });

    const inReview = await readyForReview();
    await expect(setClaimCheckWorthiness({ prisma: db.prisma, teamId, actorId: eve.id, actorRole: eve.role, claimId: inReview, version: await version(inReview), checkWorthy: false })).rejects.toMatchObject({
      code: "conflict",
      message: "A claim that is ready for review cannot be marked not check-worthy.",
    });
    const actions = await db.prisma.auditEvent.findMany({ where: { entityId: claimId }, orderBy: { createdAt: "asc" }, select: { action: true, after: true } });
    expect(actions.map((event) => event.action)).toEqual(["claim.assign", "claim.mark_not_check_worthy", "claim.mark_check_worthy"]);
    expect(actions[1]!.after).toMatchObject({ status: "not_check_worthy", assigneeId: null });
  });

  it("treats another team's claim like a missing one in every step", async () => {
    const theirs = await newClaim(rivalTeamId);
    const ours = { prisma: db.prisma, teamId, actorId: ada.id, actorRole: "admin" as const, claimId: theirs, expectedVersion: 1 };
    const steps = [
      assignClaim({ ...ours, assigneeId: ada.id }),
      assignClaim({ ...ours, assigneeId: ada.id, expectedVersion: undefined }),
      unassignClaim(ours),
      startResearch(ours),
      submitClaimForReview(ours),
      requestClaimChanges({ ...ours, comment: "No." }),
      reworkClaim(ours),
      approveClaim(ours),
      publishClaim(ours),
      unpublishClaim(ours),
      setClaimCheckWorthiness({ ...ours, version: 1, checkWorthy: false }),
      setClaimCheckWorthiness({ ...ours, version: 1, checkWorthy: true }),
      giveBlindRating({ ...ours, labelId: "x", comment: "" }),
      addComment({ prisma: db.prisma, teamId, actorId: ada.id, claimId: theirs, body: "Hello" }),
      saveVerdict({ prisma: db.prisma, teamId, actorId: ada.id, actorRole: "admin", claimId: theirs, labelId: "x", rationale: "x", version: 0 }),
    ];
    for (const result of await Promise.allSettled(steps)) expect(result).toMatchObject({ status: "rejected", reason: { code: "not_found" } });
    expect(await loadClaimReviewView({ prisma: db.prisma, teamId, viewerId: ada.id, viewerRole: "admin", claimId: theirs })).toBeNull();
    const theirComment = await addComment({ prisma: db.prisma, teamId: rivalTeamId, actorId: rival.id, claimId: theirs, body: "Ours." });
    await expect(deleteComment({ prisma: db.prisma, teamId, actorId: rival.id, commentId: theirComment.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await state(theirs)).toMatchObject({ status: "new", version: 1 });
    expect(await db.prisma.auditEvent.count({ where: { entityId: theirs } })).toBe(0);
  });
});
