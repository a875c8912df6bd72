import { createHash, randomBytes } from 'node:crypto';

/** A reset link lives 30 minutes; a new staff account's first set-password link 72 hours. */
export const RESET_TOKEN_TTL_MINUTES = 30;
export const SETUP_TOKEN_TTL_MINUTES = 72 * 60;
/** At most this many reset links are issued per account per hour; further requests are answered but not mailed. */
export const RESET_LINKS_PER_HOUR = 3;

export type PasswordTokenPurpose = 'RESET' | 'SETUP';

/** 256 random bits, base64url; only the SHA-256 is stored. */
export function newPasswordToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashPasswordToken(token: string): string {
  return createHash('sha256').update(`password-token:${token}`).digest('hex');
}

export function looksLikePasswordToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function passwordLink(portalUrl: string, token: string): string {
  return `${portalUrl.replace(/\/$/, '')}/reset-password?token=${encodeURIComponent(token)}`;
}
