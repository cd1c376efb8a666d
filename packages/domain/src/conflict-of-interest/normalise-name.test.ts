import { describe, expect, it } from 'vitest';
import { isSameName, normaliseName } from './index.js';

describe('normaliseName', () => {
  it.each([
    ['Siti Aminah', 'siti aminah'],
    ['  SITI   AMINAH ', 'siti aminah'],
    ['Nurhayatì', 'nurhayati'],
    ["Ma'ruf Amin", 'maruf amin'],
    ['Hj. Siti Aminah, S.Pd., M.Si.', 'siti aminah'],
    ['Dr. Ir. H. Budi Santoso', 'budi santoso'],
    ['Bapak Budi', 'budi'],
    ['M. Yusuf', 'm yusuf'],
  ])('reduces %j to %j', (name, key) => {
    expect(normaliseName(name)).toBe(key);
  });

  it('drops titles only before the name, not within it', () => {
    expect(normaliseName('Abdul Haji Ibu')).toBe('abdul haji ibu');
  });

  it('keeps a name made only of titles rather than reducing it to nothing', () => {
    expect(normaliseName('Bapak')).toBe('bapak');
  });
});

describe('isSameName', () => {
  it('matches names that differ only in case, spacing, diacritics and titles', () => {
    expect(isSameName('H. Ahmad Fauzi, S.H.', 'ahmad  fauzí')).toBe(true);
  });

  it('tells different names apart', () => {
    expect(isSameName('Ahmad Fauzi', 'Ahmad Fauzan')).toBe(false);
  });

  it('never matches two blank names', () => {
    expect(isSameName('', ' - ')).toBe(false);
  });
});
