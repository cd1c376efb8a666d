// Hand-written GraphQL operations on cases, against the API's real names (apps/api/src/ethics-cases).
// Keep selections lean: the API refuses documents over 2000 tokens or 8 levels deep.
import type { CaseCommandType } from '@etik/domain';

const COMMISSION = 'commission { id level name regionCode parentId timeZone }';

/** What the list, the dashboard and getMany need; no confidential fields (reading those is audited). */
export const CASE_LIST_FIELDS = `
  id version status track source ruleSetCode receivedAt updatedAt registerNumber confidential timeZone
  ${COMMISSION}
  respondents { membershipId personId name bodyId bodyType position }
  deadlines { key state startedAt dueAt metAt }
  decision { decidedBy decidedAt outcomes { membershipId finding outcome principlesViolated } }
`;

/** An evidence file as the case page lists it; the upload answers with the same fields. */
export const EVIDENCE_FIELDS =
  'id kind description fileName mediaType size sha256 uploadedBy uploadedByRole uploadedAt downloadPath';

const DECISION = `decidedBy decidedAt dkppCaseNumber considerations
  plenary { heldAt commissionersPresent commissionSize minutesReference }
  outcomes { membershipId finding outcome additionalMeasures principlesViolated }`;

/** Everything the case page shows, including the commands this user may give now. */
export const CASE_DETAIL_FIELDS = `
  id version status track source ruleSetCode receivedAt updatedAt registerNumber confidential timeZone
  election { id name } stage { id name }
  ${COMMISSION}
  respondents { membershipId personId name bodyId bodyType position }
  availableCommands
  complaint {
    source eventDate eventPlace chronology knownAt sourceReference
    complainant { name idNumber address phone email confidential identityMasked personalDataMasked }
    respondents { name membershipId bodyType position bodyName }
    evidence { kind description }
  }
  parties { role name personId identityMasked }
  deadlines { key state startedAt dueAt metAt amount unit confidence basis { id en } }
  milestones { milestone at }
  requestedCorrections
  examinationTeam { chairPersonId memberPersonIds formedAt }
  examinationReport { submittedAt summary }
  decision { ${DECISION} }
  forwardedDecision { ${DECISION} }
  decree { number signedAt }
  deliveries { recipient deliveredAt channel }
  decreeRecipientsRequired decreeRecipientsOwed seatsStillOpen
  replacements { vacatedMembershipId replacementMembershipId method swornAt }
  closure { at reason referredTo }
  timeline { seq at occurredAt action actorUserId actorRole fromStatus toStatus }
  evidence { ${EVIDENCE_FIELDS} }
`;

export const CASES_QUERY = `query Cases($filter: CaseFilter, $sort: CaseSort, $first: Int, $after: String) {
  cases(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${CASE_LIST_FIELDS} }
  }
}`;

/** Only cursors: how the provider walks to page N of a cursor connection cheaply. */
export const CASE_CURSORS_QUERY = `query CaseCursors($filter: CaseFilter, $sort: CaseSort, $first: Int, $after: String) {
  cases(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
  }
}`;

export const CASE_QUERY = `query Case($id: ID!) { case(id: $id) { ${CASE_DETAIL_FIELDS} } }`;

/** Several given cases in one request (`filter: { ids }`, at most 100 ids). */
export const CASES_BY_IDS_QUERY = `query CasesByIds($ids: [ID!]!, $first: Int) {
  cases(filter: { ids: $ids }, first: $first) { nodes { ${CASE_LIST_FIELDS} } }
}`;

/** Counts per group; one request per chart (the dashboard asks for one dimension at a time). */
export const CASE_STATISTICS_QUERY = `query CaseStatistics($groupBy: [StatisticsDimension!]!, $filter: CaseFilter, $unit: StatisticsUnit) {
  caseStatistics(groupBy: $groupBy, filter: $filter, unit: $unit) {
    totalCount
    groups { count status month principle outcome bodyType province { code name } regency { code name } }
  }
}`;

export const STAGE_DURATIONS_QUERY = `query StageDurations($filter: CaseFilter) {
  stageDurations(filter: $filter) { stage from to cases medianDays p90Days maxDays }
}`;

/** Open cases with an overdue deadline, most overdue first; only what the dashboard's list shows. */
export const OVERDUE_CASES_QUERY = `query OverdueCases($first: Int, $filter: CaseFilter) {
  overdueCases(first: $first, filter: $filter) {
    totalCount
    nodes {
      dueAt daysOverdue
      overdueDeadlines { key state startedAt dueAt metAt }
      ethicsCase { id version status source registerNumber receivedAt updatedAt track ruleSetCode confidential
        commission { id level name } respondents { membershipId name } deadlines { key state startedAt dueAt metAt } }
    }
  }
}`;

