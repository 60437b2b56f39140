import MarkdownIt from "markdown-it";

// Raw HTML stays text (html: false) and images are off, so a rationale cannot load or run anything;
// links may only point to the web or an email address.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
markdown.disable("image");
markdown.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());

const renderToken = markdown.renderer.renderToken.bind(markdown.renderer);
markdown.renderer.rules.link_open = (tokens, index, options) => {
  const token = tokens[index]!;
  token.attrSet("rel", "noopener noreferrer nofollow");
  if (!/^mailto:/i.test(String(token.attrGet("href") ?? ""))) token.attrSet("target", "_blank");
  return renderToken(tokens, index, options);
};

// A rationale sits under the page's own headings: its "# Heading" becomes an h4, never a second h1.
const demoteHeading: NonNullable<typeof markdown.renderer.rules.heading_open> = (tokens, index, options) => {
  const token = tokens[index]!;
  token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 3)}`;
  return renderToken(tokens, index, options);
};
markdown.renderer.rules.heading_open = demoteHeading;
markdown.renderer.rules.heading_close = demoteHeading;

/** A verdict rationale, Markdown to HTML that is safe to insert as is. */
export function renderRationale(source: string): string {
  return markdown.render(source);
}

/** Typography for rendered rationales (there is no typography plugin): spacing, lists, links, quotes, code. */
export const rationaleClass =
  "text-sm leading-6 text-slate-800 break-words [&_p]:my-2 [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-5 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:my-0.5 " +
  "[&_a]:text-accent-700 [&_a]:underline [&_a:hover]:text-accent-600 [&_strong]:font-semibold [&_em]:italic " +
  "[&_blockquote]:my-2 [&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-700 " +
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[0.85em] [&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 " +
  "[&_h4]:mt-3 [&_h4]:font-semibold [&_h5]:mt-3 [&_h5]:font-semibold [&_h6]:mt-3 [&_h6]:font-semibold [&_hr]:my-3 [&_hr]:border-slate-200 " +
  "[&_table]:my-2 [&_table]:block [&_table]:overflow-x-auto [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_th]:border [&_th]:border-slate-200 [&_th]:px-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0";
