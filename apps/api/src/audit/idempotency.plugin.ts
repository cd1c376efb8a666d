// Idempotency-Key on mutations (IETF draft-ietf-httpapi-idempotency-key-header): the first response is
// stored per (user, key) and replayed verbatim; the same key with another request is refused. The key
// row is written in the mutation's own transaction (db/transaction.ts), the response right after.
// A key expires `ttlMs` after its first use: then it may be used again, for any request (the server's
// maintenance also purges expired rows). The record lives in the database, so every API instance sees it.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { Orm } from '../db/orm.js';
import type { Context } from '../context.js';
import { apiError } from '../errors/to-graphql-error.js';
import { canonicalJson } from '../shared/json.js';
import { IdempotencyRecord } from './audit-event.entity.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

const isExpired = (record: IdempotencyRecord, now: Date, ttlMs: number): boolean =>
  record.createdAt.getTime() <= now.getTime() - ttlMs;

/** Deletes the records whose key has expired; returns how many. */
export const purgeExpiredIdempotencyKeys = (orm: Orm, now: Date, ttlMs: number): Promise<number> =>
  orm.em.fork().nativeDelete(IdempotencyRecord, { createdAt: { $lte: new Date(now.getTime() - ttlMs) } });

export function idempotencyPlugin(orm: Orm, ttlMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_HEADER)?.trim();
      if (!key) return;
      let replay: string | undefined;
      /** HTTP status of a refusal (the draft's 422 for a reused key, 409 while the first is in flight). */
      let refusedWith: number | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation || operation.operation !== 'mutation' || !contextValue.user) return;
          if (key.length > 255) {
            refusedWith = 400;
            throw apiError('BAD_USER_INPUT', { field: 'Idempotency-Key' }, 'Idempotency-Key is too long.');
          }
          const requestHash = createHash('sha256')
            .update(
              canonicalJson({
                query: request.query ?? '',
                operationName: request.operationName ?? null,
                variables: request.variables ?? {},
              }),
            )
            .digest('hex');
          const em = orm.em.fork();
          let stored = await em.findOne(IdempotencyRecord, { userId: contextValue.user.userId, key });
          if (stored && isExpired(stored, contextValue.now(), ttlMs)) {
            await em.nativeDelete(IdempotencyRecord, { id: stored.id });
            stored = null;
          }
          if (!stored) {
            contextValue.idempotency = {
              key,
              requestHash,
              operation: request.operationName ?? operation.name?.value ?? 'anonymous',
            };
            return;
          }
          if (stored.requestHash !== requestHash) {
            refusedWith = 422;
            throw apiError('IDEMPOTENCY_KEY_REUSED');
          }
          if (stored.response == null) {
            refusedWith = 409;
            throw apiError('IDEMPOTENCY_KEY_IN_PROGRESS');
          }
          replay = stored.response;
        },
        async responseForOperation({ response }): Promise<GraphQLResponse | null> {
          if (replay === undefined) return null;
          response.http.headers.set('idempotent-replayed', 'true');
          return { http: response.http, body: { kind: 'single', singleResult: JSON.parse(replay) as never } };
        },
        async willSendResponse({ response, contextValue }) {
          if (refusedWith !== undefined) {
            response.http.status = refusedWith;
            return;
          }
          const pending = contextValue.idempotency;
          if (replay !== undefined || !pending || !contextValue.user || response.body.kind !== 'single')
            return;
          const { errors } = response.body.singleResult;
          // A twin refused inside its transaction (it lost the race for the key): 409, as for one refused here.
          if (errors?.some((error) => error.extensions?.code === 'IDEMPOTENCY_KEY_IN_PROGRESS')) {
            response.http.status = 409;
            return;
          }
          // Only the request that wrote the key stores its response: a twin's must not overwrite it.
          if (!pending.recorded) return;
          await orm.em
            .fork()
            .nativeUpdate(
              IdempotencyRecord,
              { userId: contextValue.user.userId, key: pending.key, response: null },
              { response: JSON.stringify(response.body.singleResult) },
            );
        },
      };
    },
  };
}
