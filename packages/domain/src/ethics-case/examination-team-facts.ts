// What the conflict-of-interest check of an examination team needs to know about a case, and the
// conflicts one candidate would bring to any seat: the back office flags them before a team is proposed.
import {
  checkExaminationTeam,
  type ExaminationTeamFacts,
  type FamilyTieDeclaration,
  type TeamMemberFacts,
  type TeamViolation,
} from '../conflict-of-interest/index.js';
import type { EthicsCase } from './ethics-case.js';

/**
 * The parties (respondents first) and the respondents' bodies of a case, with the proposed members' facts
 * and the family ties the parties declared (a tie to an examiner counts whoever declared it).
 */
export function examinationTeamFacts(
  ethicsCase: EthicsCase,
  teamMembers: readonly TeamMemberFacts[],
  partyDeclarations: readonly FamilyTieDeclaration[] = [],
): ExaminationTeamFacts {
  return {
    parties: [
      ...ethicsCase.respondents.map((respondent) => ({
        personId: respondent.personId,
        name: respondent.name,
        role: 'respondent' as const,
      })),
      ...ethicsCase.parties,
    ],
    respondentBodyIds: ethicsCase.respondents.map((respondent) => respondent.bodyId),
    teamMembers,
    partyDeclarations,
  };
}

export type CandidateConflict = Exclude<
  TeamViolation,
  { readonly code: 'TEAM_SIZE_INVALID' | 'TEAM_MEMBER_DUPLICATED' }
>;

/**
 * The conflicts of interest that would keep this person off the case's examination team, whichever seat
 * they took; empty when they may sit. The same check `formExaminationTeam` runs, one person at a time.
 */
export function candidateConflicts(
  ethicsCase: EthicsCase,
  candidate: TeamMemberFacts,
  partyDeclarations: readonly FamilyTieDeclaration[] = [],
): CandidateConflict[] {
  const violations = checkExaminationTeam(
    { chairPersonId: candidate.personId, memberPersonIds: [] },
    examinationTeamFacts(ethicsCase, [candidate], partyDeclarations),
  );
  return violations.filter(
    (violation): violation is CandidateConflict =>
      violation.code !== 'TEAM_SIZE_INVALID' && violation.code !== 'TEAM_MEMBER_DUPLICATED',
  );
}
