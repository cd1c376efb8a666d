// Per-request batching for field resolvers (the N+1 of GraphQL lists), with the `dataloader` package:
// every `load` issued while a list is being resolved is collected and answered by one query. Loaders live
// as long as their request's context (a WeakMap), so nothing is cached across requests or shared between
// callers.
import DataLoader from 'dataloader';
import type { Context } from '../context.js';

/** Keys per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
export const MAX_BATCH_SIZE = 500;

export type BatchLoader<K, V> = DataLoader<K, V>;

/**
 * A loader whose `batch` answers a Map for some of the keys; every key it leaves out gets `missing()`
 * (null, an empty list, zero).
 */
export function batchLoader<K, V>(
  batch: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
  missing: () => V,
): BatchLoader<K, V> {
  return new DataLoader<K, V>(
    async (keys) => {
      const found = await batch(keys);
      return keys.map((key) => (found.has(key) ? found.get(key)! : missing()));
    },
    {
      maxBatchSize: MAX_BATCH_SIZE,
      // After the current round of resolvers and the promises they settle, not just the current tick
      // (dataloader's default): a field that awaits something before its `load` still joins the batch.
      batchScheduleFn: (dispatch) => setImmediate(dispatch),
    },
  );
}

const loaders = new WeakMap<Context, Map<string, BatchLoader<unknown, unknown>>>();

/** The request's loader called `name`, made on first use. */
export function loaderOf<K, V>(ctx: Context, name: string, make: () => BatchLoader<K, V>): BatchLoader<K, V> {
  let own = loaders.get(ctx);
  if (!own) {
    own = new Map();
    loaders.set(ctx, own);
  }
  let loader = own.get(name) as BatchLoader<K, V> | undefined;
  if (!loader) {
    loader = make();
    own.set(name, loader as BatchLoader<unknown, unknown>);
  }
  return loader;
}

/** Groups rows by a key, in their order: the usual shape of a one-to-many batch. */
export function groupBy<K, T>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
