// Batched reads behind the fields of Person and Membership: one query per field per level of a response,
// however many people or memberships it lists. All are scoped as their parent queries are.
import { descendantsPattern, requireUser } from '../auth/access-policy.js';
import type { Context } from '../context.js';
import { caseRowsOf, listedCaseViews } from '../ethics-cases/case-list.js';
import { filteredCases } from '../ethics-cases/case-scope.js';
import { batchLoader, groupBy, loaderOf } from '../shared/batch-loader.js';
import { ConflictDeclaration, Membership } from '../adhoc-bodies/adhoc-body.entity.js';
import { MembershipChange } from '../adhoc-bodies/membership-change.entity.js';
import type { RespondentCaseType } from './members.types.js';

const jurisdictionOf = (ctx: Context) => ({
  commission: { path: { $like: descendantsPattern(requireUser(ctx.user).commissionPath) } },
});

/** A person's memberships in bodies formed in the caller's jurisdiction, by body. */
export const membershipsOfPerson = (ctx: Context) =>
  loaderOf(ctx, 'membershipsOfPerson', () =>
    batchLoader<string, Membership[]>(
      async (personIds) =>
        groupBy(
          await ctx.em.find(
            Membership,
            { person: { $in: [...personIds] }, body: jurisdictionOf(ctx) },
            { populate: ['person', 'body'], orderBy: { body: { id: 'asc' }, id: 'asc' } },
          ),
          (membership) => membership.person.id,
        ),
      () => [],
    ),
  );

/** Memberships by id, in the caller's jurisdiction (the seat a replacement filled). */
export const membershipById = (ctx: Context) =>
  loaderOf(ctx, 'membershipById', () =>
    batchLoader<string, Membership | null>(
      async (ids) =>
        new Map(
          (
            await ctx.em.find(
              Membership,
              { id: { $in: [...ids] }, body: jurisdictionOf(ctx) },
              { populate: ['person', 'body'] },
            )
          ).map((membership) => [membership.id, membership]),
        ),
      () => null,
    ),
  );

/** The membership that filled a vacated seat (PAW), if any. */
export const replacementOf = (ctx: Context) =>
  loaderOf(ctx, 'replacementOf', () =>
    batchLoader<string, Membership | null>(
      async (ids) => {
        const found = await ctx.em.find(
          Membership,
          { replaces: { $in: [...ids] }, body: jurisdictionOf(ctx) },
          { populate: ['person', 'body'], orderBy: { id: 'asc' } },
        );
        const byVacated = new Map<string, Membership>();
        for (const membership of found) {
          const vacated = membership.replaces!.id;
          if (!byVacated.has(vacated)) byVacated.set(vacated, membership);
        }
        return byVacated;
      },
      () => null,
    ),
  );

/** The status changes of memberships, oldest first. */
export const statusHistoryOf = (ctx: Context) =>
  loaderOf(ctx, 'statusHistoryOf', () =>
    batchLoader<string, MembershipChange[]>(
      async (ids) =>
        groupBy(
          await ctx.em.find(
            MembershipChange,
            { membership: { $in: [...ids] } },
            { orderBy: { at: 'asc', id: 'asc' } },
          ),
          (change) => change.membership.id,
        ),
      () => [],
    ),
  );

/** Declarations made under memberships (withdrawn ones included, marked), newest first. */
export const declarationsOfMembership = (ctx: Context) =>
  loaderOf(ctx, 'declarationsOfMembership', () =>
    batchLoader<string, ConflictDeclaration[]>(
      async (ids) =>
        groupBy(
          await ctx.em.find(
            ConflictDeclaration,
            { membership: { $in: [...ids] } },
            {
              populate: ['person', 'commission', 'membership.person', 'membership.body'],
              orderBy: { declaredAt: 'desc', id: 'desc' },
            },
          ),
          (declaration) => declaration.membership!.id,
        ),
      () => [],
    ),
  );

/**
 * The cases in which people are respondents, as the caller may see them (jurisdiction, and an examiner
 * only their team's cases), newest first, with the outcome decided for each respondent membership.
 */
export const respondentCasesOf = (ctx: Context) =>
  loaderOf(ctx, 'respondentCasesOf', () =>
    batchLoader<string, RespondentCaseType[]>(
      async (personIds) => {
        const user = requireUser(ctx.user);
        const filtered = await filteredCases(ctx, user, {});
        if (!filtered.ok) throw new Error('An empty case filter was refused');
        const qb = filtered.value;
        qb.andWhere(
          `exists (select 1 from case_participant rp where rp.ethics_case_id = c.id and rp.role = 'respondent' and rp.person_id in (${personIds.map(() => '?').join(', ')}))`,
          [...personIds],
        );
        // The read path's projection: plain rows, the respondents of all of them in one statement.
        const page = await caseRowsOf(qb.orderBy({ receivedAt: 'desc', id: 'desc' }));
        const wanted = new Set(personIds);
        const rows: { personId: string; entry: RespondentCaseType }[] = [];
        for (const view of await listedCaseViews(ctx.em, page, user)) {
          const decision = view.domain.decision;
          for (const participant of view.respondents) {
            if (!participant.personId || !wanted.has(participant.personId)) continue;
            const membershipId = participant.membershipId ?? '';
            const outcome = decision?.outcomes.find((item) => item.membershipId === membershipId);
            rows.push({
              personId: participant.personId,
              entry: {
                membershipId,
                ethicsCase: view,
                outcome: outcome
                  ? {
                      membershipId,
                      finding: outcome.finding,
                      outcome: outcome.outcome,
                      additionalMeasures: outcome.additionalMeasures ?? [],
                      principlesViolated: outcome.principlesViolated ?? [],
                    }
                  : null,
                decidedAt: outcome ? decision!.decidedAt : null,
                decidedBy: outcome ? decision!.decidedBy : null,
              },
            });
          }
        }
        const grouped = groupBy(rows, (row) => row.personId);
        return new Map([...grouped].map(([personId, items]) => [personId, items.map((item) => item.entry)]));
      },
      () => [],
    ),
  );
