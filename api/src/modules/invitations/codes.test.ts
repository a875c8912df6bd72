import { describe, expect, it } from 'vitest';
import { hashInvitationCode, looksLikeInvitationCode, newInvitationCode } from './codes.js';

describe('invitation codes', () => {
  it('are random, well-formed and hashed independently of typing', () => {
    const a = newInvitationCode();
    expect(a).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(newInvitationCode()).not.toBe(a);
    expect(looksLikeInvitationCode(a.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(hashInvitationCode(a.toLowerCase())).toBe(hashInvitationCode(a));
    expect(looksLikeInvitationCode('not-a-code')).toBe(false);
  });
});
