module.exports = {
  ...require('../../tools/jest/preset.cjs')({
    displayName: 'browser',
    rootDir: __dirname,
    testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
    testTimeout: 120_000,
  }),
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};
