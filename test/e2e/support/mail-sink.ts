import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { E2E_SMTP_PORT, MAIL_DIR } from './e2e-env';

/**
 * The relay of the browser suite's worker: accepts every message and writes it to `tmp/e2e-mail/` as an .eml file,
 * so a journey can open the link a mail carries. Runs in Jest's main process from global setup to teardown.
 */
export async function startMailSink(): Promise<SMTPServer> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // The worker's pooled connections are cut at teardown rather than waited for.
    closeTimeout: 1000,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        writeFileSync(join(MAIL_DIR, `${Date.now()}-${++count}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(E2E_SMTP_PORT, '127.0.0.1', () => resolve());
  });
  return server;
}

function quotedPrintable(text: string): string {
  const bytes = Buffer.from(text.replace(/=\r?\n/g, ''), 'latin1');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes.subarray(i + 1, i + 3).toString('latin1');
    if (bytes[i] === 0x3d && /^[0-9A-F]{2}$/i.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(bytes[i]!);
  }
  return Buffer.from(out).toString('utf8');
}

/** A message's headers and its MIME parts' bodies, each decoded (base64 or quoted-printable) to text. */
function readable(raw: string): string {
  return raw
    .split(/\r\n--[^\r\n]+\r\n/)
    .map((part) => {
      const end = part.indexOf('\r\n\r\n');
      if (end < 0) return part;
      const head = part.slice(0, end);
      const body = part.slice(end + 4);
      const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
      if (encoding === 'base64')
        return `${head}\r\n\r\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`;
      if (encoding === 'quoted-printable') return `${head}\r\n\r\n${quotedPrintable(body)}`;
      return part;
    })
    .join('\r\n');
}

/** The messages the sink has received for this address (by envelope header), oldest first, decoded to text. */
export function mailsTo(address: string): string[] {
  return readdirSync(MAIL_DIR)
    .sort()
    .map((name) => readable(readFileSync(join(MAIL_DIR, name), 'latin1')))
    .filter((text) => text.toLowerCase().includes(address.toLowerCase()));
}
