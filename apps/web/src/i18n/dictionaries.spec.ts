import { describe, expect, it } from '@jest/globals';
import { AUDIT_ACTIONS, ERROR_CODES } from '@sen/contracts';
import { loadDictionary } from './dictionaries';
import vi from './vi.json';
import en from './en.json';

/** Dotted paths of every leaf, with i18next plural suffixes folded to the base key. */
function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? leafKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

function lookup(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, segment) => {
    return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }, tree);
}

describe('translation dictionaries', () => {
  it('have the same keys in Vietnamese and English', () => {
    // Vietnamese has one plural form and English two, so plurals are compared by their base key.
    const viKeys = [...new Set(leafKeys(vi).map(baseKey))].sort();
    const enKeys = [...new Set(leafKeys(en).map(baseKey))].sort();
    expect(enKeys.filter((key) => !viKeys.includes(key))).toEqual([]);
    expect(viKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('give every plural the forms its language needs', () => {
    const viPlurals = leafKeys(vi).filter((key) => /_(one|other)$/.test(key));
    for (const key of viPlurals) expect(key).toMatch(/_other$/);
    const enPluralBases = new Set(
      leafKeys(en)
        .filter((key) => /_(one|other)$/.test(key))
        .map(baseKey),
    );
    for (const base of enPluralBases) {
      expect(lookup(en, `${base}_one`)).toEqual(expect.any(String));
      expect(lookup(en, `${base}_other`)).toEqual(expect.any(String));
    }
  });

  it('have no empty texts', () => {
    for (const [name, tree] of [
      ['vi', vi],
      ['en', en],
    ] as const) {
      const empty = leafKeys(tree).filter((key) => String(lookup(tree, key)).trim() === '');
      expect({ name, empty }).toEqual({ name, empty: [] });
    }
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('load %s, the app loading only the language it shows', async (locale, dictionary) => {
    expect(await loadDictionary(locale)).toEqual(dictionary);
  });

  it.each(ERROR_CODES)('translate the error code %s in both languages', (code) => {
    expect(lookup(vi, `errors.${code}`)).toEqual(expect.stringMatching(/\S/));
    expect(lookup(en, `errors.${code}`)).toEqual(expect.stringMatching(/\S/));
  });

  // Actions are flat keys ("course.create") or nested ones ("upload" → "create"); i18next reads both.
  it.each(AUDIT_ACTIONS)('translate the audit action %s in both languages', (action) => {
    for (const tree of [vi, en]) {
      const flat = (tree.auditActions as Record<string, unknown>)[action];
      expect(flat ?? lookup(tree, `auditActions.${action}`)).toEqual(expect.stringMatching(/\S/));
    }
  });
});
