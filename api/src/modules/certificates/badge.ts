import { decodeProtectedHeader, importJWK, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { BadgeKey, BadgeKeys } from './keys.js';

/** What a badge states; the status (valid, expired, revoked) is looked up when it is verified. */
export interface BadgeSubject {
  certificateId: string;
  kind: 'PROGRAM' | 'RENEWAL' | 'EXPERT';
  holderName: string;
  validFrom: string;
  expiresOn: string | null;
}

const ACHIEVEMENTS: Record<BadgeSubject['kind'], { name: string; description: string }> = {
  PROGRAM: {
    name: '外国人支援コーディネーター認定 / Certified Support Coordinator for Foreign Nationals',
    description: '養成研修を修了し認定された外国人支援コーディネーター（3年間有効）。',
  },
  RENEWAL: {
    name: '外国人支援コーディネーター認定（更新） / Certified Support Coordinator (renewed)',
    description:
      '有効期間の最終年に更新研修を修了し、認定が更新された外国人支援コーディネーター（3年間有効）。',
  },
  EXPERT: {
    name: '外国人支援コーディネーター（エキスパート） / Expert Support Coordinator',
    description:
      '3年以上の実務経験と指導者研修の修了により、エキスパートの称号を付与された外国人支援コーディネーター。',
  },
};

/** The public page that shows a badge's current status. */
export function verifyUrl(portalUrl: string, certificateId: string): string {
  return `${portalUrl.replace(/\/$/, '')}/verify/${encodeURIComponent(certificateId)}`;
}

/** An Open Badges 3.0 OpenBadgeCredential (W3C VC Data Model 2.0) for one certificate. */
export function badgeCredential(subject: BadgeSubject, portalUrl: string): Record<string, unknown> {
  const base = portalUrl.replace(/\/$/, '');
  const achievement = ACHIEVEMENTS[subject.kind];
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: verifyUrl(portalUrl, subject.certificateId),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: `${base}/verify`, type: ['Profile'], name: 'つなぐ / Tsunagu (ISA)' },
    name: achievement.name,
    validFrom: `${subject.validFrom}T00:00:00+09:00`,
    ...(subject.expiresOn ? { validUntil: `${subject.expiresOn}T23:59:59+09:00` } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      name: subject.holderName,
      achievement: {
        id: `${base}/verify/achievements/${subject.kind.toLowerCase()}`,
        type: ['Achievement'],
        achievementType: subject.kind === 'EXPERT' ? 'Certification' : 'License',
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.description },
      },
    },
  };
}

/**
 * Signs the credential as a VC-JWT (Open Badges 3.0 §8.2: the payload is the credential itself, plus the
 * registered claims iss, jti, nbf and exp) with the deployment's current Ed25519 key (alg EdDSA).
 */
export async function signBadge(credential: Record<string, unknown>, keys: BadgeKeys): Promise<string> {
  const key = await importJWK({ ...keys.current.privateJwk, alg: 'EdDSA' }, 'EdDSA');
  const issuer = credential.issuer as { id: string };
  const nbf = Math.floor(Date.parse(String(credential.validFrom)) / 1000);
  const jwt = new SignJWT(credential as JWTPayload)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: keys.current.kid })
    .setIssuer(issuer.id)
    .setJti(String(credential.id))
    .setNotBefore(nbf);
  return jwt.sign(key);
}

export type BadgeCheckResult =
  | { valid: true; credential: Record<string, unknown>; certificateId: string }
  | { valid: false; reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' };

/**
 * Checks a VC-JWT against the deployment's keys (current and retired, chosen by kid; a key in the token
 * header itself is never trusted). Dates are not judged here: the verification page reports expiry and
 * revocation from the certificate record, so an expired badge still shows as "expired", not as invalid.
 */
export async function checkBadge(token: string, keys: BadgeKeys): Promise<BadgeCheckResult> {
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(token.trim());
    if (header.alg !== 'EdDSA') return { valid: false, reason: 'MALFORMED' };
    kid = header.kid;
  } catch {
    return { valid: false, reason: 'MALFORMED' };
  }
  const known: BadgeKey | undefined = [keys.current, ...keys.retired].find((k) => k.kid === kid);
  if (!known) return { valid: false, reason: 'UNKNOWN_KEY' };
  try {
    const key = await importJWK({ ...known.publicJwk, alg: 'EdDSA' }, 'EdDSA');
    const { payload } = await jwtVerify(token.trim(), key, {
      algorithms: ['EdDSA'],
      // Expiry is reported, not refused (see above); nbf only guards against a clock far behind.
      currentDate: new Date(8_640_000_000_000_000),
    });
    const id = typeof payload.jti === 'string' ? payload.jti : '';
    const certificateId = decodeURIComponent(id.split('/verify/')[1] ?? '');
    if (!certificateId) return { valid: false, reason: 'MALFORMED' };
    return { valid: true, credential: payload as Record<string, unknown>, certificateId };
  } catch {
    return { valid: false, reason: 'BAD_SIGNATURE' };
  }
}
