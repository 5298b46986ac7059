#!/usr/bin/env node
// `npm run bench`: every test/bench/*.bench.ts, each printing its figures and the ratio to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'test', 'bench');
let failed = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  console.log(`\n▶ ${file}`);
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(dir, file)], {
    stdio: 'inherit',
    cwd: root,
  });
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
