import { describe, expect, it } from 'vitest';
import type { TeamMemberFacts } from '../conflict-of-interest/index.js';
import { sampleCase } from '../testing/index.js';
import { candidateConflicts, examinationTeamFacts } from './examination-team-facts.js';

const ethicsCase = sampleCase({ receivedAt: new Date('2025-03-03T02:00:00Z') });
const clear: TeamMemberFacts = { personId: 'p-dewi', name: 'Dewi Lestari', bodyIds: [], declarations: [] };

describe('examinationTeamFacts', () => {
  it('lists the respondents as parties before the other parties, with the respondents’ bodies', () => {
    const facts = examinationTeamFacts(ethicsCase, [clear]);
    expect(facts.parties.map((party) => [party.role, party.name])).toEqual([
      ['respondent', 'Budi Santoso'],
      ['complainant', 'Ahmad Fauzi'],
    ]);
    expect(facts.respondentBodyIds).toEqual(['body-kpps-0']);
    expect(facts.teamMembers).toEqual([clear]);
  });
});

describe('candidateConflicts', () => {
  it('finds nothing against a person with no tie to the case', () => {
    expect(candidateConflicts(ethicsCase, clear)).toEqual([]);
  });

  it('flags a candidate who sits in the respondent’s body', () => {
    expect(candidateConflicts(ethicsCase, { ...clear, bodyIds: ['body-kpps-0'] })).toEqual([
      { code: 'TEAM_MEMBER_IN_RESPONDENT_BODY', personId: 'p-dewi', bodyId: 'body-kpps-0' },
    ]);
  });

  it('flags the respondent themself as a party', () => {
    const respondent = { ...clear, personId: 'person-respondent-0', name: 'Budi Santoso' };
    expect(candidateConflicts(ethicsCase, respondent).map((conflict) => conflict.code)).toContain(
      'TEAM_MEMBER_IS_PARTY',
    );
  });

  it('flags a declared relative of the complainant', () => {
    const related: TeamMemberFacts = {
      ...clear,
      declarations: [
        {
          id: 'd-1',
          membershipId: 'm-1',
          personId: 'p-dewi',
          relativeName: 'Ahmad Fauzi',
          relation: 'sibling',
          relativeRole: 'campaignTeam',
          declaredAt: new Date('2024-01-10T00:00:00Z'),
          published: true,
        },
      ],
    };
    expect(candidateConflicts(ethicsCase, related)).toEqual([
      {
        code: 'TEAM_MEMBER_RELATED_TO_PARTY',
        personId: 'p-dewi',
        partyName: 'Ahmad Fauzi',
        relation: 'sibling',
      },
    ]);
  });
});
