import { describe, expect, it } from 'vitest';
import { certificateStatus, defaultExpiry, parseIsoDate } from './certificate.js';

describe('certificate dates', () => {
  it('parses real dates only', () => {
    expect(parseIsoDate('2024/4/1')).toBe('2024-04-01');
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(parseIsoDate('R6.4.1')).toBeNull();
  });
  it('expires three years after issue', () => {
    expect(defaultExpiry('2024-04-01')).toBe('2027-03-31');
  });
  it('is expiring soon within 90 days and expired after the date', () => {
    expect(certificateStatus('2027-03-31', '2026-11-01')).toBe('VALID');
    expect(certificateStatus('2027-01-15', '2026-11-01')).toBe('EXPIRING_SOON');
    expect(certificateStatus('2026-10-31', '2026-11-01')).toBe('EXPIRED');
    expect(certificateStatus(null, '2026-11-01')).toBeNull();
  });
});
