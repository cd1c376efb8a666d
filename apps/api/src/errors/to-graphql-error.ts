// The ONE place where an error becomes a GraphQL error: `code` travels unchanged to `extensions.code`,
// the other fields of a domain error ride along in `extensions`. Resolvers use it; services return
// CodedError values (coded-error.ts) and never import this module.
import { GraphQLError } from 'graphql';
import { messageOf, type Result } from '@etik/domain';
import { API_MESSAGES, codedError, type ApiErrorCode, type CodedError } from './coded-error.js';

export {
  API_ERROR_CODES,
  API_MESSAGES,
  codedError,
  NotSignedInError,
  type ApiErrorCode,
  type CodedError,
} from './coded-error.js';

/** Marks errors whose message and extensions may be shown to clients as they are. */
export class ExpectedError extends GraphQLError {}

/**
 * The GraphQL error of a refusal. Its sentence: `message` if given here, else the error's own, else the
 * code's usual one (the API's, then the domain's).
 */
export function toGraphQLError(error: CodedError, message?: string): GraphQLError {
  const { code, message: own, ...details } = error;
  return new ExpectedError(message ?? own ?? API_MESSAGES[code] ?? messageOf(code, 'en'), {
    extensions: { ...details, code },
  });
}

export const apiError = (
  code: ApiErrorCode,
  details: Record<string, unknown> = {},
  message?: string,
): GraphQLError => toGraphQLError(codedError(code, details, message));

/**
 * A service's value, or its refusal thrown as the GraphQL error (for resolvers). `messages` gives the
 * sentences of a module's own codes (USERNAME_TAKEN, DECLARATION_WITHDRAWN, …).
 */
export function orThrow<T>(
  result: Result<T, CodedError>,
  messages: Readonly<Partial<Record<string, string>>> = {},
): T {
  if (!result.ok) throw toGraphQLError(result.error, messages[result.error.code]);
  return result.value;
}
