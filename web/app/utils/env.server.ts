import { z } from 'zod';

// Parsed once, on first use, so a bad variable fails the first request loudly with its name.
const DEV_SESSION_SECRET = 'tsunagu-development-only-session-secret';

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    API_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
    // Unset: Secure cookies in production only. `false` serves plain http on loopback (tests, `npm start`).
    SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['SESSION_SECRET'],
        message: 'SESSION_SECRET is required in production',
      });
    }
  });

export interface ServerEnv {
  NODE_ENV: 'development' | 'production' | 'test';
  API_URL: string;
  SESSION_SECRET: string;
  SECURE_COOKIES: boolean;
}

let cached: ServerEnv | undefined;

export function getEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid portal environment: ${problems.join('; ')}`);
  }
  const { SESSION_SECRET, SECURE_COOKIES, ...rest } = parsed.data;
  if (!SESSION_SECRET) {
    console.warn('[tsunagu-web] SESSION_SECRET is not set; using a fixed development secret.');
  }
  cached = {
    ...rest,
    SESSION_SECRET: SESSION_SECRET ?? DEV_SESSION_SECRET,
    SECURE_COOKIES: SECURE_COOKIES ? SECURE_COOKIES === 'true' : rest.NODE_ENV === 'production',
  };
  return cached;
}

/**
 * The only environment values the browser may see. Add a key here deliberately; nothing is needed yet.
 */
export type PublicEnv = Record<never, never>;

export function getPublicEnv(): PublicEnv {
  return {};
}
