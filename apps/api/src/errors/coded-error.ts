// Expected failures as values: what services return (`Result<T, CodedError>`) instead of throwing. No
// `graphql` here on purpose: only resolvers and REST routes turn a CodedError into a GraphQL or HTTP error
// (to-graphql-error.ts, the routes' own tables), so services stay free of the transport.

/** Errors the API itself raises (domain codes come from @etik/domain). */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'INVALID_CREDENTIALS',
  'TOO_MANY_REQUESTS',
  // Sent by the request rate limiter (request-rate-limit.ts), outside GraphQL execution.
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
  'IMPORT_NOT_CANCELLABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The usual sentence of an API code (domain codes have theirs in @etik/domain's `messageOf`). */
export const API_MESSAGES: Readonly<Partial<Record<string, string>>> = {
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

/**
 * A business "no" or a refusal, as a value: a stable code plus whatever explains it. Every field but
 * `message` reaches the client as `extensions`; `message` replaces the code's usual sentence when the
 * refusal needs its own (a field's limits, say) and is never sent as an extension.
 */
export interface CodedError {
  readonly code: string;
  readonly message?: string;
  readonly [field: string]: unknown;
}

/** An API refusal with its details, and its own sentence when the code's usual one would not do. */
export const codedError = (
  code: ApiErrorCode,
  details: Readonly<Record<string, unknown>> = {},
  message?: string,
): CodedError => ({ ...details, code, ...(message === undefined ? {} : { message }) });

/**
 * Thrown by `requireUser` when nobody is signed in. Signing in is checked by each field as it runs
 * (there is no schema-wide guard), and `requireUser` keeps its throwing signature for every caller;
 * format-error answers it as the expected UNAUTHENTICATED, never as an internal error.
 */
export class NotSignedInError extends Error {
  override readonly name = 'NotSignedInError';
  /** graphql-js copies an original error's `extensions` onto the GraphQL error it wraps it in. */
  readonly extensions = { code: 'UNAUTHENTICATED' } as const;

  constructor() {
    super(API_MESSAGES.UNAUTHENTICATED);
  }
}
