import { existsSync, statSync } from 'node:fs';
import type { ApiConfig } from '../../config.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { GraphQLContext } from '../../context.js';
import { finalYearStart, japanToday, parseIsoDate, renewalDue } from '../graduates/certificate.js';
import { badgeCredential, checkBadge, signBadge, verifyUrl } from './badge.js';
import { certificateListCsv } from './export.js';
import { loadBadgeKeys, type BadgeKeys } from './keys.js';
import {
  CertificateRepository,
  certificateState,
  currentCertificate,
  expertEligibility,
  type CertificationRow,
} from './repository.js';

let keyCache: { file: string; keys: BadgeKeys } | null = null;

/** The badge keys, read again when the key file changes (e.g. after `rotateBadgeKeyFile`). */
export function badgeKeys(config: ApiConfig): BadgeKeys {
  const stamp = existsSync(config.BADGE_KEY_FILE) ? statSync(config.BADGE_KEY_FILE).mtimeMs : 0;
  const file = `${config.BADGE_KEY_FILE}|${stamp}|${config.BADGE_SIGNING_KEY ?? ''}|${config.BADGE_VERIFY_KEYS ?? ''}`;
  if (keyCache?.file !== file) keyCache = { file, keys: loadBadgeKeys(config) };
  return keyCache.keys;
}

function repo(ctx: GraphQLContext): CertificateRepository {
  return new CertificateRepository(ctx.graph);
}

function reason(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length < 1 || trimmed.length > 500) {
    throw new BadUserInputError('reason', 'Give a reason of 1 to 500 characters.');
  }
  return trimmed;
}

async function certificationOf(ctx: GraphQLContext, coordinatorId: string): Promise<CertificationRow> {
  const row = await repo(ctx).record(coordinatorId);
  if (!row) throw new NotFoundError('Coordinator');
  return row;
}

async function isa(ctx: GraphQLContext) {
  const viewer = await ctx.access.requireRole('ISA_ADMIN');
  return { id: viewer.id, role: viewer.role };
}

