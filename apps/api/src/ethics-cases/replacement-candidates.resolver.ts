// Who may fill a dismissed respondent's seat (PAW), read with the same facts and the same domain rules as
// `completeReplacement`: the reserves of the vacated body in rank order, the one the rules pick first, and
// whether the PPS may appoint instead (a KPPS seat with no reserve left).
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { replacementCandidates, seatsStillOpen } from '@etik/domain';
import { Membership } from '../adhoc-bodies/adhoc-body.entity.js';
import { MembershipType } from '../adhoc-bodies/adhoc-body.types.js';
import { replacementFactsOf } from '../adhoc-bodies/replacement.service.js';
import { requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { codedError } from '../errors/coded-error.js';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import { getCase } from './case-list.js';

@ObjectType('ReplacementCandidates', { description: 'Who may fill a dismissed respondent’s seat (PAW).' })
export class ReplacementCandidatesType {
  @Field(() => ID) vacatedMembershipId: string;
  @Field(() => ID) bodyId: string;
  @Field(() => Boolean, { description: 'The case still has to fill this seat.' })
  seatStillOpen: boolean;
  @Field(() => [MembershipType], {
    description:
      'The waiting reserves of the vacated body, best rank first; one passed over as deceased or no longer eligible is off the list.',
  })
  candidates: MembershipType[];
  @Field(() => ID, {
    nullable: true,
    description: 'The reserve the rules pick: the first candidate. Pass over them only with a reason.',
  })
  nextCandidateId?: string | null;
  @Field(() => Boolean, {
    description:
      'The PPS may appoint someone instead: a KPPS seat with no reserve left (or every one passed over with a reason).',
  })
  ppsAppointmentAllowed: boolean;
}

@Resolver()
export class ReplacementCandidatesResolver {
  @Query(() => ReplacementCandidatesType, {
    description:
      'The reserves that may fill a dismissed respondent’s seat, in the order the rules take them.',
  })
  async replacementCandidates(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('membershipId', () => ID, { description: 'The dismissed respondent’s membership.' })
    membershipId: string,
    @Ctx() ctx: Context,
  ): Promise<ReplacementCandidatesType> {
    const user = requireUser(ctx.user);
    const view = await getCase(ctx, caseId);
    const respondent = view?.domain.respondents.find((r) => r.membershipId === membershipId);
    const { vacated, memberships } = await replacementFactsOf(ctx.em, membershipId);
    if (!view || !respondent || !vacated) throw toGraphQLError(codedError('NOT_FOUND', { id: membershipId }));
    const ranked = replacementCandidates(vacated, memberships);
    const rows = await ctx.em.find(
      Membership,
      { id: { $in: ranked.map((candidate) => candidate.id) } },
      { populate: ['person', 'body'] },
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return Object.assign(new ReplacementCandidatesType(), {
      vacatedMembershipId: vacated.id,
      bodyId: vacated.bodyId,
      seatStillOpen: seatsStillOpen(view.domain).includes(vacated.id),
      candidates: ranked.map((candidate) => MembershipType.from(byId.get(candidate.id)!, user)),
      nextCandidateId: ranked[0]?.id ?? null,
      ppsAppointmentAllowed: vacated.bodyType === 'kpps' && ranked.length === 0,
    });
  }
}
