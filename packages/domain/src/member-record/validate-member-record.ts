import { err, ok, type Result } from '../shared/result.js';
import type { BodyType, Position } from '../vocabulary/codes.js';
import {
  IMPORTABLE_MEMBER_STATUSES,
  SIAKBA_BODY_TYPES,
  SIAKBA_MEMBER_STATUSES,
  SIAKBA_POSITIONS,
  SIAKBA_SEXES,
  type ImportableMemberStatus,
  type MemberRecord,
  type MemberRecordField,
  type MemberRecordInput,
  type Sex,
} from './member-record.js';

export const MEMBER_RECORD_ERROR_CODES = [
  'VALUE_MISSING',
  'VALUE_TOO_LONG',
  'INVALID_CHARACTER',
  'INVALID_NIK',
  'INVALID_SEX',
  'INVALID_DATE',
  'INVALID_PHONE',
  'INVALID_EMAIL',
  'UNKNOWN_BODY_TYPE',
  'INVALID_REGION_CODE',
  'REGION_LEVEL_MISMATCH',
  'INVALID_TPS_NUMBER',
  'TPS_NUMBER_UNEXPECTED',
  'UNKNOWN_POSITION',
  'UNKNOWN_MEMBER_STATUS',
  'STATUS_NOT_IMPORTABLE',
  'INVALID_SELECTION_RANK',
] as const;
export type MemberRecordErrorCode = (typeof MEMBER_RECORD_ERROR_CODES)[number];

/** One problem of a record: what is wrong, and in which field. A record reports all of its problems. */
export interface MemberRecordError {
  readonly code: MemberRecordErrorCode;
  readonly field: MemberRecordField;
}

/** Longest stored text per field (the columns' sizes). */
export const MEMBER_RECORD_MAX_LENGTHS: Readonly<Partial<Record<MemberRecordField, number>>> = {
  name: 255,
  birthPlace: 255,
  address: 2000,
  email: 255,
  decreeNumber: 128,
};

/** Bodies whose members are recorded per polling station (TPS). */
const PER_TPS: readonly BodyType[] = ['kpps', 'pantarlih'];

/**
 * Checks one member record and returns it typed, or every problem it has (never only the first), each
 * with its field. Rules: NIK is 16 digits shaped as Dukcapil issues them (province 11–94, a birth date
 * with 40 added to the day for women, a serial from 0001); the codes are regulation.md §10.4's; a PPK is
 * formed for a kecamatan, a PPS for a desa/kelurahan, a KPPS and a Pantarlih for a TPS of a desa; a
 * candidate needs a rank, an active member the number and date of the decree that appointed them.
 */
