import { describe, expect, it } from "vitest";
import { claimContext } from "./evidence";

describe("claimContext", () => {
  const body = "First sentence here. The claim sits in this sentence with 12% growth. A closing sentence follows.";
  const sentences: [number, number][] = [
    [0, 20],
    [21, 69],
    [70, 97],
  ];
  const start = body.indexOf("12% growth");
  const end = start + "12% growth".length;

  it("takes whole neighbouring sentences when they fit", () => {
    expect(claimContext(body, sentences, start, end)).toEqual({
      before: "First sentence here. The claim sits in this sentence with ",
      text: "12% growth",
      after: ". A closing sentence follows.",
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it("cuts at a word boundary and says so when the article goes on", () => {
    const long = `${"word ".repeat(200)}the claim of 40 percent ${"more ".repeat(200)}`;
    const at = long.indexOf("40 percent");
    const context = claimContext(long, [], at, at + 10, 50);
    expect(context.text).toBe("40 percent");
    expect(context.before.startsWith("word")).toBe(true);
    expect(context.after.endsWith("more")).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(50);
    expect(context).toMatchObject({ clippedStart: true, clippedEnd: true });
  });
});
