// The payload checks and changes of the record actions, and the preconditions that read the record an
// action names. Like case-steps.ts for the transition table: the table in record-actions.ts wires them.
import { endOfEpochDay, epochDayOf } from '../calendar/index.js';
import { countDays } from '../ethics-case/case-deadlines.js';
import type { CaseContext } from '../ethics-case/case-context.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import {
  ATTENDANCE_STATUSES,
  EXTERNAL_FORUMS,
  EXTERNAL_PROCEEDING_KINDS,
  EXTERNAL_PROCEEDING_STATUSES,
  FINDINGS,
  SUMMONS_METHODS,
  type SessionKind,
} from '../vocabulary/codes.js';
import { allegationFrom, checkAllegation, type Allegation } from './allegation.js';
import type { ExternalProceeding } from './external-proceeding.js';
import type { RecordAction, RecordActionOf } from './record-action.js';
import type { RecordError } from './record-error.js';
import { isPartyError, partyKey, resolveSessionParty, type Session, type SessionParty } from './session.js';

/** The record an action names, as found in the case, and the kind of session the rule is read for. */
export interface RecordSubject {
  readonly allegation?: Allegation;
  readonly session?: Session;
  readonly proceeding?: ExternalProceeding;
  readonly sessionKind?: SessionKind;
}

/** What a record action changes: one of the case's record lists. */
export type RecordChange = Partial<Pick<EthicsCase, 'allegations' | 'sessions' | 'externalProceedings'>>;

export type RecordPrecondition = (
  ethicsCase: EthicsCase,
  subject: RecordSubject,
  context: CaseContext,
) => RecordError | undefined;

type Check<T extends RecordAction['type']> = (
  ethicsCase: EthicsCase,
  action: RecordActionOf<T>,
  subject: RecordSubject,
  context: CaseContext,
) => RecordError | undefined;

type Apply<T extends RecordAction['type']> = (
  ethicsCase: EthicsCase,
  action: RecordActionOf<T>,
  subject: RecordSubject,
  context: CaseContext,
) => RecordChange;

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
const invalid = (field: string, reason: string): RecordError => ({ code: 'INVALID_INPUT', field, reason });
const isOneOf = (list: readonly string[], value: string): boolean => list.includes(value);
/** `{ [field]: trimmed }`, or nothing for a blank value. */
const text = <K extends string>(field: K, value: string | undefined): { [P in K]?: string } =>
  (isBlank(value) ? {} : { [field]: value!.trim() }) as { [P in K]?: string };

function checkInstant(
  ethicsCase: EthicsCase,
  at: Date,
  field: string,
  context: CaseContext,
  limits: { readonly future: boolean; readonly beforeReceipt: boolean },
): RecordError | undefined {
  if (Number.isNaN(at.getTime())) return invalid(field, 'notADate');
  if (!limits.future && at > context.now) return invalid(field, 'inFuture');
  if (!limits.beforeReceipt && at < ethicsCase.receivedAt) return { code: 'DATE_BEFORE_RECEIPT', field };
  return undefined;
}

const checkNewId = (
  id: string,
  field: string,
  taken: readonly { readonly id: string }[],
): RecordError | undefined => {
  if (isBlank(id)) return invalid(field, 'required');
  return taken.some((record) => record.id === id) ? invalid(field, 'duplicate') : undefined;
};

// ---- preconditions (no payload: they also decide what is offered) ----

/** Once found, an allegation is part of what was decided on: it is no longer edited or removed. */
export const allegationHasNoFinding: RecordPrecondition = (_, { allegation }) =>
  allegation?.finding === undefined
    ? undefined
    : { code: 'ALLEGATION_FINDING_RECORDED', allegationId: allegation.id };

/** The minutes close a session: nothing is added to it afterwards. */
export const minutesNotRecorded: RecordPrecondition = (_, { session }) =>
  session?.minutes ? { code: 'MINUTES_ALREADY_RECORDED', sessionId: session.id } : undefined;

/** Attendance and minutes describe a hearing that took place: not before its scheduled time. */
export const sessionHeld: RecordPrecondition = (_, { session }, context) =>
  session && context.now < session.scheduledAt
    ? { code: 'SESSION_NOT_HELD_YET', sessionId: session.id, scheduledAt: session.scheduledAt }
    : undefined;

// ---- allegations ----

export const checkNewAllegation: Check<'addAllegation'> = (ethicsCase, action) => {
  const idError = checkNewId(action.allegationId, 'allegationId', ethicsCase.allegations);
  if (idError) return idError;
  const problems = checkAllegation(action.allegation, ethicsCase);
  return problems.length > 0 ? { code: 'ALLEGATION_INVALID', problems } : undefined;
};

