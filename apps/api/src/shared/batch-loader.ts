// Per-request batching for field resolvers (the N+1 of GraphQL lists): every `load` issued while a list
// is being resolved is collected and answered by one query. Loaders live as long as their request's
// context (a WeakMap), so nothing is cached across requests or shared between callers.
import type { Context } from '../context.js';

/** Keys per query: well under SQLite's and PostgreSQL's bound-parameter limits. */
const MAX_BATCH = 500;

export class BatchLoader<K, V> {
  private queue: { key: K; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];
  private readonly cache = new Map<K, Promise<V>>();

  constructor(
    private readonly batch: (keys: readonly K[]) => Promise<Map<K, V>>,
    private readonly missing: () => V,
  ) {}

  load(key: K): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      // After the current round of resolvers (and the promises they settle) has queued its keys.
      if (this.queue.length === 1) setImmediate(() => void this.dispatch());
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const keys = [...new Set(queue.map((item) => item.key))];
    try {
      const found = new Map<K, V>();
      for (let start = 0; start < keys.length; start += MAX_BATCH) {
        for (const [key, value] of await this.batch(keys.slice(start, start + MAX_BATCH)))
          found.set(key, value);
      }
      for (const item of queue) item.resolve(found.has(item.key) ? found.get(item.key)! : this.missing());
    } catch (error) {
      for (const item of queue) item.reject(error);
    }
  }
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
