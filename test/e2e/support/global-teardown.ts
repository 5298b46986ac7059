import { readFileSync, rmSync } from 'node:fs';
import { STATE_FILE } from './e2e-env';

export default function globalTeardown(): void {
  try {
    const { pid } = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as { pid: number };
    process.kill(-pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  rmSync(STATE_FILE, { force: true });
}
