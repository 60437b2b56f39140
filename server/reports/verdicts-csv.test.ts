import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/server/testing/databases";
import { createUser } from "@/server/services/create-user";
import { seedBulkVerdicts } from "./seed-bulk-verdicts";
import { csvSafe, parseVerdictExportQuery, streamVerdictsCsv, verdictCsvColumns, verdictExportFilters } from "./verdicts-csv";

/** RFC 4180 reading, enough to check what a spreadsheet would see. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      index++;
    } else field += char;
  }
  const [header = [], ...rows] = records;
  return rows.map((row) => Object.fromEntries(header.map((name, column) => [name, row[column] ?? ""])));
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // Keep the byte order mark: Response.text() would drop it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("csvSafe", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+1 555", "'+1 555"],
    ["-2 points", "'-2 points"],
    ["@cmd", "'@cmd"],
    ["\tTab", "'\tTab"],
    ["Plain text = fine", "Plain text = fine"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(csvSafe(input)).toBe(expected);
  });
});

describe("parseVerdictExportQuery", () => {
  it("reads the filters, treating empty values as any, and includes the whole last day", () => {
    const query = parseVerdictExportQuery(new URLSearchParams("status=published&kind=&from=2026-01-01&to=2026-01-31"));
    expect(verdictExportFilters(query)).toEqual({
      status: "published",
      kind: undefined,
      speakerId: undefined,
      articleId: undefined,
      updatedFrom: new Date("2026-01-01T00:00:00Z"),
      updatedBefore: new Date("2026-02-01T00:00:00Z"),
    });
  });

  it.each([
    ["status=done", "Invalid status"],
    ["from=2026-13-45", "Invalid from"],
    ["from=2026-02-01&to=2026-01-01", "the start date is after the end date"],
  ])("refuses %s", (search, message) => {
    expect(() => parseVerdictExportQuery(new URLSearchParams(search))).toThrow(message);
  });
});

describe.each(testDatabaseKinds)("streaming the verdicts CSV on %s", (kind) => {
  let db: TestDatabase;
  let teamId: string;
  const total = 4_500;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const user = await createUser({ prisma: db.prisma, email: "csv@desk.test", name: "Csv Checker", password: "csv-password-12", team: "Csv Desk", role: "editor" });
    teamId = user.teamId;
    await seedBulkVerdicts({ prisma: db.prisma, teamId, authorId: user.userId, count: total });
    const rival = await createUser({ prisma: db.prisma, email: "rival@desk.test", name: "Rival", password: "csv-password-12", team: "Rival", role: "editor" });
    await seedBulkVerdicts({ prisma: db.prisma, teamId: rival.teamId, authorId: rival.userId, count: 300 });
  }, 120_000);

  afterAll(async () => {
    await db.dispose();
  });

  it("streams every verdict of the team in batches, one batch in memory at a time", async () => {
    const batches: number[] = [];
    const csv = await readAll(streamVerdictsCsv({ prisma: db.prisma, teamId, filters: {}, batchSize: 1_000, onBatch: (rows) => batches.push(rows) }));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(total);
    expect(Object.keys(rows[0]!)).toEqual([...verdictCsvColumns]);
    expect(new Set(rows.map((row) => row["claim id"])).size).toBe(total);
    expect(batches).toEqual([1_000, 1_000, 1_000, 1_000, 500]);
    // Formula-looking text is defused; the rationale is plain text; numbers stay numbers.
    const formula = rows.find((row) => row["claim text"]!.includes("HYPERLINK"))!;
    expect(formula["claim text"]!.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[0]!.rationale).toMatch(/^The ledger shows \d+ entries\. See the ledger \(https:\/\/ledger\.example\.org\/\d+\)\.$/);
    expect(rows[0]!["sources count"]).toBe("1");
    expect(Number(rows[0]!.worst)).toBeLessThan(Number(rows[0]!.best));
    expect(rows[0]!["verdict author"]).toBe("Csv Checker");
  });

  it("reads no further than the consumer: a cancelled download stops querying", async () => {
    const batches: number[] = [];
    const reader = streamVerdictsCsv({ prisma: db.prisma, teamId, filters: {}, batchSize: 500, onBatch: (rows) => batches.push(rows) }).getReader();
    await reader.read(); // the header
    await reader.read(); // the first batch
    await reader.cancel();
    expect(batches.length).toBeLessThanOrEqual(2);
  });

  it("applies the filters", async () => {
    const published = parseCsv((await readAll(streamVerdictsCsv({ prisma: db.prisma, teamId, filters: { status: "published", kind: "statistic" } }))).slice(1));
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((row) => row.status === "published" && row.kind === "statistic")).toBe(true);
    const future = await readAll(streamVerdictsCsv({ prisma: db.prisma, teamId, filters: { updatedFrom: new Date(Date.now() + 86_400_000) } }));
    expect(parseCsv(future.slice(1))).toEqual([]);
  });
});
