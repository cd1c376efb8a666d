import type { LabelsOf } from '../labels/label.js';
import { invariant } from '../shared/invariant.js';
import type { PartyRole } from '../vocabulary/codes.js';
import type { FamilyRelation, FamilyTieDeclaration } from './family-tie-declaration.js';
import { findFamilyTieConflicts, isSamePerson } from './family-ties.js';

/** A Tim Pemeriksa as proposed to the plenary: one chair and two members. */
export interface ExaminationTeam {
  readonly chairPersonId: string;
  readonly memberPersonIds: readonly string[];
}

export interface CaseParty {
  readonly personId?: string;
  readonly name: string;
  readonly role: PartyRole;
}

export interface TeamMemberFacts {
  readonly personId: string;
  readonly name: string;
  /** Ad hoc bodies the person belongs to. */
  readonly bodyIds: readonly string[];
  readonly declarations: readonly FamilyTieDeclaration[];
}

export interface ExaminationTeamFacts {
  readonly parties: readonly CaseParty[];
  readonly respondentBodyIds: readonly string[];
  readonly teamMembers: readonly TeamMemberFacts[];
  /**
   * Declarations still on record made by the parties (by their person id): a tie a party declared to an
   * examiner counts as much as the examiner's own. Absent when the caller has none to give.
   */
  readonly partyDeclarations?: readonly FamilyTieDeclaration[];
}

export const REQUIRED_TEAM_MEMBERS = 2;

export type TeamViolation =
  | { readonly code: 'TEAM_SIZE_INVALID'; readonly memberCount: number }
  | { readonly code: 'TEAM_MEMBER_DUPLICATED'; readonly personId: string }
  | { readonly code: 'TEAM_MEMBER_FACTS_MISSING'; readonly personId: string }
  | { readonly code: 'TEAM_MEMBER_IS_PARTY'; readonly personId: string; readonly role: PartyRole }
  | {
      readonly code: 'TEAM_MEMBER_RELATED_TO_PARTY';
      readonly personId: string;
      readonly partyName: string;
      readonly relation: FamilyRelation;
    }
  | { readonly code: 'TEAM_MEMBER_IN_RESPONDENT_BODY'; readonly personId: string; readonly bodyId: string };
export type TeamViolationCode = TeamViolation['code'];

/**
 * Checks a proposed examination team for conflicts of interest (domain-model.md, "Conflict of interest").
 * Returns every violation; an empty list means the team may be formed. A person without facts is a
 * violation, never a pass: what was not checked is not clear.
 */
export function checkExaminationTeam(team: ExaminationTeam, facts: ExaminationTeamFacts): TeamViolation[] {
  const seats = [team.chairPersonId, ...team.memberPersonIds];
  invariant(
    seats.every((personId) => personId.trim() !== ''),
    'checkExaminationTeam: every seat needs a person id',
  );
  const violations: TeamViolation[] = [];
  if (team.memberPersonIds.length !== REQUIRED_TEAM_MEMBERS) {
    violations.push({ code: 'TEAM_SIZE_INVALID', memberCount: team.memberPersonIds.length });
  }
  const people = [...new Set(seats)];
  for (const personId of people) {
    if (seats.indexOf(personId) !== seats.lastIndexOf(personId)) {
      violations.push({ code: 'TEAM_MEMBER_DUPLICATED', personId });
    }
  }
  for (const personId of people) {
    violations.push(...conflictsOf(personId, facts));
  }
  return violations;
}

function conflictsOf(personId: string, facts: ExaminationTeamFacts): TeamViolation[] {
  const person = facts.teamMembers.find((member) => member.personId === personId);
  if (person === undefined) {
    // Still catch a person listed among the parties by id: that needs no facts about them.
    const asParty = facts.parties
      .filter((party) => party.personId === personId)
      .map((party): TeamViolation => ({ code: 'TEAM_MEMBER_IS_PARTY', personId, role: party.role }));
    return [{ code: 'TEAM_MEMBER_FACTS_MISSING', personId }, ...asParty];
  }
  return [...partyRolesOf(person, facts), ...familyTiesOf(person, facts), ...sharedBodiesOf(person, facts)];
}

function partyRolesOf(person: TeamMemberFacts, facts: ExaminationTeamFacts): TeamViolation[] {
  return facts.parties
    .filter((party) => isSamePerson(person, party))
    .map((party) => ({ code: 'TEAM_MEMBER_IS_PARTY', personId: person.personId, role: party.role }));
}

/** Ties in both directions; one violation per party and relation, whoever declared it. */
function familyTiesOf(person: TeamMemberFacts, facts: ExaminationTeamFacts): TeamViolation[] {
  const seen = new Set<string>();
  return findFamilyTieConflicts([person], facts.parties, facts.partyDeclarations ?? []).flatMap(
    (tie): TeamViolation[] => {
      const key = `${tie.partyRole}\u0000${tie.partyName}\u0000${tie.relation}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        {
          code: 'TEAM_MEMBER_RELATED_TO_PARTY',
          personId: person.personId,
          partyName: tie.partyName,
          relation: tie.relation,
        },
      ];
    },
  );
}

function sharedBodiesOf(person: TeamMemberFacts, facts: ExaminationTeamFacts): TeamViolation[] {
  return person.bodyIds
    .filter((bodyId) => facts.respondentBodyIds.includes(bodyId))
    .map((bodyId) => ({ code: 'TEAM_MEMBER_IN_RESPONDENT_BODY', personId: person.personId, bodyId }));
}

export const TEAM_VIOLATION_LABELS = {
  TEAM_SIZE_INVALID: {
    id: 'Tim pemeriksa harus terdiri atas satu ketua dan dua anggota',
    en: 'An examination team must have one chair and two members',
  },
  TEAM_MEMBER_DUPLICATED: {
    id: 'Orang yang sama tercantum lebih dari sekali dalam tim pemeriksa',
    en: 'The same person appears more than once on the examination team',
  },
  TEAM_MEMBER_FACTS_MISSING: {
    id: 'Data anggota tim pemeriksa tidak tersedia untuk pemeriksaan benturan kepentingan',
    en: 'No data on this team member to check for conflicts of interest',
  },
  TEAM_MEMBER_IS_PARTY: {
    id: 'Anggota tim pemeriksa adalah pihak dalam perkara',
    en: 'The team member is a party to the case',
  },
  TEAM_MEMBER_RELATED_TO_PARTY: {
    id: 'Anggota tim pemeriksa dan pihak dalam perkara memiliki hubungan keluarga yang dinyatakan',
    en: 'The team member and a party to the case have a declared family tie',
  },
  TEAM_MEMBER_IN_RESPONDENT_BODY: {
    id: 'Anggota tim pemeriksa berasal dari badan adhoc yang sama dengan teradu',
    en: "The team member belongs to the respondent's ad hoc body",
  },
} as const satisfies LabelsOf<TeamViolationCode>;
