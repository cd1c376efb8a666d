import { describe, expect, it } from 'vitest';
import type { Context } from '../context.js';
import { batchLoader, groupBy, loaderOf, MAX_BATCH_SIZE } from './batch-loader.js';

/** A loader that records the keys of each batch and knows only even numbers. */
function evenLoader() {
  const batches: number[][] = [];
  const loader = batchLoader<number, string | null>(
    async (keys) => {
      batches.push([...keys]);
      return new Map(keys.filter((key) => key % 2 === 0).map((key) => [key, `n${key}`]));
    },
    () => null,
  );
  return { loader, batches };
}

describe('batchLoader', () => {
  it('answers the loads of one round with one batch, and the keys it does not find with missing()', async () => {
    const { loader, batches } = evenLoader();
    const answers = await Promise.all([loader.load(2), loader.load(3), loader.load(2)]);
    expect(answers).toEqual(['n2', null, 'n2']);
    expect(batches).toEqual([[2, 3]]);
  });

  it(`splits a round into batches of at most ${MAX_BATCH_SIZE} keys`, async () => {
    const { loader, batches } = evenLoader();
    const keys = Array.from({ length: 2 * MAX_BATCH_SIZE + 1 }, (_, index) => index);
    const answers = await Promise.all(keys.map((key) => loader.load(key)));
    expect(answers[4]).toBe('n4');
    expect(answers[5]).toBeNull();
    expect(batches.map((batch) => batch.length)).toEqual([MAX_BATCH_SIZE, MAX_BATCH_SIZE, 1]);
  });

  it('lets a load issued after a process.nextTick of the same round join its batch', async () => {
    const { loader, batches } = evenLoader();
    // dataloader's own schedule would dispatch [4] on the tick queued before this one.
    const later = async () => {
      await Promise.resolve();
      await new Promise((resolve) => process.nextTick(resolve));
      return loader.load(6);
    };
    await Promise.all([loader.load(4), later()]);
    expect(batches).toEqual([[4, 6]]);
  });
});

describe('loaderOf', () => {
  it('keeps one loader per request and name', () => {
    const first = {} as Context;
    const second = {} as Context;
    const make = () => evenLoader().loader;
    const loader = loaderOf(first, 'even', make);
    expect(loaderOf(first, 'even', make)).toBe(loader);
    expect(loaderOf(first, 'other', make)).not.toBe(loader);
    expect(loaderOf(second, 'even', make)).not.toBe(loader);
  });
});

describe('groupBy', () => {
  it('groups rows by key, keeping their order', () => {
    const grouped = groupBy(['ab', 'b', 'ac'], (text) => text[0]);
    expect([...grouped]).toEqual([
      ['a', ['ab', 'ac']],
      ['b', ['b']],
    ]);
  });
});
