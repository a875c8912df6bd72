import type { WorkshopPageQuery, WorkshopRunPanelQuery } from '~/generated/graphql';

/** The workshop as the workshop page loads it for everyone. */
export type WorkshopPageData = NonNullable<WorkshopPageQuery['workshop']>;
/** Roster and groups, loaded only for the workshop's organizers and facilitators. */
export type RunPanelData = NonNullable<WorkshopRunPanelQuery['workshop']>;
