// ts_headline marks matches with these control characters; the UI splits on them instead of trusting HTML.
export const highlightStart = "\u0002";
export const highlightEnd = "\u0003";
