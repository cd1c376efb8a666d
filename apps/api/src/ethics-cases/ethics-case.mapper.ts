// The only file where the domain case and its persistence shape meet.
import {
  caseDeadlines,
  findRuleSet,
  isTerminal,
  type EthicsCase,
  type Outcome,
  utcOffsetOfRegion,
  type WorkingDayCalendar,
} from '@etik/domain';
import type { Commission } from '../commissions/commission.entity.js';
import { decodeCaseDocument, encodeCaseDocument } from './case-document.js';
import type { CaseRow } from './case-row.js';
import { CaseParticipant, type EthicsCaseRecord } from './ethics-case.entity.js';

/** Fields kept as columns; everything else of the domain case goes to `data`. */
type ColumnFields =
  | 'id'
  | 'commissionId'
  | 'ruleSetCode'
  | 'track'
  | 'source'
  | 'status'
  | 'version'
  | 'receivedAt'
  | 'registerNumber';
type CaseData = Omit<EthicsCase, ColumnFields>;

function dataOf(ethicsCase: EthicsCase): CaseData {
  const {
    id: _id,
    commissionId: _commissionId,
    ruleSetCode: _ruleSetCode,
    track: _track,
    source: _source,
    status: _status,
    version: _version,
    receivedAt: _receivedAt,
    registerNumber: _registerNumber,
    ...data
  } = ethicsCase;
  return data;
}

/** What decoding needs of a stored case: a loaded record or a listed row. */
export type StoredCase = Pick<
  CaseRow,
  'id' | 'ruleSetCode' | 'track' | 'source' | 'status' | 'version' | 'receivedAt' | 'data'
> & { readonly registerNumber?: string | null; readonly commission: { readonly id: string } };

export function toDomain(record: StoredCase): EthicsCase {
  return {
    ...decodeCaseDocument(record.data),
    id: record.id,
    commissionId: record.commission.id,
    ruleSetCode: record.ruleSetCode,
    track: record.track,
    source: record.source,
    status: record.status,
    version: record.version,
    receivedAt: record.receivedAt,
    ...(record.registerNumber ? { registerNumber: record.registerNumber } : {}),
  };
}

const ANY_INSTANT = new Date(0);

/**
 * The earliest due time among the case's deadlines that are still pending (started, not met, case not
 * terminal), from the domain's `caseDeadlines`; null when there is none. It does not depend on the time
 * of asking: a pending deadline is overdue exactly when this instant has passed.
 */
export function nextDueAtOf(
  ethicsCase: EthicsCase,
  calendar: WorkingDayCalendar,
  utcOffsetMinutes: number,
): Date | null {
  if (isTerminal(ethicsCase.status)) return null;
  const ruleSet = findRuleSet(ethicsCase.ruleSetCode);
  if (!ruleSet.ok) throw new Error(`Rule set ${ethicsCase.ruleSetCode} of a case is not in the catalogue`);
  // `now` only decides running/dueSoon/overdue, which this ignores: any instant gives the same answer.
  const clock = { now: ANY_INSTANT, ruleSet: ruleSet.value, calendar, utcOffsetMinutes };
  const pending = caseDeadlines(ethicsCase, clock)
    .filter((deadline) => deadline.metAt === undefined)
    .map((deadline) => deadline.dueAt.getTime());
  return pending.length === 0 ? null : new Date(Math.min(...pending));
}

/**
 * Writes the domain case onto a record (new or loaded), with the columns derived from it (`nextDueAt`,
 * counted on `calendar`). The version column is the ORM's optimistic lock.
 */
export function applyToRecord(
  record: EthicsCaseRecord,
  ethicsCase: EthicsCase,
  commission: Commission,
  now: Date,
  calendar: WorkingDayCalendar,
): void {
  record.id = ethicsCase.id;
  record.commission = commission;
  record.commissionPath = commission.path;
  record.ruleSetCode = ethicsCase.ruleSetCode;
  record.status = ethicsCase.status;
  record.track = ethicsCase.track;
  record.source = ethicsCase.source;
  record.receivedAt = ethicsCase.receivedAt;
  record.registerNumber = ethicsCase.registerNumber ?? null;
  record.confidential = ethicsCase.complaint.complainant?.confidential === true;
  record.updatedAt = now;
  // Counted in the handling commission's zone (WIB, WITA or WIT): due at the end of its local day.
  record.nextDueAt = nextDueAtOf(ethicsCase, calendar, utcOffsetOfRegion(commission.region?.code));
  record.data = encodeCaseDocument(dataOf(ethicsCase));
}

export interface ParticipantRow {
  readonly role: CaseParticipant['role'];
  readonly name: string | null;
  readonly personId: string | null;
  readonly membershipId: string | null;
  readonly bodyId: string | null;
  readonly bodyType: CaseParticipant['bodyType'];
  readonly position: CaseParticipant['position'];
  readonly outcome: Outcome | null;
}

/** Respondents, parties and examination-team members as rows, in a stable order. */
export function participantsOf(ethicsCase: EthicsCase): ParticipantRow[] {
  const empty = {
    name: null,
    personId: null,
    membershipId: null,
    bodyId: null,
    bodyType: null,
    position: null,
    outcome: null,
  };
  const outcomeOf = (membershipId: string): Outcome | null =>
    ethicsCase.decision?.outcomes.find((given) => given.membershipId === membershipId)?.outcome ?? null;
  const team = ethicsCase.examinationTeam;
  return [
    ...ethicsCase.respondents.map((respondent) => ({
      ...empty,
      role: 'respondent' as const,
      name: respondent.name,
      personId: respondent.personId,
      membershipId: respondent.membershipId,
      bodyId: respondent.bodyId,
      bodyType: respondent.bodyType,
      position: respondent.position,
      outcome: outcomeOf(respondent.membershipId),
    })),
    ...ethicsCase.parties.map((party) => ({
      ...empty,
      role: party.role,
      name: party.name,
      personId: party.personId ?? null,
    })),
    ...(team ? [team.chairPersonId, ...team.memberPersonIds] : []).map((personId) => ({
      ...empty,
      role: 'examiner' as const,
      personId,
    })),
  ];
}

const sameRow = (a: ParticipantRow, b: CaseParticipant): boolean =>
  a.role === b.role &&
  a.name === (b.name ?? null) &&
  a.personId === (b.personId ?? null) &&
  a.membershipId === (b.membershipId ?? null) &&
  a.bodyId === (b.bodyId ?? null) &&
  a.bodyType === (b.bodyType ?? null) &&
  a.position === (b.position ?? null) &&
  a.outcome === (b.outcome ?? null);

/** Brings the participant rows of a loaded record in line with the case; unchanged rows are not touched. */
export function syncParticipants(record: EthicsCaseRecord, ethicsCase: EthicsCase): void {
  const wanted = participantsOf(ethicsCase);
  const existing = record.participants.getItems();
  if (existing.length === wanted.length && wanted.every((row, index) => sameRow(row, existing[index]!)))
    return;
  record.participants.removeAll();
  wanted.forEach((row, ordinal) => {
    record.participants.add(Object.assign(new CaseParticipant(), { ...row, ordinal, ethicsCase: record }));
  });
}
