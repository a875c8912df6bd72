import { createHash, randomBytes } from 'node:crypto';

/** A new opaque session token (256 random bits); only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Cheap shape check so forged garbage never reaches the database. */
export function looksLikeSessionToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
