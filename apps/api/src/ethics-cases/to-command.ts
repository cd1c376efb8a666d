// GraphQL inputs become domain commands, record actions and complaint drafts here and only here. GraphQL
// says "not given" with null and builds input objects without a prototype; the domain takes absent fields
// and plain objects. Dates arrive as Date (the DateTime scalar) and stay Dates.
import type { CaseCommand, ComplaintDraft, Respondent } from '@etik/domain';
import type { ReplacementAppointee } from '../adhoc-bodies/replacement.service.js';
import type { ComplaintInput } from './ethics-case.inputs.js';

/** Absent fields for the nulls of an input, deeply; arrays and Dates kept as they are (arrays copied). */
export function withoutNulls<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value as T;
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && item !== undefined) plain[key] = withoutNulls(item);
  }
  return plain as T;
}

/** The drafts of the respondents a complaint names: its own, or those of the case's respondents. */
export function complaintDraftOf(
  input: ComplaintInput,
  respondents: readonly Respondent[],
  bodyNames: ReadonlyMap<string, string>,
): ComplaintDraft {
  const complaint = withoutNulls<ComplaintDraft>(input);
  return {
    ...complaint,
    respondents:
      complaint.respondents ??
      respondents.map((respondent) => ({
        name: respondent.name,
        membershipId: respondent.membershipId,
        bodyType: respondent.bodyType,
        position: respondent.position,
        bodyName: bodyNames.get(respondent.bodyId) ?? '',
      })),
  };
}

type Command<T extends CaseCommand['type']> = Extract<CaseCommand, { readonly type: T }>;

/**
 * A command as the caller gives it. Four need facts only the server has, added by `completeCommand`:
 * the next register number when none is given, the team members' facts (conflicts of interest), the
 * case's own respondents for a corrected complaint, and the memberships a replacement is chosen from.
 */
export type CommandRequest =
  | Exclude<
      CaseCommand,
      { readonly type: 'register' | 'formExaminationTeam' | 'submitCorrection' | 'completeReplacement' }
    >
  | (Omit<Command<'register'>, 'registerNumber'> & { readonly registerNumber?: string })
  | Omit<Command<'formExaminationTeam'>, 'teamMembers'>
  | { readonly type: 'submitCorrection'; readonly complaint: ComplaintInput }
  | ReplacementRequest;

/** completeReplacement as asked: the server reads the memberships; the PPS appointee is the API's to record. */
export type ReplacementRequest = Omit<Command<'completeReplacement'>, 'vacated' | 'memberships'> & {
  readonly appointee?: ReplacementAppointee;
};

/** A value as GraphQL gives it: an optional field may also be null. */
export type WithNulls<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? readonly WithNulls<U>[]
    : T extends object
      ? { readonly [K in keyof T]: undefined extends T[K] ? WithNulls<T[K]> | null : WithNulls<T[K]> }
      : T;

/** A command request from a mutation's arguments: the fields the command names, nulls dropped. */
export const toCommand = (request: WithNulls<CommandRequest>): CommandRequest =>
  withoutNulls<CommandRequest>(request);
