import { renderRationale } from "@/components/claims/rationale-markdown";
import { buildClaimReviews, serializeJsonLd } from "./claim-review";
import { reportDate, safeWebUrl, stageLabels, stanceLabels, type ArticleReport, type ReportEntry } from "./types";

/** Text for HTML content and attribute values: every character that could open markup is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

function link(url: string | null, text: string): string {
  const safe = safeWebUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}" rel="noopener noreferrer nofollow">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function speakerLine(entry: ReportEntry): string {
  if (!entry.speaker) return "";
  const detail = [entry.speaker.title, entry.speaker.role].filter(Boolean).join(", ");
  return `<p class="speaker">${escapeHtml(entry.speaker.name)}${detail ? ` <span class="muted">· ${escapeHtml(detail)}</span>` : ""}</p>`;
}

function entrySection(entry: ReportEntry, index: number): string {
  const verdict = entry.verdict;
  const sources = entry.sources.length
    ? `<h4>Sources</h4><ul class="sources">${entry.sources
        .map(
          (source) =>
            `<li><span class="stance stance-${source.stance}">${stanceLabels[source.stance]}</span> ${link(source.url, source.title)}` +
            `${source.publisher ? ` <span class="muted">· ${escapeHtml(source.publisher)}</span>` : ""}` +
            `${source.publishedAt ? ` <span class="muted">· ${reportDate(source.publishedAt)}</span>` : ""}` +
            `${source.excerpt ? `<blockquote>${escapeHtml(source.excerpt)}</blockquote>` : ""}</li>`,
        )
        .join("")}</ul>`
    : "";
  const people = [
    verdict?.authorName ? `Checked by ${escapeHtml(verdict.authorName)} on ${reportDate(verdict.updatedAt)}` : null,
    entry.approvedBy ? `approved by ${escapeHtml(entry.approvedBy)}${entry.approvedAt ? ` on ${reportDate(entry.approvedAt)}` : ""}` : null,
    entry.publishedAt ? `published ${reportDate(entry.publishedAt)}` : null,
  ].filter(Boolean);
  return `<section class="entry" id="claim-${escapeHtml(entry.claimId)}">
<h3>${index + 1}. ${verdict ? `<span class="label">${escapeHtml(verdict.label)}</span> ` : ""}<span class="stage">${stageLabels[entry.stage]}</span></h3>
<blockquote class="claim">${escapeHtml(entry.text)}</blockquote>
${speakerLine(entry)}
${verdict ? `<p class="rating">Rating ${verdict.value} on ${escapeHtml(verdict.scaleName)} (${verdict.worstRating}–${verdict.bestRating})</p><div class="rationale">${renderRationale(verdict.rationale)}</div>` : ""}
${sources}
${people.length ? `<p class="muted">${people.join("; ")}.</p>` : ""}
</section>`;
}

/**
 * The report as one self-contained, print-ready HTML document (inline styles, no scripts but the
 * ClaimReview JSON-LD), for the API and for saving. Every untrusted string is escaped.
 */
export function renderReportHtml(report: ArticleReport): string {
  const { article } = report;
  const { items } = buildClaimReviews(report);
  const summary = report.entries
    .map(
      (entry) =>
        `<tr><td>${escapeHtml(entry.text)}</td><td>${escapeHtml(entry.speaker?.name ?? "—")}</td><td>${escapeHtml(entry.verdict?.label ?? "—")}</td><td>${stageLabels[entry.stage]}</td></tr>`,
    )
    .join("");
  const meta = [article.publisher ? escapeHtml(article.publisher) : null, article.publishedAt ? `Published ${reportDate(article.publishedAt)}` : null, article.sourceUrl ? link(article.sourceUrl, "Original article") : null]
    .filter(Boolean)
    .join(" · ");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Verdict report: ${escapeHtml(article.title)}</title>
<style>
body{font:16px/1.55 Georgia,"Times New Roman",serif;color:#0f172a;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font:600 1.7rem/1.25 system-ui,sans-serif;margin:0 0 .4rem}h2,h3,h4{font-family:system-ui,sans-serif}
h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem}h4{font-size:.9rem;margin:.8rem 0 .3rem}
.muted{color:#475569;font-size:.9rem}table{width:100%;border-collapse:collapse;font:14px/1.4 system-ui,sans-serif}
th,td{border-bottom:1px solid #e2e8f0;padding:.4rem;text-align:left;vertical-align:top}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:3px solid #cbd5e1;color:#334155}
blockquote.claim{border-color:#d97706;color:#0f172a}.label{background:#eef2ff;color:#3730a3;border-radius:4px;padding:0 .35rem}
.stage{color:#475569;font-weight:400;font-size:.85rem}.entry{break-inside:avoid;border-top:1px solid #e2e8f0;padding-top:.6rem}
.stance{font:600 .75rem system-ui,sans-serif;text-transform:uppercase}.stance-refutes{color:#b91c1c}.stance-supports{color:#047857}.stance-context{color:#0369a1}
a{color:#4338ca}@media print{body{margin:0;max-width:none}a{color:inherit}}
</style>
${items.length ? `<script type="application/ld+json">${serializeJsonLd(items)}</script>` : ""}
</head>
<body>
<header>
<p class="muted">${escapeHtml(report.team.name)} · Verdict report · ${reportDate(report.generatedAt)}</p>
<h1>${escapeHtml(article.title)}</h1>
${meta ? `<p class="muted">${meta}</p>` : ""}
</header>
<h2>Summary</h2>
${report.entries.length ? `<table><thead><tr><th>Claim</th><th>Speaker</th><th>Verdict</th><th>Stage</th></tr></thead><tbody>${summary}</tbody></table>` : `<p class="muted">No checked claims${report.include === "published" ? " published yet" : " yet"}.</p>`}
<h2>Fact-checks</h2>
${report.entries.map(entrySection).join("\n")}
</body>
</html>
`;
}
