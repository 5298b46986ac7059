import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dropDatabase } from '../../support/recreate-database';
import { BASE_URL, STATE_FILE, WORKSPACE, e2eEnv } from './e2e-env';
import { startMailSink } from './mail-sink';

/**
 * A fresh database, the built API serving the built web app on its own port, and the built worker (course
 * completions, certificates, reports): as `npm start` runs them. Both process groups are killed at teardown;
 * the worker's mail goes to an SMTP sink in this process.
 */
export default async function globalSetup(): Promise<void> {
  const env = e2eEnv();
  await dropDatabase(env.DATABASE_URL!);
  rmSync(env.UPLOAD_DIR!, { recursive: true, force: true });

  const setup = spawnSync(process.execPath, ['dist/apps/api/cli/setup.js'], { cwd: WORKSPACE, env, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`setup failed: ${setup.stderr}${setup.stdout}`);

  mkdirSync(join(WORKSPACE, 'tmp'), { recursive: true });
  // Kept on the global object for teardown, which runs in this same process.
  (globalThis as { senMailSink?: unknown }).senMailSink = await startMailSink();
  const start = (script: string, logName: string) => {
    const log = openSync(join(WORKSPACE, 'tmp', logName), 'w');
    const child = spawn(process.execPath, [script], {
      cwd: WORKSPACE,
      env,
      detached: true,
      stdio: ['ignore', log, log],
    });
    child.unref();
    return child.pid;
  };
  const server = start('dist/apps/api/main.js', 'e2e-server.log');
  const worker = start('dist/apps/api/worker.js', 'e2e-worker.log');
  writeFileSync(STATE_FILE, JSON.stringify({ pids: [server, worker] }));

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${BASE_URL}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not become healthy at ${BASE_URL}; see tmp/e2e-server.log`);
}
