/**
 * `npm run bench:queue`: latency of the queue on a team with 100,000 claims over 10,000 articles and 50
 * people (plus a second team of 20,000 claims, so every query must really be scoped by team).
 *
 * Against PostgreSQL (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres) in a
 * scratch database the script creates and drops; with `--pglite` also on an in-memory embedded database.
 * For each view it times the repository page query and the full listing the page and GET /api/queue run
 * (page + every view's count, query parsing and cursor decoding; only the session check is left out),
 * over 200+ calls with varied people, filters, sorts and cursors, and prints p50/p95. It also times
 * taking the next claim, the live-update marker and the dashboard, and prints which index each view's
 * query uses (EXPLAIN ANALYZE). One labelled figure per line.
 */

import { cpus, loadavg } from "node:os";
import { openDatabase, type Database } from "../server/db";
import type { PrismaClient } from "../server/repositories/client";
import { loadTeamDashboard } from "../server/repositories/dashboard";
import { countQueueViews, listQueuePage, queueOrder, type QueueFilters, type QueueKey, type QueueView } from "../server/repositories/queue";
import { teamChangeMarker } from "../server/services/queue-changes";
import { listQueue } from "../server/services/queue-list";
import { parseQueueQuery } from "../server/services/queue-query";
import { takeNextClaim } from "../server/services/take-next-claim";
import { benchSize, claimKinds, generateBenchData, next, pick, type BenchTeam } from "./bench-data";
import { createScratchDatabase } from "../server/testing/scratch-database";

const CLAIMS = benchSize.claims;
const OTHER_TEAM_CLAIMS = benchSize.rivalClaims;
const CALLS = 240;
const TARGET_P95_MS = 50;
const views: QueueView[] = ["unassigned", "mine", "review", "changes", "published"];

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = sorted[Math.floor(position)] ?? 0;
  const upper = sorted[Math.ceil(position)] ?? lower;
  return lower + (upper - lower) * (position - Math.floor(position));
}

function line(label: string, value: string): void {
  console.log(`${`${label}:`.padEnd(58)} ${value}`);
}

/** Varied filters, as people use them: mostly none or one, sometimes two. */
function someFilters(fixture: BenchTeam, view: QueueView): QueueFilters {
  const roll = next();
  if (roll < 0.3) return {};
  if (roll < 0.42) return { kind: pick(claimKinds) };
  if (roll < 0.54) return { minScore: pick([0.5, 0.7, 0.9]) };
  if (roll < 0.64) return { olderThanDays: pick([1, 7, 30]) };
  if (roll < 0.74) return { speakerId: pick(fixture.speakerIds) };
  if (roll < 0.84) return { articleId: pick(fixture.articleIds) };
  if (roll < 0.92 && (view === "review" || view === "published")) return { assigneeId: pick(fixture.users).id };
  return { kind: pick(claimKinds), minScore: 0.5 };
}

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function benchViews(label: string, prisma: PrismaClient, fixture: BenchTeam): Promise<number[]> {
  const p95s: number[] = [];
  const reviewers = fixture.users.filter((user) => user.role !== "viewer");
  for (const view of views) {
    const pageTimes: number[] = [];
    const listingTimes: number[] = [];
    const countTimes: number[] = [];
    let cursorPages = 0;
    // Walk up to five pages deep with the same filters, then start over with others.
    let after: QueueKey | undefined;
    let filters: QueueFilters = {};
    let sort: "score" | "age" = "score";
    let user = pick(reviewers);
    for (let call = 0; call < CALLS; call++) {
      if (!after || call % 5 === 0) {
        filters = someFilters(fixture, view);
        sort = next() < 0.7 ? "score" : "age";
        user = pick(reviewers);
        after = undefined;
      }
      const viewer = { userId: user.id, canReview: true };
      const order = queueOrder(view, sort);
      const [pageMs, page] = await time(() => listQueuePage(prisma, { teamId: fixture.teamId, view, viewer, filters, order, after, limit: 25 }));
      pageTimes.push(pageMs);
      if (after) cursorPages++;
      after = page.next ?? undefined;
      const [countMs] = await time(() => countQueueViews(prisma, { teamId: fixture.teamId, viewer, filters }));
      countTimes.push(countMs);
      const raw: Record<string, string> = { view, sort };
      if (filters.kind) raw.kind = filters.kind;
      if (filters.minScore) raw.minScore = String(Math.round(filters.minScore * 100));
      if (filters.olderThanDays) raw.olderThan = String(filters.olderThanDays);
      if (filters.speakerId) raw.speaker = filters.speakerId;
      if (filters.articleId) raw.article = filters.articleId;
      if (filters.assigneeId) raw.assignee = filters.assigneeId;
      const [listingMs] = await time(() => listQueue({ prisma, teamId: fixture.teamId, userId: user.id, role: user.role, query: parseQueueQuery(raw) }));
      listingTimes.push(listingMs);
    }
    line(
      `${label} ${view} page query p50 / p95`,
      `${percentile(pageTimes, 0.5).toFixed(1)} / ${percentile(pageTimes, 0.95).toFixed(1)} ms (${CALLS} calls, ${cursorPages} after a cursor)`,
    );
    line(`${label} ${view} view counts p50 / p95`, `${percentile(countTimes, 0.5).toFixed(1)} / ${percentile(countTimes, 0.95).toFixed(1)} ms`);
    line(
      `${label} ${view} listing (API minus auth) p50 / p95`,
      `${percentile(listingTimes, 0.5).toFixed(1)} / ${percentile(listingTimes, 0.95).toFixed(1)} ms`,
    );
    p95s.push(percentile(listingTimes, 0.95));
  }
  return p95s;
}

