import { ForbiddenError, UnauthenticatedError } from '../../errors.js';
import type { AuthRepository, RoleName, SessionViewer } from './repository.js';
import { hashSessionToken, looksLikeSessionToken } from './tokens.js';

/**
 * Per-request access: the viewer is looked up lazily (so rejected operations never touch the
 * database) and at most once per request.
 */
export class Access {
  private viewerPromise?: Promise<SessionViewer | null>;

  constructor(
    private readonly repo: AuthRepository,
    private readonly bearerToken: string | null,
    /** ISA_ADMIN operations need two-step sign-in set up (REQUIRE_ADMIN_TWO_STEP). */
    private readonly adminTwoStepRequired = false,
  ) {}

  /** Whether this viewer must set up two-step sign-in before using its role. */
  twoStepRequiredFor(viewer: Pick<SessionViewer, 'role'>): boolean {
    return this.adminTwoStepRequired && viewer.role === 'ISA_ADMIN';
  }

  viewer(): Promise<SessionViewer | null> {
    this.viewerPromise ??= this.resolveViewer();
    return this.viewerPromise;
  }

  async requireViewer(): Promise<SessionViewer> {
    const viewer = await this.viewer();
    if (!viewer) throw new UnauthenticatedError();
    return viewer;
  }

  async requireRole(...roles: RoleName[]): Promise<SessionViewer> {
    const viewer = await this.requireViewer();
    if (!roles.includes(viewer.role)) throw new ForbiddenError();
    if (this.twoStepRequiredFor(viewer) && !viewer.twoStepEnabled) {
      const error = new ForbiddenError('Set up two-step sign-in first.');
      error.extensions.reason = 'SECOND_FACTOR_REQUIRED';
      throw error;
    }
    return viewer;
  }

  private async resolveViewer(): Promise<SessionViewer | null> {
    if (!this.bearerToken || !looksLikeSessionToken(this.bearerToken)) return null;
    return this.repo.viewerForSession(hashSessionToken(this.bearerToken));
  }
}

/** Reads `Authorization: Bearer <token>`; anything else counts as no token. */
export function bearerTokenFrom(header: string | undefined): string | null {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  return match ? match[1] : null;
}
