import { readFileSync, rmSync } from 'node:fs';
import type { SMTPServer } from 'smtp-server';
import { STATE_FILE } from './e2e-env';

export default async function globalTeardown(): Promise<void> {
  let pids: number[] = [];
  try {
    ({ pids } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pids: number[] });
  } catch {
    // Never started.
  }
  for (const pid of pids) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  rmSync(STATE_FILE, { force: true });
  const sink = (globalThis as { senMailSink?: SMTPServer }).senMailSink;
  if (sink) await new Promise<void>((resolve) => sink.close(() => resolve()));
}
