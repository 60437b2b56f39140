/**
 * `npm run bench:load`: HTTP load on a production build (`next start`) over generated data: 100,000
 * claims, 10,000 articles and 50 people (plus a 20,000-claim rival team), on PostgreSQL and, with
 * `--pglite`, on the embedded database too. Loopback only, bounded in time.
 *
 * For each database it generates the data, starts the server on a free 127.0.0.1 port with its own build
 * folder (NEXT_DIST_DIR, default .next-bench, built when stale), signs in through Auth.js for a session
 * cookie and creates an API token, then runs autocannon for DURATION seconds per route with CONNECTIONS
 * connections: the queue API, the article API, the article page, and GET /api/ping (a constant, no
 * database) as the framework's ceiling on this machine. It prints requests/s and p50/p95/p99 per route
 * and the queue API's share of the ceiling. Target: at least a third of the ceiling, p99 under 100 ms.
 *
 * Options: --pglite (also run on PGlite), --pglite-only, --duration=S (10), --connections=N (4),
 * --rounds=N (2: each route's duration is split into turns alternating with the other routes'),
 * --pglite-claims=N (scale the PGlite data set down if generating it is too slow).
 * BENCH_DATABASE_URL names the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres);
 * a scratch database is created there and dropped afterwards.
 */
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "../server/db";
import { hashPassword } from "../server/passwords";
import { createApiToken } from "../server/services/create-api-token";
import { benchSize, generateBenchData, type BenchTeam } from "./bench-data";
import { buildIfStale } from "./build-if-stale.mjs";
import { startTestServer } from "./test-server.mjs";
import { createScratchDatabase } from "../server/testing/scratch-database";

const option = (name: string, fallback: number) => {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
};
const duration = option("duration", 10);
const connections = option("connections", 4);
const rounds = Math.round(option("rounds", 2));
const pgliteClaims = option("pglite-claims", benchSize.claims);
const runPglite = process.argv.includes("--pglite") || process.argv.includes("--pglite-only");
const runPostgres = !process.argv.includes("--pglite-only");
const TARGET_SHARE = 1 / 3;
const TARGET_P99_MS = 100;

function line(label: string, value: string): void {
  console.log(`${`${label}:`.padEnd(52)} ${value}`);
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * fraction;
  const lower = sorted[Math.floor(position)]!;
  const upper = sorted[Math.ceil(position)]!;
  return lower + (upper - lower) * (position - Math.floor(position));
}

interface Prepared {
  team: BenchTeam;
  email: string;
  password: string;
  token: string;
  generateMs: number;
}

/** Generates the data and gives one editor a real password and an API token. */
async function prepare(db: Database, size: typeof benchSize): Promise<Prepared> {
  const started = performance.now();
  const { main } = await generateBenchData(db.prisma, size);
  const generateMs = performance.now() - started;
  const user = main.users.find((candidate) => candidate.role === "editor")!;
  const password = `bench-${randomBytes(9).toString("base64url")}`;
  await db.prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  const { token } = await createApiToken({ prisma: db.prisma, userId: user.id, teamId: main.teamId, name: "bench:load", expiresInDays: 1 });
  return { team: main, email: user.email, password, token, generateMs };
}

/** Signs in the way a browser does (Auth.js credentials callback) and returns the Cookie header. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  keep(csrf);
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.endsWith("session-token"))) throw new Error(`sign-in failed (HTTP ${response.status}, no session cookie)`);
  return cookieHeader();
}

interface RouteResult {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
}

interface Route {
  label: string;
  paths: () => string;
  headers: Record<string, string>;
  times: number[];
  requests: number;
  seconds: number;
}

async function runFor(baseUrl: string, route: Route, seconds: number, record: boolean): Promise<void> {
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    headers: route.headers,
    timeout: 30,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: route.paths() }) }],
  });
  const times: number[] = [];
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${route.label}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts: the figures would not mean anything`);
  }
  if (!record) return;
  route.times.push(...times);
  route.requests += result.requests.total;
  route.seconds += seconds;
}

/**
 * Each route gets a 2 s warm-up, then its DURATION in ROUNDS turns that alternate with the other
 * routes, so a load swing on a shared machine falls on all of them alike rather than on one.
 */
async function loadRoutes(baseUrl: string, routes: Route[]): Promise<RouteResult[]> {
  for (const route of routes) {
    const check = await fetch(baseUrl + route.paths(), { headers: route.headers });
    if (check.status !== 200) throw new Error(`${route.label}: answered ${check.status} before the run: ${(await check.text()).slice(0, 300)}`);
    await runFor(baseUrl, route, 2, false);
  }
  for (let round = 0; round < rounds; round++) {
    for (const route of routes) await runFor(baseUrl, route, duration / rounds, true);
  }
  return routes.map((route) => {
    const sorted = route.times.sort((a, b) => a - b);
    return {
      label: route.label,
      rps: route.requests / route.seconds,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      requests: route.requests,
    };
  });
}

