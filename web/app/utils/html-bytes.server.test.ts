import { describe, expect, it } from 'vitest';
import { withoutNulBytes } from './html-bytes.server';

describe('withoutNulBytes', () => {
  it('drops the NUL padding React 18.3 leaves where a multi-byte character meets its 2,048-byte buffer end', () => {
    const padded = Buffer.concat([
      Buffer.from('<nav aria-label="メ'),
      Buffer.from([0, 0]),
      Buffer.from('インメニュー">'),
    ]);
    expect(Buffer.from(withoutNulBytes(padded)).toString('utf8')).toBe('<nav aria-label="メインメニュー">');
  });

  it('returns clean documents unchanged', () => {
    const html = Buffer.from('<p>つなぐ</p>');
    expect(withoutNulBytes(html)).toBe(html);
  });
});