export const FILE_CASE_MUTATION = `mutation FileCase($input: FileCaseInput!) {
  fileCase(input: $input) {
    ethicsCase { ${CASE_DETAIL_FIELDS} }
    completeness { complete deficiencies { code requirement field } }
  }
}`;

/**
 * One mutation per domain command (apps/api/src/ethics-cases/case-commands.resolver.ts): its GraphQL name
 * and the arguments besides `caseId` and `expectedVersion`, with their GraphQL types.
 */
export const COMMAND_MUTATIONS = {
  startScreening: { mutation: 'startScreening', args: {} },
  requestCorrection: { mutation: 'requestCorrection', args: { deficiencies: '[String!]!' } },
  submitCorrection: { mutation: 'submitCorrection', args: { complaint: 'ComplaintInput!' } },
  register: { mutation: 'registerCase', args: { registerNumber: 'String' } },
  startClarification: { mutation: 'startClarification', args: {} },
  discontinue: { mutation: 'discontinueCase', args: { reason: 'String!' } },
  formExaminationTeam: {
    mutation: 'formExaminationTeam',
    args: { chairPersonId: 'ID!', memberPersonIds: '[ID!]!' },
  },
  submitExaminationReport: { mutation: 'submitExaminationReport', args: { summary: 'String!' } },
  recordPlenaryDecision: {
    mutation: 'recordPlenaryDecision',
    args: { plenary: 'PlenaryInput!', outcomes: '[OutcomeInput!]!', considerations: 'String' },
  },
  forwardToDkpp: { mutation: 'forwardToDkpp', args: {} },
  recordDkppVerdict: {
    mutation: 'recordDkppVerdict',
    args: { dkppCaseNumber: 'String!', readAt: 'DateTimeISO!', outcomes: '[OutcomeInput!]!' },
  },
  issueDecree: { mutation: 'issueDecree', args: { decreeNumber: 'String!', signedAt: 'DateTimeISO!' } },
  recordDelivery: {
    mutation: 'recordDelivery',
    args: { recipient: 'DeliveryRecipient!', deliveredAt: 'DateTimeISO!', channel: 'String!' },
  },
  startReplacement: { mutation: 'startReplacement', args: {} },
  completeReplacement: {
    mutation: 'completeReplacement',
    args: {
      vacatedMembershipId: 'ID!',
      replacementMembershipId: 'ID',
      method: 'ReplacementMethod!',
      swornAt: 'DateTimeISO!',
      skippedReserves: '[SkippedReserveInput!]',
      appointee: 'ReplacementAppointeeInput',
    },
  },
  refer: { mutation: 'referCase', args: { referredTo: 'String!', reason: 'String!' } },
  reject: { mutation: 'rejectCase', args: { reason: 'String!' } },
  withdraw: { mutation: 'withdrawCase', args: { reason: 'String!' } },
  close: { mutation: 'closeCase', args: {} },
} as const satisfies Record<CaseCommandType, { mutation: string; args: Record<string, string> }>;

/** Every command and record action may say when the act happened, if earlier than now. */
export const OCCURRED_AT_ARGS = { occurredAt: 'DateTimeISO', occurredAtReason: 'String' } as const;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `mutation RegisterCase($caseId: ID!, $expectedVersion: Int!, $registerNumber: String) { registerCase(…) {…} }` */
export function commandMutation(command: CaseCommandType): string {
  const { mutation, args } = COMMAND_MUTATIONS[command];
  const all: Record<string, string> = {
    caseId: 'ID!',
    expectedVersion: 'Int!',
    ...args,
    ...OCCURRED_AT_ARGS,
  };
  const declarations = Object.entries(all)
    .map(([name, type]) => `$${name}: ${type}`)
    .join(', ');
  const passing = Object.keys(all)
    .map((name) => `${name}: $${name}`)
    .join(', ');
  return `mutation ${capitalise(mutation)}(${declarations}) {\n  ${mutation}(${passing}) { ${CASE_DETAIL_FIELDS} }\n}`;
}

/** The payload a command takes: the variables besides caseId and expectedVersion. */
export type CommandPayload<C extends CaseCommandType = CaseCommandType> = {
  readonly [K in keyof (typeof COMMAND_MUTATIONS)[C]['args']]?: unknown;
};
