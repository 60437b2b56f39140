/**
 * `npx tsx scripts/explain-hot-queries.ts`: EXPLAIN (ANALYZE) of every SQL statement the hot paths send, on the generated
 * data of bench:load (100,000 claims, 10,000 articles, 50 people, and a rival team) in a scratch
 * PostgreSQL database: the queue API and the article API (token lookup and rate limit included), the
 * queue page's views, the article page and the claim page.
 *
 * The statements are recorded at the driver while the real repository code runs, then each is explained
 * with its own parameters (writes inside a rolled-back transaction). For each it prints the execution
 * time and how every table was read; an unbounded sequential scan of a large table is flagged, and the
 * script exits 1 if there is one, so an index the hot paths need cannot go missing unnoticed.
 * BENCH_DATABASE_URL names the server (default postgresql://postgres@127.0.0.1:5432/postgres).
 */
import pg from "pg";
import { openDatabase } from "../server/db";
import { findTokenPrincipal } from "../server/repositories/api-tokens";
import { findArticle } from "../server/repositories/articles";
import { hitRateLimit } from "../server/repositories/rate-limits";
import { createApiToken, hashApiToken } from "../server/services/create-api-token";
import { listClaims } from "../server/services/list-claims";
import { parseQueueQuery } from "../server/services/queue-query";
import { loadArticlePage, loadClaimPage, loadQueuePage, type PageViewer } from "../server/testing/page-loads";
import { recordQueries, type LoggedQuery } from "../server/testing/query-log";
import { generateBenchData } from "./bench-data";
import { createScratchDatabase } from "../server/testing/scratch-database";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

/**
 * A hot statement may not read a large table row by row to the end. A sequential scan under a LIMIT
 * (the view counts stop at their cap) ends after the cap's worth of matches: the planner picks it when
 * matches are common and an index scan when they are rare, so it is shown with the rows it examined
 * but not flagged.
 */
const LARGE_TABLE_ROWS = 5_000;

function accesses(node: PlanNode, into: string[] = []): string[] {
  if (node["Relation Name"]) {
    into.push(node["Index Name"] ? `${node["Node Type"]} ${node["Index Name"]}` : `${node["Node Type"]} on ${node["Relation Name"]}`);
  }
  for (const child of node.Plans ?? []) accesses(child, into);
  return into;
}

interface SeqScan {
  table: string;
  examined: number;
  bounded: boolean;
}

function seqScans(node: PlanNode, bounded = false, into: SeqScan[] = []): SeqScan[] {
  const underLimit = bounded || node["Node Type"] === "Limit";
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) {
    const examined = ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1);
    into.push({ table: node["Relation Name"], examined, bounded: underLimit });
  }
  for (const child of node.Plans ?? []) seqScans(child, underLimit, into);
  return into;
}

