import { describe, expect, it } from 'vitest';
import { VIOLATION_CATEGORIES } from '../vocabulary/codes.js';
import {
  BEHAVIOURS,
  CONDUCT_CATALOGUE,
  PRINCIPLES,
  TYPICAL_VIOLATIONS,
  VIOLATION_CATEGORY_LABELS,
} from './index.js';

describe('CONDUCT_CATALOGUE', () => {
  it('gathers principles, behaviours, categories, typical violations, oaths and the pact', () => {
    expect(CONDUCT_CATALOGUE.principles.map((p) => p.code)).toEqual(PRINCIPLES);
    expect(CONDUCT_CATALOGUE.behaviours).toBe(BEHAVIOURS);
    expect(CONDUCT_CATALOGUE.typicalViolations).toBe(TYPICAL_VIOLATIONS);
    expect(CONDUCT_CATALOGUE.violationCategories).toEqual(VIOLATION_CATEGORIES);
    expect(CONDUCT_CATALOGUE.oaths.length).toBeGreaterThan(0);
    expect(CONDUCT_CATALOGUE.integrityPact.items.length).toBeGreaterThan(0);
  });

  it('labels every violation category in both locales', () => {
    for (const category of VIOLATION_CATEGORIES) {
      expect(VIOLATION_CATEGORY_LABELS[category].id).not.toBe('');
      expect(VIOLATION_CATEGORY_LABELS[category].en).not.toBe('');
    }
  });

  it('uses every violation category in some behaviour', () => {
    const used = new Set(BEHAVIOURS.map((b) => b.category));
    expect([...used].sort()).toEqual([...VIOLATION_CATEGORIES].sort());
  });

  it('keeps codes unique across principles, behaviours and typical violations', () => {
    const codes = [...PRINCIPLES, ...BEHAVIOURS.map((b) => b.code), ...TYPICAL_VIOLATIONS.map((v) => v.code)];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(CONDUCT_CATALOGUE))).toEqual(CONDUCT_CATALOGUE);
  });
});
