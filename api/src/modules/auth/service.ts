import {
  BadUserInputError,
  ForbiddenError,
  TooManyAttemptsError,
  UnauthenticatedError,
} from '../../errors.js';
import { lockSecondsAfter, remainingLockSeconds } from './lockout.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import type { AuthRepository, SessionViewer } from './repository.js';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './tokens.js';
import {
  CHALLENGE_ATTEMPTS,
  CHALLENGE_TTL_MINUTES,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  totpStep,
} from './two-step.js';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WRONG_CREDENTIALS = 'The e-mail address or password is wrong.';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type SignInResult =
  | { sessionToken: string; viewer: SessionViewer; secondFactorToken?: undefined }
  | { secondFactorToken: string; sessionToken?: undefined; viewer?: undefined };

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
  if (user.twoStepEnabled) {
    const secondFactorToken = newSessionToken();
    await repo.createChallenge(user.id, hashSessionToken(secondFactorToken), CHALLENGE_TTL_MINUTES);
    return { secondFactorToken };
  }
  const sessionToken = newSessionToken();
  const viewer = await repo.openSession(user.id, hashSessionToken(sessionToken), ttlHours);
  return { sessionToken, viewer };
}

function wrongSecondStep(): UnauthenticatedError {
  const error = new UnauthenticatedError('The code is wrong or has been used.');
  error.extensions.reason = 'SECOND_FACTOR_WRONG';
  return error;
}

/**
 * The second step of a sign-in: a TOTP code of a time step after the last one used, or an unused recovery code.
 * Each challenge allows CHALLENGE_ATTEMPTS tries within CHALLENGE_TTL_MINUTES; then the password is asked again.
 */
export async function completeSignIn(
  repo: AuthRepository,
  input: { secondFactorToken: string; code: string },
  ttlHours: number,
): Promise<{ sessionToken: string; viewer: SessionViewer }> {
  const expired = () => {
    const error = new UnauthenticatedError('Sign in again.');
    error.extensions.reason = 'CHALLENGE_EXPIRED';
    return error;
  };
  if (!looksLikeSessionToken(input.secondFactorToken)) throw expired();
  const code = input.code.trim();
  if (code.length === 0 || code.length > 20) throw new BadUserInputError('code', 'Enter the code.');
  const tokenHash = hashSessionToken(input.secondFactorToken);
  const state = await repo.challengeState(tokenHash, CHALLENGE_ATTEMPTS);
  if (!state) throw expired();
  const step = totpStep(state.secret, code);
  const recoveryHash =
    step === null && looksLikeRecoveryCode(code) && state.recoveryCodeHashes.includes(hashRecoveryCode(code))
      ? hashRecoveryCode(code)
      : null;
  if ((step === null || step <= state.lastStep) && !recoveryHash) {
    await repo.failChallenge(tokenHash, CHALLENGE_ATTEMPTS);
    throw wrongSecondStep();
  }
  if (!(await repo.passChallenge(tokenHash, recoveryHash ? null : step, recoveryHash)))
    throw wrongSecondStep();
  const sessionToken = newSessionToken();
  const viewer = await repo.openSession(state.userId, hashSessionToken(sessionToken), ttlHours);
  return { sessionToken, viewer };
}