export function validateMemberRecord(input: MemberRecordInput): Result<MemberRecord, MemberRecordError[]> {
  const errors: MemberRecordError[] = [];
  const problem = (code: MemberRecordErrorCode, field: MemberRecordField) => errors.push({ code, field });

  /** The trimmed value (inner whitespace collapsed outside the address), undefined when blank or refused. */
  const text = (field: MemberRecordField): string | undefined => {
    const raw = input[field];
    if (raw === undefined) return undefined;
    // Tabs and line breaks are whitespace; other control characters never belong in a record.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(raw)) {
      problem('INVALID_CHARACTER', field);
      return undefined;
    }
    const value = field === 'address' ? raw.trim() : raw.trim().replace(/\s+/g, ' ');
    if (value === '') return undefined;
    const max = MEMBER_RECORD_MAX_LENGTHS[field];
    if (max !== undefined && value.length > max) {
      problem('VALUE_TOO_LONG', field);
      return undefined;
    }
    return value;
  };
  /** Reports a missing value, unless the field already has a problem (a refused value is not "missing"). */
  const need = (field: MemberRecordField, value: unknown) => {
    if (value === undefined && !errors.some((error) => error.field === field))
      problem('VALUE_MISSING', field);
  };
  const required = (field: MemberRecordField): string | undefined => {
    const value = text(field);
    need(field, value);
    return value;
  };
  const code = (field: MemberRecordField, value: string | undefined) =>
    value?.toUpperCase().replace(/[\s-]+/g, field === 'sex' ? '-' : '_');

  const nik = required('nik');
  if (nik !== undefined && !isValidNik(nik)) problem('INVALID_NIK', 'nik');
  const name = required('name');

  const sexCode = code('sex', text('sex'));
  const sex: Sex | undefined = sexCode === undefined ? undefined : SIAKBA_SEXES[sexCode];
  if (sexCode !== undefined && sex === undefined) problem('INVALID_SEX', 'sex');

  const birthPlace = text('birthPlace');
  const birthDate = date('birthDate');
  const address = text('address');

  const phoneText = text('phone');
  const phone = phoneText?.replace(/[\s.\-()]/g, '');
  if (phone !== undefined && !/^\+?\d{8,15}$/.test(phone)) problem('INVALID_PHONE', 'phone');

  const email = text('email');
  if (email !== undefined && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email))
    problem('INVALID_EMAIL', 'email');

  const bodyCode = code('bodyType', required('bodyType'));
  const bodyType = bodyCode === undefined ? undefined : SIAKBA_BODY_TYPES[bodyCode];
  if (bodyCode !== undefined && bodyType === undefined) problem('UNKNOWN_BODY_TYPE', 'bodyType');

  const regionText = required('regionCode');
  const regionCode = regionText === undefined ? undefined : dottedRegionCode(regionText);
  if (regionText !== undefined && regionCode === undefined) problem('INVALID_REGION_CODE', 'regionCode');
  if (bodyType !== undefined && regionCode !== undefined) {
    const village = regionCode.length > 8;
    if (village !== (bodyType !== 'ppk')) problem('REGION_LEVEL_MISMATCH', 'regionCode');
  }

  const tpsText = text('tpsNumber');
  const tpsNumber = tpsText !== undefined && /^\d{1,4}$/.test(tpsText) ? Number(tpsText) : undefined;
  if (tpsText !== undefined && (tpsNumber === undefined || tpsNumber < 1)) {
    problem('INVALID_TPS_NUMBER', 'tpsNumber');
  }
  if (bodyType !== undefined && PER_TPS.includes(bodyType)) {
    need('tpsNumber', tpsText);
  } else if (bodyType !== undefined && tpsText !== undefined) {
    problem('TPS_NUMBER_UNEXPECTED', 'tpsNumber');
  }

  const positionCode = code('position', required('position'));
  const position: Position | undefined =
    positionCode === undefined ? undefined : SIAKBA_POSITIONS[positionCode];
  if (positionCode !== undefined && position === undefined) problem('UNKNOWN_POSITION', 'position');

  const statusCode = code('status', required('status'));
  const known = statusCode === undefined ? undefined : SIAKBA_MEMBER_STATUSES[statusCode];
  const status = IMPORTABLE_MEMBER_STATUSES.find((importable) => importable === known);
  if (statusCode !== undefined && known === undefined) problem('UNKNOWN_MEMBER_STATUS', 'status');
  else if (known !== undefined && status === undefined) problem('STATUS_NOT_IMPORTABLE', 'status');

  const rankText = text('selectionRank');
  const selectionRank = rankText !== undefined && /^\d{1,6}$/.test(rankText) ? Number(rankText) : undefined;
  if (rankText !== undefined && (selectionRank === undefined || selectionRank < 1)) {
    problem('INVALID_SELECTION_RANK', 'selectionRank');
  }
  const decreeNumber = text('decreeNumber');
  const decreeDate = date('decreeDate');
  if (status === 'candidate') need('selectionRank', rankText);
  if (status === 'active') {
    need('decreeNumber', decreeNumber);
    need('decreeDate', decreeDate);
  }

  if (
    errors.length > 0 ||
    nik === undefined ||
    name === undefined ||
    bodyType === undefined ||
    regionCode === undefined ||
    position === undefined ||
    status === undefined
  ) {
    return err(errors);
  }
  return ok({
    nik,
    name,
    ...optional({ sex, birthPlace, birthDate, address, phone, email }),
    bodyType,
    regionCode,
    ...optional({ tpsNumber: PER_TPS.includes(bodyType) ? tpsNumber : undefined }),
    position,
    status: status satisfies ImportableMemberStatus,
    ...optional({ selectionRank, decreeNumber, decreeDate }),
  });

  /** A calendar date in one of the accepted shapes, as YYYY-MM-DD. */
  function date(field: 'birthDate' | 'decreeDate'): string | undefined {
    const value = text(field);
    if (value === undefined) return undefined;
    const parsed = calendarDate(value);
    if (parsed === undefined) problem('INVALID_DATE', field);
    return parsed;
  }
}

/** Only the entries that have a value (the record's optional fields are absent, never undefined). */
function optional<T extends Record<string, unknown>>(
  values: T,
): Partial<{ [K in keyof T]: Exclude<T[K], undefined> }> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<{
    [K in keyof T]: Exclude<T[K], undefined>;
  }>;
}

/**
 * Whether a NIK has the shape Dukcapil issues: 16 digits, a province code 11–94, a birth day 01–31 (41–71
 * for women), a month 01–12, and a serial from 0001. (A spreadsheet that turned it into 3.52601E+15 fails.)
 */
export function isValidNik(nik: string): boolean {
  if (!/^\d{16}$/.test(nik)) return false;
  const province = Number(nik.slice(0, 2));
  const day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const birthDay = day > 40 ? day - 40 : day;
  return (
    province >= 11 &&
    province <= 94 &&
    birthDay >= 1 &&
    birthDay <= 31 &&
    month >= 1 &&
    month <= 12 &&
    nik.slice(12) !== '0000'
  );
}

/** "35.26.01", "352601", "35.26.01.2001" or "3526012001" → the dotted Kemendagri code; else undefined. */
export function dottedRegionCode(code: string): string | undefined {
  const digits = /^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/.test(code) ? code.replaceAll('.', '') : code;
  if (!/^(\d{6}|\d{10})$/.test(digits)) return undefined;
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)];
  if (digits.length === 10) parts.push(digits.slice(6));
  return parts.join('.');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY (years 1900–2099) → YYYY-MM-DD, or undefined if not a real date. */
export function calendarDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const local = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : local
      ? [Number(local[3]), Number(local[2]), Number(local[1])]
      : [0, 0, 0];
  if (year < 1900 || year > 2099 || month < 1 || month > 12) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
