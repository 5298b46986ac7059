import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

/** One MIME leaf of a received message, decoded. */
export interface ReceivedPart {
  contentType: string;
  filename: string | null;
  content: Buffer;
}

export interface ReceivedMail {
  from: string;
  /** The envelope recipients. */
  to: string[];
  headers: Map<string, string>;
  /** The decoded Subject header. */
  subject: string;
  text: string | null;
  html: string | null;
  attachments: ReceivedPart[];
  raw: string;
}

type Rejection = { code: number; message: string };

/**
 * A real SMTP server on a local port that keeps what it receives, for tests of outgoing mail. It can be
 * stopped and started again on the same port (a relay outage), and told to refuse recipients or senders.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  /** Recipient address → the reply to its RCPT TO (e.g. 550 for good, 450 for now). */
  readonly refuseRecipients = new Map<string, Rejection>();
  /** When set, every MAIL FROM gets this reply. */
  refuseSender: Rejection | null = null;
  /** How long the server takes to accept each message after receiving it (a slow relay). */
  acceptDelayMs = 0;
  private server: SMTPServer | null = null;

  private constructor(private port: number) {}

  static async start(): Promise<SmtpTestServer> {
    const s = new SmtpTestServer(0);
    await s.listen();
    return s;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** What arrived for this address. */
  for(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address.toLowerCase()));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again on the same port after `stop`. */
  async restart(): Promise<void> {
    await this.stop();
    await this.listen();
  }

  private async listen(): Promise<void> {
    const reject = (r: Rejection): SMTPServerError => Object.assign(new Error(r.message), { responseCode: r.code });
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Pooled client connections are cut at once when the test stops the server.
      closeTimeout: 50,
      onMailFrom: (_address, _session, callback) => callback(this.refuseSender ? reject(this.refuseSender) : null),
      onRcptTo: (address, _session, callback) => {
        const refusal = this.refuseRecipients.get(address.address.toLowerCase());
        callback(refusal ? reject(refusal) : null);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('latin1');
          this.received.push(
            parseMail(
              raw,
              session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              session.envelope.rcptTo.map((a) => a.address.toLowerCase()),
            ),
          );
          setTimeout(callback, this.acceptDelayMs);
        });
      },
    });
    await new Promise<void>((resolve, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }
}

/** Bytes of quoted-printable text (the string holds one byte per character). */
function quotedPrintable(text: string): Buffer {
  const s = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(s.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

const ENCODED_WORD = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;

/** RFC 2047 encoded words, adjacent ones joined (a character may be split across two). */
function decodeHeader(value: string): string {
  const joined = value.replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/(?:=\?[^?]+\?[QqBb]\?[^?]*\?=)+/g, (run) =>
    Buffer.concat(
      [...run.matchAll(ENCODED_WORD)].map(([, , encoding, data = '']) =>
        encoding!.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintable(data.replace(/_/g, ' ')),
      ),
    ).toString('utf8'),
  );
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: end === -1 ? '' : raw.slice(end + 4) };
}

function parameter(header: string, name: string): string | null {
  const match = new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header);
  return match ? decodeHeader(match[1]!) : null;
}

function leaves(raw: string): ReceivedPart[] {
  const { headers, body } = splitEntity(raw);
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(contentType, 'boundary');
  if (contentType.toLowerCase().startsWith('multipart/') && boundary) {
    const parts = body.split(`--${boundary}`).slice(1);
    return parts.filter((p) => !p.startsWith('--')).flatMap((p) => leaves(p.replace(/^\r\n/, '')));
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const content =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : Buffer.from(body, 'latin1');
  const disposition = headers.get('content-disposition') ?? '';
  return [
    {
      contentType: contentType.split(';')[0]!.trim().toLowerCase(),
      filename: parameter(disposition, 'filename') ?? parameter(contentType, 'name'),
      content,
    },
  ];
}

function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const { headers } = splitEntity(raw);
  const parts = leaves(raw);
  const body = (type: string): string | null => {
    const part = parts.find((p) => p.contentType === type && p.filename === null);
    // Trailing CRLF of the part before the next boundary belongs to the boundary.
    return part ? part.content.toString('utf8').replace(/\r\n$/, '').replace(/\r\n/g, '\n') : null;
  };
  return {
    from,
    to,
    headers,
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: body('text/plain'),
    html: body('text/html'),
    attachments: parts.filter((p) => p.filename !== null),
    raw,
  };
}
