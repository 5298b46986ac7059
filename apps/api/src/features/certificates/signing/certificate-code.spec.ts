import { CODE_DATA_LENGTH, generateCode, parseCode } from './certificate-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const body = (code: string) => code.replace(/^SEN-/, '').replace(/-/g, '');
const format = (symbols: string) => `SEN-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;

describe('certificate codes', () => {
  const sample = Array.from({ length: 200 }, () => generateCode());

  it('look like SEN-XXXX-XXXX-XXXX in Crockford base32 and parse to themselves', () => {
    for (const code of sample) {
      expect(code).toMatch(/^SEN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(parseCode(code)).toBe(code);
    }
    expect(new Set(sample).size).toBe(sample.length);
    expect(body(sample[0] ?? '')).toHaveLength(CODE_DATA_LENGTH + 1);
  });

  it('detect every single-symbol substitution (exhaustive over the sample)', () => {
    for (const code of sample) {
      const symbols = body(code);
      for (let i = 0; i < symbols.length; i++) {
        for (const c of ALPHABET) {
          if (c === symbols[i]) continue;
          expect(parseCode(format(symbols.slice(0, i) + c + symbols.slice(i + 1)))).toBeNull();
        }
      }
    }
  });

  it('detect every swap of two different neighbours, check symbol included', () => {
    let swaps = 0;
    for (const code of sample) {
      const symbols = body(code);
      for (let i = 0; i + 1 < symbols.length; i++) {
        if (symbols[i] === symbols[i + 1]) continue;
        const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
        expect(parseCode(format(swapped))).toBeNull();
        swaps++;
      }
    }
    expect(swaps).toBeGreaterThan(sample.length * 9);
  });

  it('forgive case, spaces, dashes, a missing prefix and O/I/L for 0/1/1', () => {
    const code = 'SEN-0000-0000-0000';
    expect(parseCode(code)).toBe(code);
    for (const typed of [
      'sen-0000-0000-0000',
      ' SEN 0000 0000 0000 ',
      'SEN000000000000',
      '000000000000',
      'oooo-OOOO-0o0O',
      'SEN–0000–0000–0000',
    ]) {
      expect(parseCode(typed)).toBe(code);
    }
    // A code with ones: I, i, L and l all read as 1.
    const withOnes = sample.map(body).find((s) => s.includes('1'));
    if (withOnes) {
      expect(parseCode(withOnes.replace(/1/g, 'l'))).toBe(format(withOnes));
      expect(parseCode(withOnes.replace(/1/g, 'I').toLowerCase())).toBe(format(withOnes));
    }
  });

  it('refuse anything else', () => {
    for (const typed of [
      '',
      'SEN',
      'SEN-0000-0000-000',
      'SEN-0000-0000-00000',
      'XYZ-0000-0000-0000',
      'SEN-0000-0000-000U',
      'SEN-0000-0000-000*',
    ]) {
      expect(parseCode(typed)).toBeNull();
    }
  });
});
