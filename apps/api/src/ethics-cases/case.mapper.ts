// The one module where a case's shapes meet: the domain case, its stored record (columns, the case
// document, participant and record rows) and the plain row the read path and the GraphQL view are built
// from. Every write of a case goes through `writeCase`, every read of a document through `toDomain`.
import type { EntityManager } from '@mikro-orm/knex';
import {
  caseDeadlines,
  findRuleSet,
  isTerminal,
  type Allegation,
  type CaseSource,
  type CaseStatus,
  type CaseTrack,
  type CommissionLevel,
  type EthicsCase,
  type ExternalProceeding,
  type Outcome,
  type Session,
  utcOffsetOfRegion,
  type WorkingDayCalendar,
} from '@etik/domain';
import {
  AllegationRecord,
  CaseSessionRecord,
  ExternalProceedingRecord,
} from '../case-records/case-records.entity.js';
import type { Commission } from '../commissions/commission.entity.js';
import { encodeJson } from '../shared/json.js';
import { decodeCaseDocument, encodeCaseDocument } from './case-document.js';
import { syncProjection } from './case-projection.js';
import { CaseParticipant, type EthicsCaseRecord } from './ethics-case.entity.js';
import type { RespondentType } from './ethics-case.type.js';

// ---- the record: columns and the case document ----

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

// ---- the record lists: allegations, sessions, external proceedings ----

export type RecordList = 'allegations' | 'sessions' | 'externalProceedings';

type Row<R> = Omit<R, 'ethicsCase'>;

const allegationRow = (allegation: Allegation, ordinal: number): Row<AllegationRecord> => ({
  id: allegation.id,
  ordinal,
  respondentMembershipId: allegation.respondentMembershipId,
  category: allegation.category,
  principle: allegation.principle,
  behaviour: allegation.behaviour ?? null,
  legalReferences: encodeJson(allegation.legalReferences),
  description: allegation.description,
  finding: allegation.finding ?? null,
  findingNote: allegation.findingNote ?? null,
  findingRecordedAt: allegation.findingRecordedAt ?? null,
  recordedAt: allegation.recordedAt,
});

const sessionRow = (session: Session, ordinal: number): Row<CaseSessionRecord> => ({
  id: session.id,
  ordinal,
  kind: session.kind,
  scheduledAt: session.scheduledAt,
  place: session.place ?? null,
  onlineLink: session.onlineLink ?? null,
  agenda: session.agenda ?? null,
  summons: encodeJson(session.summons),
  attendance: encodeJson(session.attendance),
  minutesReference: session.minutes?.reference ?? null,
  minutesSummary: session.minutes?.summary ?? null,
  minutesRecordedAt: session.minutes?.recordedAt ?? null,
  outcomeNotes: session.outcomeNotes ?? null,
  recordedAt: session.recordedAt,
});

const proceedingRow = (proceeding: ExternalProceeding, ordinal: number): Row<ExternalProceedingRecord> => ({
  id: proceeding.id,
  ordinal,
  forum: proceeding.forum,
  kind: proceeding.kind,
  externalNumber: proceeding.externalNumber ?? null,
  filedAt: proceeding.filedAt,
  status: proceeding.status,
  result: proceeding.result ?? null,
  reason: proceeding.reason ?? null,
  recordedAt: proceeding.recordedAt,
  updatedAt: proceeding.updatedAt ?? null,
});

/** Inserts, updates (only what changed: the ORM compares) and removes rows to match `wanted`. */
async function syncRows<R extends { id: string; ethicsCase: EthicsCaseRecord }>(
  em: EntityManager,
  entity: new () => R,
  record: EthicsCaseRecord,
  wanted: readonly Row<R>[],
  isNewCase: boolean,
): Promise<void> {
  const existing: R[] = isNewCase
    ? []
    : await em.find(entity, { ethicsCase: record.id } as never, { orderBy: { ordinal: 'asc' } as never });
  const byId = new Map(existing.map((row) => [row.id, row]));
  for (const row of existing) if (!wanted.some((w) => w.id === row.id)) em.remove(row);
  for (const row of wanted) {
    const found = byId.get(row.id);
    if (found) Object.assign(found, row);
    else em.persist(Object.assign(new entity(), row, { ethicsCase: record }));
  }
}

