// Who may sit on a case's examination team, and what conflict of interest each would bring: the same
// facts and the same domain check as `formExaminationTeam`, asked before a team is proposed. A conflict
// with a confidential complainant is flagged to everyone, but says who and how only to those who may see
// the complainant's identity (and then the read is audited).
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { candidateConflicts, type CandidateConflict, type Role } from '@etik/domain';
import { teamMemberFacts } from '../adhoc-bodies/membership.service.js';
import { partyDeclarationsOf } from '../conflict-declarations/party-declarations.js';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { FamilyRelationEnum, PartyRoleEnum, RoleEnum } from '../shared/graphql-enums.js';
import { User } from '../users/user.entity.js';
import { auditConfidentialRead } from './ethics-case-reads.js';
import { getCase } from './case-list.js';
import type { EthicsCaseView } from './ethics-case.type.js';

/** The roles whose holders sit on examination teams (domain-model.md, "Tim Pemeriksa"). */
const TEAM_ROLES: readonly Role[] = ['examiner', 'commissioner'];

@ObjectType('TeamConflict', { description: 'Why a person may not sit on this case’s examination team.' })
export class TeamConflictType {
  @Field(() => String, {
    description:
      'TEAM_MEMBER_IS_PARTY, TEAM_MEMBER_RELATED_TO_PARTY, TEAM_MEMBER_IN_RESPONDENT_BODY or TEAM_MEMBER_FACTS_MISSING.',
  })
  code: string;
  @Field(() => PartyRoleEnum, { nullable: true, description: 'The party role the person holds in the case.' })
  role?: string | null;
  @Field(() => String, { nullable: true, description: 'The party the person declared a family tie to.' })
  partyName?: string | null;
  @Field(() => FamilyRelationEnum, { nullable: true }) relation?: string | null;
  @Field(() => ID, { nullable: true, description: 'The respondent’s body the person also belongs to.' })
  bodyId?: string | null;
  @Field(() => Boolean, {
    description:
      'The conflict concerns a confidential complainant whose identity is withheld from you: role, partyName and relation are empty.',
  })
  identityMasked: boolean;

  static from(conflict: CandidateConflict, identityMasked: boolean): TeamConflictType {
    return {
      code: conflict.code,
      role: !identityMasked && 'role' in conflict ? conflict.role : null,
      partyName: !identityMasked && 'partyName' in conflict ? conflict.partyName : null,
      relation: !identityMasked && 'relation' in conflict ? conflict.relation : null,
      bodyId: 'bodyId' in conflict ? conflict.bodyId : null,
      identityMasked,
    };
  }
}

/** Whether a conflict would tell who the complainant is: being them, or being related to them. */
function concernsComplainant(conflict: CandidateConflict, view: EthicsCaseView): boolean {
  if (conflict.code === 'TEAM_MEMBER_IS_PARTY') return conflict.role === 'complainant';
  if (conflict.code !== 'TEAM_MEMBER_RELATED_TO_PARTY') return false;
  // The domain names the party as the case lists it; a respondent of the same name is masked too.
  return view.domain.parties.some(
    (party) => party.role === 'complainant' && party.name === conflict.partyName,
  );
}

@ObjectType('ExaminationTeamCandidate')
export class ExaminationTeamCandidateType {
  @Field(() => ID) personId: string;
  @Field(() => String) name: string;
  @Field(() => RoleEnum, { description: 'The role of the person’s account at the case’s commission.' })
  role: string;
  @Field(() => String) commissionName: string;
  @Field(() => [TeamConflictType], { description: 'Empty when the person may sit on the team.' })
  conflicts: TeamConflictType[];
}

@Resolver()
export class ExaminationTeamResolver {
  @Query(() => [ExaminationTeamCandidateType], {
    description:
      'The examiners and commissioners of the case’s commission (active accounts linked to a person), each with the conflicts of interest that would keep them off its examination team. Empty for a case outside your jurisdiction.',
  })
  async examinationTeamCandidates(
    @Arg('caseId', () => ID) caseId: string,
    @Ctx() ctx: Context,
  ): Promise<ExaminationTeamCandidateType[]> {
    requireUser(ctx.user);
    const view = await getCase(ctx, caseId);
    if (!view) return [];
    const accounts = await ctx.em.find(
      User,
      {
        commission: view.record.commission.id,
        role: { $in: [...TEAM_ROLES] },
        active: true,
        personId: { $ne: null },
      },
      { populate: ['commission'], orderBy: { displayName: 'asc', id: 'asc' } },
    );
    const personIds = [...new Set(accounts.map((account) => account.personId!))];
    const facts = new Map((await teamMemberFacts(ctx.em, personIds)).map((fact) => [fact.personId, fact]));
    const partyDeclarations = await partyDeclarationsOf(ctx.em, view.domain);
    const seen = new Set<string>();
    let namesComplainant = false;
    const candidates = accounts.flatMap((account) => {
      const personId = account.personId!;
      if (seen.has(personId)) return [];
      seen.add(personId);
      const fact = facts.get(personId);
      // An account whose person is gone is not clear to sit: what was not checked is not clear.
      const conflicts: CandidateConflict[] = fact
        ? candidateConflicts(view.domain, fact, partyDeclarations)
        : [{ code: 'TEAM_MEMBER_FACTS_MISSING', personId }];
      return [
        {
          personId,
          name: fact?.name ?? account.displayName,
          role: account.role,
          commissionName: account.commission.name,
          conflicts: conflicts.map((conflict) => {
            const concerns = concernsComplainant(conflict, view);
            namesComplainant ||= concerns;
            return TeamConflictType.from(conflict, concerns && !view.revealsComplainant);
          }),
        },
      ];
    });
    if (namesComplainant) await auditConfidentialRead(ctx, view);
    return candidates;
  }
}
