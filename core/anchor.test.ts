import { describe, expect, it } from "vitest";
import { reanchor } from "./anchor";

describe("reanchor", () => {
  const text = "The minister said it rose. Later the minister said it fell. The minister said nothing.";

  it("trusts the position hint when the text there still matches", () => {
    const start = text.indexOf("the minister said it fell");
    expect(reanchor(text, { exact: "the minister said it fell", start })).toEqual({ start, end: start + 25 });
  });

  it("picks the occurrence whose context agrees best", () => {
    const target = text.lastIndexOf("The minister said");
    expect(reanchor(text, { exact: "The minister said", prefix: "it fell. ", suffix: " nothing" })).toEqual({ start: target, end: target + 17 });
  });

  it("follows the quote after an edit moved it", () => {
    const edited = `BREAKING: ${text}`;
    const start = edited.indexOf("it fell");
    expect(reanchor(edited, { exact: "it fell", prefix: "minister said ", suffix: ". The", start: text.indexOf("it fell") })).toEqual({ start, end: start + 7 });
  });

  it.each([
    ["absent text", { exact: "resigned" }],
    ["empty selector", { exact: "" }],
  ])("returns null for %s", (_name, selector) => {
    expect(reanchor(text, selector)).toBeNull();
  });
});