async function measure(kind: string, prepared: Prepared, env: Record<string, string>, dataDir?: string): Promise<boolean> {
  const server = await startTestServer({
    dataDir,
    hostname: "127.0.0.1",
    env: { ...env, FACTDESK_NO_DEMO: "1", FACTDESK_API_RATE_LIMIT: "1000000", NEXT_DIST_DIR: process.env.NEXT_DIST_DIR! },
  });
  try {
    line(`${kind} server ready`, `${server.startupMs} ms on ${server.baseUrl}`);
    const cookie = await signIn(server.baseUrl, prepared.email, prepared.password);
    const bearer = { authorization: `Bearer ${prepared.token}` };
    const articles = prepared.team.articleIds;
    let turn = 0;
    // Articles in a fixed stride through the whole set: every request reads a different one.
    const nextArticle = () => articles[(turn = (turn + 7919) % articles.length)]!;
    const route = (label: string, paths: () => string, headers: Record<string, string>): Route => ({ label, paths, headers, times: [], requests: 0, seconds: 0 });
    const results = await loadRoutes(server.baseUrl, [
      route("ceiling GET /api/ping", () => "/api/ping", {}),
      route("queue API GET /api/v1/claims", () => "/api/v1/claims", bearer),
      route("article API GET /api/v1/articles/ID", () => `/api/v1/articles/${nextArticle()}`, bearer),
      route("article page GET /articles/ID", () => `/articles/${nextArticle()}`, { cookie }),
    ]);
    for (const result of results) {
      line(
        `${kind} ${result.label}`,
        `${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)} / p95 ${result.p95.toFixed(1)} / p99 ${result.p99.toFixed(1)} ms  (${result.requests} requests)`,
      );
    }
    const [ceiling, queue] = results as [RouteResult, RouteResult];
    const share = queue.rps / ceiling.rps;
    const met = share >= TARGET_SHARE && queue.p99 < TARGET_P99_MS;
    line(
      `${kind} queue API vs ceiling`,
      `${(share * 100).toFixed(0)}% of the ceiling's req/s, p99 ${queue.p99.toFixed(1)} ms (target >= 33% and < ${TARGET_P99_MS} ms: ${met ? "met" : "NOT met"})`,
    );
    return met;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  process.env.NEXT_DIST_DIR ??= ".next-bench";
  line("machine", `${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(" ")}`);
  line("run", `${duration} s per route in ${rounds} alternating rounds after a 2 s warm-up, ${connections} connections, build in ${process.env.NEXT_DIST_DIR}`);
  buildIfStale();
  let allMet = true;

  if (runPostgres) {
    const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const scratch = await createScratchDatabase(serverUrl, "factdesk_load");
    try {
      const db = await openDatabase({ databaseUrl: scratch.url, dataDir: "", poolSize: 4 });
      let prepared: Prepared;
      try {
        prepared = await prepare(db, benchSize);
      } finally {
        await db.close();
      }
      line("postgresql generate", `${benchSize.claims.toLocaleString("en")} claims, ${benchSize.articles.toLocaleString("en")} articles, ${benchSize.users} people in ${(prepared.generateMs / 1000).toFixed(1)} s`);
      allMet = (await measure("postgresql", prepared, { DATABASE_URL: scratch.url })) && allMet;
    } finally {
      await scratch.drop();
    }
  }

  if (runPglite) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-load-"));
    try {
      const scale = pgliteClaims / benchSize.claims;
      const size = {
        ...benchSize,
        claims: pgliteClaims,
        articles: Math.max(1, Math.round(benchSize.articles * scale)),
        rivalClaims: Math.round(benchSize.rivalClaims * scale),
        rivalArticles: Math.max(1, Math.round(benchSize.rivalArticles * scale)),
      };
      const db = await openDatabase({ dataDir });
      let prepared: Prepared;
      try {
        prepared = await prepare(db, size);
      } finally {
        await db.close();
      }
      line("pglite generate", `${size.claims.toLocaleString("en")} claims, ${size.articles.toLocaleString("en")} articles, ${size.users} people in ${(prepared.generateMs / 1000).toFixed(1)} s`);
      allMet = (await measure("pglite", prepared, {}, dataDir)) && allMet;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (!allMet) process.exitCode = 1;
}

await main();
