// One Jest preset for every project: SWC with decorator metadata (Nest injects `undefined` without it).
const path = require('node:path');

const workspaceRoot = path.resolve(__dirname, '../..');

module.exports = ({ displayName, rootDir, testMatch, testTimeout = 5000, setupFiles = [] }) => ({
  displayName,
  rootDir,
  testMatch,
  testTimeout,
  setupFiles: ['reflect-metadata', ...setupFiles],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@sen/contracts$': path.join(workspaceRoot, 'libs/contracts/src/index.ts'),
    // file-type exports its Node entry for `import` only; Jest resolves with `require` conditions.
    '^file-type$': path.join(workspaceRoot, 'node_modules/file-type/index.js'),
  },
  // A few server dependencies ship ESM only; Jest on Node 20 cannot require them untransformed.
  transformIgnorePatterns: [
    '/node_modules/(?!(canonicalize|content-disposition|htmlparser2|domhandler|domutils|dom-serializer|entities|domelementtype|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit)/)',
  ],
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
});
