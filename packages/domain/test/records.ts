// Builders for the case-records tests: actors, contexts, records placed on cases in any status.
import { defaultCalendar } from '../src/calendar/index.js';
import type { Allegation } from '../src/case-records/allegation.js';
import { applyRecordAction, type Recorded } from '../src/case-records/apply-record-action.js';
import type { RecordAction } from '../src/case-records/record-action.js';
import type { RecordError } from '../src/case-records/record-error.js';
import type { Session } from '../src/case-records/session.js';
import type { CaseContext } from '../src/ethics-case/case-context.js';
import type { EthicsCase } from '../src/ethics-case/ethics-case.js';
import { KPT_337_2020 } from '../src/rule-sets/rule-set-catalogue.js';
import { SAMPLE_EXAMINERS } from '../src/testing/index.js';
import type { Result } from '../src/shared/result.js';
import type { Role } from '../src/vocabulary/codes.js';
import { actorOf, DAY, NOW } from './drive.js';

export const ON_TEAM = SAMPLE_EXAMINERS[0].personId;

/** A context for `role` of the sample commission; examiners sit on the sample team unless told otherwise. */
export const recordContext = (role: Role, overrides: Partial<CaseContext> = {}): CaseContext => ({
  now: NOW,
  actor: actorOf(role, 'kpu-3507', role === 'examiner' ? ON_TEAM : undefined),
  ruleSet: KPT_337_2020,
  calendar: defaultCalendar,
  ...overrides,
});

export const act = (
  ethicsCase: EthicsCase,
  action: RecordAction,
  role: Role,
  overrides: Partial<CaseContext> = {},
): Result<Recorded, RecordError> => applyRecordAction(ethicsCase, action, recordContext(role, overrides));

/** Applies an action that must succeed, and returns the case after it. */
export function done(
  ethicsCase: EthicsCase,
  action: RecordAction,
  role: Role,
  overrides: Partial<CaseContext> = {},
): EthicsCase {
  const result = act(ethicsCase, action, role, overrides);
  if (!result.ok) throw new Error(`${action.type} refused: ${JSON.stringify(result.error)}`);
  return result.value.ethicsCase;
}

export const codeOf = (result: Result<unknown, RecordError>): string | undefined =>
  result.ok ? undefined : result.error.code;

export const anAllegation = (ethicsCase: EthicsCase, overrides: Partial<Allegation> = {}): Allegation => ({
  id: 'allegation-1',
  respondentMembershipId: ethicsCase.respondents[0]!.membershipId,
  category: 'codeOfEthics',
  principle: 'independent',
  behaviour: 'noPartisanSymbols',
  legalReferences: [],
  description: 'Mengenakan kaos pasangan calon di TPS',
  recordedAt: ethicsCase.receivedAt,
  ...overrides,
});

export const aSession = (overrides: Partial<Session> = {}): Session => ({
  id: 'session-1',
  kind: 'clarification',
  scheduledAt: new Date(NOW.getTime() - DAY),
  place: 'Kantor KPU Kabupaten Malang',
  summons: [],
  attendance: [],
  recordedAt: new Date(NOW.getTime() - 7 * DAY),
  ...overrides,
});

/** The case with records placed on it directly, for tests of who may act on them. */
export const withRecords = (
  ethicsCase: EthicsCase,
  records: Partial<Pick<EthicsCase, 'allegations' | 'sessions' | 'externalProceedings'>>,
): EthicsCase => ({ ...ethicsCase, ...records });
