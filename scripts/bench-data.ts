/**
 * Generated newsroom data for the benchmarks (bench:queue, bench:load, the EXPLAIN report): a team with
 * 100,000 claims over 10,000 articles and 50 people by default, written with multi-row INSERTs in a few
 * seconds rather than through the services. Deterministic (seeded), so runs compare between machines.
 * Each article's body is its claims' sentences, so spans index real text and the article page renders
 * them as it would an analysed article.
 */
import type { PrismaClient } from "../server/repositories/client";

/** A deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const next = random(20261127);
export const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
let idCounter = 0;
// cuid-like: 25 characters, random order, so id tie-breaks are as scattered as the app's own ids.
export const newId = () =>
  `c${Math.floor(next() * 36 ** 8)
    .toString(36)
    .padStart(8, "0")}${(idCounter++).toString(36).padStart(8, "0")}${Math.floor(next() * 36 ** 8)
    .toString(36)
    .padStart(8, "0")}`;

export const claimKinds = ["numeric", "statistic", "event", "comparison", "causal", "other"] as const;

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

export async function insertRows(prisma: PrismaClient, table: string, columns: string[], rows: string[][], chunk = 2_000): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `;
  for (let start = 0; start < rows.length; start += chunk) {
    const values = rows.slice(start, start + chunk).map((row) => `(${row.join(", ")})`);
    await prisma.$executeRawUnsafe(head + values.join(", "));
  }
}

export type BenchRole = "admin" | "editor" | "fact_checker" | "viewer";

export interface BenchTeam {
  teamId: string;
  slug: string;
  users: { id: string; email: string; role: BenchRole }[];
  articleIds: string[];
  speakerIds: string[];
}

const statusWeights: [string, number][] = [
  ["new", 0.35],
  ["assigned", 0.08],
  ["in_research", 0.08],
  ["ready_for_review", 0.06],
  ["changes_requested", 0.03],
  ["approved", 0.03],
  ["published", 0.3],
  ["not_check_worthy", 0.07],
];

function pickStatus(): string {
  let roll = next();
  for (const [status, weight] of statusWeights) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return "new";
}

export interface GenerateTeamOptions {
  name: string;
  claims: number;
  articles: number;
  users: number;
  speakers?: number;
}

/**
 * Writes one team. Accounts get the password hash "-", which no password matches: a benchmark that
 * needs to sign in sets a real one on the account it uses.
 */
