import { describe, expect, it } from "vitest";
import { commentSegments, emailHandle, findMentionedUserIds, type Mentionable } from "./comment-mentions";

const members: Mentionable[] = [
  { id: "ana", name: "Ana Silva", handle: "ana.silva" },
  { id: "ana2", name: "Ana", handle: "ana" },
  { id: "ben", name: "Ben Okafor", handle: "bokafor" },
  { id: "cleo", name: "Cléo Martin", handle: "cleo" },
];

describe("comment mentions", () => {
  it.each([
    ["a full name", "Thanks @Ana Silva, looks right.", ["ana"]],
    ["the longest name written", "@Ana please check", ["ana2"]],
    ["an email handle before punctuation", "Over to @bokafor.", ["ben"]],
    ["a dotted handle", "cc @ana.silva: the second source", ["ana"]],
    ["names in any case and accents", "@CLÉO MARTIN and @ben okafor", ["cleo", "ben"]],
    ["each person once, in order", "@bokafor @Ana Silva @Ben Okafor", ["ben", "ana"]],
    ["nothing in an email address", "write to desk@ana.org or ana@example.org", []],
    ["nothing when the name runs on", "@Anastasia and @bokafor2", []],
  ])("finds %s", (_name, body, expected) => {
    expect(findMentionedUserIds(body, members)).toEqual(expected);
  });

  it("cuts a comment into text and mentions, keeping line breaks", () => {
    expect(commentSegments("Hi @Ana Silva,\nsee @cleo", members)).toEqual([
      { text: "Hi " },
      { text: "@Ana Silva", userIds: ["ana"] },
      { text: ",\nsee " },
      { text: "@cleo", userIds: ["cleo"] },
    ]);
    expect(commentSegments("no mentions", members)).toEqual([{ text: "no mentions" }]);
  });

  it("takes the handle from an email", () => {
    expect(emailHandle("ana.silva@desk.example")).toBe("ana.silva");
  });
});
