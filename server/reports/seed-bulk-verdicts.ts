import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/repositories/client";
import { getDefaultScale } from "@/server/services/ensure-default-scale";

// Many verdicts fast, for the CSV streaming test and bench:reports: a few multi-row INSERT … SELECT
// statements over generate_series instead of 100,000 round trips.

const kinds = ["numeric", "statistic", "event", "comparison", "causal", "other"];
const statuses = ["in_research", "ready_for_review", "approved", "published"];

export interface SeedBulkVerdictsOptions {
  prisma: PrismaClient;
  teamId: string;
  authorId: string | null;
  count: number;
  claimsPerArticle?: number;
  /** Rows per INSERT statement. */
  chunk?: number;
}

/** Inserts `count` claims with a verdict and one source each, spread over articles; returns the id prefix used. */
export async function seedBulkVerdicts(options: SeedBulkVerdictsOptions): Promise<string> {
  const { prisma, teamId, authorId, count } = options;
  const perArticle = options.claimsPerArticle ?? 50;
  const chunk = options.chunk ?? 10_000;
  const run = `bulk${randomBytes(4).toString("hex")}`;
  const scale = await getDefaultScale(prisma, teamId);
  const labelIds = scale.labels.map((label) => label.id);
  const articles = Math.ceil(count / perArticle);
  for (let from = 1; from <= articles; from += chunk) {
    const to = Math.min(articles, from + chunk - 1);
    await prisma.$executeRaw`
      INSERT INTO "Article" (id, "teamId", title, "sourceUrl", publisher, body, "contentHash", "updatedAt")
      SELECT ${run} || '-a-' || g, ${teamId}, 'Bulk article ' || g || ' – “quoted”', 'https://news.example.org/' || ${run} || '/' || g, 'The Example Times',
        'Body of bulk article ' || g, md5(${run} || g), now()
      FROM generate_series(${from}::int, ${to}::int) g`;
  }
  for (let from = 1; from <= count; from += chunk) {
    const to = Math.min(count, from + chunk - 1);
    await prisma.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", start, "end", text, kind, status, score, "updatedAt")
      SELECT ${run} || '-c-' || g, ${teamId}, ${run} || '-a-' || (1 + (g - 1) / ${perArticle}::int), 0, 20,
        CASE WHEN g % 10 = 0 THEN '=HYPERLINK("http://evil.example") claim ' || g ELSE 'Spending rose by ' || g || '%, the minister said, “a record”' END,
        (${kinds}::text[])[1 + g % 6]::"ClaimKind", (${statuses}::text[])[1 + g % 4]::"ClaimStatus", 0.5, now()
      FROM generate_series(${from}::int, ${to}::int) g`;
    await prisma.$executeRaw`
      INSERT INTO "Verdict" (id, "teamId", "claimId", "scaleId", "labelId", rationale, "authorId", "updatedAt")
      SELECT ${run} || '-v-' || lpad(g::text, 7, '0'), ${teamId}, ${run} || '-c-' || g, ${scale.id}, (${labelIds}::text[])[1 + g % ${labelIds.length}::int],
        'The **ledger** shows ' || g || ' entries. See [the ledger](https://ledger.example.org/' || g || ').', ${authorId}, now()
      FROM generate_series(${from}::int, ${to}::int) g`;
    await prisma.$executeRaw`
      INSERT INTO "Source" (id, "teamId", "claimId", url, title, stance, "accessedAt", "updatedAt")
      SELECT ${run} || '-s-' || g, ${teamId}, ${run} || '-c-' || g, 'https://ledger.example.org/' || g, 'Ledger ' || g, 'supports', now(), now()
      FROM generate_series(${from}::int, ${to}::int) g`;
  }
  return run;
}
