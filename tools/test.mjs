#!/usr/bin/env node
// `npm test`: lint, typecheck, unit, integration and browser suites; ends with `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0' };
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0 };
const lines = [];

function time(start) {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}

/** A check that is not a test runner (lint, typecheck, build) counts as one test per project. */
function check(name, args) {
  const start = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npx', args, { stdio: 'inherit', env, cwd: root });
  const ok = result.status === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? '✔' : '✖'} ${name} (${time(start)})`);
  return ok;
}

function jest(name, config, extra = []) {
  const start = Date.now();
  const outputFile = join(reports, `${name.replace(/\W+/g, '-')}.json`);
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npx', ['jest', '-c', config, '--json', `--outputFile=${outputFile}`, ...extra], {
    stdio: 'inherit',
    env,
    cwd: root,
  });
  if (!existsSync(outputFile)) {
    totals.failed += 1;
    lines.push(`✖ ${name}: the runner crashed (exit ${result.status})`);
    return;
  }
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  // A suite that failed to load counts as a failure even though it ran no test.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + brokenSuites;
  const ok = result.status === 0 && report.numFailedTests === 0 && brokenSuites === 0;
  lines.push(
    `${ok ? '✔' : '✖'} ${name}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites} failed (${time(start)})`,
  );
  if (result.status !== 0 && report.numFailedTests + brokenSuites === 0) {
    totals.failed += 1;
    lines.push(`✖ ${name}: exited ${result.status}`);
  }
}

const phases = {
  lint: () => check('lint (eslint, zero warnings)', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']),
  format: () => check('format (prettier --check)', ['prettier', '--check', '--log-level=warn', '.']),
  typecheck: () => check('typecheck (tsc strict)', ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static']),
  // Integration and browser suites run the built contracts and apps (the seed runs outside Jest's module map).
  build: () => {
    if (check('build (contracts, api, web)', ['nx', 'run-many', '-t', 'build', '--outputStyle=static'])) {
      // A trainee's phone on a slow connection: the lesson page's JavaScript stays within its budget.
      check('budget: JavaScript to open a lesson', ['node', 'tools/measure-trainee-js.mjs', '--check']);
    }
  },
  unit: () => {
    jest('unit: contracts', 'libs/contracts/jest.config.cjs');
    jest('unit: api', 'apps/api/jest.config.cjs');
    jest('unit: web', 'apps/web/jest.config.cjs');
  },
  integration: () =>
    jest('integration: api + PostgreSQL + Redis', 'apps/api/jest.integration.config.cjs', ['--runInBand']),
  e2e: () => jest('browser: Playwright + Chromium', 'test/e2e/jest.config.cjs', ['--runInBand']),
};

for (const [name, phase] of Object.entries(phases)) if (only.length === 0 || only.includes(name)) phase();

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
