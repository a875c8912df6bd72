/**
 * React 18.3's stream writer pads its 2,048-byte buffer with NUL bytes when a multi-byte character
 * (most Japanese text) does not fit at the end of it, so some pages reached the browser with U+FFFD
 * inside labels. entry.server renders the document whole and passes it through here: NUL bytes never
 * belong in HTML.
 */
export function withoutNulBytes(html: Buffer): Buffer {
  return html.includes(0) ? Buffer.from(html.filter((byte) => byte !== 0)) : html;
}