export const checkChangedAllegation: Check<'updateAllegation'> = (ethicsCase, action) => {
  const problems = checkAllegation(action.allegation, ethicsCase, action.allegationId);
  return problems.length > 0 ? { code: 'ALLEGATION_INVALID', problems } : undefined;
};

export const addAllegation: Apply<'addAllegation'> = (ethicsCase, action, _, context) => ({
  allegations: [
    ...ethicsCase.allegations,
    allegationFrom(action.allegationId, action.allegation, context.now),
  ],
});

export const updateAllegation: Apply<'updateAllegation'> = (ethicsCase, action, { allegation }, context) => ({
  allegations: ethicsCase.allegations.map((existing) =>
    existing.id === action.allegationId
      ? allegationFrom(existing.id, action.allegation, context.now, allegation)
      : existing,
  ),
});

export const removeAllegation: Apply<'removeAllegation'> = (ethicsCase, action) => ({
  allegations: ethicsCase.allegations.filter((existing) => existing.id !== action.allegationId),
});

export const checkFinding: Check<'recordAllegationFinding'> = (_, action) =>
  isOneOf(FINDINGS, action.finding) ? undefined : invalid('finding', 'unknown');

export const recordFinding: Apply<'recordAllegationFinding'> = (ethicsCase, action, _, context) => ({
  allegations: ethicsCase.allegations.map((existing) => {
    if (existing.id !== action.allegationId) return existing;
    const { findingNote: _previousNote, ...rest } = existing;
    return {
      ...rest,
      finding: action.finding,
      ...text('findingNote', action.note),
      findingRecordedAt: context.now,
    };
  }),
});

// ---- sessions ----

export const checkSchedule: Check<'scheduleSession'> = (ethicsCase, action, _, context) =>
  checkNewId(action.sessionId, 'sessionId', ethicsCase.sessions) ??
  checkInstant(ethicsCase, action.scheduledAt, 'scheduledAt', context, {
    future: true,
    beforeReceipt: false,
  }) ??
  (isBlank(action.place) && isBlank(action.onlineLink) ? invalid('place', 'required') : undefined);

export const scheduleSession: Apply<'scheduleSession'> = (ethicsCase, action, _, context) => ({
  sessions: [
    ...ethicsCase.sessions,
    {
      id: action.sessionId,
      kind: action.kind,
      scheduledAt: action.scheduledAt,
      ...text('place', action.place),
      ...text('onlineLink', action.onlineLink),
      ...text('agenda', action.agenda),
      summons: [],
      attendance: [],
      recordedAt: context.now,
    },
  ],
});

const withSession = (
  ethicsCase: EthicsCase,
  sessionId: string,
  change: (session: Session) => Session,
): RecordChange => ({
  sessions: ethicsCase.sessions.map((session) => (session.id === sessionId ? change(session) : session)),
});

/** The party a summons or an attendance names, or why it names nobody in this case. */
function partyOf(ethicsCase: EthicsCase, action: RecordActionOf<'recordSummons' | 'recordAttendance'>) {
  const party = resolveSessionParty(ethicsCase, action.party);
  return isPartyError(party) ? { error: party as RecordError } : { party };
}

/** The last moment a summons may go out: `leadTime` days before the hearing's day, local time. */
function latestSummons(session: Session, context: CaseContext) {
  const leadTime = context.ruleSet.sessions.summonsLeadTime[session.kind];
  const day = epochDayOf(session.scheduledAt, context.utcOffsetMinutes);
  const latestDay =
    leadTime.unit === 'workingDays'
      ? context.calendar.addWorkingDays(day, -leadTime.amount)
      : day - leadTime.amount;
  return { leadTime, latestAt: endOfEpochDay(latestDay, context.utcOffsetMinutes) };
}

export const checkSummons: Check<'recordSummons'> = (ethicsCase, action, { session }, context) => {
  const found = partyOf(ethicsCase, action);
  if (found.error) return found.error;
  const key = partyKey(found.party);
  if (session!.summons.some((summons) => partyKey(summons.party) === key)) {
    return { code: 'ALREADY_SUMMONED', sessionId: session!.id, party: key };
  }
  if (!isOneOf(SUMMONS_METHODS, action.method)) return invalid('method', 'unknown');
  const dateError = checkInstant(ethicsCase, action.sentAt, 'sentAt', context, {
    future: false,
    beforeReceipt: false,
  });
  if (dateError) return dateError;
  const { leadTime, latestAt } = latestSummons(session!, context);
  const ahead = countDays(
    context.calendar,
    action.sentAt,
    session!.scheduledAt,
    leadTime.unit,
    context.utcOffsetMinutes,
  );
  return ahead < leadTime.amount
    ? {
        code: 'SUMMONS_TOO_LATE',
        sessionId: session!.id,
        latestAt,
        leadTime: { amount: leadTime.amount, unit: leadTime.unit },
      }
    : undefined;
};

