import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

/** `VAR=` (empty) reads as unset. */
const unsetWhenEmpty = (v: unknown) => (v === '' ? undefined : v);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  API_HOST: z.string().default('127.0.0.1'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000), // 0 = any free port (tests)
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(100_000),
  /** Limit for requests that carry a session token (CSV and HSDS uploads by ISA staff). */
  UPLOAD_BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(8_000_000),
  /** Adds `extensions.neo4jRoundTrips` to responses; never on in production. */
  EXPOSE_ROUND_TRIPS: bool,
  /**
   * Maps stack traces to the TypeScript sources (tsx turns this on). Default on, off in production:
   * the Neo4j driver takes a stack trace for every statement, and mapping it costs CPU each time.
   */
  SOURCE_MAP_STACKS: bool,
  /**
   * ISA_ADMIN accounts must set up two-step sign-in before any administrative operation. Default on in production,
   * off otherwise, so the demo sign-ins and the test suite work with a password alone.
   */
  REQUIRE_ADMIN_TWO_STEP: bool,
  // Notifications (issue 4): e-mail only when an SMTP server is configured; otherwise written to the log.
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('Tsunagu <no-reply@tsunagu.example>'),
  /** Public base URL of the portal, for links in e-mails and feeds. */
  PORTAL_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** How often the API e-mails new notices when SMTP_URL is set (issue 4). */
  NOTICE_MAIL_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Meilisearch as the search backend (text candidates); unset = Neo4j full-text. */
  MEILI_HOST: z.preprocess(unsetWhenEmpty, z.string().url().optional()),
  /** Its master key (or an API key allowed to search, index and change settings). */
  MEILI_MASTER_KEY: z.preprocess(unsetWhenEmpty, z.string().optional()),
  /** How often the API stores survey reminders (issue 5); 0 turns the timer off. */
  SURVEY_REMINDER_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(15 * 60_000),
  /** How often the API stores certificate reminders and mails them; 0 turns the timer off. */
  CERTIFICATE_REMINDER_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(60 * 60_000),
  /**
   * Badge signing keys (docs/certificates.md): a JSON file generated once (like the session secret),
   * unless BADGE_SIGNING_KEY gives the current private key as an Ed25519 JWK with a kid.
   */
  BADGE_KEY_FILE: z.string().default(fileURLToPath(new URL('../../.data/badge-keys.json', import.meta.url))),
  BADGE_SIGNING_KEY: z.string().optional(),
  /** JSON array of earlier public JWKs (with kid) that still verify badges signed before a rotation. */
  BADGE_VERIFY_KEYS: z.string().optional(),
});

export type ApiConfig = Omit<z.infer<typeof schema>, 'SOURCE_MAP_STACKS' | 'REQUIRE_ADMIN_TWO_STEP'> & {
  production: boolean;
  SOURCE_MAP_STACKS: boolean;
  REQUIRE_ADMIN_TWO_STEP: boolean;
};

/** Parses the environment once, failing fast with the name of the bad variable. */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid API configuration: ${issues}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  return {
    ...parsed.data,
    EXPOSE_ROUND_TRIPS: production ? false : parsed.data.EXPOSE_ROUND_TRIPS,
    SOURCE_MAP_STACKS: parsed.data.SOURCE_MAP_STACKS ?? !production,
    REQUIRE_ADMIN_TWO_STEP: parsed.data.REQUIRE_ADMIN_TWO_STEP ?? production,
    production,
  };
}
