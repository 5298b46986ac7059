module.exports = require('../../tools/jest/preset.cjs')({
  displayName: 'web:unit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
});
