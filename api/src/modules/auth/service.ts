import {
  BadUserInputError,
  ForbiddenError,
  TooManyAttemptsError,
  UnauthenticatedError,
} from '../../errors.js';
import { lockSecondsAfter, remainingLockSeconds } from './lockout.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import type { AuthRepository, SessionViewer } from './repository.js';
import { hashSessionToken, newSessionToken } from './tokens.js';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WRONG_CREDENTIALS = 'The e-mail address or password is wrong.';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface SignInResult {
  sessionToken: string;
  viewer: SessionViewer;
}

/**
 * Email + password sign-in with lock-out: a locked account is refused before the password is
 * checked, a wrong password counts a failure (locking after FREE_ATTEMPTS), a right one resets
 * the count and opens a session. Unknown e-mails cost the same time as known ones.
 */
export async function signIn(
  repo: AuthRepository,
  input: { email: string; password: string },
  ttlHours: number,
  now = new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  if (!EMAIL_PATTERN.test(email) || email.length > 254) {
    throw new BadUserInputError('email', 'Enter a valid e-mail address.');
  }
  if (input.password.length === 0 || input.password.length > 1024) {
    throw new BadUserInputError('password', 'Enter your password.');
  }
  const user = await repo.findSignInCandidate(email);
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  const locked = remainingLockSeconds(user.lockedUntil, now);
  if (locked > 0) throw new TooManyAttemptsError(locked);

  if (!user.passwordHash) {
    await burnPasswordCheck(input.password);
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = await repo.recordFailedSignIn(user.id, lockSecondsAfter);
    const lockSeconds = lockSecondsAfter(failures);
    if (lockSeconds > 0) throw new TooManyAttemptsError(lockSeconds);
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  // Said only to someone who knows the password, so it tells nobody else that the address exists.
  if (user.deactivated) {
    const error = new ForbiddenError('This account has been deactivated.');
    error.extensions.reason = 'ACCOUNT_DEACTIVATED';
    throw error;
  }
  const sessionToken = newSessionToken();
  const viewer = await repo.openSession(user.id, hashSessionToken(sessionToken), ttlHours);
  return { sessionToken, viewer };
}
