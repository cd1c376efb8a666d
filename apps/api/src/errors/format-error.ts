// formatError: expected errors keep their code and details; anything else is masked as
// INTERNAL_SERVER_ERROR with a correlation id, and logged with its stack.
import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger.js';
import { NotSignedInError } from './coded-error.js';

export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    // Duck-typed as well as instanceof: a GraphQLError from another copy of graphql is still ours.
    const isGraphQLError =
      original instanceof GraphQLError || (original instanceof Error && original.name === 'GraphQLError');
    // A missing sign-in is thrown as a plain error (access-policy.ts does not know GraphQL); it carries
    // its UNAUTHENTICATED code in `extensions`, which graphql-js has copied onto `formatted`.
    const isExpected = isGraphQLError || original instanceof NotSignedInError;
    if (isExpected && code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const correlationId = randomUUID();
    logger.error({ err: original, correlationId, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}
