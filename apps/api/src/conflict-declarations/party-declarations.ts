// The family ties a case's parties declared, for the conflict-of-interest check of its examination team:
// a tie a respondent or the complainant declared to an examiner counts as much as the examiner's own
// (issue #11). Beside `teamMemberFacts`, which reads the examiners' side.
import type { EntityManager } from '@mikro-orm/knex';
import type { EthicsCase, FamilyTieDeclaration } from '@etik/domain';
import { ConflictDeclaration } from '../adhoc-bodies/adhoc-body.entity.js';
import { familyTieOf } from '../adhoc-bodies/membership.service.js';

/** The person ids of a case's respondents and of its other parties known by id. */
export function partyPersonIdsOf(ethicsCase: EthicsCase): string[] {
  const ids = [
    ...ethicsCase.respondents.map((respondent) => respondent.personId),
    ...ethicsCase.parties.flatMap((party) => (party.personId ? [party.personId] : [])),
  ];
  return [...new Set(ids)];
}

/** The declarations still on record (not withdrawn) made by these people, as the domain sees them. */
export async function declarationsBy(
  em: EntityManager,
  personIds: readonly string[],
): Promise<FamilyTieDeclaration[]> {
  if (personIds.length === 0) return [];
  const declarations = await em.find(ConflictDeclaration, {
    person: { $in: [...personIds] },
    withdrawnAt: null,
  });
  return declarations.map(familyTieOf);
}

/** The parties' declarations of a case, for `formExaminationTeam` and the candidates' conflicts. */
export const partyDeclarationsOf = (em: EntityManager, ethicsCase: EthicsCase) =>
  declarationsBy(em, partyPersonIdsOf(ethicsCase));
