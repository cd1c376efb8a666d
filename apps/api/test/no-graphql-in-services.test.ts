// Services return coded Results; only resolvers and REST routes turn them into GraphQL or HTTP errors
// (issue #10). So no service, nor a module services build on, imports `graphql` or to-graphql-error.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The GraphQL and HTTP layer, which may: resolvers, GraphQL types and inputs, REST routes, Apollo plugins,
 * the error mapping and operation limits, the scalar, the schema and the server that mounts them.
 */
const GRAPHQL_LAYER =
  /(\.(resolver|type|types|inputs|payloads|routes|plugin|scalar)\.ts$|^errors\/|^(schema|server|main)\.ts$)/;

/** An import (static, dynamic or re-export) of `graphql`, a `graphql/…` path, or to-graphql-error. */
const GRAPHQL_IMPORT =
  /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"](graphql(?:\/[^'"]*)?|[^'"]*\/to-graphql-error(?:\.js|\.ts)?)['"]/;

const importsGraphQL = (source: string): boolean => GRAPHQL_IMPORT.test(source);

/** Every module outside the GraphQL layer: services and what they build on. */
const services = (readdirSync(SRC, { recursive: true }) as string[])
  .map((path) => path.split('\\').join('/'))
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !GRAPHQL_LAYER.test(path))
  .sort();

describe('the GraphQL import check', () => {
  it.each([
    "import { GraphQLError } from 'graphql';",
    'import type { GraphQLSchema } from "graphql";',
    "import { GraphQLError } from 'graphql/error/index.js';",
    "import { apiError } from '../errors/to-graphql-error.js';",
    "export { toGraphQLError } from '../errors/to-graphql-error.js';",
    "const { GraphQLError } = await import('graphql');",
  ])('sees %s', (line) => {
    expect(importsGraphQL(line)).toBe(true);
  });

  it.each([
    "import { codedError } from '../errors/coded-error.js';",
    "import { buildSchema } from 'type-graphql';",
    "import { DateTimeResolver } from 'graphql-scalars';",
    '// a comment about graphql errors',
  ])('lets %s pass', (line) => {
    expect(importsGraphQL(line)).toBe(false);
  });
});

describe('services and their helpers', () => {
  it('are found', () => {
    expect(services).toContain('users/user.service.ts');
    expect(services).toContain('conflict-declarations/declaration.service.ts');
    expect(services).toContain('ethics-cases/case-change.ts');
    expect(services).toContain('db/transaction.ts');
  });

  it.each(services)('%s imports neither graphql nor to-graphql-error', (path) => {
    expect(importsGraphQL(readFileSync(`${SRC}${path}`, 'utf8'))).toBe(false);
  });
});
