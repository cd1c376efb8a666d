import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// ETIK_TEST_DB=postgresql runs the same suite against PostgreSQL (a fresh database per test file).
export default defineConfig({
  resolve: {
    // Node loads graphql's CJS build for Apollo and type-graphql; Vite would give our sources the .mjs
    // build, a second graphql "realm" (instanceof GraphQLError fails across them). One copy, as in prod.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['./test/setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
