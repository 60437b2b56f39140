import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/repositories/client";
import * as analysisRepo from "@/server/repositories/analysis";
import * as apiTokensRepo from "@/server/repositories/api-tokens";
import * as commentsRepo from "@/server/repositories/comments";
import * as dashboardRepo from "@/server/repositories/dashboard";
import * as queueRepo from "@/server/repositories/queue";
import * as reportLinksRepo from "@/server/repositories/report-links";
import * as reportsRepo from "@/server/repositories/reports";
import * as reviewsRepo from "@/server/repositories/reviews";
import * as workflowRepo from "@/server/repositories/workflow";
import { addComment } from "@/server/services/add-comment";
import { requestExport } from "@/server/services/request-export";
import type { JobQueue } from "@/server/jobs/queue";
import { approveClaim } from "@/server/services/approve-claim";
import { assignClaim } from "@/server/services/assign-claim";
import { buildArticleReport } from "@/server/services/build-article-report";
import { bulkAssignClaims } from "@/server/services/bulk-assign-claims";
import { loadArticleEvidenceForViewer } from "@/server/services/article-evidence-view";
import { loadClaimReviewView } from "@/server/services/claim-review-view";
import { loadClaimForAction } from "@/server/services/claim-transition";
import { createReportLink } from "@/server/services/create-report-link";
import { deleteComment } from "@/server/services/delete-comment";
import { giveBlindRating } from "@/server/services/give-blind-rating";
import { listClaims } from "@/server/services/list-claims";
import { loadClaimDetail } from "@/server/services/load-claim-detail";
import { publishClaim } from "@/server/services/publish-claim";
import { teamChangeMarker } from "@/server/services/queue-changes";
import { listQueue } from "@/server/services/queue-list";
import { parseQueueQuery, queueFilters } from "@/server/services/queue-query";
import { requestClaimChanges } from "@/server/services/request-claim-changes";
import { resolveRatingLabel } from "@/server/services/resolve-rating-label";
import { revokeApiToken } from "@/server/services/revoke-api-token";
import { revokeReportLink } from "@/server/services/revoke-report-link";
import { reworkClaim } from "@/server/services/rework-claim";
import { saveVerdict } from "@/server/services/save-verdict";
import { startResearch } from "@/server/services/start-research";
import { submitClaimForReview } from "@/server/services/submit-claim-for-review";
import { takeNextClaim } from "@/server/services/take-next-claim";
import { unassignClaim } from "@/server/services/unassign-claim";
import { unpublishClaim } from "@/server/services/unpublish-claim";
import { createApiToken } from "@/server/services/create-api-token";
import * as articlesRepo from "@/server/repositories/articles";
import * as auditRepo from "@/server/repositories/audit";
import * as evidenceRepo from "@/server/repositories/evidence";
import * as importBatchesRepo from "@/server/repositories/import-batches";
import * as exportFilesRepo from "@/server/repositories/export-files";
import * as invitationsRepo from "@/server/repositories/invitations";
import * as scalesRepo from "@/server/repositories/scales";
import * as searchRepo from "@/server/repositories/search";
import * as spansRepo from "@/server/repositories/spans";
import * as speakersRepo from "@/server/repositories/speakers";
import * as teamsRepo from "@/server/repositories/teams";
import * as usersRepo from "@/server/repositories/users";
import { addClaim } from "@/server/services/add-claim";
import { addMember } from "@/server/services/add-member";
import { addQuote } from "@/server/services/add-quote";
import { addSource } from "@/server/services/add-source";
import { changeMemberRole } from "@/server/services/change-member-role";
import { changeQuoteSpeaker } from "@/server/services/change-quote-speaker";
import { createInvitation } from "@/server/services/create-invitation";
import { createRatingScale } from "@/server/services/create-rating-scale";
import { createUser } from "@/server/services/create-user";
import { deleteRatingScale } from "@/server/services/delete-rating-scale";
import { deleteSource } from "@/server/services/delete-source";
import { deleteSpan } from "@/server/services/delete-span";
import { getDefaultScale } from "@/server/services/ensure-default-scale";
import { importArticle } from "@/server/services/import-article";
import { mergeSpeakers } from "@/server/services/merge-speakers";
import { reanalyzeArticle } from "@/server/services/reanalyze-article";
import { removeMember } from "@/server/services/remove-member";
import { revokeInvitation } from "@/server/services/revoke-invitation";
import { searchTeamContent } from "@/server/services/search-team";
import { setClaimCheckWorthiness } from "@/server/services/set-claim-check-worthiness";
import { setDefaultScale } from "@/server/services/set-default-scale";
import { resolveSpeakerChoice } from "@/server/services/speaker-choice";
import { updateSource } from "@/server/services/update-source";
import { updateSpanBounds } from "@/server/services/update-span-bounds";
import { updateSpeaker } from "@/server/services/update-speaker";

/**
 * Team isolation, systematically: team A's admin calls every repository function and every service with
 * team B's ids. Each must answer nothing (null, empty, false) or refuse with not_found, never return B's
 * data and never change B. The probe table is checked against the modules' exports, so a new repository
 * or service function fails this test until someone decides how it is probed (or why it needs no probe).
 */

const example = readFileSync(path.resolve(import.meta.dirname, "../fixtures/articles/iraq-coalition.txt"), "utf8");

interface TeamFixture {
  teamId: string;
  adminId: string;
  adminEmail: string;
  marker: string;
  articleId: string;
  articleVersion: number;
  body: string;
  quoteId: string;
  quoteVersion: number;
  claimId: string;
  claimVersion: number;
  speakerId: string;
  speakerName: string;
  speakerVersion: number;
  sourceId: string;
  sourceVersion: number;
  verdictId: string;
  defaultScaleId: string;
  labelId: string;
  customScaleId: string;
  customScaleName: string;
  commentId: string;
  invitationId: string;
  reviewId: string;
  reportLinkId: string;
  apiTokenId: string;
  importBatchId: string;
  exportFileId: string;
}

async function seedTeam(prisma: PrismaClient, name: string, marker: string): Promise<TeamFixture> {
  const adminEmail = `${name.toLowerCase()}-admin@example.test`;
  const { teamId, userId: adminId } = await createUser({ prisma, email: adminEmail, password: `${name}-password-1`, team: `${name} Desk`, role: "admin", name: `${name} Admin` });
  // The marker is in the title and the text, so any place that leaks the article's words shows it.
  const body = `${example}\n\n"${marker} is what we call the bridge plan," said ${name} Spokesperson Dana ${marker}. The city spent 42 million dollars on ${marker} in 2023.`;
  const { articleId } = await importArticle({ prisma, teamId, actorId: adminId, title: `${marker} report`, body });
  const article = await prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { version: true } });
  const quote = await prisma.quote.findFirstOrThrow({ where: { articleId, speakerId: { not: null } }, orderBy: { start: "asc" } });
  const claim = await prisma.claim.findFirstOrThrow({ where: { articleId }, orderBy: { start: "asc" } });
  const speaker = await prisma.speaker.findUniqueOrThrow({ where: { id: quote.speakerId! } });
  const scale = await getDefaultScale(prisma, teamId, adminId);
  const label = scale.labels[0]!;
  const custom = await createRatingScale({
    prisma,
    teamId,
    actorId: adminId,
    custom: { name: `${marker} house scale`, labels: [{ name: `${marker} false`, value: 0, description: null }, { name: `${marker} true`, value: 1, description: null }] },
  });
  const source = await addSource({
    prisma,
    teamId,
    actorId: adminId,
    claimId: claim.id,
    source: { title: `${marker} ministry figures`, url: "https://example.org/figures", stance: "supports", excerpt: `${marker} excerpt`, pinnedText: `${marker} pinned copy` },
  });
  // Verdict and comment rows are written directly: the workflow services that make them are not what this test is about.
  const verdict = await prisma.verdict.create({ data: { teamId, claimId: claim.id, scaleId: scale.id, labelId: label.id, rationale: `${marker} rationale`, authorId: adminId } });
  const comment = await prisma.comment.create({ data: { teamId, claimId: claim.id, authorId: adminId, body: `${marker} comment` } });
  const { invitation } = await createInvitation({ prisma, teamId, actorId: adminId, role: "viewer", email: null, validityDays: 7 });
  const review = await prisma.review.create({ data: { teamId, claimId: claim.id, reviewerId: adminId, decision: "request_changes", comment: `${marker} review` } });
  const { link } = await createReportLink({ prisma, teamId, actorId: adminId, articleId });
  const { id: apiTokenId } = await createApiToken({ prisma, userId: adminId, teamId, name: `${marker} token`, expiresInDays: null });
  const { id: importBatchId } = await importBatchesRepo.createImportBatch(prisma, {
    teamId,
    createdById: adminId,
    source: "api",
    label: `${marker} bulk import`,
    items: [{ name: `${marker}.pdf`, error: `${marker} is not an article` }],
  });
  const exportFileId = await exportFilesRepo.createExportFile(prisma, { teamId, createdById: adminId, kind: "report-pdf", params: { article: articleId } });
  await exportFilesRepo.markExportRunning(prisma, exportFileId, 1);
  await exportFilesRepo.finishExport(prisma, exportFileId, { fileName: `${marker}.pdf`, contentType: "application/pdf", content: Buffer.from(`%PDF ${marker}`), done: 1 });
  return {
    teamId,
    adminId,
    adminEmail,
    marker,
    articleId,
    articleVersion: article.version,
    body,
    quoteId: quote.id,
    quoteVersion: quote.version,
    claimId: claim.id,
    claimVersion: claim.version,
    speakerId: speaker.id,
    speakerName: speaker.name,
    speakerVersion: speaker.version,
    sourceId: source.id,
    sourceVersion: source.version,
    verdictId: verdict.id,
    defaultScaleId: scale.id,
    labelId: label.id,
    customScaleId: custom.id,
    customScaleName: custom.name,
    commentId: comment.id,
    invitationId: invitation.id,
    reviewId: review.id,
    reportLinkId: link.id,
    apiTokenId,
    importBatchId,
    exportFileId,
  };
}

