import { describe, expect, it } from 'vitest';
import {
  DECLARATION_ERROR_LABELS,
  FAMILY_RELATION_LABELS,
  FAMILY_RELATIONS,
  RELATIVE_ROLE_LABELS,
  RELATIVE_ROLES,
  validateDeclaration,
  type DeclarationInput,
} from './index.js';

const NOW = new Date('2025-03-10T02:00:00Z');

const anInput = (overrides: Partial<DeclarationInput> = {}): DeclarationInput => ({
  id: 'd-1',
  membershipId: 'm-1',
  personId: 'p-1',
  relativeName: '  Ahmad Fauzi ',
  relativePersonId: 'p-77',
  relation: 'sibling',
  relativeRole: 'regencyDprdCandidate',
  declaredAt: NOW,
  published: true,
  publishedUrl: 'https://kab-malang.kpu.go.id/pengumuman/hubungan-keluarga',
  ...overrides,
});

const errorCodes = (input: DeclarationInput) => {
  const result = validateDeclaration(input);
  return result.ok ? [] : result.error.map((error) => error.code);
};

describe('validateDeclaration', () => {
  it('accepts a complete published declaration and trims the relative name', () => {
    expect(validateDeclaration(anInput())).toEqual({
      ok: true,
      value: {
        id: 'd-1',
        membershipId: 'm-1',
        personId: 'p-1',
        relativeName: 'Ahmad Fauzi',
        relativePersonId: 'p-77',
        relation: 'sibling',
        relativeRole: 'regencyDprdCandidate',
        declaredAt: NOW,
        published: true,
        publishedUrl: 'https://kab-malang.kpu.go.id/pengumuman/hubungan-keluarga',
      },
    });
  });

  it('accepts an unpublished declaration without a link or a relative id, leaving both out', () => {
    const result = validateDeclaration(
      anInput({ published: false, publishedUrl: ' ', relativePersonId: '' }),
    );
    expect(result.ok && result.value).toEqual(
      expect.not.objectContaining({ publishedUrl: expect.anything() }),
    );
    expect(result.ok && 'relativePersonId' in result.value).toBe(false);
  });

  it.each(FAMILY_RELATIONS)('accepts the relation %s', (relation) => {
    expect(validateDeclaration(anInput({ relation })).ok).toBe(true);
  });

  it.each(RELATIVE_ROLES)('accepts the relative role %s', (relativeRole) => {
    expect(validateDeclaration(anInput({ relativeRole })).ok).toBe(true);
  });

  it("accepts a commissioner's or staff member's declaration, which has no ad hoc membership", () => {
    const { membershipId: _seat, ...staff } = anInput({ personId: 'p-staff' });
    const result = validateDeclaration(staff);
    expect(result.ok).toBe(true);
    expect(result.ok && 'membershipId' in result.value).toBe(false);
    expect(result.ok && result.value.personId).toBe('p-staff');
  });

  it('refuses a declaration without the relative name', () => {
    const { relativeName: _, ...withoutName } = anInput();
    expect(errorCodes(withoutName)).toEqual(['RELATIVE_NAME_MISSING']);
    expect(errorCodes(anInput({ relativeName: '   ' }))).toEqual(['RELATIVE_NAME_MISSING']);
  });

  it('refuses a declarer who names themselves as the relative', () => {
    expect(errorCodes(anInput({ relativePersonId: 'p-1' }))).toEqual(['RELATIVE_IS_DECLARER']);
  });

  it('refuses a relation outside close family', () => {
    expect(validateDeclaration(anInput({ relation: 'cousin' }))).toEqual({
      ok: false,
      error: [{ code: 'RELATION_UNKNOWN', value: 'cousin' }],
    });
  });

  it('refuses an unknown relative role', () => {
    expect(validateDeclaration(anInput({ relativeRole: 'villageHead' }))).toEqual({
      ok: false,
      error: [{ code: 'RELATIVE_ROLE_UNKNOWN', value: 'villageHead' }],
    });
  });

  it('refuses an unreadable declaration date', () => {
    expect(errorCodes(anInput({ declaredAt: new Date('31/02/2025') }))).toEqual(['DECLARED_AT_INVALID']);
  });

  it('refuses a published declaration without a link', () => {
    const { publishedUrl: _, ...withoutUrl } = anInput();
    expect(errorCodes(withoutUrl)).toEqual(['PUBLISHED_URL_MISSING']);
  });

  it.each(['kpu.go.id/pengumuman', 'ftp://kpu.go.id/x', 'https://localhost', 'https://kpu go.id'])(
    'refuses the link %s, which is not a web address',
    (publishedUrl) => {
      expect(validateDeclaration(anInput({ publishedUrl }))).toEqual({
        ok: false,
        error: [{ code: 'PUBLISHED_URL_INVALID', value: publishedUrl }],
      });
    },
  );

  it('reports every error at once', () => {
    expect(
      errorCodes(
        anInput({
          relativeName: '',
          relation: 'uncle',
          relativeRole: 'voter',
          published: true,
          publishedUrl: '',
        }),
      ),
    ).toEqual([
      'RELATIVE_NAME_MISSING',
      'RELATION_UNKNOWN',
      'RELATIVE_ROLE_UNKNOWN',
      'PUBLISHED_URL_MISSING',
    ]);
  });

  it('throws on a blank id, which the application should never produce', () => {
    expect(() => validateDeclaration(anInput({ membershipId: ' ' }))).toThrow(/membershipId/);
  });
});

describe('declaration labels', () => {
  it('labels every relation, role and error in both languages', () => {
    for (const labels of [FAMILY_RELATION_LABELS, RELATIVE_ROLE_LABELS, DECLARATION_ERROR_LABELS]) {
      for (const label of Object.values(labels)) {
        expect(label.id).not.toBe('');
        expect(label.en).not.toBe('');
      }
    }
    expect(Object.keys(FAMILY_RELATION_LABELS)).toEqual([...FAMILY_RELATIONS]);
    expect(Object.keys(RELATIVE_ROLE_LABELS)).toEqual([...RELATIVE_ROLES]);
  });
});
