import { createCookieSessionStorage, type Session } from '@remix-run/node';
import { getEnv } from './env.server';

// The cookie holds only the API's opaque session token; the API owns expiry and revocation.
interface SessionData {
  sessionToken: string;
  /** Between a right password and the second step of an account with two-step sign-in. */
  secondFactorToken: string;
}

type SessionStorage = ReturnType<typeof createCookieSessionStorage<SessionData>>;

let storage: SessionStorage | undefined;

function sessionStorage(): SessionStorage {
  if (!storage) {
    const env = getEnv();
    storage = createCookieSessionStorage<SessionData>({
      cookie: {
        name: '__tsunagu',
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: env.SECURE_COOKIES,
        secrets: [env.SESSION_SECRET],
      },
    });
  }
  return storage;
}

export type PortalSession = Session<SessionData>;

/** A cookie that fails its signature yields an empty session, never an error. */
export function getSession(request: Request): Promise<PortalSession> {
  return sessionStorage().getSession(request.headers.get('cookie'));
}

export async function getSessionToken(request: Request): Promise<string | undefined> {
  return (await getSession(request)).get('sessionToken');
}

export function commitSession(session: PortalSession, expires?: Date): Promise<string> {
  return sessionStorage().commitSession(session, { expires });
}

export async function destroySession(request: Request): Promise<string> {
  return sessionStorage().destroySession(await getSession(request));
}