/** Every row of a team, in full, to compare before and after the probes. */
async function snapshotTeam(prisma: PrismaClient, teamId: string, adminId: string): Promise<Record<string, unknown>> {
  const byTeam = { where: { teamId }, orderBy: { id: "asc" as const } };
  return {
    team: await prisma.team.findUnique({ where: { id: teamId } }),
    memberships: await prisma.membership.findMany(byTeam),
    admin: await prisma.user.findUnique({ where: { id: adminId } }),
    articles: await prisma.article.findMany(byTeam),
    quotes: await prisma.quote.findMany(byTeam),
    claims: await prisma.claim.findMany(byTeam),
    speakers: await prisma.speaker.findMany(byTeam),
    sources: await prisma.source.findMany(byTeam),
    verdicts: await prisma.verdict.findMany(byTeam),
    scales: await prisma.ratingScale.findMany({ ...byTeam, include: { labels: { orderBy: { id: "asc" } } } }),
    reviews: await prisma.review.findMany(byTeam),
    comments: await prisma.comment.findMany(byTeam),
    invitations: await prisma.invitation.findMany(byTeam),
    reportLinks: await prisma.reportLink.findMany(byTeam),
    apiTokens: await prisma.apiToken.findMany(byTeam),
    auditEvents: await prisma.auditEvent.findMany(byTeam),
    importBatches: await prisma.importBatch.findMany(byTeam),
    importItems: await prisma.importItem.findMany(byTeam),
    exportFiles: await prisma.exportFile.findMany(byTeam),
  };
}

/** Every id in a snapshot: none of them may appear in anything team A gets back. */
function collectIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "id" && typeof item === "string") into.add(item);
      else collectIds(item, into);
    }
  }
  return into;
}

function serialise(value: unknown): string {
  const plain = (_key: string, item: unknown): unknown => (item instanceof Map ? Object.fromEntries(item) : item instanceof Set ? [...(item as Set<unknown>)] : item);
  return JSON.stringify(value, plain) ?? "undefined";
}

/** Nothing at all: null, false, zero, or containers of nothing. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Map || value instanceof Set) return value.size === 0;
  if (typeof value === "object") return Object.values(value).every(isEmpty);
  return false;
}

type Expectation =
  /** Null, empty or false: B's id is treated as missing. */
  | "nothing"
  /** Throws AppError not_found. */
  | "not_found"
  /**
   * Throws an AppError (validation, forbidden, ...) that answers exactly as it would for a made-up id or
   * name: used where B's id is an argument about A's own row (assign A's claim to B's admin).
   */
  | "refused"
  /** Works on A's own team (a list, a count, A's own rows) and shows nothing of B. */
  | "own_team_only";

interface Probe {
  /** "module#export" of each function the probe exercises. */
  covers: string[];
  expect: Expectation;
  run: (a: TeamFixture, b: TeamFixture, prisma: PrismaClient) => Promise<unknown>;
}

/** Fails the test if a refused request queues anything: the team check must come first. */
const refusingJobQueue: JobQueue = {
  enqueue: () => Promise.reject(new Error("a refused request queued a job")),
  work: () => Promise.resolve(),
  wake: () => undefined,
  stop: () => Promise.resolve(),
};

const sourceWrite = { url: null, title: "Changed", publisher: null, publishedAt: null, excerpt: "", stance: "refutes" as const, accessedAt: new Date() };

