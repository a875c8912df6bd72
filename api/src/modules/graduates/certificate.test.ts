import { describe, expect, it } from 'vitest';
import {
  addMonths,
  certificateStatus,
  defaultExpiry,
  dueReminder,
  finalYearStart,
  fullYearsBetween,
  japanToday,
  parseIsoDate,
  reminderDueOn,
  renewalDue,
  renewalValidFrom,
} from './certificate.js';

describe('certificate dates', () => {
  it('parses real dates only', () => {
    expect(parseIsoDate('2024/4/1')).toBe('2024-04-01');
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('R6.4.1')).toBeNull();
  });
  it('expires the day before the third anniversary', () => {
    expect(defaultExpiry('2024-04-01')).toBe('2027-03-31');
    expect(defaultExpiry('2024-01-01')).toBe('2026-12-31');
  });
  it('counts a leap-day start to 28 February (the anniversary is 1 March in a common year)', () => {
    expect(defaultExpiry('2024-02-29')).toBe('2027-02-28');
    expect(defaultExpiry('2025-03-01')).toBe('2028-02-29');
  });
  it('opens the final year one year before the end, also around leap days', () => {
    expect(finalYearStart('2027-03-31')).toBe('2026-04-01');
    expect(finalYearStart('2028-02-29')).toBe('2027-03-01');
    expect(finalYearStart('2027-02-28')).toBe('2026-03-01');
    expect(renewalDue('2027-03-31', '2026-03-31')).toBe(false);
    expect(renewalDue('2027-03-31', '2026-04-01')).toBe(true);
    expect(renewalDue('2027-03-31', '2027-03-31')).toBe(true);
    expect(renewalDue('2027-03-31', '2028-01-01')).toBe(true); // expired: still due
    expect(renewalDue(null, '2026-04-01')).toBe(false);
  });
  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
  it('reminds at 12, 6, 3 and 1 months, the most urgent reached threshold only, never after expiry', () => {
    expect(reminderDueOn('2027-03-31', 6)).toBe('2026-10-01');
    expect(dueReminder('2027-03-31', '2026-03-31')).toBeNull();
    expect(dueReminder('2027-03-31', '2026-04-01')).toBe(12);
    expect(dueReminder('2027-03-31', '2026-09-30')).toBe(12);
    expect(dueReminder('2027-03-31', '2026-10-01')).toBe(6);
    expect(dueReminder('2027-03-31', '2026-11-01')).toBe(6); // five months left: the 6-month reminder
    expect(dueReminder('2027-03-31', '2027-01-01')).toBe(3);
    expect(dueReminder('2027-03-31', '2027-03-01')).toBe(1);
    expect(dueReminder('2027-03-31', '2027-03-31')).toBe(1);
    expect(dueReminder('2027-03-31', '2027-04-01')).toBeNull();
  });
  it('starts a renewal after the old expiry, or on the issue date once expired', () => {
    expect(renewalValidFrom('2027-03-31', '2026-12-10')).toBe('2027-04-01');
    expect(renewalValidFrom('2026-03-31', '2026-12-10')).toBe('2026-12-10');
    expect(renewalValidFrom(null, '2026-12-10')).toBe('2026-12-10');
    expect(defaultExpiry(renewalValidFrom('2027-03-31', '2026-12-10'))).toBe('2030-03-31');
  });
  it('counts whole years of practice', () => {
    expect(fullYearsBetween('2023-04-01', '2026-03-31')).toBe(2);
    expect(fullYearsBetween('2023-04-01', '2026-04-01')).toBe(3);
    expect(fullYearsBetween('2024-02-29', '2027-02-28')).toBe(2);
    expect(fullYearsBetween('2024-02-29', '2027-03-01')).toBe(3);
  });
  it('is expiring soon within 90 days and expired after the date', () => {
    expect(certificateStatus('2027-03-31', '2026-11-01')).toBe('VALID');
    expect(certificateStatus('2027-01-15', '2026-11-01')).toBe('EXPIRING_SOON');
    expect(certificateStatus('2026-10-31', '2026-11-01')).toBe('EXPIRED');
    expect(certificateStatus(null, '2026-11-01')).toBeNull();
  });
  it("uses Japan's date: 15:00 UTC is already the next day in Tokyo", () => {
    expect(japanToday(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(japanToday(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});
