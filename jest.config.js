/**
 * Tests run TypeScript through SWC (with decorator metadata, which type-graphql needs) against real PostgreSQL.
 * Four layers, each a jest project, so a change can be checked at the speed it needs:
 *   unit      no database, no process (npm run test:unit)
 *   database  in-process subgraphs on real PostgreSQL (npm run test:db)
 *   e2e       real processes: subgraphs, gateway, web front door (npm run test:e2e)
 *   browser   headless Chromium against real processes (npm run test:browser)
 * `npm test` runs all four.
 */
const base = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@hub/common$': '<rootDir>/subgraphs/common/src',
    '^@hub/common/platform$': '<rootDir>/subgraphs/common/src/platform',
  },
  // Fresh secrets for each run: the hub has no built-in key (test/support/secrets.js).
  setupFiles: ['<rootDir>/test/support/secrets.js'],
  // Says once, before the tests, where the source documents were looked for when they are absent.
  globalSetup: '<rootDir>/test/support/seeds-notice.ts',
};

const project = (displayName, testMatch) => ({ ...base, displayName, testMatch });

module.exports = {
  maxWorkers: 2,
  // Generous: processes start slowly when two jest workers share two cores. Timing is measured by benchmarks, not here.
  testTimeout: 120_000,
  projects: [
    project('unit', ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/subgraphs/*/test/unit/**/*.test.ts']),
    project('database', ['<rootDir>/test/db/**/*.test.ts', '<rootDir>/subgraphs/*/test/*.test.ts']),
    project('e2e', ['<rootDir>/test/e2e/**/*.test.ts']),
    project('browser', ['<rootDir>/test/browser/**/*.test.ts']),
  ],
};