export async function generateTeam(prisma: PrismaClient, { name, claims: claimCount, articles: articleCount, users: userCount, speakers = 500 }: GenerateTeamOptions): Promise<BenchTeam> {
  const teamId = newId();
  const slug = `${name.toLowerCase()}-${teamId}`;
  await insertRows(prisma, "Team", ["id", "name", "slug"], [[sqlText(teamId), sqlText(name), sqlText(slug)]]);
  const users: BenchTeam["users"] = Array.from({ length: userCount }, (_, index) => ({
    id: newId(),
    email: `${name.toLowerCase()}-${index}@bench.test`,
    role: index < 2 ? "admin" : index < 10 ? "editor" : index < userCount - 5 ? "fact_checker" : "viewer",
  }));
  await insertRows(
    prisma,
    "User",
    ["id", "email", "name", "passwordHash"],
    users.map((user, index) => [sqlText(user.id), sqlText(user.email), sqlText(`${name} person ${index}`), "'-'"]),
  );
  await insertRows(
    prisma,
    "Membership",
    ["id", "teamId", "userId", "role"],
    users.map((user) => [sqlText(newId()), sqlText(teamId), sqlText(user.id), `'${user.role}'`]),
  );
  const speakerIds = Array.from({ length: speakers }, () => newId());
  await insertRows(
    prisma,
    "Speaker",
    ["id", "teamId", "name", "updatedAt"],
    speakerIds.map((id, index) => [sqlText(id), sqlText(teamId), sqlText(`Speaker ${index}`), "now()"]),
  );
  const scaleId = newId();
  const labelId = newId();
  await insertRows(prisma, "RatingScale", ["id", "teamId", "name", "isDefault", "updatedAt"], [[sqlText(scaleId), sqlText(teamId), "'Plain'", "true", "now()"]]);
  await insertRows(prisma, "RatingLabel", ["id", "scaleId", "name", "value", "position"], [[sqlText(labelId), sqlText(scaleId), "'False'", "1", "0"]]);

  const day = 86_400_000;
  const start = Date.now() - 400 * day;
  const workers = users.filter((user) => user.role !== "viewer");
  const articleIds = Array.from({ length: articleCount }, () => newId());
  const articleRows: string[][] = [];
  const claimRows: string[][] = [];
  const verdictRows: string[][] = [];
  let claimIndex = 0;
  for (let articleIndex = 0; articleIndex < articleCount; articleIndex++) {
    const articleId = articleIds[articleIndex]!;
    const articleCreated = start + (articleIndex / articleCount) * 399 * day;
    // The claims of article i are those whose index falls in its share of the total.
    const claimsHere = Math.floor(((articleIndex + 1) / articleCount) * claimCount) - claimIndex;
    const sentences: [number, number][] = [];
    let body = `Article ${articleIndex} opens with a sentence that makes no claim.`;
    sentences.push([0, body.length]);
    for (let k = 0; k < claimsHere; k++, claimIndex++) {
      const id = newId();
      const text = `Claim ${claimIndex} says something checkable about ${pick(["budgets", "crime", "jobs", "schools", "housing", "health"])}.`;
      const claimStart = body.length + 1;
      body += ` ${text}`;
      sentences.push([claimStart, body.length]);
      const status = pickStatus();
      const assignee = status === "new" || status === "not_check_worthy" ? null : pick(workers).id;
      const changed = new Date(Math.min(Date.now(), articleCreated + next() * 30 * day));
      claimRows.push([
        sqlText(id),
        sqlText(teamId),
        sqlText(articleId),
        String(claimStart),
        String(claimStart + text.length),
        sqlText(text),
        `'${pick(claimKinds)}'`,
        // Scores in hundredths, as the analysis rounds them: many ties, which the id tie-break must handle.
        (Math.round(next() * 100) / 100).toString(),
        next() < 0.6 ? sqlText(pick(speakerIds)) : "NULL",
        `'${status}'`,
        `'${new Date(articleCreated).toISOString()}'`,
        "now()",
        assignee ? sqlText(assignee) : "NULL",
        assignee ? `'${changed.toISOString()}'` : "NULL",
        `'${changed.toISOString()}'`,
        status === "published" ? `'${changed.toISOString()}'` : "NULL",
      ]);
      if (["ready_for_review", "changes_requested", "approved", "published"].includes(status)) {
        verdictRows.push([
          sqlText(newId()),
          sqlText(teamId),
          sqlText(id),
          sqlText(scaleId),
          sqlText(labelId),
          "'Rationale.'",
          next() < 0.9 && assignee ? sqlText(assignee) : sqlText(pick(workers).id),
          "now()",
        ]);
      }
    }
    const created = new Date(articleCreated).toISOString();
    articleRows.push([
      sqlText(articleId),
      sqlText(teamId),
      sqlText(`Article ${articleIndex}`),
      sqlText(body),
      sqlText(articleId),
      String(body.split(" ").length),
      sqlText(JSON.stringify(sentences)),
      `'${created}'`,
      `'${created}'`,
      `'${created}'`,
    ]);
  }
  await insertRows(
    prisma,
    "Article",
    ["id", "teamId", "title", "body", "contentHash", "wordCount", "sentences", "analyzedAt", "createdAt", "updatedAt"],
    articleRows,
    1_000,
  );
  await insertRows(
    prisma,
    "Claim",
    ["id", "teamId", "articleId", "start", "end", "text", "kind", "score", "speakerId", "status", "createdAt", "updatedAt", "assigneeId", "assignedAt", "statusChangedAt", "publishedAt"],
    claimRows,
  );
  await insertRows(prisma, "Verdict", ["id", "teamId", "claimId", "scaleId", "labelId", "rationale", "authorId", "updatedAt"], verdictRows);
  const auditRows = Array.from({ length: Math.floor(claimCount / 5) }, (_, index) => [
    sqlText(newId()),
    sqlText(teamId),
    sqlText(pick(users).id),
    "'claim.update'",
    "'claim'",
    `'${new Date(start + (index / (claimCount / 5)) * 399 * day).toISOString()}'`,
  ]);
  await insertRows(prisma, "AuditEvent", ["id", "teamId", "actorId", "action", "entityType", "createdAt"], auditRows);
  return { teamId, slug, users, articleIds, speakerIds };
}

/** The data set the issue asks the load test for, plus a rival team so every query must really be scoped. */
export const benchSize = { claims: 100_000, articles: 10_000, users: 50, rivalClaims: 20_000, rivalArticles: 2_000, rivalUsers: 10 };

export async function generateBenchData(prisma: PrismaClient, size = benchSize): Promise<{ main: BenchTeam; rival: BenchTeam }> {
  const main = await generateTeam(prisma, { name: "Bench", claims: size.claims, articles: size.articles, users: size.users });
  const rival = await generateTeam(prisma, { name: "Rival", claims: size.rivalClaims, articles: size.rivalArticles, users: size.rivalUsers });
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  return { main, rival };
}
