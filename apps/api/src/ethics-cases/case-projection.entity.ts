// The case's reporting projection as rows (see case-projection.ts): what reports and filters read about a
// decision and the milestones, so that none of them reads the case document. Written from the domain case
// in the transaction of every change, as `case_participant` (which holds each respondent's outcome) is.
import { EntitySchema } from '@mikro-orm/core';
import type { Decision, Milestone } from '@etik/domain';
import { EthicsCaseRecord } from './ethics-case.entity.js';

/** A principle the case's decision found a respondent to have violated; by the commission or by DKPP. */
export class RespondentPrincipleViolation {
  id!: number;
  ethicsCase!: EthicsCaseRecord;
  membershipId!: string;
  principle!: string;
  decidedBy!: Decision['decidedBy'];
}

/** When a milestone of the case happened (the case's `milestones`). */
export class CaseMilestoneRecord {
  id!: number;
  ethicsCase!: EthicsCaseRecord;
  kind!: Milestone;
  at!: Date;
}

export const RespondentPrincipleViolationSchema = new EntitySchema<RespondentPrincipleViolation>({
  class: RespondentPrincipleViolation,
  tableName: 'respondent_principle_violated',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    ethicsCase: { kind: 'm:1', entity: () => EthicsCaseRecord, deleteRule: 'cascade' },
    membershipId: { type: 'string', length: 64 },
    principle: { type: 'string', length: 32 },
    decidedBy: { type: 'string', length: 16 },
  },
  // A case's rows (the unique key leads with the case); the cases that violated a principle.
  uniques: [{ properties: ['ethicsCase', 'membershipId', 'principle'] }],
  indexes: [{ properties: ['principle', 'ethicsCase'] }],
});

export const CaseMilestoneSchema = new EntitySchema<CaseMilestoneRecord>({
  class: CaseMilestoneRecord,
  tableName: 'case_milestone',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    ethicsCase: { kind: 'm:1', entity: () => EthicsCaseRecord, deleteRule: 'cascade' },
    kind: { type: 'string', length: 32 },
    at: { type: 'datetime' },
  },
  uniques: [{ properties: ['ethicsCase', 'kind'] }],
});
