import { describe, expect, it } from "vitest";
import { ageLabel, durationLabel } from "./age";

describe("queue ages", () => {
  const now = "2026-11-20T12:00:00.000Z";
  it.each([
    ["2026-11-20T11:59:40.000Z", "under a minute"],
    ["2026-11-20T11:15:00.000Z", "45 min"],
    ["2026-11-19T09:00:00.000Z", "27 h"],
    ["2026-11-10T12:00:00.000Z", "10 days"],
    ["2026-11-21T12:00:00.000Z", "under a minute"],
  ])("%s is %s before now", (iso, label) => {
    expect(ageLabel(iso, now)).toBe(label);
  });

  it.each([
    [0.25, "15 min"],
    [5.54, "5.5 h"],
    [30, "30 h"],
    [77, "3.2 days"],
    [24 * 15.4, "15 days"],
  ])("%s hours reads %s", (hours, label) => {
    expect(durationLabel(hours)).toBe(label);
  });
});
