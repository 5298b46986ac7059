import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { certificateFonts } from '../../certificates/pdf';

/** The faces a report uses: the certificates' Be Vietnam Pro, plus its italic for the place-and-date line. */
export interface ReportFonts {
  regular: Font;
  bold: Font;
  italic: Font;
}

const ITALIC = '@expo-google-fonts/be-vietnam-pro/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf';

let italic: Font | undefined;

/** Parsed on first use and shared by every render of the process. */
export function reportFonts(): ReportFonts {
  if (!italic) {
    const font = create(readFileSync(require.resolve(ITALIC)));
    if ('fonts' in font) throw new Error(`${ITALIC} is a font collection, not a font`);
    italic = font;
  }
  return { ...certificateFonts(), italic };
}
