import DataLoader from 'dataloader';
import type { Access } from '../auth/access.js';
import type { IntroductionRow, SearchRepository } from './repository.js';

/** Roles that may see coordinators' names (the graduate directory rule); LOCAL_GOV may not. */
export const INTRODUCTION_ROLES = ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;

/** Per request: the introductions of a whole result page in one statement. */
export function createSearchLoaders(repo: SearchRepository, access: Access) {
  return {
    introductionByPartner: new DataLoader<string, IntroductionRow | null>(async (ids) => {
      const viewer = await access.viewer();
      const allowed = viewer && (INTRODUCTION_ROLES as readonly string[]).includes(viewer.role);
      if (!allowed || !viewer.coordinatorId) return ids.map(() => null);
      return repo.introductions(viewer.coordinatorId, ids);
    }),
  };
}

export type SearchLoaders = ReturnType<typeof createSearchLoaders>;
