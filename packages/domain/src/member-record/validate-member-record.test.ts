import { describe, expect, it } from 'vitest';
import { messageOf } from '../labels/index.js';
import { MEMBER_IMPORT_ROW_ERROR_CODES } from './member-record-labels.js';
import type { MemberRecordInput } from './member-record.js';
import {
  calendarDate,
  dottedRegionCode,
  isValidNik,
  MEMBER_RECORD_ERROR_CODES,
  validateMemberRecord,
} from './validate-member-record.js';

const KPPS_MEMBER: MemberRecordInput = {
  nik: '3526014508900003',
  name: '  Siti   Aminah ',
  sex: 'p',
  birthPlace: 'Bangkalan',
  birthDate: '05-08-1990',
  address: 'Dusun Salim RT 003/RW 002,\nBurneh',
  phone: '0812-3456 7890',
  email: 'siti.aminah@example.id',
  bodyType: 'kpps',
  regionCode: '3526012001',
  tpsNumber: '001',
  position: 'anggota',
  status: 'aktif',
  selectionRank: '3',
  decreeNumber: '12/PP.04.1-Kpt/3526/2024',
  decreeDate: '2024-01-25',
};

const codesOf = (input: MemberRecordInput) => {
  const result = validateMemberRecord(input);
  return result.ok ? [] : result.error.map((error) => `${error.code}:${error.field}`);
};

describe('validateMemberRecord', () => {
  it('types and trims a complete KPPS member', () => {
    expect(validateMemberRecord(KPPS_MEMBER)).toEqual({
      ok: true,
      value: {
        nik: '3526014508900003',
        name: 'Siti Aminah',
        sex: 'female',
        birthPlace: 'Bangkalan',
        birthDate: '1990-08-05',
        address: 'Dusun Salim RT 003/RW 002,\nBurneh',
        phone: '081234567890',
        email: 'siti.aminah@example.id',
        bodyType: 'kpps',
        regionCode: '35.26.01.2001',
        tpsNumber: 1,
        position: 'member',
        status: 'active',
        selectionRank: 3,
        decreeNumber: '12/PP.04.1-Kpt/3526/2024',
        decreeDate: '2024-01-25',
      },
    });
  });

  it('takes a ranked PPK candidate with only the required values, leaving the rest absent', () => {
    const result = validateMemberRecord({
      nik: '3526011203850001',
      name: 'Ahmad Hidayat',
      bodyType: 'PPK',
      regionCode: '35.26.01',
      position: 'ANGGOTA',
      status: 'CALON',
      selectionRank: '6',
      sex: '',
      email: '   ',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        nik: '3526011203850001',
        name: 'Ahmad Hidayat',
        bodyType: 'ppk',
        regionCode: '35.26.01',
        position: 'member',
        status: 'candidate',
        selectionRank: 6,
      },
    });
  });

  it('reads LAKI-LAKI / PEREMPUAN and spaced status codes', () => {
    const result = validateMemberRecord({ ...KPPS_MEMBER, sex: 'Laki laki' });
    expect(result.ok && result.value.sex).toBe('male');
    expect(validateMemberRecord({ ...KPPS_MEMBER, sex: 'perempuan' }).ok).toBe(true);
    expect(codesOf({ ...KPPS_MEMBER, status: 'diberhentikan sementara' })).toEqual([
      'STATUS_NOT_IMPORTABLE:status',
    ]);
  });

  it('reports every problem of a record, each with its field', () => {
    expect(
      codesOf({
        nik: '3.52601E+15',
        sex: 'X',
        birthDate: '31-02-1990',
        phone: '12ab',
        email: 'siti@',
        bodyType: 'KPU',
        regionCode: '35-26',
        tpsNumber: '0',
        position: 'BENDAHARA',
        status: 'PENSIUN',
        selectionRank: '-1',
        decreeDate: '2024/13/01',
      }),
    ).toEqual([
      'INVALID_NIK:nik',
      'VALUE_MISSING:name',
      'INVALID_SEX:sex',
      'INVALID_DATE:birthDate',
      'INVALID_PHONE:phone',
      'INVALID_EMAIL:email',
      'UNKNOWN_BODY_TYPE:bodyType',
      'INVALID_REGION_CODE:regionCode',
      'INVALID_TPS_NUMBER:tpsNumber',
      'UNKNOWN_POSITION:position',
      'UNKNOWN_MEMBER_STATUS:status',
      'INVALID_SELECTION_RANK:selectionRank',
      'INVALID_DATE:decreeDate',
    ]);
  });

  it('reports every missing required value of an empty record', () => {
    expect(codesOf({})).toEqual([
      'VALUE_MISSING:nik',
      'VALUE_MISSING:name',
      'VALUE_MISSING:bodyType',
      'VALUE_MISSING:regionCode',
      'VALUE_MISSING:position',
      'VALUE_MISSING:status',
    ]);
  });

  it('asks a candidate for a rank and an active member for the decree', () => {
    expect(codesOf({ ...KPPS_MEMBER, status: 'CALON', selectionRank: '' })).toEqual([
      'VALUE_MISSING:selectionRank',
    ]);
    expect(codesOf({ ...KPPS_MEMBER, decreeNumber: ' ', decreeDate: '' })).toEqual([
      'VALUE_MISSING:decreeNumber',
      'VALUE_MISSING:decreeDate',
    ]);
    // A refused value is reported as refused, not also as missing.
    expect(codesOf({ ...KPPS_MEMBER, decreeDate: '2024-02-30', decreeNumber: 'SK\u0000' })).toEqual([
      'INVALID_CHARACTER:decreeNumber',
      'INVALID_DATE:decreeDate',
    ]);
  });

  it('matches the region level and the TPS number to the body', () => {
    expect(codesOf({ ...KPPS_MEMBER, regionCode: '35.26.01' })).toEqual(['REGION_LEVEL_MISMATCH:regionCode']);
    expect(codesOf({ ...KPPS_MEMBER, bodyType: 'PPK', regionCode: '35.26.01.2001', tpsNumber: '' })).toEqual([
      'REGION_LEVEL_MISMATCH:regionCode',
    ]);
    expect(codesOf({ ...KPPS_MEMBER, tpsNumber: '' })).toEqual(['VALUE_MISSING:tpsNumber']);
    expect(codesOf({ ...KPPS_MEMBER, tpsNumber: 'satu' })).toEqual(['INVALID_TPS_NUMBER:tpsNumber']);
    expect(codesOf({ ...KPPS_MEMBER, bodyType: 'PPS' })).toEqual(['TPS_NUMBER_UNEXPECTED:tpsNumber']);
    const pantarlih = validateMemberRecord({ ...KPPS_MEMBER, bodyType: 'Pantarlih', tpsNumber: '12' });
    expect(pantarlih.ok && pantarlih.value.tpsNumber).toBe(12);
  });

  it('refuses control characters and over-long values', () => {
    expect(
      codesOf({ ...KPPS_MEMBER, name: 'Siti\u0007', address: 'x'.repeat(2001), birthPlace: 'y'.repeat(256) }),
    ).toEqual(['INVALID_CHARACTER:name', 'VALUE_TOO_LONG:birthPlace', 'VALUE_TOO_LONG:address']);
    expect(codesOf({ ...KPPS_MEMBER, name: 'n'.repeat(256) })).toEqual(['VALUE_TOO_LONG:name']);
  });

  it('collapses line breaks inside a name but keeps them in the address', () => {
    const result = validateMemberRecord({ ...KPPS_MEMBER, name: 'Siti\r\nAminah' });
    expect(result.ok && result.value.name).toBe('Siti Aminah');
    expect(result.ok && result.value.address).toContain('\n');
  });

  it('has a message in both languages for every code it or the importer reports', () => {
    for (const code of [...MEMBER_RECORD_ERROR_CODES, ...MEMBER_IMPORT_ROW_ERROR_CODES]) {
      expect(messageOf(code, 'id'), code).not.toBe(code);
      expect(messageOf(code, 'en'), code).not.toBe(code);
    }
  });
});

