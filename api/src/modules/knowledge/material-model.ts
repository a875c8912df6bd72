/** Plain rows of case materials and their access log (docs/workshops.md). */
import type { PersonRow } from '../workshops/model.js';
import type { FlagRow } from '../workshops/anonymization.js';

export type MaterialStatus = 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** The five guided sections of a case material, in form order. */
export const MATERIAL_SECTIONS = ['background', 'problem', 'response', 'outcome', 'lessons'] as const;
export type MaterialSection = (typeof MATERIAL_SECTIONS)[number];

export interface MaterialSummaryRow {
  id: string;
  title: string;
  status: MaterialStatus;
  author: PersonRow;
  submittedAt: string;
  mine: boolean;
}

export interface MaterialRow extends MaterialSummaryRow, Record<MaterialSection, string> {
  workshopId: string;
  workshopTitle: string;
  reviewComment: string | null;
  reviewedAt: string | null;
  confirmedFlags: FlagRow[];
  viewerCanReview: boolean;
  reviewers: 'FACILITATORS' | 'ORGANIZERS';
}

export interface MaterialAccessRow {
  id: string;
  at: string;
  reader: PersonRow;
  readerRole: 'COORDINATOR' | 'ISA_ADMIN' | 'WORKSHOP_ORGANIZER' | 'LOCAL_GOV';
  materialId: string;
  materialTitle: string;
  granted: boolean;
}
