import { describe, expect, it } from 'vitest';
import { ALLEGATION_PROBLEM_CODES } from '../case-records/allegation.js';
import { ALLEGATION_GUIDANCE_CODES } from '../case-records/allegation-guidance.js';
import { RECORD_ERROR_CODES } from '../case-records/record-error.js';
import { CASE_ERROR_CODES } from '../ethics-case/case-error.js';
import { CASE_EVENT_TYPES } from '../ethics-case/case-event.js';
import { GUIDANCE_CODES } from '../outcomes/sanction-guidance.js';
import {
  ATTENDANCE_STATUSES,
  CASE_COMMANDS,
  CASE_STATUSES,
  EXTERNAL_FORUMS,
  EXTERNAL_PROCEEDING_KINDS,
  EXTERNAL_PROCEEDING_STATUSES,
  OUTCOMES,
  RECORD_ACTIONS,
  ROLES,
  SESSION_KINDS,
  SUMMONS_METHODS,
} from '../vocabulary/codes.js';
import { LABELS, labelOf, MESSAGE_LABELS, messageOf } from './index.js';
import { LOCALES } from './label.js';

describe('labels', () => {
  it('has a non-empty label in both languages for every code of every kind', () => {
    for (const [kind, labels] of Object.entries(LABELS)) {
      for (const [code, label] of Object.entries(labels)) {
        for (const locale of LOCALES) {
          expect((label as Record<string, string>)[locale]?.trim(), `${kind}.${code}.${locale}`).toBeTruthy();
        }
      }
    }
  });

  it('labels every status, command, event, outcome and role', () => {
    expect(Object.keys(LABELS.caseStatus)).toEqual([...CASE_STATUSES]);
    expect(Object.keys(LABELS.caseCommand)).toEqual([...CASE_COMMANDS]);
    expect(Object.keys(LABELS.caseEvent)).toEqual([...CASE_EVENT_TYPES]);
    expect(Object.keys(LABELS.outcome)).toEqual([...OUTCOMES]);
    expect(Object.keys(LABELS.role)).toEqual([...ROLES]);
  });

  it('labels every record action and the codes of the case’s records', () => {
    expect(Object.keys(LABELS.recordAction)).toEqual([...RECORD_ACTIONS]);
    expect(Object.keys(LABELS.sessionKind)).toEqual([...SESSION_KINDS]);
    expect(Object.keys(LABELS.summonsMethod)).toEqual([...SUMMONS_METHODS]);
    expect(Object.keys(LABELS.attendanceStatus)).toEqual([...ATTENDANCE_STATUSES]);
    expect(Object.keys(LABELS.externalForum)).toEqual([...EXTERNAL_FORUMS]);
    expect(Object.keys(LABELS.externalProceedingKind)).toEqual([...EXTERNAL_PROCEEDING_KINDS]);
    expect(Object.keys(LABELS.externalProceedingStatus)).toEqual([...EXTERNAL_PROCEEDING_STATUSES]);
    expect(labelOf('caseEvent', 'sessionMinutesRecorded', 'en')).toBe('Session minutes recorded');
  });

  it('has a message for every error and warning code, in both languages', () => {
    for (const code of [
      ...CASE_ERROR_CODES,
      ...GUIDANCE_CODES,
      ...RECORD_ERROR_CODES,
      ...ALLEGATION_PROBLEM_CODES,
      ...ALLEGATION_GUIDANCE_CODES,
      'EVIDENCE_INSUFFICIENT',
      'TEAM_MEMBER_IS_PARTY',
      'NO_REPLACEMENT_CANDIDATE',
      'INVALID_REGISTER_NUMBER',
      'NO_RULE_SET_IN_FORCE',
    ]) {
      expect(MESSAGE_LABELS[code], code).toBeDefined();
    }
    for (const [code, label] of Object.entries(MESSAGE_LABELS)) {
      expect(code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(label.id && label.en, code).toBeTruthy();
    }
  });

  it('speaks Bahasa Indonesia by default', () => {
    expect(labelOf('caseStatus', 'decided')).toBe('Diputus');
    expect(labelOf('caseStatus', 'decided', 'en')).toBe('Decided');
    expect(messageOf('CONFLICT_OF_INTEREST')).toMatch(/konflik kepentingan/);
  });

  it('shows an unknown code as itself rather than nothing', () => {
    expect(labelOf('outcome', 'banishment')).toBe('banishment');
    expect(messageOf('NOT_A_CODE', 'en')).toBe('NOT_A_CODE');
  });
});
