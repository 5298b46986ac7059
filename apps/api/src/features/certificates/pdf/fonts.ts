import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';

/** The two faces a certificate uses, parsed once per process and shared by every render. */
export interface CertificateFonts {
  regular: Font;
  bold: Font;
}

/**
 * Be Vietnam Pro (SIL Open Font License 1.1), drawn for Vietnamese: every letter with every tone mark
 * has its own precomposed glyph, so the stacked marks of "ỗ" or "Ậ" never collide.
 */
const FACES = {
  regular: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

function parse(module: string): Font {
  const font = create(readFileSync(require.resolve(module)));
  if ('fonts' in font) throw new Error(`${module} is a font collection, not a font`);
  return font;
}

let loaded: CertificateFonts | undefined;

/** Parsing a face costs more than rendering a certificate, so it happens on first use only. */
export function certificateFonts(): CertificateFonts {
  loaded ??= { regular: parse(FACES.regular), bold: parse(FACES.bold) };
  return loaded;
}

/** The characters of `text` that a face has no glyph for (they would print as empty boxes). */
export function missingGlyphs(font: Font, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!/\s/.test(char) && !font.hasGlyphForCodePoint(codePoint)) missing.add(char);
  }
  return [...missing];
}
