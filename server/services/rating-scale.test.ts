import { describe, expect, it } from "vitest";
import { findPreset, parseCustomScale, ratingBounds, ratingPresets } from "./rating-scale";

describe("ratingBounds", () => {
  it("is the lowest and highest label value, whatever the label order", () => {
    expect(ratingBounds([{ value: 3 }, { value: -2 }, { value: 7 }, { value: 0 }])).toEqual({ worstRating: -2, bestRating: 7 });
    expect(ratingBounds([{ value: 4 }])).toEqual({ worstRating: 4, bestRating: 4 });
  });

  it("refuses a scale without labels", () => {
    expect(() => ratingBounds([])).toThrow("A rating scale needs at least one label.");
  });

  it.each([
    ["politifact", 1, 6, ["True", "Mostly True", "Half True", "Mostly False", "False", "Pants on Fire"]],
    ["meta", 1, 6, ["False", "Altered", "Partly false", "Missing context", "Satire", "True"]],
    ["plain", 1, 5, ["True", "Misleading", "False", "Unverifiable"]],
  ])("the %s preset spans %i..%i with its labels in order", (key, worst, best, names) => {
    const preset = findPreset(key)!;
    expect(preset.labels.map((label) => label.name)).toEqual(names);
    expect(ratingBounds(preset.labels)).toEqual({ worstRating: worst, bestRating: best });
    expect(new Set(preset.labels.map((label) => label.value)).size).toBe(preset.labels.length);
  });

  it("has presets with distinct names", () => {
    expect(new Set(ratingPresets.map((preset) => preset.name)).size).toBe(ratingPresets.length);
  });
});

describe("parseCustomScale", () => {
  const label = (name: string, value: number, description: string | null = null) => ({ name, value, description });

  it("trims names and turns empty descriptions into null", () => {
    expect(parseCustomScale({ name: "  House scale ", labels: [label(" Accurate ", 2, "  "), label("Wrong", 0, " Not so ")] })).toEqual({
      name: "House scale",
      labels: [label("Accurate", 2), label("Wrong", 0, "Not so")],
    });
  });

  it.each([
    ["no name", { name: " ", labels: [label("A", 1), label("B", 2)] }, "Name the scale."],
    ["one label", { name: "S", labels: [label("A", 1)] }, "A scale needs at least 2 labels."],
    ["duplicate label names", { name: "S", labels: [label("Wrong", 1), label("wrong", 2)] }, "Two labels are named “wrong”: label names must differ."],
    ["all values equal", { name: "S", labels: [label("A", 1), label("B", 1)] }, "The labels need different values, so the scale has a worst and a best rating."],
    ["fractional value", { name: "S", labels: [label("A", 1.5), label("B", 2)] }, "Label values are whole numbers."],
    ["value out of range", { name: "S", labels: [label("A", 1000), label("B", 2)] }, "Label values are between -100 and 100."],
    ["too many labels", { name: "S", labels: Array.from({ length: 13 }, (_, i) => label(`L${i}`, i)) }, "A scale has at most 12 labels."],
  ])("refuses %s with a clear message", (_name, input, message) => {
    expect(() => parseCustomScale(input)).toThrow(message);
  });
});
