// The case's records (allegations, sessions, external proceedings) and the conduct catalogue, over the
// API's own queries and mutations. Records are read with their own small query, not with the case page's
// (documents are capped at 2000 tokens); every record mutation carries the version last read, like a
// command, and answers with the records again.
import type { Locale, RecordActionType as RecordAction } from '@etik/domain';
import { ApiError, type GraphQLRequest } from './graphql-client';
import { OCCURRED_AT_ARGS } from './case-documents';
import type {
  CaseRecords,
  CatalogueBehaviour,
  ExaminationTeamCandidate,
  ReplacementCandidates,
  RecordActionArgs,
  TypicalViolation,
} from './records-types';

const PARTY = 'party { role membershipId name identityMasked }';

/** What the records section shows, with the buttons the user may press now. */
export const CASE_RECORD_FIELDS = `id version
  availableRecordActions { action targetId sessionKind }
  allegations {
    id respondentMembershipId category principle behaviour description
    finding findingNote findingRecordedAt recordedAt
    legalReferences { citation instrument article paragraph letter confidence }
  }
  sessions {
    id kind scheduledAt place onlineLink agenda outcomeNotes recordedAt
    summons { ${PARTY} method sentAt reference }
    attendance { ${PARTY} status note }
    minutes { reference summary recordedAt }
  }
  externalProceedings { id forum kind status filedAt externalNumber reason result recordedAt updatedAt }`;

export const CASE_RECORDS_QUERY = `query CaseRecords($id: ID!) { case(id: $id) { ${CASE_RECORD_FIELDS} } }`;

const REFERENCE = 'instrument article paragraph letter label { id en }';
const BEHAVIOUR = `code category principles references { ${REFERENCE} }`;

export const TYPICAL_VIOLATIONS_QUERY = `query TypicalViolations($keyword: String, $locale: Locale) {
  typicalViolations(keyword: $keyword, locale: $locale) {
    code category principles label { id en } references { ${REFERENCE} } behaviours { ${BEHAVIOUR} }
  }
}`;

export const BEHAVIOURS_QUERY = `query Behaviours($principle: PrincipleCode, $category: ViolationCategory) {
  behaviours(principle: $principle, category: $category) { ${BEHAVIOUR} }
}`;

export const EXAMINATION_TEAM_CANDIDATES_QUERY = `query ExaminationTeamCandidates($caseId: ID!) {
  examinationTeamCandidates(caseId: $caseId) {
    personId name role commissionName conflicts { code partyName relation bodyId role }
  }
}`;

export const REPLACEMENT_CANDIDATES_QUERY = `query ReplacementCandidates($caseId: ID!, $membershipId: ID!) {
  replacementCandidates(caseId: $caseId, membershipId: $membershipId) {
    vacatedMembershipId seatStillOpen nextCandidateId ppsAppointmentAllowed
    candidates { id selectionRank person { name } }
  }
}`;

/** Each record mutation's own arguments and their GraphQL types (caseId and expectedVersion come first). */
const RECORD_ARGUMENTS: {
  readonly [Action in RecordAction]: Readonly<Record<keyof RecordActionArgs[Action], string>>;
} = {
  addAllegation: { allegation: 'AllegationInput!' },
  updateAllegation: { allegationId: 'ID!', allegation: 'AllegationInput!' },
  removeAllegation: { allegationId: 'ID!' },
  recordAllegationFinding: { allegationId: 'ID!', finding: 'Finding!', note: 'String' },
  scheduleSession: {
    kind: 'SessionKind!',
    scheduledAt: 'DateTimeISO!',
    place: 'String',
    onlineLink: 'String',
    agenda: 'String',
  },
  recordSummons: {
    sessionId: 'ID!',
    party: 'SessionPartyInput!',
    method: 'SummonsMethod!',
    sentAt: 'DateTimeISO!',
    reference: 'String',
  },
  recordAttendance: {
    sessionId: 'ID!',
    party: 'SessionPartyInput!',
    status: 'AttendanceStatus!',
    note: 'String',
  },
  recordSessionMinutes: {
    sessionId: 'ID!',
    reference: 'String!',
    summary: 'String!',
    outcomeNotes: 'String',
  },
  recordExternalProceeding: {
    forum: 'ExternalForum!',
    kind: 'ExternalProceedingKind',
    status: 'ExternalProceedingStatus',
    filedAt: 'DateTimeISO!',
    externalNumber: 'String',
    reason: 'String',
    result: 'String',
  },
  updateExternalProceeding: {
    proceedingId: 'ID!',
    status: 'ExternalProceedingStatus!',
    externalNumber: 'String',
    result: 'String',
  },
};

