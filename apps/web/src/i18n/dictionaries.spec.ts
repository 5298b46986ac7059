import { describe, expect, it } from '@jest/globals';
import { AUDIT_ACTIONS, ERROR_CODES } from '@sen/contracts';
import { loadDictionary, loadStaffDictionary } from './dictionaries';
import viTrainee from './vi.json';
import enTrainee from './en.json';
import viStaff from './vi.staff.json';
import enStaff from './en.staff.json';

// Each language is two parts (see dictionaries.ts); components see them as one.
const vi = { ...viTrainee, ...viStaff };
const en = { ...enTrainee, ...enStaff };

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
  it.each([
    ['trainee', viTrainee, enTrainee],
    ['staff', viStaff, enStaff],
  ] as const)('have the same keys in Vietnamese and English in the %s part', (_part, viPart, enPart) => {
    // Vietnamese has one plural form and English two, so plurals are compared by their base key.
    const viKeys = [...new Set(leafKeys(viPart).map(baseKey))].sort();
    const enKeys = [...new Set(leafKeys(enPart).map(baseKey))].sort();
    expect(enKeys.filter((key) => !viKeys.includes(key))).toEqual([]);
    expect(viKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  // Split by whole top-level keys, so no key lives in both parts and a merge never overwrites a text.
  it.each([
    ['vi', viTrainee, viStaff],
    ['en', enTrainee, enStaff],
  ] as const)('split %s into trainee and staff parts by whole top-level keys', (_locale, trainee, staff) => {
    const staffTop = Object.keys(staff);
    expect(staffTop.length).toBeGreaterThan(0);
    expect(Object.keys(trainee).filter((key) => staffTop.includes(key))).toEqual([]);
    const traineeLeaves = new Set(leafKeys(trainee));
    expect(leafKeys(staff).filter((key) => traineeLeaves.has(key))).toEqual([]);
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
    ['vi', viTrainee, viStaff],
    ['en', enTrainee, enStaff],
  ] as const)('load %s, the app loading only the language it shows', async (locale, trainee, staff) => {
    expect(await loadDictionary(locale)).toEqual(trainee);
    expect(await loadStaffDictionary(locale)).toEqual(staff);
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
