import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';

/** RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30-second steps. */
const PERIOD = 30;
const ISSUER = 'Tsunagu';
export const RECOVERY_CODE_COUNT = 10;
/** A sign-in that passed the password has this long, and this many tries, for its second step. */
export const CHALLENGE_TTL_MINUTES = 5;
export const CHALLENGE_ATTEMPTS = 5;

function totp(secret: string, label = ''): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function otpauthUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/**
 * The time step a 6-digit code belongs to (one step either side of now is accepted for clock drift), or null.
 * Callers refuse a step at or before the last one used, so a code works once.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const t = totp(secret);
  const delta = t.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return t.counter({ timestamp: now }) + delta;
}

/** A code for tests and the demo (never used by the sign-in path itself). */
export function totpCodeAt(secret: string, timestamp = Date.now()): string {
  return totp(secret).generate({ timestamp });
}

/** Ten recovery codes "xxxx-xxxx" (40 random bits each, base32 without look-alike letters). */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(8);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
  });
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(`recovery:${normalizeRecoveryCode(code)}`)
    .digest('hex');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{8}$/.test(normalizeRecoveryCode(code));
}