const probes: Probe[] = [
  // Prepared exports
  { covers: ["repositories/export-files#listExportFiles"], expect: "own_team_only", run: (a, _b, db) => exportFilesRepo.listExportFiles(db, a.teamId) },
  { covers: ["repositories/export-files#findExportFile"], expect: "nothing", run: (a, b, db) => exportFilesRepo.findExportFile(db, a.teamId, b.exportFileId) },
  { covers: ["repositories/export-files#readExportContent"], expect: "nothing", run: (a, b, db) => exportFilesRepo.readExportContent(db, a.teamId, b.exportFileId) },
  {
    covers: ["services/request-export#requestExport"],
    expect: "refused",
    run: (a, b, db) => requestExport({ prisma: db, jobs: refusingJobQueue, teamId: a.teamId, actorId: a.adminId, kind: "report-pdf", params: { article: b.articleId } }),
  },
  // Bulk imports
  { covers: ["repositories/import-batches#listImportBatches"], expect: "own_team_only", run: (a, _b, db) => importBatchesRepo.listImportBatches(db, a.teamId) },
  { covers: ["repositories/import-batches#findImportBatch"], expect: "nothing", run: (a, b, db) => importBatchesRepo.findImportBatch(db, a.teamId, b.importBatchId) },
  // Repositories: articles
  { covers: ["repositories/articles#listArticles"], expect: "own_team_only", run: (a, _b, db) => articlesRepo.listArticles(db, a.teamId) },
  { covers: ["repositories/articles#findArticle"], expect: "nothing", run: (a, b, db) => articlesRepo.findArticle(db, a.teamId, b.articleId) },
  { covers: ["repositories/articles#findArticleBody"], expect: "nothing", run: (a, b, db) => articlesRepo.findArticleBody(db, a.teamId, b.articleId) },
  {
    covers: ["repositories/articles#markArticleAnalysed"],
    expect: "nothing",
    run: (a, b, db) => articlesRepo.markArticleAnalysed(db, { teamId: a.teamId, id: b.articleId, version: b.articleVersion, sentences: [] }),
  },
  { covers: ["repositories/articles#listArticleHistory"], expect: "nothing", run: (a, b, db) => articlesRepo.listArticleHistory(db, a.teamId, b.articleId) },
  {
    covers: ["repositories/articles#findArticleIdByHash"],
    expect: "nothing",
    run: async (a, b, db) => articlesRepo.findArticleIdByHash(db, a.teamId, (await db.article.findUniqueOrThrow({ where: { id: b.articleId } })).contentHash),
  },
  // Repositories: audit
  { covers: ["repositories/audit#listAuditEvents"], expect: "own_team_only", run: (a, _b, db) => auditRepo.listAuditEvents(db, a.teamId, 500) },
  // Repositories: analysis
  {
    covers: ["repositories/analysis#resolveAnalysisSpeakers"],
    expect: "own_team_only",
    run: (a, b, db) =>
      db.$transaction((tx) => analysisRepo.resolveAnalysisSpeakers(tx, a.teamId, [{ id: "sp1", name: b.speakerName, kind: "person", title: null, role: null, aliases: [], mentions: [] }])),
  },
  // Repositories: evidence
  { covers: ["repositories/evidence#loadClaimEvidence"], expect: "own_team_only", run: async (a, b, db) => {
      const evidence = await evidenceRepo.loadClaimEvidence(db, a.teamId, [b.claimId]);
      return Object.values(evidence).map((entry) => [entry.sources, entry.verdict]);
    } },
  { covers: ["repositories/evidence#findClaimForReview"], expect: "nothing", run: (a, b, db) => evidenceRepo.findClaimForReview(db, a.teamId, b.claimId) },
  { covers: ["repositories/evidence#lockClaim"], expect: "nothing", run: (a, b, db) => db.$transaction((tx) => evidenceRepo.lockClaim(tx, a.teamId, b.claimId)) },
  { covers: ["repositories/evidence#findSource"], expect: "nothing", run: (a, b, db) => evidenceRepo.findSource(db, a.teamId, b.sourceId) },
  { covers: ["repositories/evidence#findSourcePinnedText"], expect: "nothing", run: (a, b, db) => evidenceRepo.findSourcePinnedText(db, a.teamId, b.claimId, b.sourceId) },
  {
    covers: ["repositories/evidence#updateSourceRow"],
    expect: "nothing",
    run: (a, b, db) => evidenceRepo.updateSourceRow(db, { teamId: a.teamId, sourceId: b.sourceId, version: b.sourceVersion, data: sourceWrite }),
  },
  { covers: ["repositories/evidence#deleteSourceRow"], expect: "nothing", run: (a, b, db) => evidenceRepo.deleteSourceRow(db, { teamId: a.teamId, sourceId: b.sourceId, version: b.sourceVersion }) },
  { covers: ["repositories/evidence#countClaimSources"], expect: "nothing", run: (a, b, db) => evidenceRepo.countClaimSources(db, a.teamId, b.claimId) },
  { covers: ["repositories/evidence#findClaimVerdict"], expect: "nothing", run: (a, b, db) => evidenceRepo.findClaimVerdict(db, a.teamId, b.claimId) },
  {
    covers: ["repositories/evidence#updateVerdictRow"],
    expect: "nothing",
    run: (a, b, db) =>
      evidenceRepo.updateVerdictRow(db, { teamId: a.teamId, verdictId: b.verdictId, version: 1, scaleId: a.defaultScaleId, labelId: a.labelId, rationale: "changed", authorId: a.adminId }),
  },
  { covers: ["repositories/evidence#findLastChange"], expect: "nothing", run: (a, b, db) => evidenceRepo.findLastChange(db, a.teamId, "article", b.articleId) },
  // Repositories: scales
  { covers: ["repositories/scales#findDefaultScale"], expect: "own_team_only", run: (a, _b, db) => scalesRepo.findDefaultScale(db, a.teamId) },
  { covers: ["repositories/scales#findScale"], expect: "nothing", run: (a, b, db) => scalesRepo.findScale(db, a.teamId, b.customScaleId) },
  { covers: ["repositories/scales#listScales"], expect: "own_team_only", run: (a, _b, db) => scalesRepo.listScales(db, a.teamId) },
  { covers: ["repositories/scales#countScales"], expect: "own_team_only", run: (a, _b, db) => scalesRepo.countScales(db, a.teamId) },
  { covers: ["repositories/scales#lockTeamScales"], expect: "own_team_only", run: (a, _b, db) => db.$transaction((tx) => scalesRepo.lockTeamScales(tx, a.teamId)) },
  { covers: ["repositories/scales#findScaleIdByName"], expect: "nothing", run: (a, b, db) => scalesRepo.findScaleIdByName(db, a.teamId, b.customScaleName) },
  { covers: ["repositories/scales#findOldestScaleId"], expect: "own_team_only", run: (a, _b, db) => scalesRepo.findOldestScaleId(db, a.teamId) },
  { covers: ["repositories/scales#makeDefaultScale"], expect: "nothing", run: (a, b, db) => scalesRepo.makeDefaultScale(db, a.teamId, b.customScaleId) },
  { covers: ["repositories/scales#findScaleState"], expect: "nothing", run: (a, b, db) => scalesRepo.findScaleState(db, a.teamId, b.customScaleId) },
  { covers: ["repositories/scales#deleteScaleRow"], expect: "nothing", run: (a, b, db) => scalesRepo.deleteScaleRow(db, a.teamId, b.customScaleId) },
  { covers: ["repositories/scales#findTeamLabel"], expect: "nothing", run: (a, b, db) => scalesRepo.findTeamLabel(db, a.teamId, b.labelId) },
  { covers: ["repositories/scales#findVerdictNeedsSource"], expect: "own_team_only", run: (a, _b, db) => scalesRepo.findVerdictNeedsSource(db, a.teamId) },
  {
    covers: ["repositories/scales#updateVerdictNeedsSource"],
    expect: "own_team_only",
    run: async (a, _b, db) => scalesRepo.updateVerdictNeedsSource(db, a.teamId, (await scalesRepo.findVerdictNeedsSource(db, a.teamId)) ?? true),
  },
  // Repositories: search
  { covers: ["repositories/search#searchTeam"], expect: "nothing", run: (a, b, db) => searchRepo.searchTeam(db, a.teamId, { query: b.marker, scope: "all" }) },
  { covers: ["repositories/search#searchTeam"], expect: "nothing", run: (a, b, db) => searchRepo.searchTeam(db, a.teamId, { query: "", scope: "all", speakerId: b.speakerId }) },
  { covers: ["repositories/search#searchFacets"], expect: "own_team_only", run: (a, _b, db) => searchRepo.searchFacets(db, a.teamId) },
  // Repositories: spans
  { covers: ["repositories/spans#findClaimForEdit"], expect: "nothing", run: (a, b, db) => spansRepo.findClaimForEdit(db, a.teamId, b.claimId) },
  { covers: ["repositories/spans#findQuoteForEdit"], expect: "nothing", run: (a, b, db) => spansRepo.findQuoteForEdit(db, a.teamId, b.quoteId) },
  {
    covers: ["repositories/spans#updateClaimAtVersion"],
    expect: "nothing",
    run: (a, b, db) => spansRepo.updateClaimAtVersion(db, { teamId: a.teamId, id: b.claimId, version: b.claimVersion, data: { deletedAt: new Date() } }),
  },
  {
    covers: ["repositories/spans#updateQuoteAtVersion"],
    expect: "nothing",
    run: (a, b, db) => spansRepo.updateQuoteAtVersion(db, { teamId: a.teamId, id: b.quoteId, version: b.quoteVersion, data: { deletedAt: new Date() } }),
  },
  { covers: ["repositories/spans#findQuoteContaining"], expect: "nothing", run: (a, b, db) => spansRepo.findQuoteContaining(db, a.teamId, b.articleId, 0, b.body.length) },
  { covers: ["repositories/spans#setSpeakerOfQuoteClaims"], expect: "nothing", run: (a, b, db) => spansRepo.setSpeakerOfQuoteClaims(db, a.teamId, b.quoteId, null) },
  { covers: ["repositories/spans#listArticleSpans"], expect: "nothing", run: (a, b, db) => spansRepo.listArticleSpans(db, a.teamId, b.articleId) },
  { covers: ["repositories/spans#removeAnalysisSpans"], expect: "nothing", run: (a, b, db) => spansRepo.removeAnalysisSpans(db, a.teamId, { quoteIds: [b.quoteId], claimIds: [b.claimId] }) },
  {
    covers: ["repositories/spans#refreshAnalysisClaim"],
    expect: "nothing",
    run: (a, b, db) => spansRepo.refreshAnalysisClaim(db, a.teamId, b.claimId, { kind: "other", score: 0, quoteId: null, speakerId: null }),
  },
  {
    covers: ["repositories/spans#refreshAnalysisQuote"],
    expect: "nothing",
    run: (a, b, db) => spansRepo.refreshAnalysisQuote(db, a.teamId, b.quoteId, { speakerId: null, cue: null, cueStart: null, cueEnd: null }),
  },
  { covers: ["repositories/spans#liveSpanExists"], expect: "nothing", run: (a, b, db) => spansRepo.liveSpanExists(db, a.teamId, b.articleId, "claim", 0, b.body.length) },
  // Repositories: speakers
  { covers: ["repositories/speakers#listSpeakerIdentities"], expect: "own_team_only", run: (a, _b, db) => speakersRepo.listSpeakerIdentities(db, a.teamId) },
  { covers: ["repositories/speakers#listSpeakerOptions"], expect: "own_team_only", run: (a, _b, db) => speakersRepo.listSpeakerOptions(db, a.teamId) },
  { covers: ["repositories/speakers#listSpeakers"], expect: "nothing", run: (a, b, db) => speakersRepo.listSpeakers(db, a.teamId, { query: b.marker }) },
  { covers: ["repositories/speakers#findSpeaker"], expect: "nothing", run: (a, b, db) => speakersRepo.findSpeaker(db, a.teamId, b.speakerId) },
  { covers: ["repositories/speakers#listSpeakerWork"], expect: "nothing", run: (a, b, db) => speakersRepo.listSpeakerWork(db, a.teamId, b.speakerId) },
  {
    covers: ["repositories/speakers#updateSpeakerAtVersion"],
    expect: "nothing",
    run: (a, b, db) => speakersRepo.updateSpeakerAtVersion(db, { teamId: a.teamId, id: b.speakerId, version: b.speakerVersion, data: { name: "Renamed" } }),
  },
  {
    covers: ["repositories/speakers#enrichSpeaker"],
    expect: "nothing",
    run: (a, b, db) => speakersRepo.enrichSpeaker(db, { teamId: a.teamId, id: b.speakerId, aliases: ["Intruder"], title: "Intruder", role: "Intruder" }),
  },
  { covers: ["repositories/speakers#reassignSpeakerWork"], expect: "nothing", run: (a, b, db) => speakersRepo.reassignSpeakerWork(db, a.teamId, b.speakerId, a.speakerId) },
  // reassignSpeakerWork trusts its target id (mergeSpeakers checks it is the team's first, probed below).
  { covers: ["repositories/speakers#deleteSpeaker"], expect: "nothing", run: (a, b, db) => speakersRepo.deleteSpeaker(db, a.teamId, b.speakerId) },
  { covers: ["repositories/speakers#speakerInTeam"], expect: "nothing", run: (a, b, db) => speakersRepo.speakerInTeam(db, a.teamId, b.speakerId) },
  // Finding B's speaker by name from A creates A's own speaker of that name, never returns B's.
  { covers: ["repositories/speakers#findOrCreateSpeakerByName"], expect: "own_team_only", run: (a, b, db) => speakersRepo.findOrCreateSpeakerByName(db, a.teamId, b.speakerName) },
  // Repositories: teams, users, invitations
  { covers: ["repositories/teams#lockTeam"], expect: "own_team_only", run: (a, _b, db) => db.$transaction((tx) => teamsRepo.lockTeam(tx, a.teamId)) },
  { covers: ["repositories/users#listMembers"], expect: "own_team_only", run: (a, _b, db) => usersRepo.listMembers(db, a.teamId) },
  { covers: ["repositories/users#findMembership"], expect: "nothing", run: (a, b, db) => usersRepo.findMembership(db, a.teamId, b.adminId) },
  { covers: ["repositories/users#setMembershipRole"], expect: "nothing", run: (a, b, db) => usersRepo.setMembershipRole(db, { teamId: a.teamId, userId: b.adminId, role: "viewer" }) },
  { covers: ["repositories/users#deleteMembership"], expect: "nothing", run: (a, b, db) => usersRepo.deleteMembership(db, a.teamId, b.adminId) },
  { covers: ["repositories/users#countAdmins"], expect: "own_team_only", run: (a, _b, db) => usersRepo.countAdmins(db, a.teamId) },
  { covers: ["repositories/invitations#listPendingInvitations"], expect: "own_team_only", run: (a, _b, db) => invitationsRepo.listPendingInvitations(db, a.teamId, new Date()) },
  { covers: ["repositories/invitations#findInvitation"], expect: "nothing", run: (a, b, db) => invitationsRepo.findInvitation(db, a.teamId, b.invitationId) },
  { covers: ["repositories/invitations#revokeInvitationRow"], expect: "nothing", run: (a, b, db) => invitationsRepo.revokeInvitationRow(db, { teamId: a.teamId, id: b.invitationId, now: new Date() }) },

  // Services: A's admin, A's team, B's ids; and A's own rows pointed at B's rows.
  { covers: ["services/add-claim#addClaim"], expect: "not_found", run: (a, b, db) => addClaim({ prisma: db, teamId: a.teamId, actorId: a.adminId, articleId: b.articleId, start: 0, end: 20 }) },
  {
    covers: ["services/add-quote#addQuote"],
    expect: "not_found",
    run: (a, b, db) => addQuote({ prisma: db, teamId: a.teamId, actorId: a.adminId, articleId: b.articleId, start: 0, end: 20, type: "direct", speaker: null }),
  },
  {
    covers: ["services/add-quote#addQuote", "services/speaker-choice#resolveSpeakerChoice"],
    expect: "not_found",
    run: (a, b, db) =>
      addQuote({ prisma: db, teamId: a.teamId, actorId: a.adminId, articleId: a.articleId, start: a.body.length - 30, end: a.body.length - 5, type: "direct", speaker: { speakerId: b.speakerId } }),
  },
  { covers: ["services/speaker-choice#resolveSpeakerChoice"], expect: "not_found", run: (a, b, db) => resolveSpeakerChoice(db, a.teamId, { speakerId: b.speakerId }) },
  {
    covers: ["services/add-source#addSource"],
    expect: "not_found",
    run: (a, b, db) => addSource({ prisma: db, teamId: a.teamId, actorId: a.adminId, claimId: b.claimId, source: { title: "Intruder", stance: "refutes" } }),
  },
  {
    covers: ["services/change-quote-speaker#changeQuoteSpeaker"],
    expect: "not_found",
    run: (a, b, db) => changeQuoteSpeaker({ prisma: db, teamId: a.teamId, actorId: a.adminId, quoteId: b.quoteId, version: b.quoteVersion, speaker: null }),
  },
  {
    covers: ["services/change-quote-speaker#changeQuoteSpeaker"],
    expect: "not_found",
    run: (a, b, db) => changeQuoteSpeaker({ prisma: db, teamId: a.teamId, actorId: a.adminId, quoteId: a.quoteId, version: a.quoteVersion, speaker: { speakerId: b.speakerId } }),
  },
  { covers: ["services/delete-rating-scale#deleteRatingScale"], expect: "not_found", run: (a, b, db) => deleteRatingScale({ prisma: db, teamId: a.teamId, actorId: a.adminId, scaleId: b.customScaleId }) },
  { covers: ["services/delete-source#deleteSource"], expect: "not_found", run: (a, b, db) => deleteSource({ prisma: db, teamId: a.teamId, actorId: a.adminId, sourceId: b.sourceId, version: b.sourceVersion }) },
  {
    covers: ["services/delete-span#deleteSpan"],
    expect: "not_found",
    run: (a, b, db) => deleteSpan({ prisma: db, teamId: a.teamId, actorId: a.adminId, target: "claim", id: b.claimId, version: b.claimVersion }),
  },
  {
    covers: ["services/delete-span#deleteSpan"],
    expect: "not_found",
    run: (a, b, db) => deleteSpan({ prisma: db, teamId: a.teamId, actorId: a.adminId, target: "quote", id: b.quoteId, version: b.quoteVersion }),
  },
  { covers: ["services/ensure-default-scale#getDefaultScale"], expect: "own_team_only", run: (a, _b, db) => getDefaultScale(db, a.teamId, a.adminId) },
  {
    covers: ["services/merge-speakers#mergeSpeakers"],
    expect: "not_found",
    run: (a, b, db) => mergeSpeakers({ prisma: db, teamId: a.teamId, actorId: a.adminId, sourceId: b.speakerId, sourceVersion: b.speakerVersion, targetId: a.speakerId }),
  },
  {
    covers: ["services/merge-speakers#mergeSpeakers"],
    expect: "not_found",
    run: (a, b, db) => mergeSpeakers({ prisma: db, teamId: a.teamId, actorId: a.adminId, sourceId: a.speakerId, sourceVersion: a.speakerVersion, targetId: b.speakerId }),
  },
  { covers: ["services/reanalyze-article#reanalyzeArticle"], expect: "not_found", run: (a, b, db) => reanalyzeArticle({ prisma: db, teamId: a.teamId, actorId: a.adminId, articleId: b.articleId }) },
  {
    covers: ["services/search-team#searchTeamContent"],
    expect: "nothing",
    run: (a, b, db) => searchTeamContent({ prisma: db, teamId: a.teamId, params: { q: b.marker, scope: "all", speaker: undefined, kind: undefined, verdict: undefined, from: undefined, to: undefined } }),
  },
  {
    covers: ["services/set-claim-check-worthiness#setClaimCheckWorthiness"],
    expect: "not_found",
    run: (a, b, db) => setClaimCheckWorthiness({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: b.claimId, version: b.claimVersion, checkWorthy: false }),
  },
  { covers: ["services/set-default-scale#setDefaultScale"], expect: "not_found", run: (a, b, db) => setDefaultScale({ prisma: db, teamId: a.teamId, actorId: a.adminId, scaleId: b.customScaleId }) },
  {
    covers: ["services/update-source#updateSource"],
    expect: "not_found",
    run: (a, b, db) =>
      updateSource({ prisma: db, teamId: a.teamId, actorId: a.adminId, sourceId: b.sourceId, version: b.sourceVersion, pinnedText: "keep", source: { title: "Changed", stance: "refutes" } }),
  },
  {
    covers: ["services/update-span-bounds#updateSpanBounds"],
    expect: "not_found",
    run: (a, b, db) => updateSpanBounds({ prisma: db, teamId: a.teamId, actorId: a.adminId, target: "claim", id: b.claimId, version: b.claimVersion, start: 0, end: 10 }),
  },
  {
    covers: ["services/update-span-bounds#updateSpanBounds"],
    expect: "not_found",
    run: (a, b, db) => updateSpanBounds({ prisma: db, teamId: a.teamId, actorId: a.adminId, target: "quote", id: b.quoteId, version: b.quoteVersion, start: 0, end: 10 }),
  },
  {
    covers: ["services/update-speaker#updateSpeaker"],
    expect: "not_found",
    run: (a, b, db) =>
      updateSpeaker({ prisma: db, teamId: a.teamId, actorId: a.adminId, speakerId: b.speakerId, version: b.speakerVersion, fields: { name: "Renamed", kind: "person", title: "", role: "", aliases: [] } }),
  },
  { covers: ["services/revoke-invitation#revokeInvitation"], expect: "not_found", run: (a, b, db) => revokeInvitation({ prisma: db, teamId: a.teamId, actorId: a.adminId, invitationId: b.invitationId }) },
  { covers: ["services/change-member-role#changeMemberRole"], expect: "not_found", run: (a, b, db) => changeMemberRole({ prisma: db, teamId: a.teamId, actorId: a.adminId, userId: b.adminId, role: "viewer" }) },
  { covers: ["services/remove-member#removeMember"], expect: "not_found", run: (a, b, db) => removeMember({ prisma: db, teamId: a.teamId, actorId: a.adminId, userId: b.adminId }) },
  // Workflow, comments, reviews, queue, dashboard, reports, API tokens (added by the workflow, queue and API work).
  { covers: ["repositories/comments#listMentionableMembers"], expect: "own_team_only", run: (a, _b, db) => commentsRepo.listMentionableMembers(db, a.teamId) },
  { covers: ["repositories/comments#listClaimComments"], expect: "nothing", run: (a, b, db) => commentsRepo.listClaimComments(db, a.teamId, b.claimId) },
  { covers: ["repositories/comments#findComment"], expect: "nothing", run: (a, b, db) => commentsRepo.findComment(db, a.teamId, b.commentId) },
  { covers: ["repositories/comments#deleteCommentRow"], expect: "nothing", run: (a, b, db) => commentsRepo.deleteCommentRow(db, { teamId: a.teamId, commentId: b.commentId, authorId: b.adminId }) },
  { covers: ["repositories/dashboard#loadTeamDashboard"], expect: "own_team_only", run: (a, _b, db) => dashboardRepo.loadTeamDashboard(db, a.teamId) },
  {
    covers: ["repositories/queue#listQueuePage", "repositories/queue#queueOrder"],
    expect: "nothing",
    run: (a, b, db) =>
      queueRepo.listQueuePage(db, {
        teamId: a.teamId,
        view: "unassigned",
        viewer: { userId: a.adminId, canReview: true },
        filters: queueFilters(parseQueueQuery({ article: b.articleId })),
        order: queueRepo.queueOrder("unassigned", "score"),
        limit: 50,
      }),
  },
  {
    covers: ["repositories/queue#countQueueViews"],
    expect: "nothing",
    run: (a, b, db) => queueRepo.countQueueViews(db, { teamId: a.teamId, viewer: { userId: a.adminId, canReview: true }, filters: queueFilters(parseQueueQuery({ speaker: b.speakerId })) }),
  },
  {
    covers: ["repositories/queue#lockNextUnassignedClaim"],
    expect: "nothing",
    run: (a, b, db) => db.$transaction((tx) => queueRepo.lockNextUnassignedClaim(tx, { teamId: a.teamId, filters: queueFilters(parseQueueQuery({ article: b.articleId })), order: "score" })),
  },
  { covers: ["repositories/queue#findClaimsForAssignment"], expect: "nothing", run: (a, b, db) => queueRepo.findClaimsForAssignment(db, a.teamId, [b.claimId]) },
  { covers: ["repositories/queue#findMemberRole"], expect: "nothing", run: (a, b, db) => queueRepo.findMemberRole(db, a.teamId, b.adminId) },
  { covers: ["repositories/queue#latestTeamChange"], expect: "own_team_only", run: (a, _b, db) => queueRepo.latestTeamChange(db, a.teamId) },
  { covers: ["repositories/queue#queueFilterOptions"], expect: "own_team_only", run: (a, b, db) => queueRepo.queueFilterOptions(db, a.teamId, b.articleId) },
  { covers: ["repositories/report-links#listActiveReportLinks"], expect: "nothing", run: (a, b, db) => reportLinksRepo.listActiveReportLinks(db, a.teamId, b.articleId) },
  { covers: ["repositories/report-links#revokeReportLinkRow"], expect: "nothing", run: (a, b, db) => reportLinksRepo.revokeReportLinkRow(db, { teamId: a.teamId, linkId: b.reportLinkId, at: new Date() }) },
  { covers: ["repositories/report-links#isTeamArticle"], expect: "nothing", run: (a, b, db) => reportLinksRepo.isTeamArticle(db, a.teamId, b.articleId) },
  { covers: ["repositories/reports#findReportArticle"], expect: "nothing", run: (a, b, db) => reportsRepo.findReportArticle(db, a.teamId, b.articleId) },
  { covers: ["repositories/reports#listReportSpans"], expect: "nothing", run: (a, b, db) => reportsRepo.listReportSpans(db, a.teamId, b.articleId) },
  { covers: ["repositories/reports#listClaimSignOffs"], expect: "nothing", run: (a, b, db) => reportsRepo.listClaimSignOffs(db, a.teamId, [b.claimId]) },
  { covers: ["repositories/reports#listVerdictExportBatch"], expect: "own_team_only", run: (a, _b, db) => reportsRepo.listVerdictExportBatch(db, { teamId: a.teamId, filters: {}, afterVerdictId: null, limit: 100 }) },
  { covers: ["repositories/reviews#listClaimReviews"], expect: "nothing", run: (a, b, db) => reviewsRepo.listClaimReviews(db, a.teamId, b.claimId) },
  { covers: ["repositories/reviews#hasRatedClaim"], expect: "nothing", run: (a, b, db) => reviewsRepo.hasRatedClaim(db, a.teamId, b.claimId, b.adminId) },
  { covers: ["repositories/workflow#findClaimWorkflow"], expect: "nothing", run: (a, b, db) => workflowRepo.findClaimWorkflow(db, a.teamId, b.claimId) },
  { covers: ["repositories/workflow#listClaimBlindStates"], expect: "nothing", run: (a, b, db) => workflowRepo.listClaimBlindStates(db, a.teamId, [b.claimId], a.adminId) },
  {
    covers: ["repositories/workflow#applyClaimTransition"],
    expect: "nothing",
    run: (a, b, db) =>
      workflowRepo.applyClaimTransition(db, { teamId: a.teamId, claimId: b.claimId, version: b.claimVersion, from: ["new"], write: { status: "published" }, at: new Date() }),
  },
  { covers: ["repositories/workflow#findTeamMember"], expect: "nothing", run: (a, b, db) => workflowRepo.findTeamMember(db, a.teamId, b.adminId) },
  { covers: ["repositories/workflow#listAssignableMembers"], expect: "own_team_only", run: (a, _b, db) => workflowRepo.listAssignableMembers(db, a.teamId) },
  { covers: ["repositories/workflow#findBlindReview"], expect: "own_team_only", run: (a, _b, db) => workflowRepo.findBlindReview(db, a.teamId) },
  {
    covers: ["repositories/workflow#updateBlindReview"],
    expect: "own_team_only",
    run: async (a, _b, db) => workflowRepo.updateBlindReview(db, a.teamId, (await workflowRepo.findBlindReview(db, a.teamId)) ?? false),
  },
  { covers: ["repositories/workflow#listClaimHistory"], expect: "nothing", run: (a, b, db) => workflowRepo.listClaimHistory(db, a.teamId, b.claimId) },
  { covers: ["repositories/api-tokens#listApiTokens"], expect: "nothing", run: (a, b, db) => apiTokensRepo.listApiTokens(db, b.adminId, a.teamId) },
  { covers: ["repositories/api-tokens#revokeApiTokenRow"], expect: "nothing", run: (a, b, db) => apiTokensRepo.revokeApiTokenRow(db, { id: b.apiTokenId, userId: a.adminId, teamId: a.teamId }) },

  { covers: ["services/add-comment#addComment"], expect: "not_found", run: (a, b, db) => addComment({ prisma: db, teamId: a.teamId, actorId: a.adminId, claimId: b.claimId, body: "Intruder" }) },
  { covers: ["services/delete-comment#deleteComment"], expect: "not_found", run: (a, b, db) => deleteComment({ prisma: db, teamId: a.teamId, actorId: a.adminId, commentId: b.commentId }) },
  {
    covers: ["services/save-verdict#saveVerdict"],
    expect: "not_found",
    run: (a, b, db) => saveVerdict({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: b.claimId, labelId: a.labelId, rationale: "Intruder", version: 1 }),
  },
  {
    covers: ["services/save-verdict#saveVerdict"],
    expect: "not_found",
    run: (a, b, db) => saveVerdict({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: a.claimId, labelId: b.labelId, rationale: "Intruder", version: 1 }),
  },
  {
    covers: ["services/resolve-rating-label#resolveRatingLabel"],
    expect: "refused",
    run: async (a, b, db) => resolveRatingLabel({ prisma: db, teamId: a.teamId, actorId: a.adminId, name: (await db.ratingLabel.findFirstOrThrow({ where: { scaleId: b.customScaleId } })).name }),
  },
  ...(
    [
      ["services/approve-claim#approveClaim", approveClaim],
      ["services/publish-claim#publishClaim", publishClaim],
      ["services/unpublish-claim#unpublishClaim", unpublishClaim],
      ["services/rework-claim#reworkClaim", reworkClaim],
      ["services/start-research#startResearch", startResearch],
      ["services/submit-claim-for-review#submitClaimForReview", submitClaimForReview],
      ["services/unassign-claim#unassignClaim", unassignClaim],
    ] as const
  ).map(
    ([name, action]): Probe => ({
      covers: [name, "services/claim-transition#runClaimAction", "services/claim-transition#loadClaimForAction"],
      expect: "not_found",
      run: (a, b, db) => action({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: b.claimId, expectedVersion: b.claimVersion }),
    }),
  ),
  {
    covers: ["services/request-claim-changes#requestClaimChanges"],
    expect: "not_found",
    run: (a, b, db) => requestClaimChanges({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: b.claimId, expectedVersion: b.claimVersion, comment: "Intruder" }),
  },
  {
    covers: ["services/give-blind-rating#giveBlindRating"],
    expect: "not_found",
    run: (a, b, db) =>
      giveBlindRating({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: b.claimId, expectedVersion: b.claimVersion, labelId: a.labelId, comment: "" }),
  },
  {
    covers: ["services/claim-transition#loadClaimForAction"],
    expect: "not_found",
    run: (a, b, db) => db.$transaction((tx) => loadClaimForAction(tx, { teamId: a.teamId, actorId: a.adminId, claimId: b.claimId })),
  },
  {
    covers: ["services/assign-claim#assignClaim"],
    expect: "not_found",
    run: (a, b, db) => assignClaim({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: b.claimId, assigneeId: a.adminId }),
  },
  {
    covers: ["services/assign-claim#assignClaim"],
    expect: "refused",
    run: (a, b, db) => assignClaim({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", claimId: a.claimId, assigneeId: b.adminId }),
  },
  {
    covers: ["services/bulk-assign-claims#bulkAssignClaims"],
    expect: "refused",
    run: (a, b, db) => bulkAssignClaims({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", assigneeId: b.adminId, claims: [{ id: a.claimId, version: a.claimVersion }] }),
  },
  // B's claim comes back as "not found" under the id A sent, like any made-up id.
  {
    covers: ["services/bulk-assign-claims#bulkAssignClaims"],
    expect: "nothing",
    run: async (a, b, db) => {
      const result = await bulkAssignClaims({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", assigneeId: a.adminId, claims: [{ id: b.claimId, version: b.claimVersion }] });
      expect(result.skipped.map((skipped) => skipped.reason)).toEqual(["not_found"]);
      return result.assigned;
    },
  },
  {
    covers: ["services/take-next-claim#takeNextClaim"],
    expect: "nothing",
    run: (a, b, db) => takeNextClaim({ prisma: db, teamId: a.teamId, actorId: a.adminId, actorRole: "admin", filters: queueFilters(parseQueueQuery({ article: b.articleId })), order: "score" }),
  },
  {
    covers: ["services/queue-list#listQueue"],
    expect: "nothing",
    run: async (a, b, db) => {
      const { items, nextCursor, counts } = await listQueue({ prisma: db, teamId: a.teamId, userId: a.adminId, role: "admin", query: parseQueueQuery({ article: b.articleId }) });
      return { items, nextCursor, counts };
    },
  },
  {
    covers: ["services/list-claims#listClaims"],
    expect: "nothing",
    run: (a, b, db) => listClaims({ prisma: db, teamId: a.teamId, userId: a.adminId, role: "admin", query: parseQueueQuery({ speaker: b.speakerId }) }),
  },
  { covers: ["services/queue-changes#teamChangeMarker"], expect: "own_team_only", run: (a, _b, db) => teamChangeMarker({ prisma: db, teamId: a.teamId }) },
  {
    covers: ["services/load-claim-detail#loadClaimDetail"],
    expect: "nothing",
    run: (a, b, db) => loadClaimDetail({ prisma: db, teamId: a.teamId, viewerId: a.adminId, viewerRole: "admin", claimId: b.claimId }),
  },
  {
    covers: ["services/claim-review-view#loadClaimReviewView"],
    expect: "nothing",
    run: (a, b, db) => loadClaimReviewView({ prisma: db, teamId: a.teamId, viewerId: a.adminId, viewerRole: "admin", claimId: b.claimId }),
  },
  {
    covers: ["services/article-evidence-view#loadArticleEvidenceForViewer"],
    expect: "own_team_only",
    run: async (a, b, db) => {
      const evidence = await loadArticleEvidenceForViewer({ prisma: db, teamId: a.teamId, viewerId: a.adminId, viewerRole: "admin", claimIds: [b.claimId] });
      return Object.values(evidence).map((entry) => [entry.sources, entry.verdict]);
    },
  },
  { covers: ["services/build-article-report#buildArticleReport"], expect: "not_found", run: (a, b, db) => buildArticleReport({ prisma: db, teamId: a.teamId, articleId: b.articleId }) },
  { covers: ["services/create-report-link#createReportLink"], expect: "not_found", run: (a, b, db) => createReportLink({ prisma: db, teamId: a.teamId, actorId: a.adminId, articleId: b.articleId }) },
  { covers: ["services/revoke-report-link#revokeReportLink"], expect: "not_found", run: (a, b, db) => revokeReportLink({ prisma: db, teamId: a.teamId, actorId: a.adminId, linkId: b.reportLinkId }) },
  { covers: ["services/revoke-api-token#revokeApiToken"], expect: "not_found", run: (a, b, db) => revokeApiToken({ prisma: db, userId: a.adminId, teamId: a.teamId, tokenId: b.apiTokenId }) },
  // Last, since it puts B's words into A's own article: the same text imported into A is A's new article,
  // not "already imported" pointing at B's.
  {
    covers: ["services/import-article#importArticle"],
    expect: "own_team_only",
    run: async (a, b, db) => {
      const result = await importArticle({ prisma: db, teamId: a.teamId, actorId: a.adminId, title: "Same text in A", body: b.body });
      expect(result.duplicate).toBe(false);
      return result;
    },
  },
];

/**
 * Exports that take no other team's id, with the reason. Anything exported and in neither list fails the
 * coverage test below.
 */
const notProbed: Record<string, string> = {
  // Pure functions: no database.
  "repositories/analysis#quoteRow": "pure",
  "repositories/client#isConstraintViolation": "pure",
  "repositories/client#registerDirectQuery": "setup of the database connection",
  "repositories/client#queryRows": "runs the statement it is given; callers scope it",
  "repositories/evidence#claimContext": "pure",
  "repositories/speakers#nameKey": "pure",
  "repositories/speakers#matchSpeaker": "pure",
  "repositories/teams#slugify": "pure",
  "repositories/users#normaliseEmail": "pure",
  "services/claim-workflow#transitionRefusal": "pure",
  "services/claim-workflow#allowedActions": "pure",
  "services/extract-article-text#articleFileKind": "pure",
  "services/extract-article-text#titleFromFileName": "pure",
  "services/extract-article-text#extractArticleText": "pure: bytes in, text out",
  "services/extract-article-text#htmlElementToText": "pure",
  "services/extract-article-text#extractHtml": "pure",
  "services/fetch-article-url#parseFetchUrl": "pure",
  "services/fetch-article-url#fetchArticleUrl": "network only, no database",
  "services/import-article#contentHash": "pure",
  "services/import-article#countWords": "pure",
  "services/import-article#validateArticleBody": "pure",
  "services/invitation-status#invitationStatus": "pure",
  "services/invitation-status#invitationRefusal": "pure",
  "services/invitation-status#emailMatchesInvitation": "pure",
  "services/invitation-status#emailMismatchError": "pure",
  "services/invitation-token#newInvitationToken": "pure",
  "services/invitation-token#hashInvitationToken": "pure",
  "services/invitation-token#isWellFormedInvitationToken": "pure",
  "services/change-member-role#lastAdminError": "pure",
  "services/rating-scale#findPreset": "pure",
  "services/rating-scale#ratingBounds": "pure",
  "services/rating-scale#parseCustomScale": "pure",
  "services/search-team#parseSearchParams": "pure",
  "services/search-team#isEmptySearch": "pure",
  "services/source-input#parseSourceInput": "pure",
  "services/source-input#sourceAuditSnapshot": "pure",
  "services/span-rules#pinSpan": "pure",
  "services/span-rules#staleError": "pure",
  "services/span-rules#missingError": "pure",
  "services/span-rules#overlapRatio": "pure",
  "services/update-speaker#distinctAliases": "pure",
  // Accounts are global (one login, several teams); these never take a team's data id.
  "repositories/users#findUserById": "account, by the session's own user id",
  "repositories/users#findCredentialsByEmail": "account, for sign-in",
  "repositories/users#findPasswordHashById": "account, own password change",
  "repositories/users#createUserRow": "account creation",
  "repositories/users#setPasswordHash": "account, own password",
  "repositories/users#countUsers": "first-start check",
  "services/authenticate#authenticate": "account, sign-in",
  "services/change-password#changePassword": "account, own password",
  "services/reset-password#resetPassword": "operators only (admin CLI)",
  "services/create-user#createUser": "operators (admin CLI); the settings page goes through addMember",
  "services/seed-demo#seedDemo": "first start only",
  // Operator listings for the admin CLI: every team by design, never reachable from a page.
  "repositories/users#listUsersForOperators": "admin CLI",
  "repositories/teams#listTeamsForOperators": "admin CLI",
  "repositories/teams#findTeamByName": "admin CLI and createUser",
  "repositories/teams#findTeamById": "createUser, with the session's own team",
  "repositories/teams#createTeam": "admin CLI",
  // The link's token is the credential: whoever holds it may see and join that team, by design.
  "repositories/invitations#findInvitationByTokenHash": "token is the credential",
  "repositories/invitations#claimInvitation": "token-gated, after usableInvitation",
  "services/view-invitation#viewInvitation": "token is the credential",
  "services/accept-invitation#acceptInvitation": "token is the credential",
  "services/accept-invitation#usableInvitation": "token is the credential",
  "services/accept-invitation#refusalAfterLostRace": "token is the credential",
  "services/register-with-invitation#registerWithInvitation": "token is the credential",
  // Writes into the caller's own team, taking no other id of any team.
  "services/create-invitation#createInvitation": "own team only, no ids",
  "services/create-rating-scale#createRatingScale": "own team only, no ids",
  "services/update-verdict-source-rule#updateVerdictSourceRule": "own team only, no ids",
  "services/import-article-file#importArticleFile": "own team only, no ids (importArticle is probed)",
  "services/import-article-url#importArticleUrl": "own team only, no ids (importArticle is probed)",
  "services/add-member#addMember": "adds an account to the caller's own team; probed separately below",
  // Insert primitives: they write the ids they are given; every service that calls them checks those ids first (probed above).
  "repositories/audit#recordAudit": "insert primitive",
  "repositories/analysis#storeAnalysis": "insert primitive (reanalyzeArticle, importArticle)",
  "repositories/evidence#insertSource": "insert primitive (addSource)",
  "repositories/evidence#insertVerdict": "insert primitive (saveVerdict)",
  "repositories/scales#insertScale": "insert primitive (createRatingScale)",
  "repositories/spans#insertClaim": "insert primitive (addClaim)",
  "repositories/spans#insertQuote": "insert primitive (addQuote)",
  "repositories/spans#insertAnalysisSpans": "insert primitive (reanalyzeArticle)",
  "repositories/speakers#createSpeaker": "insert primitive",
  "repositories/users#upsertMembership": "insert primitive (createUser)",
  "repositories/users#addMembershipIfMissing": "insert primitive (invitations)",
  "repositories/invitations#insertInvitation": "insert primitive (createInvitation)",
  "services/source-verdict-conflict#staleVersionError": "called after a team-scoped write failed",
  // Added with the workflow, queue, reports and API work.
  "repositories/queue#viewTakesAssigneeFilter": "pure",
  "services/blind-review#isVerdictHidden": "pure",
  "services/blind-review#canGiveBlindRating": "pure",
  "services/build-article-report#codePointOffsets": "pure",
  "services/claim-history#describeClaimHistory": "pure",
  "services/claim-transition#claimMissing": "pure",
  "services/claim-transition#staleClaimError": "called after a team-scoped write failed",
  "services/claim-transition#assertTransitionAllowed": "checks a claim already loaded for the team",
  "services/claim-transition#commitTransition": "writes a claim already loaded for the team",
  "services/claim-workflow#checkTransition": "pure",
  "services/claim-workflow#checkVerdictEdit": "pure",
  "services/comment-mentions#emailHandle": "pure",
  "services/comment-mentions#findMentionRanges": "pure",
  "services/comment-mentions#findMentionedUserIds": "pure: matches against the team's own members",
  "services/comment-mentions#commentSegments": "pure",
  "services/create-api-token#hashApiToken": "pure",
  "services/create-report-link#hashReportToken": "pure",
  "services/create-report-link#publicReportPath": "pure",
  "services/queue-list#canReview": "pure",
  "services/queue-query#parseQueueQuery": "pure",
  "services/queue-query#parseQueuePageParams": "pure",
  "services/queue-query#queueFilters": "pure",
  "services/queue-query#encodeCursor": "pure",
  "services/queue-query#decodeCursor": "pure",
  "services/queue-query#queueSearch": "pure",
  "services/review-comment#cleanReviewComment": "pure",
  "services/queue-test-fixtures#createQueueTeam": "test fixture",
  "services/queue-test-fixtures#createQueueArticle": "test fixture",
  "services/queue-test-fixtures#createQueueClaim": "test fixture",
  "services/set-blind-review#setBlindReview": "own team only, no ids",
  "services/create-api-token#createApiToken": "own account in own team, no ids",
  "repositories/api-tokens#findTokenPrincipal": "token is the credential; requires a current membership",
  "repositories/api-tokens#authenticateToken": "token is the credential; requires a current membership",
  "services/open-public-report#openPublicReport": "token is the credential (a published report link)",
  "repositories/report-links#findOpenReportLink": "token is the credential",
  "repositories/rate-limits#hitRateLimit": "keyed by token or address, no team data",
  "repositories/rate-limits#clearRateLimit": "keyed by token or address, no team data",
  "repositories/rate-limits#underRateLimit": "keyed by token or address, no team data",
  "repositories/api-tokens#insertApiToken": "insert primitive (createApiToken)",
  "repositories/comments#insertComment": "insert primitive (addComment)",
  "repositories/report-links#insertReportLink": "insert primitive (createReportLink)",
  "repositories/reviews#insertReview": "insert primitive (approve, request changes, blind rating)",
  // Bulk imports: the job handlers act on an item id that the team's own import queued, never on a request's id.
  "repositories/import-batches#createImportBatch": "insert primitive (startBulkImport)",
  "repositories/import-batches#findPendingImportItem": "job handler: item id from the team's own queued job",
  "repositories/import-batches#countImportAttempt": "job handler: item id from the team's own queued job",
  "repositories/import-batches#finishImportItem": "job handler: item id from the team's own queued job",
  "repositories/import-batches#noteImportItemError": "job handler: item id from the team's own queued job",
  "repositories/import-batches#importItemAttempts": "job handler: item id from the team's own queued job",
  "services/import-batch-item#importBatchItem": "job handler: item id from the team's own queued job",
  "services/import-batch-item#giveUpImportItem": "job handler: item id from the team's own queued job",
  "services/start-bulk-import#startBulkImport": "own team only, no ids",
  "services/read-import-bundle#readImportUpload": "pure",
  "services/read-import-bundle#itemFromFields": "pure",
  "repositories/export-files#createExportFile": "insert primitive (requestExport)",
  "repositories/export-files#findExportForJob": "job handler: export id from the team's own queued job",
  "repositories/export-files#markExportRunning": "job handler: export id from the team's own queued job",
  "repositories/export-files#updateExportProgress": "job handler: export id from the team's own queued job",
  "repositories/export-files#finishExport": "job handler: export id from the team's own queued job",
  "repositories/export-files#failExport": "job handler: export id from the team's own queued job",
  "repositories/export-files#noteExportRetry": "job handler: export id from the team's own queued job",
  "repositories/reports#countVerdictExport": "scoped by the teamId in its where, like listVerdictExportBatch",
  "services/prepare-export#prepareExport": "job handler: export id from the team's own queued job",
  "services/prepare-export#giveUpExport": "job handler: export id from the team's own queued job",
};

async function exportedFunctions(folder: "repositories" | "services"): Promise<string[]> {
  const directory = path.join(import.meta.dirname, folder);
  const names: string[] = [];
  for (const file of readdirSync(directory).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts")).sort()) {
    const exports = (await import(/* @vite-ignore */ path.join(directory, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) if (typeof value === "function") names.push(`${folder}/${file.replace(/\.ts$/, "")}#${name}`);
  }
  return names;
}

describe("the isolation probe table", () => {
  it("covers every exported repository and service function, or says why it needs no probe", async () => {
    const covered = new Set([...probes.flatMap((probe) => probe.covers), ...Object.keys(notProbed)]);
    const exported = [...(await exportedFunctions("repositories")), ...(await exportedFunctions("services"))];
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !exported.includes(name))).toEqual([]);
  });
});

describe.each(testDatabaseKinds)("team isolation on %s", (kind) => {
  let db: TestDatabase;
  let a: TeamFixture;
  let b: TeamFixture;
  let before: Record<string, unknown>;
  let bIds: Set<string>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    a = await seedTeam(db.prisma, "Alpha", "ALPHAMARK");
    b = await seedTeam(db.prisma, "Bravo", "BRAVOMARK");
    before = await snapshotTeam(db.prisma, b.teamId, b.adminId);
    // Accounts are global (the same person may be in both teams), so only B's team data counts as a leak.
    const { admin: _account, ...teamData } = before;
    bIds = collectIds(teamData);
    bIds.add(b.teamId);
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });

  function leaks(result: unknown): string[] {
    const text = serialise(result);
    return [...bIds, b.marker].filter((needle) => text.includes(needle));
  }

  it.each(probes.map((probe, index) => [`${index + 1}. ${probe.covers.join(", ")} → ${probe.expect}`, probe] as const))("%s", async (_name, probe) => {
    if (probe.expect === "not_found" || probe.expect === "refused") {
      const error = await probe.run(a, b, db.prisma).then(
        (value) => new Error(`answered instead of refusing: ${serialise(value).slice(0, 300)}`),
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(AppError);
      const { code, message } = error as AppError;
      if (probe.expect === "not_found") expect({ code, message }).toEqual({ code: "not_found", message: expect.any(String) as string });
      else expect(["not_found", "validation", "forbidden"]).toContain(code);
      // A "refused" message may repeat the caller's own input (a label name), never B's ids.
      expect(leaks(message).filter((needle) => probe.expect === "not_found" || needle !== b.marker)).toEqual([]);
      return;
    }
    const result = await probe.run(a, b, db.prisma);
    expect(leaks(result), serialise(result).slice(0, 500)).toEqual([]);
    if (probe.expect === "nothing") expect(isEmpty(result), `expected nothing, got ${serialise(result).slice(0, 300)}`).toBe(true);
  });

  it("adding B's admin to A by email changes nothing of their membership in B", async () => {
    await addMember({ prisma: db.prisma, teamId: a.teamId, teamName: "Alpha Desk", actorId: a.adminId, email: b.adminEmail, password: "irrelevant-password-1", role: "viewer" });
    expect(await usersRepo.findMembership(db.prisma, b.teamId, b.adminId)).toMatchObject({ role: "admin" });
    await removeMember({ prisma: db.prisma, teamId: a.teamId, actorId: a.adminId, userId: b.adminId });
  });

  it("left every row of team B exactly as it was", async () => {
    expect(await snapshotTeam(db.prisma, b.teamId, b.adminId)).toEqual(before);
  });

  it("left no row of one team pointing at another team's row", async () => {
    const crossTeam = await db.prisma.$queryRaw<{ relation: string; count: number }[]>`
      SELECT 'quote→article' AS relation, count(*)::int AS count FROM "Quote" q JOIN "Article" x ON x."id" = q."articleId" WHERE x."teamId" <> q."teamId"
      UNION ALL SELECT 'quote→speaker', count(*)::int FROM "Quote" q JOIN "Speaker" x ON x."id" = q."speakerId" WHERE x."teamId" <> q."teamId"
      UNION ALL SELECT 'claim→article', count(*)::int FROM "Claim" c JOIN "Article" x ON x."id" = c."articleId" WHERE x."teamId" <> c."teamId"
      UNION ALL SELECT 'claim→quote', count(*)::int FROM "Claim" c JOIN "Quote" x ON x."id" = c."quoteId" WHERE x."teamId" <> c."teamId"
      UNION ALL SELECT 'claim→speaker', count(*)::int FROM "Claim" c JOIN "Speaker" x ON x."id" = c."speakerId" WHERE x."teamId" <> c."teamId"
      UNION ALL SELECT 'source→claim', count(*)::int FROM "Source" s JOIN "Claim" x ON x."id" = s."claimId" WHERE x."teamId" <> s."teamId"
      UNION ALL SELECT 'verdict→claim', count(*)::int FROM "Verdict" v JOIN "Claim" x ON x."id" = v."claimId" WHERE x."teamId" <> v."teamId"
      UNION ALL SELECT 'verdict→scale', count(*)::int FROM "Verdict" v JOIN "RatingScale" x ON x."id" = v."scaleId" WHERE x."teamId" <> v."teamId"
      UNION ALL SELECT 'review→claim', count(*)::int FROM "Review" r JOIN "Claim" x ON x."id" = r."claimId" WHERE x."teamId" <> r."teamId"
      UNION ALL SELECT 'comment→claim', count(*)::int FROM "Comment" c JOIN "Claim" x ON x."id" = c."claimId" WHERE x."teamId" <> c."teamId"`;
    expect(crossTeam.filter((row) => row.count > 0)).toEqual([]);
    const auditOfA = await db.prisma.auditEvent.findMany({ where: { teamId: a.teamId }, select: { action: true, entityId: true, before: true, after: true } });
    expect(auditOfA.filter((event) => leaks(event).length > 0)).toEqual([]);
  });
});
