#!/usr/bin/env node
// `npm start`: build everything, prepare the database (create, migrate, seed the demo), then run the API and the worker.
import { spawn, spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  SEED_DEMO: process.env.SEED_DEMO ?? 'true',
  // Without a mail relay, every message (certificate reminders, committee reports) lands in var/mail as .eml.
  ...(process.env.SMTP_URL ? {} : { MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR ?? 'var/mail' }),
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
};

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

run('Building (nx run-many -t build)', 'npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']);
run('Preparing the database', process.execPath, ['dist/apps/api/cli/setup.js']);

const children = [
  spawn(process.execPath, ['dist/apps/api/main.js'], { stdio: 'inherit', env }),
  spawn(process.execPath, ['dist/apps/api/worker.js'], { stdio: 'inherit', env }),
];
console.log(`\nSen is starting on http://localhost:${env.PORT ?? 3000} (API under /api). Ctrl+C stops it.`);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() =>
    process.exit(code),
  );
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
