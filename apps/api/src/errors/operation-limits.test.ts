import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasLimit, costLimit, directiveLimit } from './operation-limits.js';

const schema = buildSchema(`
  type Item { id: ID, name: String, children(first: Int = 10): [Item] }
  type Query { item: Item, items(first: Int = 25): [Item], all: [Item] }
`);
const errorsOf = (query: string, rule: Parameters<typeof validate>[2]) =>
  validate(schema, parse(query), rule);

describe('aliasLimit', () => {
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, index) => `a${index}: item { id }`).join(' ')} }`;

  it('accepts an operation with as many aliases as allowed', () => {
    expect(errorsOf(aliases(3), [aliasLimit(3)])).toEqual([]);
  });

  it('refuses one alias more, with the count', () => {
    const [error] = errorsOf(aliases(4), [aliasLimit(3)]);
    expect(error?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'ALIAS_LIMIT',
      aliases: 4,
      maxAliases: 3,
    });
  });

  it('counts the aliases of a fragment each time it is spread', () => {
    const query = 'fragment F on Item { a: id b: name } { item { ...F } other: item { ...F } }';
    expect(errorsOf(query, [aliasLimit(5)])).toHaveLength(0);
    expect(errorsOf(query, [aliasLimit(4)])).toHaveLength(1);
  });
});

describe('directiveLimit', () => {
  it('counts directives on fields and fragments', () => {
    const query =
      '{ item @include(if: true) { id @skip(if: false) ... on Item @include(if: true) { name } } }';
    expect(errorsOf(query, [directiveLimit(3)])).toEqual([]);
    expect(errorsOf(query, [directiveLimit(2)])[0]?.extensions).toMatchObject({
      reason: 'DIRECTIVE_LIMIT',
      directives: 3,
    });
  });
});

describe('costLimit', () => {
  const costOf = (query: string): number => {
    const [error] = errorsOf(query, [costLimit({ maxCost: 0, maxPageSize: 100 })]);
    return (error?.extensions.cost as number | undefined) ?? 0;
  };

  it('charges one per field', () => {
    expect(costOf('{ item { id name } }')).toBe(3);
  });

  it('multiplies a paged selection by the literal page size, or the default', () => {
    expect(costOf('{ items(first: 4) { id name } }')).toBe(1 + 4 * 2);
    expect(costOf('{ items { id } }')).toBe(1 + 25);
  });

  it('assumes the largest page for a variable page size, and clamps literals to it', () => {
    expect(costOf('query ($n: Int) { items(first: $n) { id } }')).toBe(1 + 100);
    expect(costOf('{ items(first: 100000) { id } }')).toBe(1 + 100);
  });

  it('multiplies nested pages', () => {
    expect(costOf('{ items(first: 10) { children(first: 10) { id } } }')).toBe(1 + 10 * (1 + 10));
  });

  it('follows fragments and ignores introspection', () => {
    expect(costOf('fragment F on Item { id name } { item { ...F ... on Item { id } } __typename }')).toBe(4);
  });

  it('refuses an operation above the maximum', () => {
    const query = '{ items(first: 100) { children(first: 100) { id } } }';
    expect(errorsOf(query, [costLimit({ maxCost: 5000, maxPageSize: 100 })])[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'COST_LIMIT',
      cost: 1 + 100 * 101,
      maxCost: 5000,
    });
    expect(errorsOf('{ items(first: 10) { id } }', [costLimit({ maxCost: 5000, maxPageSize: 100 })])).toEqual(
      [],
    );
  });
});