describe('isValidNik', () => {
  it.each([
    ['3526014508900003', true, 'a woman born 5 August 1990 in Bangkalan'],
    ['1171010101000001', true, 'a man born 1 January 2000 in Banda Aceh'],
    ['3526017112990001', true, 'day 71: a woman born on the 31st'],
    ['352601450890000', false, '15 digits'],
    ['35260145089000031', false, '17 digits'],
    ['0926014508900003', false, 'province 09'],
    ['9526014508900003', false, 'province 95'],
    ['3526013208900003', false, 'day 32'],
    ['3526014008900003', false, 'day 40'],
    ['3526017208900003', false, 'day 72'],
    ['3526010013900003', false, 'month 13'],
    ['3526010100900003', false, 'day 00'],
    ['3526010500900003', false, 'month 00'],
    ['3526014508900000', false, 'serial 0000'],
    ['35260145089O0003', false, 'a letter O'],
  ])('%s is %s (%s)', (nik, valid) => {
    expect(isValidNik(nik)).toBe(valid);
  });
});

describe('dottedRegionCode', () => {
  it('dots the codes of a kecamatan and a desa, with or without dots', () => {
    expect(dottedRegionCode('352601')).toBe('35.26.01');
    expect(dottedRegionCode('35.26.01')).toBe('35.26.01');
    expect(dottedRegionCode('3526012001')).toBe('35.26.01.2001');
    expect(dottedRegionCode('35.26.01.2001')).toBe('35.26.01.2001');
  });
  it('refuses anything else', () => {
    for (const code of ['35.26', '3526', '35.2601', '35.26.01.200', '35260120011', 'abcdef']) {
      expect(dottedRegionCode(code), code).toBeUndefined();
    }
  });
});

describe('calendarDate', () => {
  it('reads ISO and Indonesian day-first dates', () => {
    expect(calendarDate('2024-01-25')).toBe('2024-01-25');
    expect(calendarDate('25-01-2024')).toBe('2024-01-25');
    expect(calendarDate('5/8/1990')).toBe('1990-08-05');
    expect(calendarDate('29-02-2024')).toBe('2024-02-29');
    expect(calendarDate('29-02-2000')).toBe('2000-02-29');
  });
  it('refuses dates that do not exist or are out of range', () => {
    for (const text of [
      '29-02-2023',
      '29-02-1900',
      '31-04-2024',
      '00-01-2024',
      '2024-00-10',
      '1899-12-31',
      '2100-01-01',
      '2024/01/25',
      'kemarin',
      '',
    ]) {
      expect(calendarDate(text), text).toBeUndefined();
    }
  });
});
