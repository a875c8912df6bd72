/** Plain rows of the workshops capability, as its repositories return them (docs/decisions/001). */

export type RegistrationStatus = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
export type WorkshopFormat = 'IN_PERSON' | 'ONLINE' | 'HYBRID';
export type WorkshopEligibility = 'ANY_GRADUATE' | 'CERTIFICATE_VALID' | 'RENEWAL';

/** A user named on a workshop. */
export interface PersonRow {
  id: string;
  displayName: string;
}

/** A registered graduate. */
export interface ParticipantRow {
  id: string;
  displayName: string;
  prefectureCode: string | null;
  domainCodes: string[];
}

export interface RegistrationRow {
  participant: ParticipantRow;
  status: RegistrationStatus;
  /** Order of (re-)registration within the workshop; the waitlist is served in this order. */
  seq: number;
  waitlistPosition: number | null;
  registeredAt: string;
  cancelledAt: string | null;
  peerConsent: boolean;
  attended: boolean;
  groupNumber: number | null;
  /** Roster order key (0 confirmed, 1 waitlisted, 2 cancelled), set by roster reads. */
  rank?: number;
}

export interface GroupRow {
  id: string;
  number: number;
  facilitator: PersonRow | null;
  members: ParticipantRow[];
}

export interface WorkshopRow {
  id: string;
  title: string;
  description: string;
  themeCodes: string[];
  format: WorkshopFormat;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  onlineUrl: string | null;
  prefectureCode: string | null;
  capacity: number;
  registrationOpensAt: string;
  registrationClosesAt: string;
  eligibility: WorkshopEligibility;
  attendanceRecordedAt: string | null;
  confirmedCount: number;
  waitlistCount: number;
  organizers: PersonRow[];
  facilitators: PersonRow[];
  facilitatorEmails: string[];
  viewerIsOrganizer: boolean;
  viewerIsFacilitator: boolean;
  myRegistration: RegistrationRow | null;
  groups: GroupRow[];
}

/** True while registration is open at `now`. */
export function registrationOpen(w: WorkshopRow, now = new Date()): boolean {
  const t = now.getTime();
  return (
    Date.parse(w.registrationOpensAt) <= t &&
    t < Date.parse(w.registrationClosesAt) &&
    t < Date.parse(w.startsAt)
  );
}

/** Organizers and facilitators see the roster and all groups. */
export const runsWorkshop = (w: WorkshopRow) => w.viewerIsOrganizer || w.viewerIsFacilitator;
