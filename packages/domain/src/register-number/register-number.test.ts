import { describe, expect, it } from 'vitest';
import {
  formatRegisterNumber,
  nextRegisterNumber,
  parseRegisterNumber,
  REGISTER_NUMBER_ERROR_LABELS,
} from './index.js';

const NOW = new Date('2025-03-10T02:00:00Z');
const YEAR = NOW.getUTCFullYear();

describe('formatRegisterNumber', () => {
  it('pads the sequence to four digits', () => {
    expect(formatRegisterNumber({ commissionCode: '3507', year: 2024, sequence: 7 })).toBe(
      '0007/ETIK/3507/2024',
    );
  });

  it('keeps only the digits of a dotted Kemendagri code', () => {
    expect(formatRegisterNumber({ commissionCode: '35.07', year: YEAR, sequence: 12 })).toBe(
      '0012/ETIK/3507/2025',
    );
  });

  it('lets the sequence grow past four digits rather than wrap', () => {
    expect(formatRegisterNumber({ commissionCode: '3507', year: 2024, sequence: 12345 })).toBe(
      '12345/ETIK/3507/2024',
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('throws on the sequence %s, which is a bug', (sequence) => {
    expect(() => formatRegisterNumber({ commissionCode: '3507', year: 2024, sequence })).toThrow(/sequence/);
  });

  it.each([2024.5, 24, 20245, Number.NaN])('throws on the year %s, which is a bug', (year) => {
    expect(() => formatRegisterNumber({ commissionCode: '3507', year, sequence: 1 })).toThrow(/year/);
  });

  it.each(['35', '35.07.01', '3a07', '', '35-07'])(
    'throws on the commission code %j, which is a bug',
    (code) => {
      expect(() => formatRegisterNumber({ commissionCode: code, year: 2024, sequence: 1 })).toThrow(
        /Kemendagri/,
      );
    },
  );
});

describe('parseRegisterNumber', () => {
  it('reads a register number back into its parts', () => {
    expect(parseRegisterNumber('0007/ETIK/3507/2024')).toEqual({
      ok: true,
      value: { commissionCode: '3507', year: 2024, sequence: 7 },
    });
  });

  it('forgives surrounding spaces and letter case', () => {
    expect(parseRegisterNumber('  0007/etik/3507/2024 ')).toEqual({
      ok: true,
      value: { commissionCode: '3507', year: 2024, sequence: 7 },
    });
  });

  it('reads a five-digit sequence', () => {
    const result = parseRegisterNumber('12345/ETIK/3507/2024');
    expect(result.ok && result.value.sequence).toBe(12345);
  });

  it.each([
    '',
    '7/ETIK/3507/2024',
    '00007/ETIK/3507/2024',
    '0000/ETIK/3507/2024',
    '0007/ETIK/35.07/2024',
    '0007/PKE/3507/2024',
    '0007/ETIK/3507/24',
    '0007/ETIK/3507/0999',
    '0007 / ETIK / 3507 / 2024',
    '0007/ETIK/3507/2024/extra',
    '99999999999999999999/ETIK/3507/2024',
  ])('refuses %j', (text) => {
    expect(parseRegisterNumber(text)).toEqual({ ok: false, error: { code: 'INVALID_REGISTER_NUMBER' } });
  });

  it('round-trips every number it formats', () => {
    for (const sequence of [1, 9, 10, 999, 1000, 9999, 10000]) {
      const parts = { commissionCode: '7371', year: YEAR, sequence };
      expect(parseRegisterNumber(formatRegisterNumber(parts))).toEqual({ ok: true, value: parts });
    }
  });
});

describe('nextRegisterNumber', () => {
  it('starts the year at one', () => {
    expect(nextRegisterNumber('35.07', YEAR, undefined)).toBe('0001/ETIK/3507/2025');
  });

  it('starts at one from a counter set to zero', () => {
    expect(nextRegisterNumber('3507', YEAR, 0)).toBe('0001/ETIK/3507/2025');
  });

  it('follows the last sequence', () => {
    expect(nextRegisterNumber('3507', YEAR, 41)).toBe('0042/ETIK/3507/2025');
  });

  it.each([-1, 2.5])('throws on the last sequence %s, which is a bug', (lastSequence) => {
    expect(() => nextRegisterNumber('3507', YEAR, lastSequence)).toThrow(/lastSequence/);
  });
});

it('labels the register number error in both languages', () => {
  expect(REGISTER_NUMBER_ERROR_LABELS.INVALID_REGISTER_NUMBER.id).toContain('Nomor register');
  expect(REGISTER_NUMBER_ERROR_LABELS.INVALID_REGISTER_NUMBER.en).toContain('register number');
});