async function benchOthers(label: string, prisma: PrismaClient, fixture: BenchTeam): Promise<void> {
  const takers = fixture.users.filter((user) => user.role === "fact_checker");
  const takeTimes: number[] = [];
  for (let call = 0; call < 200; call++) {
    const filters = next() < 0.5 ? {} : { kind: pick(claimKinds) };
    const [ms] = await time(() =>
      takeNextClaim({ prisma, teamId: fixture.teamId, actorId: pick(takers).id, actorRole: "fact_checker", filters, order: next() < 0.7 ? "score" : "age" }),
    );
    takeTimes.push(ms);
  }
  line(`${label} take next (transaction) p50 / p95`, `${percentile(takeTimes, 0.5).toFixed(1)} / ${percentile(takeTimes, 0.95).toFixed(1)} ms (200 takes)`);

  const concurrent = await time(() =>
    Promise.all(
      Array.from({ length: 100 }, () =>
        takeNextClaim({ prisma, teamId: fixture.teamId, actorId: pick(takers).id, actorRole: "fact_checker", filters: {}, order: "score" }),
      ),
    ),
  );
  const taken = concurrent[1].filter((result) => result !== null).map((result) => result.claimId);
  line(`${label} 100 concurrent takes`, `${concurrent[0].toFixed(0)} ms in all, ${new Set(taken).size} distinct claims of ${taken.length} taken`);

  const markerTimes: number[] = [];
  for (let call = 0; call < 200; call++) markerTimes.push((await time(() => teamChangeMarker({ prisma, teamId: fixture.teamId })))[0]);
  line(`${label} change marker (poll) p50 / p95`, `${percentile(markerTimes, 0.5).toFixed(2)} / ${percentile(markerTimes, 0.95).toFixed(2)} ms`);

  const dashboardTimes: number[] = [];
  for (let call = 0; call < 30; call++) dashboardTimes.push((await time(() => loadTeamDashboard(prisma, fixture.teamId)))[0]);
  line(`${label} dashboard p50 / p95`, `${percentile(dashboardTimes, 0.5).toFixed(1)} / ${percentile(dashboardTimes, 0.95).toFixed(1)} ms (30 loads)`);
}

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function planAccess(node: PlanNode, into: string[] = []): string[] {
  if (node["Relation Name"] === "Claim" || node["Index Name"]?.startsWith("Claim_")) {
    into.push(node["Index Name"] ? `${node["Node Type"]} ${node["Index Name"]}` : `${node["Node Type"]} Claim`);
  }
  for (const child of node.Plans ?? []) planAccess(child, into);
  return into;
}