export const recordSummons: Apply<'recordSummons'> = (ethicsCase, action) => {
  const party = resolveSessionParty(ethicsCase, action.party) as SessionParty;
  return withSession(ethicsCase, action.sessionId, (session) => ({
    ...session,
    summons: [
      ...session.summons,
      { party, sentAt: action.sentAt, method: action.method, ...text('reference', action.reference) },
    ],
  }));
};

export const checkAttendance: Check<'recordAttendance'> = (ethicsCase, action, { session }) => {
  const found = partyOf(ethicsCase, action);
  if (found.error) return found.error;
  const key = partyKey(found.party);
  if (!session!.summons.some((summons) => partyKey(summons.party) === key)) {
    return { code: 'PARTY_NOT_SUMMONED', sessionId: session!.id, party: key };
  }
  return isOneOf(ATTENDANCE_STATUSES, action.status) ? undefined : invalid('status', 'unknown');
};

/** One entry per party: recording a party again corrects the entry (until the minutes close the session). */
export const recordAttendance: Apply<'recordAttendance'> = (ethicsCase, action) => {
  const party = resolveSessionParty(ethicsCase, action.party) as SessionParty;
  const key = partyKey(party);
  return withSession(ethicsCase, action.sessionId, (session) => ({
    ...session,
    attendance: [
      ...session.attendance.filter((entry) => partyKey(entry.party) !== key),
      { party, status: action.status, ...text('note', action.note) },
    ],
  }));
};

export const checkMinutes: Check<'recordSessionMinutes'> = (_, action) =>
  isBlank(action.reference)
    ? invalid('reference', 'required')
    : isBlank(action.summary)
      ? invalid('summary', 'required')
      : undefined;

export const recordMinutes: Apply<'recordSessionMinutes'> = (ethicsCase, action, _, context) =>
  withSession(ethicsCase, action.sessionId, (session) => ({
    ...session,
    minutes: { reference: action.reference.trim(), summary: action.summary.trim(), recordedAt: context.now },
    ...text('outcomeNotes', action.outcomeNotes),
  }));

// ---- external proceedings ----

export const checkProceeding: Check<'recordExternalProceeding'> = (ethicsCase, action, _, context) => {
  const idError = checkNewId(action.proceedingId, 'proceedingId', ethicsCase.externalProceedings);
  if (idError) return idError;
  if (!isOneOf(EXTERNAL_FORUMS, action.forum)) return invalid('forum', 'unknown');
  if (!isOneOf(EXTERNAL_PROCEEDING_KINDS, action.kind)) return invalid('kind', 'unknown');
  if (!isOneOf(EXTERNAL_PROCEEDING_STATUSES, action.status)) return invalid('status', 'unknown');
  // Someone may have gone to DKPP before the commission received the case; a referral comes after.
  const referral = action.kind === 'referral';
  if (referral && isBlank(action.reason)) return invalid('reason', 'required');
  return checkInstant(ethicsCase, action.filedAt, 'filedAt', context, {
    future: false,
    beforeReceipt: !referral,
  });
};

export const recordProceeding: Apply<'recordExternalProceeding'> = (ethicsCase, action, _, context) => ({
  externalProceedings: [
    ...ethicsCase.externalProceedings,
    {
      id: action.proceedingId,
      forum: action.forum,
      kind: action.kind,
      ...text('externalNumber', action.externalNumber),
      filedAt: action.filedAt,
      status: action.status,
      ...text('result', action.result),
      ...text('reason', action.reason),
      recordedAt: context.now,
    },
  ],
});

export const checkProceedingUpdate: Check<'updateExternalProceeding'> = (_, action) =>
  isOneOf(EXTERNAL_PROCEEDING_STATUSES, action.status) ? undefined : invalid('status', 'unknown');

/** A status, a result, a number that arrived later; what is not given stays as it was. */
export const updateProceeding: Apply<'updateExternalProceeding'> = (ethicsCase, action, _, context) => ({
  externalProceedings: ethicsCase.externalProceedings.map((existing) =>
    existing.id === action.proceedingId
      ? {
          ...existing,
          status: action.status,
          ...text('externalNumber', action.externalNumber),
          ...text('result', action.result),
          updatedAt: context.now,
        }
      : existing,
  ),
});
