import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/** A single byte range from a `Range: bytes=…` header; multiple ranges are answered with the whole file. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | 'invalid' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return 'invalid';
  let start: number;
  let end: number;
  if (from === '') {
    // A suffix range: the last N bytes.
    const length = Number(to);
    if (length === 0) return 'invalid';
    start = Math.max(0, size - length);
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return 'invalid';
  return { start, end };
}

/** `attachment` or `inline` with the original name, RFC 5987-encoded so any Vietnamese name survives. */
export function contentDisposition(inline: boolean, fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encoded}`;
}

/**
 * Headers every stored file is served with: the stored type, no sniffing, and a sandbox policy, so that
 * even a file opened directly as a page cannot run script or reach this origin. Files never change
 * (a new upload gets a new id), so browsers may keep them for a year — privately, as they need a session.
 */
export function fileHeaders(mimeType: string, inline: boolean, fileName: string): Record<string, string> {
  return {
    'content-type': mimeType,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'content-disposition': contentDisposition(inline, fileName),
    'cache-control': 'private, max-age=31536000, immutable',
    'accept-ranges': 'bytes',
  };
}

/**
 * Sends a file the server made for one caller (an export with names or answer keys, a certificate): saved as a
 * download, never kept by a shared cache, never sniffed into something a browser would run.
 */
export async function sendPrivateDownload(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; body: Buffer | string | Readable; length?: number },
): Promise<void> {
  await reply
    .code(200)
    .headers({
      'content-type': file.contentType,
      'content-disposition': contentDisposition(false, file.fileName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      ...(file.length === undefined ? {} : { 'content-length': String(file.length) }),
    })
    .send(file.body);
}
