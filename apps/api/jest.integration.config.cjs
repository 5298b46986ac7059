module.exports = {
  ...require('../../tools/jest/preset.cjs')({
    displayName: 'api:integration',
    rootDir: __dirname,
    testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
    testTimeout: 60_000,
  }),
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};