/** Runs a repository call with its $queryRaw turned into EXPLAIN ANALYZE, and returns how Claim was read and the time. */
async function explain(prisma: PrismaClient, call: (db: PrismaClient) => Promise<unknown>): Promise<string> {
  let plan: { Plan: PlanNode; "Execution Time": number } | undefined;
  const explaining = new Proxy(prisma, {
    get(target, property, receiver) {
      if (property !== "$queryRaw") return Reflect.get(target, property, receiver) as unknown;
      return async (strings: TemplateStringsArray, ...values: unknown[]) => {
        const prefixed = [`EXPLAIN (ANALYZE, FORMAT JSON) ${strings[0]}`, ...strings.slice(1)];
        const rows = await target.$queryRaw<{ "QUERY PLAN": (typeof plan)[] }[]>(Object.assign(prefixed, { raw: prefixed }), ...values);
        plan = rows[0]?.["QUERY PLAN"][0];
        return [];
      };
    },
  });
  await call(explaining).catch(() => undefined);
  if (!plan) return "no plan";
  const access = [...new Set(planAccess(plan.Plan))];
  return `${access.join(", ")}; ${plan["Execution Time"].toFixed(2)} ms`;
}

async function explainViews(label: string, prisma: PrismaClient, fixture: BenchTeam): Promise<void> {
  const user = fixture.users.find((candidate) => candidate.role === "fact_checker")!;
  const viewer = { userId: user.id, canReview: true };
  for (const view of views) {
    for (const sort of view === "published" ? (["score"] as const) : (["score", "age"] as const)) {
      const order = queueOrder(view, sort);
      const plan = await explain(prisma, (db) => listQueuePage(db, { teamId: fixture.teamId, view, viewer, filters: {}, order, limit: 25 }));
      line(`${label} explain ${view} by ${order}`, plan);
    }
  }
  const speaker = await explain(prisma, (db) =>
    listQueuePage(db, { teamId: fixture.teamId, view: "unassigned", viewer, filters: { speakerId: fixture.speakerIds[3] }, order: "score", limit: 25 }),
  );
  line(`${label} explain unassigned, one speaker`, speaker);
  const counts = await explain(prisma, (db) => countQueueViews(db, { teamId: fixture.teamId, viewer, filters: {} }));
  line(`${label} explain view counts`, counts);
}

async function run(label: string, db: Database): Promise<number[]> {
  const [generateMs, fixture] = await time(async () => (await generateBenchData(db.prisma)).main);
  line(`${label} generate ${CLAIMS.toLocaleString("en")} + ${OTHER_TEAM_CLAIMS.toLocaleString("en")} claims`, `${(generateMs / 1000).toFixed(1)} s`);
  await explainViews(label, db.prisma, fixture);
  const p95s = await benchViews(label, db.prisma, fixture);
  await benchOthers(label, db.prisma, fixture);
  return p95s;
}

async function main(): Promise<void> {
  // Figures from a busy machine are not comparable with a quiet one's: say which this was.
  line(
    "machine",
    `${cpus().length} cores, load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(" ")}`,
  );
  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const scratch = await createScratchDatabase(serverUrl, "factdesk_bench");
  let worst = 0;
  try {
    const db = await openDatabase({ databaseUrl: scratch.url, dataDir: "", poolSize: 20 });
    try {
      worst = Math.max(...(await run("postgresql", db)));
    } finally {
      await db.close();
    }
  } finally {
    if (process.env.BENCH_KEEP_DATABASE) line("kept database", scratch.name);
    else await scratch.drop();
  }
  line("postgresql worst view listing p95", `${worst.toFixed(1)} ms (target under ${TARGET_P95_MS} ms: ${worst < TARGET_P95_MS ? "met" : "NOT met"})`);

  if (process.argv.includes("--pglite")) {
    const db = await openDatabase({ dataDir: "", inMemory: true });
    try {
      const pgliteWorst = Math.max(...(await run("pglite", db)));
      line("pglite worst view listing p95", `${pgliteWorst.toFixed(1)} ms`);
    } finally {
      await db.close();
    }
  }
  if (worst >= TARGET_P95_MS) process.exitCode = 1;
}

await main();
