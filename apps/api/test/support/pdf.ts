import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// PDFs are read back with poppler-utils, as a reader's viewer would, instead of trusting what the renderer
// meant to write.

/**
 * The page text with line breaks and runs of spaces as single spaces, so wrapped lines join up. Not normalised:
 * a PDF that printed decomposed marks must not pass for one that printed the composed letters.
 */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

// Run in a plain Node process: inside Jest's module sandbox, pngjs and jsQR run about ten times slower (seconds
// per page). Printed dark on light, so the inverted page is not searched as well.
const DECODE_QR = `
const [jsqrPath, pngjsPath, file] = process.argv.slice(1);
const jsQR = require(jsqrPath);
const { PNG } = require(pngjsPath);
const png = PNG.sync.read(require('node:fs').readFileSync(file));
const data = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
const code = jsQR(data, png.width, png.height, { inversionAttempts: 'dontInvert' });
process.stdout.write(JSON.stringify(code ? code.data : null));
`;

/**
 * What the QR code on the PDF's first page says, read from a 100 dpi raster of the page (coarser than a phone's
 * camera sees it); null when none is found.
 */
export function decodeQr(file: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'sen-qr-'));
  try {
    execFileSync('pdftoppm', ['-r', '100', '-png', '-singlefile', file, join(dir, 'page')]);
    const output = execFileSync(
      process.execPath,
      ['-e', DECODE_QR, require.resolve('jsqr'), require.resolve('pngjs'), join(dir, 'page.png')],
      { encoding: 'utf8' },
    );
    return JSON.parse(output) as string | null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
