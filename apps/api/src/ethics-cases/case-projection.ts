// The case's reporting projection: the rows reports and filters read instead of the case document —
// the principles each respondent was found to have violated, and the case's milestones. (Each respondent's
// outcome is a column of their `case_participant` row, written by `syncParticipants`.) The rows follow
// the domain case in the transaction that changes it, and are never written otherwise.
import type { EntityManager } from '@mikro-orm/knex';
import { MILESTONES, type Decision, type EthicsCase, type Milestone } from '@etik/domain';
import { CaseMilestoneRecord, RespondentPrincipleViolation } from './case-projection.entity.js';
import type { EthicsCaseRecord } from './ethics-case.entity.js';

export interface PrincipleViolationRow {
  readonly membershipId: string;
  readonly principle: string;
  readonly decidedBy: Decision['decidedBy'];
}

export interface MilestoneRow {
  readonly kind: Milestone;
  readonly at: Date;
}

export interface CaseProjection {
  readonly principlesViolated: readonly PrincipleViolationRow[];
  readonly milestones: readonly MilestoneRow[];
}

/**
 * The projection of a case (or of a stored document: only the decision and milestones are read).
 * The decision is the case's current one: DKPP's verdict replaces the commission's decision on a case
 * forwarded to DKPP (the commission's is kept as `forwardedDecision`, which reports do not count).
 */
export function projectionOf(ethicsCase: Pick<EthicsCase, 'decision' | 'milestones'>): CaseProjection {
  const decision = ethicsCase.decision;
  const principlesViolated = (decision?.outcomes ?? []).flatMap((outcome) =>
    // A set: a principle named twice for one respondent is one violation.
    [...new Set(outcome.principlesViolated)].map((principle) => ({
      membershipId: outcome.membershipId,
      principle,
      decidedBy: decision!.decidedBy,
    })),
  );
  const milestones = MILESTONES.flatMap((kind) => {
    const at = ethicsCase.milestones[kind];
    return at === undefined ? [] : [{ kind, at }];
  });
  return { principlesViolated, milestones };
}

const violationKey = (row: Pick<PrincipleViolationRow, 'membershipId' | 'principle'>): string =>
  `${row.membershipId}\u0000${row.principle}`;

const sameProjection = (a: CaseProjection, b: CaseProjection): boolean =>
  a.principlesViolated.length === b.principlesViolated.length &&
  a.principlesViolated.every((row, index) => {
    const other = b.principlesViolated[index]!;
    return (
      row.membershipId === other.membershipId &&
      row.principle === other.principle &&
      row.decidedBy === other.decidedBy
    );
  }) &&
  a.milestones.length === b.milestones.length &&
  a.milestones.every((row, index) => {
    const other = b.milestones[index]!;
    return row.kind === other.kind && row.at.getTime() === other.at.getTime();
  });

/**
 * Brings the projection rows of a case in line with it: rows no longer wanted are removed, new ones
 * inserted, changed ones updated (the ORM writes only what differs). A case just created has no rows to
 * read; given the case as it was loaded (`before`, whose rows are in the database), a change that leaves
 * the projection as it was (a record action) reads and writes nothing.
 */
export async function syncProjection(
  em: EntityManager,
  record: EthicsCaseRecord,
  ethicsCase: EthicsCase,
  options: { readonly isNewCase?: boolean; readonly before?: EthicsCase } = {},
): Promise<void> {
  const wanted = projectionOf(ethicsCase);
  if (options.before && sameProjection(projectionOf(options.before), wanted)) return;
  const isNewCase = options.isNewCase === true;
  const [violations, milestones] = isNewCase
    ? [[], []]
    : await Promise.all([
        em.find(RespondentPrincipleViolation, { ethicsCase: record.id }),
        em.find(CaseMilestoneRecord, { ethicsCase: record.id }),
      ]);

  const wantedViolations = new Map(wanted.principlesViolated.map((row) => [violationKey(row), row]));
  for (const row of violations) {
    const match = wantedViolations.get(violationKey(row));
    if (!match) em.remove(row);
    else {
      row.decidedBy = match.decidedBy;
      wantedViolations.delete(violationKey(row));
    }
  }
  for (const row of wantedViolations.values()) {
    em.persist(Object.assign(new RespondentPrincipleViolation(), row, { ethicsCase: record }));
  }

  const wantedMilestones = new Map(wanted.milestones.map((row) => [row.kind, row]));
  for (const row of milestones) {
    const match = wantedMilestones.get(row.kind);
    if (!match) em.remove(row);
    else {
      if (row.at.getTime() !== match.at.getTime()) row.at = match.at;
      wantedMilestones.delete(row.kind);
    }
  }
  for (const row of wantedMilestones.values()) {
    em.persist(Object.assign(new CaseMilestoneRecord(), row, { ethicsCase: record }));
  }
}
