import type { SessionViewer } from '../auth/repository.js';

/** What a partner query needs to know about the viewer to filter inside Cypher. */
export interface ViewerScope {
  userId: string;
  coordinatorId: string | null;
  isAdmin: boolean;
  /** Roles that may read the graduate directory also see coordinators' display names around partners. */
  seesPeople: boolean;
}

export function scopeOf(viewer: SessionViewer): ViewerScope {
  return {
    userId: viewer.id,
    coordinatorId: viewer.coordinatorId,
    isAdmin: viewer.role === 'ISA_ADMIN',
    seesPeople: viewer.role !== 'LOCAL_GOV',
  };
}

/** The Cypher parameters every partner projection reads. */
export function scopeParams(scope: ViewerScope) {
  return {
    viewerUserId: scope.userId,
    viewerCoordinatorId: scope.coordinatorId,
    viewerIsAdmin: scope.isAdmin,
    viewerSeesPeople: scope.seesPeople,
  };
}
