import { describe, expect, it } from 'vitest';
import { renderNoticeMarkdown } from './markdown.js';

describe('notice Markdown', () => {
  it('keeps no image from another origin, only its alternative text', () => {
    for (const src of [
      'https://tracker.example/pixel.gif',
      'http://tracker.example/p.png',
      '//tracker.example/p.png',
      'data:image/png;base64,AAAA',
    ]) {
      const html = renderNoticeMarkdown(`お知らせ ![開封確認](${src} "title")`);
      expect(html, src).not.toContain('<img');
      expect(html, src).not.toContain('tracker.example');
      expect(html).toContain('開封確認');
    }
    const reference = renderNoticeMarkdown('![図][p]\n\n[p]: https://tracker.example/p.gif');
    expect(reference).not.toContain('<img');
  });

  it('keeps images the portal serves and escapes what it keeps', () => {
    expect(renderNoticeMarkdown('![地図](/images/map.png)')).toContain(
      '<img src="/images/map.png" alt="地図" />',
    );
    expect(renderNoticeMarkdown('<img src="https://x.example/a.gif">')).not.toContain('<img');
    expect(renderNoticeMarkdown('[手続き](https://www.moj.go.jp/isa/)')).toContain(
      '<a rel="noopener noreferrer nofollow" href="https://www.moj.go.jp/isa/">',
    );
  });
});
