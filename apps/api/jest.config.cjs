module.exports = require('../../tools/jest/preset.cjs')({
  displayName: 'api:unit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