/** Brings the rows of the given lists in line with the case (every list for a case just created). */
export async function syncRecordRows(
  em: EntityManager,
  record: EthicsCaseRecord,
  ethicsCase: EthicsCase,
  lists: readonly RecordList[],
  options: { readonly isNewCase?: boolean } = {},
): Promise<void> {
  const isNewCase = options.isNewCase === true;
  if (lists.includes('allegations')) {
    await syncRows(em, AllegationRecord, record, ethicsCase.allegations.map(allegationRow), isNewCase);
  }
  if (lists.includes('sessions')) {
    await syncRows(em, CaseSessionRecord, record, ethicsCase.sessions.map(sessionRow), isNewCase);
  }
  if (lists.includes('externalProceedings')) {
    await syncRows(
      em,
      ExternalProceedingRecord,
      record,
      ethicsCase.externalProceedings.map(proceedingRow),
      isNewCase,
    );
  }
}

export const ALL_RECORD_LISTS: readonly RecordList[] = ['allegations', 'sessions', 'externalProceedings'];

// ---- one write ----

/** The record lists whose rows differ between two states of a case (the domain never mutates a list). */
function changedLists(before: EthicsCase | undefined, after: EthicsCase): RecordList[] {
  return ALL_RECORD_LISTS.filter((list) => (before ? before[list] !== after[list] : after[list].length > 0));
}

/**
 * Writes a case onto its record (new, or loaded with its participants and commission): columns, document,
 * participant rows, the rows of the record lists that changed and the reporting projection. The ORM flushes it with the
 * transaction; the version column is its optimistic lock.
 */
export async function writeCase(
  em: EntityManager,
  record: EthicsCaseRecord,
  change: { readonly before?: EthicsCase; readonly after: EthicsCase },
  commission: Commission,
  now: Date,
  calendar: WorkingDayCalendar,
): Promise<void> {
  applyToRecord(record, change.after, commission, now, calendar);
  syncParticipants(record, change.after);
  await syncRecordRows(em, record, change.after, changedLists(change.before, change.after), {
    isNewCase: change.before === undefined,
  });
  await syncProjection(
    em,
    record,
    change.after,
    change.before ? { before: change.before } : { isNewCase: true },
  );
}

// ---- the read path's rows ----

export interface CommissionRow {
  readonly id: string;
  readonly level: CommissionLevel;
  readonly name: string;
  readonly regionCode: string | null;
  readonly parentId: string | null;
}

export interface CaseRow {
  readonly id: string;
  readonly version: number;
  readonly status: CaseStatus;
  readonly track: CaseTrack;
  readonly source: CaseSource;
  readonly ruleSetCode: string;
  readonly receivedAt: Date;
  readonly updatedAt: Date;
  readonly registerNumber: string | null;
  readonly confidential: boolean;
  readonly nextDueAt: Date | null;
  /** The case document (see ethics-case.mapper.ts), decoded only when a field needs it. */
  readonly data: string;
  readonly commission: CommissionRow;
}

export const commissionRowOf = (commission: Commission): CommissionRow => ({
  id: commission.id,
  level: commission.level,
  name: commission.name,
  regionCode: commission.region?.code ?? null,
  parentId: commission.parent?.id ?? null,
});

/** The row of a loaded record (its commission populated). */
export const caseRowOf = (record: EthicsCaseRecord): CaseRow => ({
  id: record.id,
  version: record.version,
  status: record.status,
  track: record.track,
  source: record.source,
  ruleSetCode: record.ruleSetCode,
  receivedAt: record.receivedAt,
  updatedAt: record.updatedAt,
  registerNumber: record.registerNumber ?? null,
  confidential: record.confidential,
  nextDueAt: record.nextDueAt ?? null,
  data: record.data,
  commission: commissionRowOf(record.commission),
});

/** The respondents of a loaded record (its participants populated), in filing order. */
export const respondentsOf = (record: EthicsCaseRecord): RespondentType[] =>
  record.participants
    .getItems()
    .filter((participant) => participant.role === 'respondent')
    .map((participant) => ({
      membershipId: participant.membershipId ?? '',
      personId: participant.personId ?? null,
      name: participant.name ?? null,
      bodyId: participant.bodyId ?? null,
      bodyType: participant.bodyType ?? null,
      position: participant.position ?? null,
    }));
