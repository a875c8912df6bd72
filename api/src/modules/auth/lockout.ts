/** After this many consecutive failures the account locks; each further failure doubles the lock. */
export const FREE_ATTEMPTS = 5;
const BASE_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 60 * 60;

/** Seconds the account stays locked after `failures` consecutive failed sign-ins (0 = not locked). */
export function lockSecondsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_SECONDS);
}

/** Remaining lock in whole seconds at `now`, or 0. */
export function remainingLockSeconds(lockedUntil: string | null, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
}
