import { describe, expect, it } from 'vitest';
import {
  checkExaminationTeam,
  TEAM_VIOLATION_LABELS,
  type ExaminationTeamFacts,
  type FamilyTieDeclaration,
  type TeamMemberFacts,
} from './index.js';

const NOW = new Date('2025-03-10T02:00:00Z');

const TEAM = { chairPersonId: 'p-chair', memberPersonIds: ['p-a', 'p-b'] };

const aDeclaration = (
  personId: string,
  overrides: Partial<FamilyTieDeclaration> = {},
): FamilyTieDeclaration => ({
  id: `d-${personId}`,
  membershipId: `m-${personId}`,
  personId,
  relativeName: 'Someone Unrelated',
  relation: 'sibling',
  relativeRole: 'regencyDprdCandidate',
  declaredAt: NOW,
  published: false,
  ...overrides,
});

const aMember = (personId: string, overrides: Partial<TeamMemberFacts> = {}): TeamMemberFacts => ({
  personId,
  name: `Name of ${personId}`,
  bodyIds: ['ppk-other'],
  declarations: [],
  ...overrides,
});

const factsWith = (...changed: TeamMemberFacts[]): ExaminationTeamFacts => ({
  parties: [
    { personId: 'p-complainant', name: 'Siti Aminah', role: 'complainant' },
    { personId: 'p-respondent', name: 'Budi Santoso', role: 'respondent' },
    { name: 'Rahmat Hidayat', role: 'witness' },
  ],
  respondentBodyIds: ['pps-sukamaju'],
  teamMembers: ['p-chair', 'p-a', 'p-b'].map(
    (personId) => changed.find((member) => member.personId === personId) ?? aMember(personId),
  ),
});

