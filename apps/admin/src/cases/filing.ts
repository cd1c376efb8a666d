// New-case form values → the API's FileCaseInput, and → the domain's ComplaintDraft for the live check.
import type { CaseSource, ComplaintDraft } from '@etik/domain';
import type { FileCaseInput } from '../providers/data-provider';
import { localInputToIso } from '../shared/time';
import { complaintInputPayload } from './ComplaintInputs';
import type { RespondentValues } from './RespondentInputs';
import { trimmedText } from '../shared/text';

export interface FilingValues extends Record<string, unknown> {
  readonly source?: CaseSource;
  readonly receivedAt?: string;
  readonly findingPlenaryHeldAt?: string;
  readonly respondents?: readonly RespondentValues[];
  readonly electionId?: string | null;
  readonly stageId?: string | null;
}

function respondentDrafts(rows: readonly RespondentValues[]) {
  return rows
    .filter((row) => row && (row.membershipId || trimmedText(row.name) || row.bodyType || row.position))
    .map((row) =>
      Object.fromEntries(
        Object.entries({
          name: trimmedText(row.name),
          membershipId: row.membershipId || undefined,
          bodyType: row.bodyType || undefined,
          position: row.position || undefined,
          bodyName: trimmedText(row.bodyName),
        }).filter(([, value]) => value !== undefined),
      ),
    );
}

export function fileCaseInputOf(values: FilingValues): FileCaseInput {
  const source = values.source ?? 'publicComplaint';
  const drafts = respondentDrafts(values.respondents ?? []);
  const ids = drafts.map((draft) => draft.membershipId).filter((id): id is string => typeof id === 'string');
  // All respondents on record: the API derives the drafts from the memberships. Otherwise send them all.
  const allIdentified = drafts.length > 0 && ids.length === drafts.length;
  const findingPlenaryHeldAt = localInputToIso(values.findingPlenaryHeldAt);
  return {
    receivedAt: localInputToIso(values.receivedAt) ?? new Date().toISOString(),
    complaint: {
      ...complaintInputPayload(values, source),
      ...(allIdentified ? {} : { respondents: drafts }),
    },
    ...(ids.length ? { respondentMembershipIds: ids } : {}),
    ...(source === 'internalFinding' && findingPlenaryHeldAt ? { findingPlenaryHeldAt } : {}),
    ...(values.electionId ? { electionId: values.electionId } : {}),
    // A stage belongs to its election: never sent without one.
    ...(values.electionId && values.stageId ? { stageId: values.stageId } : {}),
  };
}

const dateOf = (iso: unknown): Date | undefined => (typeof iso === 'string' ? new Date(iso) : undefined);

/** What the domain's checkComplaint reads, from the same values. */
export function complaintDraftOf(values: FilingValues): ComplaintDraft {
  const input = fileCaseInputOf(values);
  const complaint = input.complaint as Record<string, unknown>;
  return {
    ...(complaint as unknown as ComplaintDraft),
    respondents: respondentDrafts(values.respondents ?? []) as ComplaintDraft['respondents'],
    ...(complaint.eventDate ? { eventDate: dateOf(complaint.eventDate) } : {}),
    ...(complaint.knownAt ? { knownAt: dateOf(complaint.knownAt) } : {}),
  } as ComplaintDraft;
}
