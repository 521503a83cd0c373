/** Tests run TypeScript through SWC (with decorator metadata, which type-graphql needs) against real PostgreSQL. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '^@hub/common$': '<rootDir>/subgraphs/common/src' },
  // Fresh secrets for each run: the hub has no built-in key (test/support/secrets.js).
  setupFiles: ['<rootDir>/test/support/secrets.js'],
  testTimeout: 60000,
  maxWorkers: 2,
};
