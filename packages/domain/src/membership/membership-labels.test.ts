import { describe, expect, it } from 'vitest';
import type { Label } from '../labels/label.js';
import { BODY_TYPES, MEMBERSHIP_STATUSES, POSITIONS } from '../vocabulary/codes.js';
import {
  APPOINTMENT_REQUIREMENT_LABELS,
  BODY_TYPE_LABELS,
  CESSATION_REASON_LABELS,
  CESSATION_REASONS,
  EFFECT_PHASE_LABELS,
  MEMBERSHIP_ACT_ERROR_CODES,
  MEMBERSHIP_ACT_ERROR_LABELS,
  MEMBERSHIP_END_REASON_LABELS,
  MEMBERSHIP_END_REASONS,
  MEMBERSHIP_ERROR_LABELS,
  MEMBERSHIP_EVENT_LABELS,
  MEMBERSHIP_EVENT_TYPES,
  MEMBERSHIP_STATUS_LABELS,
  POSITION_LABELS,
  REPLACEMENT_ERROR_LABELS,
  REPLACEMENT_METHOD_LABELS,
  REPLACEMENT_METHODS,
} from './index.js';

describe('membership labels', () => {
  it.each<[string, Record<string, Label>, readonly string[]]>([
    ['body types', BODY_TYPE_LABELS, BODY_TYPES],
    ['positions', POSITION_LABELS, POSITIONS],
    ['statuses', MEMBERSHIP_STATUS_LABELS, MEMBERSHIP_STATUSES],
    ['events', MEMBERSHIP_EVENT_LABELS, MEMBERSHIP_EVENT_TYPES],
    ['cessation reasons', CESSATION_REASON_LABELS, CESSATION_REASONS],
    ['end reasons', MEMBERSHIP_END_REASON_LABELS, MEMBERSHIP_END_REASONS],
    ['act refusals', MEMBERSHIP_ACT_ERROR_LABELS, MEMBERSHIP_ACT_ERROR_CODES],
    ['replacement methods', REPLACEMENT_METHOD_LABELS, REPLACEMENT_METHODS],
  ])('labels every one of the %s, in list order, in both languages', (_, labels, codes) => {
    expect(Object.keys(labels)).toEqual([...codes]);
    for (const label of Object.values(labels)) expect(label.id && label.en).toBeTruthy();
  });

  it('labels every error, requirement and phase in both languages', () => {
    for (const labels of [
      MEMBERSHIP_ERROR_LABELS,
      REPLACEMENT_ERROR_LABELS,
      APPOINTMENT_REQUIREMENT_LABELS,
      EFFECT_PHASE_LABELS,
    ]) {
      for (const label of Object.values(labels)) expect(label.id && label.en).toBeTruthy();
    }
  });

  it('names the PPK by its Indonesian title', () => {
    expect(BODY_TYPE_LABELS.ppk.id).toBe('PPK — Panitia Pemilihan Kecamatan');
  });
});
