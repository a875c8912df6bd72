/** Roles that may open the graduate directory and profiles (the API enforces the same). */
export const GRADUATE_READERS = ['COORDINATOR', 'ISA_ADMIN', 'WORKSHOP_ORGANIZER'] as const;
