import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, lockSecondsAfter, remainingLockSeconds } from './lockout.js';

describe('lock-out policy', () => {
  it('allows the free attempts, then locks for a doubling time capped at an hour', () => {
    expect(lockSecondsAfter(FREE_ATTEMPTS - 1)).toBe(0);
    expect(lockSecondsAfter(FREE_ATTEMPTS)).toBe(60);
    expect(lockSecondsAfter(FREE_ATTEMPTS + 1)).toBe(120);
    expect(lockSecondsAfter(FREE_ATTEMPTS + 30)).toBe(3600);
  });

  it('reports the remaining lock in whole seconds', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    expect(remainingLockSeconds(null, now)).toBe(0);
    expect(remainingLockSeconds('2026-04-01T00:00:30.200Z', now)).toBe(31);
    expect(remainingLockSeconds('2026-03-31T23:59:00Z', now)).toBe(0);
  });
});
