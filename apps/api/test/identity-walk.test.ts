// Walks every field reachable from a case (and from its examination-team candidates), as deep as the
// operation limits allow, as each role that must not see a confidential complainant, and asserts that
// none of the complainant's identity values appears anywhere in the answers: a field added later that
// forgets the masking policy fails here instead of leaking silently.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
  type GraphQLNamedType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_DEPTH, MAX_QUERY_TOKENS } from '../src/server.js';
import { activeMember, FILE_CASE, publicComplaint } from './fixtures.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

let t: TestServer;
let schema: GraphQLSchema;
let createdCaseId: string;
const identities = new Map<string, string[]>();

const COMPLAINANT = `query ($id: ID!) { case(id: $id) {
  confidential complaint { complainant { name idNumber address phone email } } } }`;

/** The selection of every field of `type`, `levels` levels of objects deep (the depth limit's measure). */
function selectionOf(type: GraphQLNamedType, levels: number): string {
  if (isAbstractType(type)) {
    const parts = schema
      .getPossibleTypes(type)
      .map((possible) => [possible.name, selectionOf(possible, levels)] as const)
      .filter(([, selection]) => selection !== '')
      .map(([name, selection]) => `... on ${name} { ${selection} }`);
    return parts.length > 0 ? `__typename ${parts.join(' ')}` : '';
  }
  return fieldsOf(type, levels).join(' ');
}

/** Each field of an object type with its own selection. */
function fieldsOf(type: GraphQLNamedType, levels: number): string[] {
  if (!isObjectType(type)) return [];
  const fields: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    // A new field with required arguments must be given sensible ones here, not skipped.
    if (required.length > 0) throw new Error(`the walk needs arguments for ${type.name}.${field.name}`);
    const named = getNamedType(field.type);
    if (isLeafType(named)) fields.push(field.name);
    else if (levels > 1) {
      const inner = selectionOf(named, levels - 1);
      if (inner !== '') fields.push(`${field.name} { ${inner} }`);
    }
  }
  return fields;
}

const tokensOf = (document: string): number => {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
};

/**
 * Operations that together select every field under `root(args)`, each within the token and depth limits:
 * the root type's fields are packed into as few operations as fit.
 */
function walkOperations(root: string, rootArgs: string, typeName: string): string[] {
  // The root field is one level of the depth limit; its type's fields get the rest.
  const topLevel = fieldsOf(schema.getType(typeName)!, MAX_QUERY_DEPTH - 1);
  const wrap = (fields: string[]) => `query ($id: ID!) { ${root}(${rootArgs}) { ${fields.join(' ')} } }`;
  const operations: string[] = [];
  let batch: string[] = [];
  for (const field of topLevel) {
    if (batch.length > 0 && tokensOf(wrap([...batch, field])) > MAX_QUERY_TOKENS) {
      operations.push(wrap(batch));
      batch = [];
    }
    batch.push(field);
    if (tokensOf(wrap(batch)) > MAX_QUERY_TOKENS) throw new Error(`${typeName}: ${field} alone is too long`);
  }
  if (batch.length > 0) operations.push(wrap(batch));
  return operations;
}

beforeAll(async () => {
  t = await startTestServer({ config: { dataDir: mkdtempSync(join(tmpdir(), 'etik-walk-')) } });
  const introspection = await t.gql<IntrospectionQuery>(getIntrospectionQuery());
  schema = buildClientSchema(introspection.data!);

  // A confidential complainant with every identity field, named in a file name and a description too.
  const officer = await t.login('officer.35.26');
  const input = publicComplaint(
    await activeMember(t, officer, 'ppk-35.26.01'),
    new Date(TEST_NOW.getTime() - 86_400_000).toISOString(),
    { confidential: true },
  );
  const filed = await t.gql<Json>(
    FILE_CASE,
    {
      input: {
        ...input,
        complaint: {
          ...input.complaint,
          complainant: { ...input.complaint.complainant, email: 'rahmawati.s@surel.example' },
        },
      },
    },
    { token: officer },
  );
  expect(filed.errors).toBeUndefined();
  createdCaseId = filed.data!.fileCase.ethicsCase.id;
  const base = t.url.replace(/\/graphql$/, '');
  for (const [fileName, confidential] of [
    ['KTP Rahmawati Sulistyo.pdf', undefined],
    ['Kuitansi.pdf', 'false'],
  ] as const) {
    const form = new FormData();
    form.append('kind', 'document');
    form.append('description', fileName.startsWith('KTP') ? 'KTP pengadu 3526014101900001' : 'Kuitansi');
    if (confidential) form.append('confidential', confidential);
    form.append(
      'file',
      new Blob([Buffer.from(`%PDF-1.7\n${fileName}`)], { type: 'application/pdf' }),
      fileName,
    );
    const uploaded = await fetch(`${base}/files/evidence?caseId=${createdCaseId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
  }

  for (const caseId of ['case-demo-007', createdCaseId]) {
    const read = await t.gql<Json>(COMPLAINANT, { id: caseId }, { token: officer });
    expect(read.data!.case.confidential).toBe(true);
    const values = Object.values(read.data!.case.complaint.complainant).filter(
      (value): value is string => typeof value === 'string' && value.length >= 4,
    );
    expect(values.length).toBeGreaterThanOrEqual(caseId === createdCaseId ? 5 : 4);
    identities.set(caseId, values);
  }
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('a confidential complainant’s identity, everywhere a case leads', () => {
  it('builds operations that reach the complaint, the parties, the sessions and the evidence', () => {
    const walk = walkOperations('case', 'id: $id', 'EthicsCase').join('\n');
    for (const field of [
      'complainant {',
      'parties {',
      'sessions {',
      'evidence {',
      'fileName',
      'timeline {',
    ]) {
      expect(walk).toContain(field);
    }
  });

  it.each([
    ['supervisor.35', 'case-demo-007'],
    ['analyst.35', 'case-demo-007'],
    ['admin.ri', 'case-demo-007'],
    ['examiner1.35.26', 'case-demo-007'],
    ['supervisor.35', 'created'],
    ['analyst.35', 'created'],
    ['admin.ri', 'created'],
  ])('shows %s nothing that identifies the complainant of %s', async (username, which) => {
    const caseId = which === 'created' ? createdCaseId : which;
    const token = await t.login(username);
    const secrets = identities.get(caseId)!.map((value) => value.toLowerCase());
    const answers: string[] = [];
    for (const [root, args, type] of [
      ['case', 'id: $id', 'EthicsCase'],
      ['examinationTeamCandidates', 'caseId: $id', 'ExaminationTeamCandidate'],
    ] as const) {
      for (const operation of walkOperations(root, args, type)) {
        const result = await t.gql(operation, { id: caseId }, { token });
        expect(result.errors, operation).toBeUndefined();
        answers.push(JSON.stringify(result.data));
      }
    }
    const answer = answers.join('\n').toLowerCase();
    expect(answer).toContain(`"id":"${caseId}"`);
    expect(answer).toContain('"identitymasked":true');
    // What the role may see of the case is there (evidence not marked confidential, say)...
    if (which === 'created') expect(answer).toContain('kuitansi.pdf');
    // ...and nothing that names the complainant.
    for (const secret of secrets) expect(answer).not.toContain(secret);
  });
});
