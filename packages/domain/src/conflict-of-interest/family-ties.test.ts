import { describe, expect, it } from 'vitest';
import {
  checkExaminationTeam,
  findFamilyTieConflicts,
  type ExaminerWithDeclarations,
  type FamilyTieDeclaration,
  type PartyOfCase,
} from './index.js';

const NOW = new Date('2025-03-10T02:00:00Z');

const declaration = (
  id: string,
  personId: string,
  overrides: Partial<FamilyTieDeclaration> = {},
): FamilyTieDeclaration => ({
  id,
  membershipId: `m-${personId}`,
  personId,
  relativeName: 'Someone Unrelated',
  relation: 'sibling',
  relativeRole: 'campaignTeam',
  declaredAt: NOW,
  published: false,
  ...overrides,
});

const PARTIES: PartyOfCase[] = [
  { personId: 'p-respondent', name: 'Budi Santoso', role: 'respondent' },
  { personId: 'p-complainant', name: 'Siti Aminah', role: 'complainant' },
  { name: 'Rahmat Hidayat', role: 'witness' },
];

const examiner = (
  personId: string,
  name: string,
  declarations: FamilyTieDeclaration[] = [],
): ExaminerWithDeclarations => ({ personId, name, declarations });

describe('findFamilyTieConflicts', () => {
  it('finds a tie the examiner declared to a party', () => {
    const own = declaration('d-1', 'p-ex', { relativePersonId: 'p-respondent', relativeName: 'Budi' });
    expect(findFamilyTieConflicts([examiner('p-ex', 'Dewi Lestari', [own])], PARTIES, [])).toEqual([
      {
        code: 'TEAM_MEMBER_RELATED_TO_PARTY',
        personId: 'p-ex',
        partyName: 'Budi Santoso',
        partyRole: 'respondent',
        relation: 'sibling',
        declaredBy: 'examiner',
        declarationId: 'd-1',
      },
    ]);
  });

  it("finds a tie the respondent declared to the examiner, though the examiner's declarations are silent", () => {
    const theirs = declaration('d-2', 'p-respondent', { relativePersonId: 'p-ex', relation: 'spouse' });
    expect(findFamilyTieConflicts([examiner('p-ex', 'Dewi Lestari')], PARTIES, [theirs])).toEqual([
      {
        code: 'TEAM_MEMBER_RELATED_TO_PARTY',
        personId: 'p-ex',
        partyName: 'Budi Santoso',
        partyRole: 'respondent',
        relation: 'spouse',
        declaredBy: 'party',
        declarationId: 'd-2',
      },
    ]);
  });

  it('matches an examiner named by the complainant by name when the declaration has no id', () => {
    const theirs = declaration('d-3', 'p-complainant', { relativeName: 'Ibu Dewi Lestari, S.H.' });
    expect(findFamilyTieConflicts([examiner('p-ex', 'Dewi Lestari')], PARTIES, [theirs])).toMatchObject([
      { personId: 'p-ex', partyName: 'Siti Aminah', partyRole: 'complainant', declaredBy: 'party' },
    ]);
  });

  it('lets ids overrule an equal name: a namesake of the examiner is not the examiner', () => {
    const theirs = declaration('d-4', 'p-respondent', {
      relativeName: 'Dewi Lestari',
      relativePersonId: 'p-namesake',
    });
    expect(findFamilyTieConflicts([examiner('p-ex', 'Dewi Lestari')], PARTIES, [theirs])).toEqual([]);
  });

  it('ignores a declaration naming the examiner made by someone who is not a party', () => {
    const stranger = declaration('d-5', 'p-stranger', { relativePersonId: 'p-ex' });
    expect(findFamilyTieConflicts([examiner('p-ex', 'Dewi Lestari')], PARTIES, [stranger])).toEqual([]);
  });

  it('reports both directions when both sides declared the same tie', () => {
    const own = declaration('d-6', 'p-ex', { relativePersonId: 'p-respondent' });
    const theirs = declaration('d-7', 'p-respondent', { relativePersonId: 'p-ex' });
    const found = findFamilyTieConflicts([examiner('p-ex', 'Dewi Lestari', [own])], PARTIES, [theirs]);
    expect(found.map((tie) => [tie.declaredBy, tie.declarationId])).toEqual([
      ['examiner', 'd-6'],
      ['party', 'd-7'],
    ]);
  });

  it("throws when an examiner carries someone else's declaration", () => {
    const misplaced = declaration('d-8', 'p-other');
    expect(() => findFamilyTieConflicts([examiner('p-ex', 'Dewi', [misplaced])], PARTIES, [])).toThrow(
      /not by p-ex/,
    );
  });
});

describe('checkExaminationTeam with the parties’ declarations', () => {
  const member = (personId: string, declarations: FamilyTieDeclaration[] = []) => ({
    personId,
    name: `Name of ${personId}`,
    bodyIds: [],
    declarations,
  });
  const TEAM = { chairPersonId: 'p-chair', memberPersonIds: ['p-a', 'p-b'] };
  const facts = (partyDeclarations: FamilyTieDeclaration[], own: FamilyTieDeclaration[] = []) => ({
    parties: PARTIES,
    respondentBodyIds: [],
    teamMembers: [member('p-chair'), member('p-a', own), member('p-b')],
    partyDeclarations,
  });

  it('refuses a team whose member a respondent declared as a relative', () => {
    const theirs = declaration('d-1', 'p-respondent', { relativePersonId: 'p-a', relation: 'child' });
    expect(checkExaminationTeam(TEAM, facts([theirs]))).toEqual([
      { code: 'TEAM_MEMBER_RELATED_TO_PARTY', personId: 'p-a', partyName: 'Budi Santoso', relation: 'child' },
    ]);
  });

  it('reports a tie declared by both sides once', () => {
    const own = declaration('d-2', 'p-a', { relativePersonId: 'p-respondent' });
    const theirs = declaration('d-3', 'p-respondent', { relativePersonId: 'p-a' });
    expect(checkExaminationTeam(TEAM, facts([theirs], [own]))).toEqual([
      {
        code: 'TEAM_MEMBER_RELATED_TO_PARTY',
        personId: 'p-a',
        partyName: 'Budi Santoso',
        relation: 'sibling',
      },
    ]);
  });

  it('accepts the team when the parties declared ties to nobody on it', () => {
    expect(checkExaminationTeam(TEAM, facts([declaration('d-4', 'p-complainant')]))).toEqual([]);
  });
});
