import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateKeyPairSync, randomUUID, type JsonWebKey } from 'node:crypto';
import type { ApiConfig } from '../../config.js';

export interface BadgeKey {
  kid: string;
  /** Ed25519 public key as a JWK (kty OKP, crv Ed25519). */
  publicJwk: JsonWebKey;
}

export interface BadgeKeys {
  current: BadgeKey & { privateJwk: JsonWebKey };
  /** Keys retired by rotation; badges they signed still verify. */
  retired: BadgeKey[];
}

interface KeyFile {
  current: { kid: string; privateJwk: JsonWebKey; publicJwk: JsonWebKey; createdAt: string };
  retired: (BadgeKey & { retiredAt: string })[];
}

function newKey(): KeyFile['current'] {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    kid: `badge-${randomUUID()}`,
    privateJwk: privateKey.export({ format: 'jwk' }),
    publicJwk: publicKey.export({ format: 'jwk' }),
    createdAt: new Date().toISOString(),
  };
}

function writeKeyFile(file: string, data: KeyFile): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2), { mode: 0o600 });
  renameSync(tmp, file);
}

function readKeyFile(file: string): KeyFile {
  if (!existsSync(file)) {
    // Exclusive create, so two processes starting at once keep the same key.
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, JSON.stringify({ current: newKey(), retired: [] }, null, 2), {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
}

/** A new current key; the old one is kept (public part only) for verifying. */
export function rotateBadgeKeyFile(file: string): string {
  const data = readKeyFile(file);
  const { kid, publicJwk } = data.current;
  const next: KeyFile = {
    current: newKey(),
    retired: [{ kid, publicJwk, retiredAt: new Date().toISOString() }, ...data.retired],
  };
  writeKeyFile(file, next);
  return next.current.kid;
}

function publicOf(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
}

/** The deployment's badge keys: from the environment when BADGE_SIGNING_KEY is set, else the key file. */
export function loadBadgeKeys(
  config: Pick<ApiConfig, 'BADGE_KEY_FILE' | 'BADGE_SIGNING_KEY' | 'BADGE_VERIFY_KEYS'>,
): BadgeKeys {
  const extra: BadgeKey[] = config.BADGE_VERIFY_KEYS
    ? (JSON.parse(config.BADGE_VERIFY_KEYS) as (JsonWebKey & { kid: string })[]).map((k) => ({
        kid: k.kid,
        publicJwk: publicOf(k),
      }))
    : [];
  if (config.BADGE_SIGNING_KEY) {
    const jwk = JSON.parse(config.BADGE_SIGNING_KEY) as JsonWebKey & { kid?: string };
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.d || !jwk.kid) {
      throw new Error('BADGE_SIGNING_KEY must be an Ed25519 private JWK with a kid');
    }
    return { current: { kid: jwk.kid, privateJwk: jwk, publicJwk: publicOf(jwk) }, retired: extra };
  }
  const file = readKeyFile(config.BADGE_KEY_FILE);
  return {
    current: {
      kid: file.current.kid,
      privateJwk: file.current.privateJwk,
      publicJwk: file.current.publicJwk,
    },
    retired: [...file.retired.map(({ kid, publicJwk }) => ({ kid, publicJwk })), ...extra],
  };
}
