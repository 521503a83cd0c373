/** Tests run TypeScript through SWC (with decorator metadata, which type-graphql needs) against real PostgreSQL. */
module.exports = {
  testEnvironment: 'node',
  // cross-subgraph tests in test/, each agency's own in subgraphs/<agency>/test/
  roots: ['<rootDir>/test', '<rootDir>/subgraphs'],
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/subgraphs/*/test/*.test.ts'],
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
  moduleNameMapper: { '^@hub/common$': '<rootDir>/subgraphs/common/src', '^@hub/common/platform$': '<rootDir>/subgraphs/common/src/platform' },
  // Fresh secrets for each run: the hub has no built-in key (test/support/secrets.js).
  setupFiles: ['<rootDir>/test/support/secrets.js'],
  testTimeout: 60000,
  maxWorkers: 2,
};