const skipped = /^\s*(BEGIN|COMMIT|ROLLBACK|SET|SAVEPOINT|RELEASE|DEALLOCATE|SELECT 1\s*$)/i;

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const scratch = await createScratchDatabase(serverUrl, "factdesk_explain");
  let flagged = 0;
  try {
    const db = await openDatabase({ databaseUrl: scratch.url, dataDir: "", poolSize: 1 });
    const explainer = new pg.Client({ connectionString: scratch.url });
    try {
      const { main: team } = await generateBenchData(db.prisma);
      const editor = team.users.find((user) => user.role === "editor")!;
      const checker = team.users.find((user) => user.role === "fact_checker")!;
      const { token } = await createApiToken({ prisma: db.prisma, userId: editor.id, teamId: team.teamId, name: "explain", expiresInDays: 1 });
      const article = team.articleIds[4_321]!;
      const claim = await db.prisma.claim.findFirstOrThrow({ where: { articleId: article }, select: { id: true } });
      const asEditor: PageViewer = { prisma: db.prisma, teamId: team.teamId, userId: editor.id, role: "editor" };
      const asChecker: PageViewer = { prisma: db.prisma, teamId: team.teamId, userId: checker.id, role: "fact_checker" };
      const paths: [string, () => Promise<unknown>][] = [
        [
          "queue API GET /api/v1/claims",
          async () => {
            const principal = (await findTokenPrincipal(db.prisma, hashApiToken(token)))!;
            await hitRateLimit(db.prisma, `api:${principal.tokenId}`, 600, 60_000);
            return listClaims({ prisma: db.prisma, teamId: team.teamId, userId: editor.id, role: "editor", query: parseQueueQuery({}) });
          },
        ],
        ["article API GET /api/v1/articles/ID", () => findArticle(db.prisma, team.teamId, article)],
        ...(["unassigned", "mine", "review", "changes", "published"] as const).flatMap((view) =>
          (view === "published" ? (["score"] as const) : (["score", "age"] as const)).map(
            (sort) => [`queue page, ${view} by ${sort}`, () => loadQueuePage(view === "mine" || view === "changes" ? asChecker : asEditor, parseQueueQuery({ view, sort }))] as [string, () => Promise<unknown>],
          ),
        ),
        ["article page", () => loadArticlePage(asEditor, article)],
        ["claim page", () => loadClaimPage(asEditor, claim.id)],
      ];
      const sizes = new Map(
        (await db.prisma.$queryRawUnsafe<{ name: string; rows: number }[]>(`SELECT relname AS "name", n_live_tup::int AS "rows" FROM pg_stat_user_tables`)).map((row) => [row.name, row.rows]),
      );
      await explainer.connect();
      for (const [label, run] of paths) {
        await run(); // once first, so one-off work (a default scale created on first view) is not what gets explained
        const { queries } = await recordQueries(run);
        const statements = queries.filter((query) => !skipped.test(query.sql));
        console.log(`\n== ${label}: ${statements.length} statements`);
        for (const query of statements) flagged += await explain(explainer, query, sizes);
      }
    } finally {
      await explainer.end().catch(() => undefined);
      await db.close();
    }
  } finally {
    if (process.env.BENCH_KEEP_DATABASE) console.log(`kept database ${scratch.name}`);
    else await scratch.drop();
  }
  console.log(
    flagged
      ? `\n${flagged} statement(s) scan a large table sequentially without a LIMIT: they need an index.`
      : "\nNo hot statement scans a large table sequentially without a LIMIT.",
  );
  if (flagged) process.exitCode = 1;
}

async function explain(client: pg.Client, query: LoggedQuery, sizes: Map<string, number>): Promise<number> {
  const write = /^\s*(INSERT|UPDATE|DELETE|WITH)/i.test(query.sql);
  if (write) await client.query("BEGIN");
  try {
    const result = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.sql}`, query.params);
    const [plan] = result.rows[0]!["QUERY PLAN"];
    const scans = seqScans(plan.Plan).filter((scan) => (sizes.get(scan.table) ?? 0) >= LARGE_TABLE_ROWS);
    const large = scans.filter((scan) => !scan.bounded);
    const shown = query.sql.replace(/\s+/g, " ").replace(/"public"\./g, "").slice(0, 110);
    console.log(`  ${plan["Execution Time"].toFixed(2).padStart(7)} ms  ${[...new Set(accesses(plan.Plan))].join(", ") || plan.Plan["Node Type"]}`);
    console.log(`             ${shown}${query.sql.length > 110 ? "…" : ""}`);
    for (const scan of scans) {
      const share = `${scan.examined.toLocaleString("en")} of ${(sizes.get(scan.table) ?? 0).toLocaleString("en")} rows`;
      console.log(`             ${scan.bounded ? "  (sequential scan under a LIMIT:" : "^ UNBOUNDED SEQUENTIAL SCAN of"} ${scan.table}, ${share} examined${scan.bounded ? ")" : ""}`);
    }
    return large.length ? 1 : 0;
  } finally {
    if (write) await client.query("ROLLBACK");
  }
}

await main();
