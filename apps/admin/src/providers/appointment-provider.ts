// Appointments into ad hoc bodies (`appointMember`): the back office's side of issue #11 that is neither a
// case nor a directory list (the commission's own people come from the directory's `staffPersons`).
import { ApiError, type GraphQLRequest } from './graphql-client';

export interface NewPersonValues {
  readonly nik: string;
  readonly name: string;
  readonly sex?: string | null;
  /** YYYY-MM-DD. */
  readonly birthDate?: string | null;
  readonly address?: string | null;
  readonly phone?: string | null;
  readonly email?: string | null;
}

/** Exactly one of `person` (a new person), `personId` or `membershipId` (a ranked candidate). */
export interface AppointMemberInput {
  readonly bodyId: string;
  readonly person?: NewPersonValues;
  readonly personId?: string;
  readonly membershipId?: string;
  readonly position: string;
  readonly appointedAt: string;
  readonly oathTakenAt?: string;
  readonly integrityPactSignedAt?: string;
  readonly reference?: string;
  readonly confirmPreviousDismissal?: boolean;
}

const blankless = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The input as the API takes it: trimmed, empty optional fields left out. */
export function appointInput(input: AppointMemberInput): Record<string, unknown> {
  const person = input.person
    ? Object.fromEntries(
        Object.entries(input.person)
          .map(([key, value]) => [key, blankless(value)])
          .filter(([, value]) => value !== undefined),
      )
    : undefined;
  return Object.fromEntries(
    Object.entries({
      ...input,
      person,
      reference: blankless(input.reference),
      confirmPreviousDismissal: input.confirmPreviousDismissal || undefined,
    }).filter(([, value]) => value !== undefined && value !== ''),
  );
}

export function createAppointmentProvider(request: GraphQLRequest) {
  return {
    /** Appoints a member; refusals (SEATS_FULL, PREVIOUSLY_DISMISSED…) come as ApiError. */
    async appointMember(input: AppointMemberInput): Promise<{ id: string; status: string }> {
      const { appointMember } = await request<{ appointMember: { id: string; status: string } | null }>(
        `mutation AppointMember($input: AppointMemberInput!) { appointMember(input: $input) { id status } }`,
        { input: appointInput(input) },
        { mutation: true },
      );
      if (!appointMember) throw new ApiError('BAD_RESPONSE');
      return appointMember;
    },
  };
}

export type AppointmentMethods = ReturnType<typeof createAppointmentProvider>;
