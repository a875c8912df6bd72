import { describe, expect, it } from 'vitest';
import { jstLocalToInstant, toJstLocalInput } from './format';

describe('JST date-time inputs', () => {
  it('turns a datetime-local value into an instant with +09:00', () => {
    expect(jstLocalToInstant('2026-12-01T09:00')).toBe('2026-12-01T09:00:00+09:00');
    expect(new Date(jstLocalToInstant('2026-12-01T09:00')!).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(jstLocalToInstant('')).toBeNull();
    expect(jstLocalToInstant('2026-13-01T09:00')).toBeNull();
  });

  it('shows an instant as JST wall-clock time', () => {
    expect(toJstLocalInput('2026-12-01T00:00:00.000Z')).toBe('2026-12-01T09:00');
    expect(toJstLocalInput(null)).toBe('');
  });
});
