import { micromark } from 'micromark';

/**
 * Renders notice Markdown to HTML that is safe to insert: micromark escapes raw HTML and drops
 * unsafe link protocols (javascript:, data:, …) by default; links also open without an opener.
 */
export function renderNoticeMarkdown(markdown: string): string {
  const html = micromark(markdown, { allowDangerousHtml: false, allowDangerousProtocol: false });
  return html.replace(/<a href="/g, '<a rel="noopener noreferrer nofollow" href="');
}
