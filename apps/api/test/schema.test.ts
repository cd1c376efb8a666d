import { readFileSync } from 'node:fs';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CASE_COMMANDS } from '@etik/domain';
import { buildEtikSchema } from '../src/schema.js';
import { generatedSchemaFile } from '../src/scripts/schema-file.js';

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run schema:write after a change)', async () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(await generatedSchemaFile()).toBe(committed);
  });

  it('has one mutation per domain command', async () => {
    const mutations = Object.keys((await buildEtikSchema()).getMutationType()!.getFields());
    const bare = new Set(['register', 'discontinue', 'refer', 'reject', 'withdraw', 'close']);
    for (const command of CASE_COMMANDS) {
      expect(mutations).toContain(bare.has(command) ? `${command}Case` : command);
    }
  });

  it('builds its enums from the domain lists', async () => {
    const schema = await buildEtikSchema();
    const type = schema.getType('CaseCommandType');
    expect(type).toBeInstanceOf(GraphQLEnumType);
    expect((type as GraphQLEnumType).getValues().map((value) => value.name)).toEqual([...CASE_COMMANDS]);
  });
});
