import { defineConfig } from 'vitest/config';

// `npm test` (scripts/test.ts) starts one real Neo4j, the API and the portal, then runs this.
// Test files run one after another: they share that one database, and each file creates and
// removes its own data (see tests/README.md).
export default defineConfig({
  test: {
    include: [
      'tests/**/*.test.ts',
      'api/src/**/*.test.ts',
      'graph-seeds/src/**/*.test.ts',
      'web/app/**/*.test.ts',
      'web/server/**/*.test.ts',
    ],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
