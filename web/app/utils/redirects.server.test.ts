import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './redirects.server';

describe('safeRedirectPath', () => {
  it.each(['/', '/directory', '/directory?after=abc&prefecture=13', '/a#b'])(
    'keeps same-site path %s',
    (path) => {
      expect(safeRedirectPath(path)).toBe(path);
    },
  );

  it.each([
    null,
    undefined,
    '',
    'directory',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/\t/evil.example',
  ])('falls back to / for %s', (target) => {
    expect(safeRedirectPath(target)).toBe('/');
  });
});