/** The mutation document of one record action, answering with the records. */
export function recordMutation(action: RecordAction): string {
  const args: Record<string, string> = {
    caseId: 'ID!',
    expectedVersion: 'Int!',
    ...RECORD_ARGUMENTS[action],
    ...OCCURRED_AT_ARGS,
  };
  const names = Object.keys(args);
  const operation = action.charAt(0).toUpperCase() + action.slice(1);
  return `mutation ${operation}(${names.map((name) => `$${name}: ${args[name]}`).join(', ')}) {
  ${action}(${names.map((name) => `${name}: $${name}`).join(', ')}) { ${CASE_RECORD_FIELDS} }
}`;
}

/** Drops empty optional texts: the API reads "" as a value ("a place or an online link is required"). */
function withoutBlanks<T extends object>(args: T): T {
  return Object.fromEntries(
    Object.entries(args).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as T;
}

export interface RecordsProvider {
  /** The records of a case, the actions this user may take on them now, and the case's version. */
  caseRecords(caseId: string): Promise<CaseRecords>;
  /** Takes one record action; `version` is the one last read (`expectedVersion`). */
  recordCaseAction<Action extends RecordAction>(
    action: Action,
    caseId: string,
    version: number,
    args: RecordActionArgs[Action],
  ): Promise<CaseRecords>;
  /** Typical violations matching every word of the keyword, best first (all without one). */
  typicalViolations(keyword?: string, locale?: Locale): Promise<readonly TypicalViolation[]>;
  /** The behaviours of the catalogue, optionally under one principle. */
  catalogueBehaviours(principle?: string): Promise<readonly CatalogueBehaviour[]>;
  /** Who may sit on the case's examination team, each with the conflicts of interest that would bar them. */
  examinationTeamCandidates(caseId: string): Promise<readonly ExaminationTeamCandidate[]>;
  /** The reserves that may fill a dismissed respondent's seat, best rank first, as the API's rules take them. */
  replacementCandidates(caseId: string, membershipId: string): Promise<ReplacementCandidates>;
}

export function createRecordsProvider(request: GraphQLRequest): RecordsProvider {
  return {
    async caseRecords(caseId) {
      const { case: found } = await request<{ case: CaseRecords | null }>(CASE_RECORDS_QUERY, { id: caseId });
      if (!found) throw new ApiError('NOT_FOUND');
      return found;
    },

    async recordCaseAction(action, caseId, version, args) {
      const result = await request<Record<string, CaseRecords | null>>(
        recordMutation(action),
        { ...withoutBlanks(args as Readonly<Record<string, unknown>>), caseId, expectedVersion: version },
        { mutation: true },
      );
      const records = result[action];
      if (!records) throw new ApiError('BAD_RESPONSE');
      return records;
    },

    async typicalViolations(keyword, locale) {
      const text = keyword?.trim();
      return (
        await request<{ typicalViolations: TypicalViolation[] }>(TYPICAL_VIOLATIONS_QUERY, {
          ...(text ? { keyword: text } : {}),
          ...(locale ? { locale } : {}),
        })
      ).typicalViolations;
    },

    async catalogueBehaviours(principle) {
      return (
        await request<{ behaviours: CatalogueBehaviour[] }>(BEHAVIOURS_QUERY, principle ? { principle } : {})
      ).behaviours;
    },

    async examinationTeamCandidates(caseId) {
      return (
        await request<{ examinationTeamCandidates: ExaminationTeamCandidate[] }>(
          EXAMINATION_TEAM_CANDIDATES_QUERY,
          { caseId },
        )
      ).examinationTeamCandidates;
    },

    async replacementCandidates(caseId, membershipId) {
      return (
        await request<{ replacementCandidates: ReplacementCandidates }>(REPLACEMENT_CANDIDATES_QUERY, {
          caseId,
          membershipId,
        })
      ).replacementCandidates;
    },
  };
}