export const certificateResolvers: Resolvers = {
  Query: {
    myCertification: async (_root, _args, ctx) => {
      const viewer = await ctx.access.requireViewer();
      if (!viewer.coordinatorId) return null;
      return certificationOf(ctx, viewer.coordinatorId);
    },
    certification: async (_root, { coordinatorId }, ctx) => {
      await isa(ctx);
      return certificationOf(ctx, coordinatorId);
    },
    badge: async (_root, { certificateId }, ctx) => {
      const viewer = await ctx.access.requireViewer();
      const found = await repo(ctx).certificate(certificateId);
      // Someone else's certificate reads as unknown, not as forbidden.
      if (!found || (viewer.role !== 'ISA_ADMIN' && viewer.coordinatorId !== found.coordinatorId)) {
        throw new NotFoundError('Certificate');
      }
      const k = found.certificate;
      const credential = badgeCredential(
        {
          certificateId: k.id,
          kind: k.kind,
          holderName: found.holderName,
          validFrom: k.validFrom,
          expiresOn: k.expiresOn,
        },
        ctx.config.PORTAL_URL,
      );
      return {
        certificate: { ...k, current: false, coordinatorId: found.coordinatorId },
        verifyUrl: verifyUrl(ctx.config.PORTAL_URL, k.id),
        jwt: await signBadge(credential, badgeKeys(ctx.config)),
        credentialJson: JSON.stringify(credential, null, 2),
        holderName: found.holderName,
      };
    },
    verifyCertificate: async (_root, { id }, ctx) => {
      const found = await repo(ctx).certificate(id);
      if (!found) return null;
      return {
        state: certificateState(found.certificate),
        holderName: found.holderName,
        kind: found.certificate.kind,
      };
    },
    verifyBadge: async (_root, { jwt }, ctx) => {
      if (jwt.length > 20_000) return { signatureValid: false, problem: 'MALFORMED', verification: null };
      const result = await checkBadge(jwt, badgeKeys(ctx.config));
      if (!result.valid) return { signatureValid: false, problem: result.reason, verification: null };
      const found = await repo(ctx).certificate(result.certificateId);
      if (!found) return { signatureValid: true, problem: 'UNKNOWN_CERTIFICATE', verification: null };
      return {
        signatureValid: true,
        problem: null,
        verification: {
          state: certificateState(found.certificate),
          holderName: found.holderName,
          kind: found.certificate.kind,
        },
      };
    },
    badgePublicKeys: (_root, _args, ctx) => {
      const keys = badgeKeys(ctx.config);
      return [{ ...keys.current, current: true }, ...keys.retired.map((k) => ({ ...k, current: false }))].map(
        (k) => ({
          kid: k.kid,
          kty: String(k.publicJwk.kty),
          crv: String(k.publicJwk.crv),
          x: String(k.publicJwk.x),
          current: k.current,
        }),
      );
    },
    certificateListCsv: async (_root, { filter }, ctx) => {
      const actor = await isa(ctx);
      const month = filter?.expiresInMonth ?? null;
      if (month !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
        throw new BadUserInputError('expiresInMonth', 'Use YYYY-MM.');
      }
      return certificateListCsv(ctx.graph, actor, { status: filter?.status ?? null, expiresInMonth: month });
    },
  },
  Mutation: {
    recordRenewal: async (_root, { input }, ctx) => {
      const actor = await isa(ctx);
      await repo(ctx).recordRenewal(actor, input.coordinatorId, input.workshopId);
      return { certification: await certificationOf(ctx, input.coordinatorId) };
    },
    revokeCertificate: async (_root, { input }, ctx) => {
      const actor = await isa(ctx);
      const why = reason(input.reason);
      const found = await repo(ctx).certificate(input.certificateId);
      if (!found) throw new NotFoundError('Certificate');
      await repo(ctx).revoke(actor, input.certificateId, why);
      return { certification: await certificationOf(ctx, found.coordinatorId) };
    },
    recordTrainerTraining: async (_root, { input }, ctx) => {
      const actor = await isa(ctx);
      const day = parseIsoDate(input.completedOn);
      if (!day || day > japanToday())
        throw new BadUserInputError('completedOn', 'Give a past date, YYYY-MM-DD.');
      await repo(ctx).recordTrainerTraining(actor, input.coordinatorId, day);
      return { certification: await certificationOf(ctx, input.coordinatorId) };
    },
    grantExpert: async (_root, { input }, ctx) => {
      const actor = await isa(ctx);
      const why = reason(input.reason);
      const row = await certificationOf(ctx, input.coordinatorId);
      if (!expertEligibility(row).eligible) {
        throw new BadUserInputError('coordinatorId', 'The graduate does not meet the expert criteria.');
      }
      await repo(ctx).grantExpert(actor, input.coordinatorId, why);
      return { certification: await certificationOf(ctx, input.coordinatorId) };
    },
    revokeExpert: async (_root, { input }, ctx) => {
      const actor = await isa(ctx);
      const why = reason(input.reason);
      const row = await certificationOf(ctx, input.coordinatorId);
      const title = row.history.find((k) => k.kind === 'EXPERT' && !k.revokedAt);
      if (!title) throw new BadUserInputError('coordinatorId', 'The graduate holds no expert title.');
      await repo(ctx).revoke(actor, title.id, why);
      return { certification: await certificationOf(ctx, input.coordinatorId) };
    },
    setBadgeName: async (_root, { name }, ctx) => {
      const viewer = await ctx.access.requireRole('COORDINATOR');
      if (!viewer.coordinatorId) throw new ForbiddenError();
      const trimmed = name?.trim() || null;
      if (trimmed && trimmed.length > 80) throw new BadUserInputError('name', 'At most 80 characters.');
      await repo(ctx).setBadgeName(viewer.coordinatorId, trimmed);
      return { certification: await certificationOf(ctx, viewer.coordinatorId) };
    },
  },
  Certification: {
    badgeName: (c) => c.badgeName ?? c.displayName,
    current: (c) => {
      const k = currentCertificate(c.history);
      return k ? { ...k, current: true, coordinatorId: c.coordinatorId } : null;
    },
    history: (c) => {
      const current = currentCertificate(c.history);
      return c.history.map((k) => ({ ...k, current: k.id === current?.id, coordinatorId: c.coordinatorId }));
    },
    renewalDue: (c) => renewalDue(currentCertificate(c.history)?.expiresOn ?? null),
    finalYearStartsOn: (c) => {
      const expires = currentCertificate(c.history)?.expiresOn;
      return expires ? finalYearStart(expires) : null;
    },
    expertEligibility: (c) => expertEligibility(c),
  },
  Certificate: {
    state: (k) => certificateState(k),
  },
};
