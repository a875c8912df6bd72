import DataLoader from 'dataloader';
import type { Access } from '../auth/access.js';
import type { PartnerDetailRow } from './partner-projection.js';
import type { DirectoryRepository, PartnerRow } from './repository.js';
import { scopeOf } from './viewer-scope.js';

/**
 * Per-request loaders: nested partner references (memberOf, referral.partner) and detail lists
 * asked for on list items resolve in one batched statement each, filtered for the viewer.
 */
export function createDirectoryLoaders(repo: DirectoryRepository, access: Access) {
  const scope = async () => scopeOf(await access.requireViewer());
  return {
    partnerById: new DataLoader<string, PartnerRow | null>(async (ids) =>
      repo.partnersByIds(ids, await scope()),
    ),
    partnerDetailById: new DataLoader<string, PartnerDetailRow>(async (ids) =>
      repo.detailsByIds(ids, await scope()),
    ),
  };
}

export type DirectoryLoaders = ReturnType<typeof createDirectoryLoaders>;
