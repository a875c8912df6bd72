import DataLoader from 'dataloader';
import type { DirectoryRepository, PartnerRow } from './repository.js';

/** Per-request loaders: nested partner references in one page resolve in one batched statement. */
export function createDirectoryLoaders(repo: DirectoryRepository) {
  return {
    partnerById: new DataLoader<string, PartnerRow | null>((ids) => repo.partnersByIds(ids)),
  };
}

export type DirectoryLoaders = ReturnType<typeof createDirectoryLoaders>;
