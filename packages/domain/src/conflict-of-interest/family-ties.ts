// Family ties between the examiners of a case and its parties, looked for both ways (regulation.md §5.4,
// issue #11): a tie an examiner declared to a party counts as much as a tie a respondent or a complainant
// declared to an examiner. Only declarations still on record are passed in; withdrawn ones no longer count.
import { invariant } from '../shared/invariant.js';
import type { PartyRole } from '../vocabulary/codes.js';
import type { FamilyRelation, FamilyTieDeclaration } from './family-tie-declaration.js';
import { isSameName } from './normalise-name.js';

/** Someone named by id where known, by name otherwise. */
export interface NamedPerson {
  readonly personId?: string | undefined;
  readonly name: string;
}

/** An examiner (or a candidate for the team) with the declarations they made. */
export interface ExaminerWithDeclarations {
  readonly personId: string;
  readonly name: string;
  readonly declarations: readonly FamilyTieDeclaration[];
}

/** A party to the case: a respondent, the complainant, a witness. */
export interface PartyOfCase {
  readonly personId?: string;
  readonly name: string;
  readonly role: PartyRole;
}

/** Who made the declaration that shows the tie. */
export type TieDeclaredBy = 'examiner' | 'party';

export interface FamilyTieConflict {
  readonly code: 'TEAM_MEMBER_RELATED_TO_PARTY';
  readonly personId: string;
  readonly partyName: string;
  readonly partyRole: PartyRole;
  readonly relation: FamilyRelation;
  readonly declaredBy: TieDeclaredBy;
  readonly declarationId: string;
}

/**
 * Every family tie between the examiners and the parties: the examiners' own declarations naming a party,
 * and the parties' declarations (`partyDeclarations`, each by a party's person id) naming an examiner.
 * A party's declaration is attributed by its declarer's id only: a party known by name alone has no
 * declarations on record. Throws when an examiner carries someone else's declaration (a caller's bug).
 */
export function findFamilyTieConflicts(
  examiners: readonly ExaminerWithDeclarations[],
  parties: readonly PartyOfCase[],
  partyDeclarations: readonly FamilyTieDeclaration[],
): FamilyTieConflict[] {
  return examiners.flatMap((examiner) => [
    ...declaredByExaminer(examiner, parties),
    ...declaredByParties(examiner, parties, partyDeclarations),
  ]);
}

function declaredByExaminer(
  examiner: ExaminerWithDeclarations,
  parties: readonly PartyOfCase[],
): FamilyTieConflict[] {
  return examiner.declarations.flatMap((declaration) => {
    invariant(
      declaration.personId === examiner.personId,
      `findFamilyTieConflicts: declaration ${declaration.id} is not by ${examiner.personId}`,
    );
    const relative = { personId: declaration.relativePersonId, name: declaration.relativeName };
    return parties
      .filter((party) => isSamePerson(relative, party))
      .map((party) => conflict(examiner, party, declaration, 'examiner'));
  });
}

function declaredByParties(
  examiner: ExaminerWithDeclarations,
  parties: readonly PartyOfCase[],
  partyDeclarations: readonly FamilyTieDeclaration[],
): FamilyTieConflict[] {
  return partyDeclarations.flatMap((declaration) => {
    const relative = { personId: declaration.relativePersonId, name: declaration.relativeName };
    if (!isSamePerson(relative, examiner)) return [];
    return parties
      .filter((party) => party.personId !== undefined && party.personId === declaration.personId)
      .map((party) => conflict(examiner, party, declaration, 'party'));
  });
}

const conflict = (
  examiner: ExaminerWithDeclarations,
  party: PartyOfCase,
  declaration: FamilyTieDeclaration,
  declaredBy: TieDeclaredBy,
): FamilyTieConflict => ({
  code: 'TEAM_MEMBER_RELATED_TO_PARTY',
  personId: examiner.personId,
  partyName: party.name,
  partyRole: party.role,
  relation: declaration.relation,
  declaredBy,
  declarationId: declaration.id,
});

/**
 * Ids decide when both sides have one: two people may share a common name. Otherwise the names are
 * compared, leniently, because a missed conflict is worse than one the plenary has to look at.
 */
export function isSamePerson(a: NamedPerson, b: NamedPerson): boolean {
  if (a.personId !== undefined && b.personId !== undefined) return a.personId === b.personId;
  return isSameName(a.name, b.name);
}
