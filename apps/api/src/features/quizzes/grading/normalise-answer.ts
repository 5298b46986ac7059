import { foldForSearch } from '@sen/contracts';

/**
 * The form in which a typed answer is compared with the accepted ones: Unicode NFC (a phone keyboard
 * may send "ộ" as one code point or as "o" plus two combining marks), trimmed, inner spaces collapsed,
 * lower case. Diacritics still count ("Hà Nội" ≠ "Ha Noi", "Đà" ≠ "Da") unless the author marked the
 * question diacritics-insensitive, when both sides are folded like search text.
 */
export function normaliseAnswer(text: string, diacriticsInsensitive: boolean): string {
  if (diacriticsInsensitive) return foldForSearch(text);
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}
