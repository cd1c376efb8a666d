// The ONE place where an error becomes a GraphQL error: `code` travels unchanged to `extensions.code`,
// the other fields of a domain error ride along in `extensions`.
import { GraphQLError } from 'graphql';
import { messageOf } from '@etik/domain';

/** Errors the API itself raises (domain codes come from @etik/domain). */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'INVALID_CREDENTIALS',
  'TOO_MANY_REQUESTS',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
  'IMPORT_NOT_CANCELLABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const MESSAGES: Partial<Record<string, string>> = {
  UNAUTHENTICATED: 'Sign in first.',
  FORBIDDEN: 'Your role may not do this.',
  NOT_FOUND: 'No such record in your jurisdiction.',
  CONFLICT: 'The record was changed by someone else; reload it and try again.',
  BAD_USER_INPUT: 'An argument is not valid; `field` names it.',
  INVALID_CREDENTIALS: 'Wrong username or password.',
  TOO_MANY_REQUESTS: 'Too many failed attempts; try again later.',
  IDEMPOTENCY_KEY_REUSED: 'This Idempotency-Key was already used for a different request.',
  IDEMPOTENCY_KEY_IN_PROGRESS: 'A request with this Idempotency-Key is still being processed.',
  IMPORT_NOT_CANCELLABLE: 'The import has finished already (completed, failed or cancelled).',
};

/** A business "no" or a refusal, as a value: a stable code plus whatever explains it. */
export interface CodedError {
  readonly code: string;
  readonly [field: string]: unknown;
}

/** Marks errors whose message and extensions may be shown to clients as they are. */
export class ExpectedError extends GraphQLError {}

export function toGraphQLError(error: CodedError, message?: string): GraphQLError {
  const { code, ...details } = error;
  return new ExpectedError(message ?? MESSAGES[code] ?? messageOf(code, 'en'), {
    extensions: { ...details, code },
  });
}

export const apiError = (
  code: ApiErrorCode,
  details: Record<string, unknown> = {},
  message?: string,
): GraphQLError => toGraphQLError({ ...details, code }, message);