describe('checkExaminationTeam', () => {
  it('accepts a chair and two members free of any conflict', () => {
    expect(checkExaminationTeam(TEAM, factsWith())).toEqual([]);
  });

  describe('size', () => {
    it.each([[[]], [['p-a']], [['p-a', 'p-b', 'p-c']]])(
      'refuses a team with members %j',
      (memberPersonIds) => {
        const facts = { ...factsWith(), teamMembers: [...factsWith().teamMembers, aMember('p-c')] };
        expect(checkExaminationTeam({ chairPersonId: 'p-chair', memberPersonIds }, facts)).toEqual([
          { code: 'TEAM_SIZE_INVALID', memberCount: memberPersonIds.length },
        ]);
      },
    );
  });

  describe('duplicates', () => {
    it('refuses a chair who is also listed as a member', () => {
      expect(
        checkExaminationTeam({ chairPersonId: 'p-a', memberPersonIds: ['p-a', 'p-b'] }, factsWith()),
      ).toEqual([{ code: 'TEAM_MEMBER_DUPLICATED', personId: 'p-a' }]);
    });

    it('refuses the same member twice, reporting the person once', () => {
      expect(
        checkExaminationTeam({ chairPersonId: 'p-chair', memberPersonIds: ['p-b', 'p-b'] }, factsWith()),
      ).toEqual([{ code: 'TEAM_MEMBER_DUPLICATED', personId: 'p-b' }]);
    });
  });

  describe('missing facts', () => {
    it('never passes a person it knows nothing about', () => {
      const facts = { ...factsWith(), teamMembers: factsWith().teamMembers.slice(0, 2) };
      expect(checkExaminationTeam(TEAM, facts)).toEqual([
        { code: 'TEAM_MEMBER_FACTS_MISSING', personId: 'p-b' },
      ]);
    });

    it('still recognises a party by id when the facts are missing', () => {
      const team = { chairPersonId: 'p-chair', memberPersonIds: ['p-a', 'p-respondent'] };
      expect(checkExaminationTeam(team, factsWith())).toEqual([
        { code: 'TEAM_MEMBER_FACTS_MISSING', personId: 'p-respondent' },
        { code: 'TEAM_MEMBER_IS_PARTY', personId: 'p-respondent', role: 'respondent' },
      ]);
    });
  });

  describe('parties', () => {
    it('refuses an examiner who is a party to the case', () => {
      const team = { chairPersonId: 'p-complainant', memberPersonIds: ['p-a', 'p-b'] };
      const facts = factsWith();
      const withComplainant = { ...facts, teamMembers: [...facts.teamMembers, aMember('p-complainant')] };
      expect(checkExaminationTeam(team, withComplainant)).toEqual([
        { code: 'TEAM_MEMBER_IS_PARTY', personId: 'p-complainant', role: 'complainant' },
      ]);
    });

    it('recognises a party recorded by name only', () => {
      const facts = factsWith(aMember('p-a', { name: 'RAHMAT  HIDAYAT' }));
      expect(checkExaminationTeam(TEAM, facts)).toEqual([
        { code: 'TEAM_MEMBER_IS_PARTY', personId: 'p-a', role: 'witness' },
      ]);
    });

    it('does not confuse two people who share a name but have different ids', () => {
      const facts = factsWith(aMember('p-a', { name: 'Budi Santoso' }));
      expect(checkExaminationTeam(TEAM, facts)).toEqual([]);
    });
  });

  describe('family ties', () => {
    it('refuses an examiner who declared a sibling among the respondents', () => {
      const declaration = aDeclaration('p-b', { relativeName: 'Budi', relativePersonId: 'p-respondent' });
      const facts = factsWith(aMember('p-b', { declarations: [declaration] }));
      expect(checkExaminationTeam(TEAM, facts)).toEqual([
        {
          code: 'TEAM_MEMBER_RELATED_TO_PARTY',
          personId: 'p-b',
          partyName: 'Budi Santoso',
          relation: 'sibling',
        },
      ]);
    });

    it('matches a declared relative by name when the declaration has no id', () => {
      const declaration = aDeclaration('p-chair', {
        relativeName: 'Hj. Siti Aminah, S.Pd.',
        relation: 'spouse',
      });
      const facts = factsWith(aMember('p-chair', { declarations: [declaration] }));
      expect(checkExaminationTeam(TEAM, facts)).toEqual([
        {
          code: 'TEAM_MEMBER_RELATED_TO_PARTY',
          personId: 'p-chair',
          partyName: 'Siti Aminah',
          relation: 'spouse',
        },
      ]);
    });

    it('lets ids overrule an equal name: a namesake of a party is not the party', () => {
      const declaration = aDeclaration('p-a', {
        relativeName: 'Siti Aminah',
        relativePersonId: 'p-namesake',
      });
      expect(checkExaminationTeam(TEAM, factsWith(aMember('p-a', { declarations: [declaration] })))).toEqual(
        [],
      );
    });

    it('accepts an examiner whose declared relatives are not parties', () => {
      const facts = factsWith(aMember('p-a', { declarations: [aDeclaration('p-a')] }));
      expect(checkExaminationTeam(TEAM, facts)).toEqual([]);
    });

    it('throws when a declaration by someone else is passed as the examiner’s', () => {
      const facts = factsWith(aMember('p-a', { declarations: [aDeclaration('p-b')] }));
      expect(() => checkExaminationTeam(TEAM, facts)).toThrow(/not by p-a/);
    });
  });

  describe('respondent body', () => {
    it("refuses an examiner from the respondent's ad hoc body", () => {
      const facts = factsWith(aMember('p-a', { bodyIds: ['ppk-x', 'pps-sukamaju'] }));
      expect(checkExaminationTeam(TEAM, facts)).toEqual([
        { code: 'TEAM_MEMBER_IN_RESPONDENT_BODY', personId: 'p-a', bodyId: 'pps-sukamaju' },
      ]);
    });

    it('accepts an examiner with no ad hoc body at all', () => {
      expect(checkExaminationTeam(TEAM, factsWith(aMember('p-a', { bodyIds: [] })))).toEqual([]);
    });
  });

  it('returns every violation of every person', () => {
    const team = { chairPersonId: 'p-chair', memberPersonIds: ['p-chair', 'p-a', 'p-ghost'] };
    const facts = factsWith(
      aMember('p-chair', { bodyIds: ['pps-sukamaju'] }),
      aMember('p-a', {
        name: 'Rahmat Hidayat',
        declarations: [aDeclaration('p-a', { relativeName: 'Siti Aminah', relation: 'parent' })],
      }),
    );
    expect(checkExaminationTeam(team, facts)).toEqual([
      { code: 'TEAM_SIZE_INVALID', memberCount: 3 },
      { code: 'TEAM_MEMBER_DUPLICATED', personId: 'p-chair' },
      { code: 'TEAM_MEMBER_IN_RESPONDENT_BODY', personId: 'p-chair', bodyId: 'pps-sukamaju' },
      { code: 'TEAM_MEMBER_IS_PARTY', personId: 'p-a', role: 'witness' },
      { code: 'TEAM_MEMBER_RELATED_TO_PARTY', personId: 'p-a', partyName: 'Siti Aminah', relation: 'parent' },
      { code: 'TEAM_MEMBER_FACTS_MISSING', personId: 'p-ghost' },
    ]);
  });

  it('throws on a blank seat, which is a bug in the caller', () => {
    expect(() =>
      checkExaminationTeam({ chairPersonId: '', memberPersonIds: ['p-a', 'p-b'] }, factsWith()),
    ).toThrow(/person id/);
  });

  it('labels every violation code in both languages', () => {
    for (const label of Object.values(TEAM_VIOLATION_LABELS)) {
      expect(label.id).not.toBe('');
      expect(label.en).not.toBe('');
    }
    expect(Object.keys(TEAM_VIOLATION_LABELS)).toHaveLength(6);
  });
});
