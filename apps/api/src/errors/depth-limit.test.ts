import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from './depth-limit.js';

const schema = buildSchema(`
  type Node { id: ID, child: Node }
  type Query { node: Node }
`);
const errorsOf = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]);

describe('depthLimit', () => {
  it('accepts an operation at the limit', () => {
    expect(errorsOf('{ node { child { child { id } } } }', 3)).toEqual([]);
  });

  it('refuses an operation one level deeper than the limit', () => {
    const [error] = errorsOf('{ node { child { child { child { id } } } } }', 3);
    expect(error?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'DEPTH_LIMIT' });
  });

  it('follows fragments, and does not loop on a fragment that spreads itself', () => {
    const query = 'fragment F on Node { child { child { id ...F } } } { node { ...F } }';
    expect(errorsOf(query, 2)).toHaveLength(1);
    expect(errorsOf(query, 3)).toEqual([]);
  });

  it('ignores introspection fields', () => {
    expect(errorsOf('{ __schema { types { fields { type { ofType { name } } } } } }', 2)).toEqual([]);
  });
});
