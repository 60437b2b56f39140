import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parseQueuePageParams, parseQueueQuery, queueFilters, queueSearch } from "./queue-query";

describe("queue query parameters", () => {
  it("reads a full query, treating empty values as absent", () => {
    const query = parseQueueQuery(new URLSearchParams("view=review&sort=age&kind=numeric&minScore=70&olderThan=3&article=&limit=10"));
    expect(query).toEqual({ view: "review", sort: "age", kind: "numeric", minScore: 70, olderThan: 3, limit: 10 });
    expect(queueFilters(query)).toMatchObject({ kind: "numeric", minScore: 0.7, olderThanDays: 3, articleId: undefined });
  });

  it.each([
    ["view=everything", /Invalid view/],
    ["minScore=101", /Invalid minScore/],
    ["olderThan=-1", /Invalid olderThan/],
    ["limit=1000", /Invalid limit/],
    ["kind=rumour", /Invalid kind/],
  ])("refuses %s with a 422 naming the parameter", (search, message) => {
    expect(() => parseQueueQuery(new URLSearchParams(search))).toThrow(message);
    try {
      parseQueueQuery(new URLSearchParams(search));
    } catch (error) {
      expect(error).toMatchObject({ code: "validation", status: 422 });
    }
  });

  it("drops bad values on the page instead of failing", () => {
    expect(parseQueuePageParams({ view: "nope", minScore: "abc", kind: "numeric" })).toMatchObject({
      view: "unassigned",
      minScore: undefined,
      kind: "numeric",
    });
  });

  it("round-trips cursors and refuses them for another order", () => {
    const score = encodeCursor({ order: "score", score: 0.123456789, id: "c1" });
    expect(decodeCursor(score, "score")).toEqual({ order: "score", score: 0.123456789, id: "c1" });
    const at = new Date("2026-11-20T10:11:12.345Z");
    expect(decodeCursor(encodeCursor({ order: "age", at, id: "c2" }), "age")).toEqual({ order: "age", at, id: "c2" });
    expect(() => decodeCursor(score, "age")).toThrow(/different sort order/);
    expect(() => decodeCursor("%%%", "score")).toThrow(/Invalid cursor/);
    expect(() => decodeCursor(Buffer.from(JSON.stringify({ o: "score", k: "x", i: "c" })).toString("base64url"), "score")).toThrow(/Invalid cursor/);
  });

  it("writes URLs without the defaults", () => {
    expect(queueSearch({ view: "unassigned", sort: "score", limit: 25 })).toBe("");
    expect(queueSearch({ view: "mine", kind: "event" }, { cursor: "abc" })).toBe("?view=mine&kind=event&cursor=abc");
  });
});
