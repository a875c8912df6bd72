import { micromark } from 'micromark';

/** micromark's image markup: `<img src="…" alt="…" />`, with an optional title; attribute values arrive escaped. */
const IMAGE = /<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")? \/>/g;

/**
 * Only images the portal serves itself (a path on this origin; micromark percent-encodes a backslash, so `/\host`
 * stays a path); anything else could track who read a notice.
 */
function isPortalImage(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//');
}

/**
 * Renders notice Markdown to HTML that is safe to insert: micromark escapes raw HTML and drops
 * unsafe link protocols (javascript:, data:, …) by default; links also open without an opener; an image from
 * another origin is replaced by its alternative text.
 */
export function renderNoticeMarkdown(markdown: string): string {
  const html = micromark(markdown, { allowDangerousHtml: false, allowDangerousProtocol: false });
  return html
    .replace(/<a href="/g, '<a rel="noopener noreferrer nofollow" href="')
    .replace(IMAGE, (image, src: string, alt: string) => (isPortalImage(src) ? image : alt));
}
