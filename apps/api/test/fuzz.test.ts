// Fuzzing through HTTP with fast-check. Fixed seeds, so every run sends the same requests: garbage
// documents, operations built from the schema with wrong, missing and extreme variables (and the same
// values as literals), deep nesting, aliases, pagination and malformed HTTP bodies. Whatever arrives, the
// answer is never a 5xx nor an INTERNAL_SERVER_ERROR, and every error carries a code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  GraphQLString,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ALIASES, MAX_QUERY_COST } from '../src/server.js';
import { buildEtikSchema } from '../src/schema.js';
import { activeMember, FILE_CASE, publicComplaint } from './fixtures.js';
import { bodiesOf, HEADER, memberRow, toCsv, uploadCsv } from './member-csv.js';
import { eventually, multipartBody, rawUpload, tempFilesIn } from './raw-upload.js';
import { startTestServer, TEST_NOW, type Json, type TestServer } from './test-server.js';

const SEED = 20_240_415;
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

let t: TestServer;
let dataDir: string;
let tokens: (string | undefined)[];
let rootFields: RootField[];
/** Ids that exist, by kind: an ID argument is drawn from the pool its name points to, or is anything. */
let knownIds: Record<
  'case' | 'membership' | 'person' | 'body' | 'commission' | 'region' | 'memberImport' | 'user',
  string[]
>;
let probes = 0;
const histogram = new Map<string, number>();

interface RootField {
  readonly operation: 'query' | 'mutation';
  readonly field: GraphQLField<unknown, unknown>;
}

beforeAll(async () => {
  // Uploads that pass land in a store of their own.
  dataDir = mkdtempSync(join(tmpdir(), 'etik-fuzz-'));
  t = await startTestServer({ config: { dataDir } });
  const users = [
    'officer.35.26',
    'commissioner.35.26',
    'admin.ri',
    'examiner1.35.26',
    'analyst.35',
    'supervisor.11',
  ];
  const signedIn = await Promise.all(users.map((username) => t.login(username)));
  tokens = [undefined, ...signedIn, `${signedIn[0]!.slice(0, -6)}AAAAAA`, 'not.a.jwt'];
  const schema = await buildEtikSchema();
  rootFields = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
      operation: 'query' as const,
      field,
    })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
      operation: 'mutation' as const,
      field,
    })),
  ];
  const em = t.orm.em.fork();
  const ids = async (sql: string) =>
    (await em.getConnection().execute<{ id: string }[]>(sql)).map((row: { id: string }) => String(row.id));
  knownIds = {
    case: await ids('select id from ethics_case order by id'),
    membership: await ids(
      "select m.id from membership m join adhoc_body b on b.id = m.body_id where b.commission_id = 'kpu-35.26' order by m.id limit 12",
    ),
    person: await ids('select person_id as id from app_user where person_id is not null order by id'),
    body: await ids(
      "select id from adhoc_body where commission_id in ('kpu-35.26', 'kpu-11.71') order by id limit 6",
    ),
    commission: await ids('select id from commission order by id'),
    region: await ids('select code as id from region order by code limit 6'),
    memberImport: [],
    user: await ids('select id from app_user order by id limit 6'),
  };
  // One processed import with bad rows, so memberImport(id) and its errors have something to show.
  const body = (await bodiesOf(t, 'kpu-35.26'))[0]!;
  const uploaded = await uploadCsv(t, toCsv([memberRow(body, 1), { ...memberRow(body, 2), nik: '1' }]));
  knownIds.memberImport.push(uploaded.body.memberImport.id);
  await t.server.memberImports.drain();
});
afterAll(async () => {
  if (process.env.FUZZ_HISTOGRAM)
    console.log(
      [...histogram]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${v}\t${k}`)
        .join('\n'),
    );
  await t?.stop();
});

// ---- sending and judging ----

interface Probe {
  readonly method?: string;
  /** Another endpoint than /graphql, e.g. /files/evidence. */
  readonly path?: string;
  /** Appended to the path: a query string. */
  readonly search?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly token?: string | undefined;
}

const jsonProbe = (payload: unknown, token?: string, headers: Record<string, string> = {}): Probe => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(payload),
  token,
});

const describeProbe = (probe: Probe): string => {
  const text = JSON.stringify({ ...probe, token: probe.token ? '<token>' : undefined });
  return text.length > 1500 ? `${text.slice(0, 1500)}… (${text.length} chars)` : text;
};

/** Sends a probe; fails when the answer is a 5xx, not JSON, an INTERNAL_SERVER_ERROR or an uncoded error. */
async function send(probe: Probe): Promise<Json> {
  probes += 1;
  const url = probe.path ? t.url.replace(/\/graphql$/, probe.path) : t.url;
  const response = await fetch(`${url}${probe.search ?? ''}`, {
    method: probe.method ?? 'POST',
    headers: {
      ...(probe.token ? { authorization: `Bearer ${probe.token}` } : {}),
      ...probe.headers,
    },
    ...(probe.body !== undefined ? { body: probe.body } : {}),
  });
  const text = await response.text();
  const fail = (why: string) => {
    throw new Error(`${why} (HTTP ${response.status}) for ${describeProbe(probe)}:\n${text.slice(0, 800)}`);
  };
  if (response.status >= 500) fail('server error');
  let body: Json;
  try {
    body = JSON.parse(text);
  } catch {
    return fail('answer is not JSON');
  }
  if (body === null || typeof body !== 'object') return fail('answer is not an object');
  if (process.env.FUZZ_HISTOGRAM) {
    const key = body.errors
      ? body.errors
          .map((e: Json) => `${e?.extensions?.code}${e?.path ? `@${e.path.join('.')}` : ''}`)
          .join(',')
      : `ok ${Object.keys(body.data ?? {}).join(',')}`;
    histogram.set(key, (histogram.get(key) ?? 0) + 1);
  }
  if (body.errors === undefined) {
    if (!('data' in body)) fail('neither data nor errors');
    return body;
  }
  if (!Array.isArray(body.errors) || body.errors.length === 0) fail('errors is not a non-empty list');
  for (const error of body.errors) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string' || code === '') fail('an error without a code');
    if (code === 'INTERNAL_SERVER_ERROR') fail('INTERNAL_SERVER_ERROR');
  }
  return body;
}

const codesOf = (body: Json): string[] => (body.errors ?? []).map((error: Json) => error.extensions.code);
const reasonsOf = (body: Json): string[] =>
  (body.errors ?? []).map((error: Json) => error.extensions.reason).filter(Boolean);

const run = (property: fc.IAsyncProperty<[Probe]> | fc.IAsyncPropertyWithHooks<[Probe]>, numRuns: number) =>
  fc.assert(property, { seed: SEED, numRuns, endOnFailure: true });

const probeOf = <T>(arbitrary: fc.Arbitrary<T>, toProbe: (value: T) => Probe) => arbitrary.map(toProbe);

// ---- values ----

const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e\u0645',
  '🙈🙉🙊',
  "' or 1=1 --",
  "'); drop table ethics_case; --",
  '%',
  '_%\\',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  '${7*7}',
  '<script>alert(1)</script>',
  '\n\r\t',
);
const hugeString = fc
  .tuple(fc.integer({ min: 256, max: 300_000 }), fc.constantFrom('x', 'é', '\u0000', '9'))
  .map(([length, unit]) => unit.repeat(length));
const anyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: nastyStrings },
  { weight: 1, arbitrary: hugeString },
);
const idValue = (name = '') => {
  const kind =
    (['case', 'membership', 'person', 'body', 'commission', 'user'] as const).find((candidate) =>
      name.toLowerCase().includes(candidate),
    ) ?? (/code/i.test(name) ? 'region' : undefined);
  const pool = kind ? knownIds[kind] : Object.values(knownIds).flat();
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: anyString });
};
/** Ints the schema accepts, biased to small ones (versions, page sizes), and ones it does not. */
const intValue = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 12 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, 25, 100, 101, 2_147_483_647, -2_147_483_648) },
);
const wrongInt = fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1.5, -0.5);
/** ISO date-times the scalar accepts: near the demo data, and at the ends of what a Date can hold. */
const dateValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({
        min: new Date('2019-01-01T00:00:00Z'),
        max: new Date('2025-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString()),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
      '0000-01-01T00:00:00Z',
      '2024-04-14T03:00:00+07:00',
    ),
  },
);
const wrongDate = fc.oneof(
  fc.constantFrom(
    '2024-13-45T00:00:00Z',
    '2024-02-30T00:00:00Z',
    '2024-04-14',
    '2024-04-14T03:00:00',
    '2024-04-14T03:00:00+25:00',
    '2024-04-14T24:00:00Z',
    '0000-00-00T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '+275761-01-01T00:00:00Z',
    'yesterday',
    'NaN',
    '',
    '1713063600000',
  ),
  fc.integer(),
);

/**
 * A value of an input type. `valid`: what the type accepts (edge cases included: huge and nasty strings,
 * unknown ids, extreme dates), so the operation reaches the resolvers; `wrong`: sometimes of another type,
 * an unknown enum value, a non-ISO date, an out-of-range Int or a null where none is allowed.
 */
function valueOf(type: GraphQLInputType, wrong: boolean, level = 0, name = ''): fc.Arbitrary<unknown> {
  const typed = typedValueOf(getNullableType(type) as GraphQLInputType, wrong, level, name);
  const choices: fc.WeightedArbitrary<unknown>[] = [{ weight: 12, arbitrary: typed }];
  if (wrong || !isNonNullType(type)) choices.push({ weight: 1, arbitrary: fc.constant(null) });
  if (wrong) choices.push({ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
  return fc.oneof(...choices);
}

function typedValueOf(
  type: GraphQLInputType,
  wrong: boolean,
  level: number,
  name: string,
): fc.Arbitrary<unknown> {
  const or = (valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>) =>
    wrong ? fc.oneof({ weight: 2, arbitrary: valid }, { weight: 1, arbitrary: invalid }) : valid;
  if (isListType(type)) {
    const item = valueOf(type.ofType, wrong, level + 1, name);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: item },
    );
  }
  if (isEnumType(type)) {
    return or(
      fc.constantFrom(...type.getValues().map((value) => value.name)),
      fc.oneof(fc.constantFrom('UNKNOWN', 'Received', 'received ', '__proto__', 'true'), anyString),
    );
  }
  if (isInputObjectType(type)) {
    if (level > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(
        fields.map((field) => [field.name, valueOf(field.type, wrong, level + 1, field.name)]),
      ),
      {
        requiredKeys: wrong
          ? []
          : fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return or(intValue, wrongInt);
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return or(fc.boolean(), fc.constantFrom('true', 0, 1));
      case 'ID':
        return idValue(name);
      case 'DateTimeISO':
        return or(dateValue, wrongDate);
      case 'String':
        return anyString;
    }
  }
  return fc.jsonValue({ maxDepth: 2 });
}

/** A GraphQL literal for a value (what a client would inline instead of a variable). */
function literalOf(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return 'null';
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value)
      ? `[${value.map((item) => literalOf(item, nullable.ofType)).join(', ')}]`
      : literalOf(value, nullable.ofType);
  }
  if (isEnumType(nullable) && typeof value === 'string' && NAME.test(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => literalOf(item, GraphQLString)).join(', ')}]`;
  const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
  return `{ ${Object.entries(value as Record<string, unknown>)
    .filter(([key]) => NAME.test(key))
    .map(([key, item]) => `${key}: ${literalOf(item, fields[key]?.type ?? GraphQLString)}`)
    .join(', ')} }`;
}

/** Every field without required arguments, objects to `depth` levels. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .flatMap((field) => {
      if (isLeafType(getNamedType(field.type))) return [field.name];
      if (depth <= 0) return [];
      const inner = selectionOf(field.type, depth - 1);
      return inner ? [`${field.name} ${inner}`] : [];
    });
  return `{ ${fields.length > 0 ? fields.join(' ') : '__typename'} }`;
}

const declaredType = (arg: GraphQLArgument): string => String(arg.type);

type Mode = 'typed' | 'wrong' | 'missing' | 'literal';

/** An operation on one root field of the schema, its arguments from `mode`. */
const schemaOperation = (modes: readonly Mode[]) =>
  fc
    .record({
      root: fc.constantFrom(...rootFields),
      mode: fc.constantFrom(...modes),
      wrongLiterals: fc.boolean(),
      depth: fc.integer({ min: 0, max: 2 }),
      token: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...tokens.slice(1, 3)) },
        fc.constantFrom(...tokens),
      ),
      idempotencyKey: fc.option(fc.stringMatching(/^[!-~]{1,300}$/), { freq: 4 }),
    })
    .chain(({ root, mode, wrongLiterals, depth, token, idempotencyKey }) =>
      fc
        .record(
          Object.fromEntries(
            root.field.args.map((arg) => [
              arg.name,
              valueOf(arg.type, mode === 'wrong' || (mode === 'literal' && wrongLiterals), 0, arg.name),
            ]),
          ),
          mode === 'missing' ? { requiredKeys: [] } : {},
        )
        .map((values): Probe => {
          const { field, operation } = root;
          const selection = selectionOf(field.type, depth);
          const args = field.args.filter((arg) => arg.name in values);
          let document: string;
          if (mode === 'literal') {
            const passed = args.map((arg) => `${arg.name}: ${literalOf(values[arg.name], arg.type)}`);
            document = `${operation} { ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selection} }`;
          } else {
            const all = mode === 'missing' ? field.args : args;
            const declared = all.map((arg) => `$${arg.name}: ${declaredType(arg)}`);
            const passed = all.map((arg) => `${arg.name}: $${arg.name}`);
            document =
              `${operation} Fuzz${declared.length ? `(${declared.join(', ')})` : ''} ` +
              `{ ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selection} }`;
          }
          return jsonProbe(
            { query: document, variables: mode === 'literal' ? {} : values },
            token,
            idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
          );
        }),
    );

// ---- the properties ----

const GRAPHQL_BITS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '!',
  '=',
  '|',
  '&',
  '@',
  '...',
  '#',
  '"',
  '"""',
  '\\',
  ',',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'null',
  'true',
  '1',
  '-0',
  '1e999',
  '"x"',
  'cases',
  'case',
  'id',
  'first',
  'after',
  'me',
  'login',
  'fileCase',
  '__schema',
  '__typename',
  'F',
  '$v',
  'Int',
  'ID!',
  '[ID!]!',
  '@skip(if: true)',
  '\n',
  '\u0000',
  '\ufeff',
];

// A property sends a hundred or more requests: give it room on a busy machine.
describe('fuzzing the GraphQL endpoint', { timeout: 120_000 }, () => {
  it('answers garbage documents with coded errors', async () => {
    const document = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom(...GRAPHQL_BITS), { maxLength: 120 }).map((bits) => bits.join(' ')),
      fc.array(fc.constantFrom(...GRAPHQL_BITS), { maxLength: 120 }).map((bits) => bits.join('')),
    );
    await run(
      fc.asyncProperty(
        probeOf(fc.tuple(document, fc.constantFrom(...tokens)), ([query, token]) =>
          jsonProbe({ query }, token),
        ),
        async (probe) => {
          await send(probe);
        },
      ),
      200,
    );
  });

  it('answers schema operations with plausible and extreme variables', async () => {
    await run(
      fc.asyncProperty(schemaOperation(['typed']), async (probe) => {
        await send(probe);
      }),
      200,
    );
  });

  it('answers schema operations with wrongly typed variables', async () => {
    await run(
      fc.asyncProperty(schemaOperation(['wrong']), async (probe) => {
        await send(probe);
      }),
      150,
    );
  });

  it('answers schema operations with missing variables', async () => {
    await run(
      fc.asyncProperty(schemaOperation(['missing']), async (probe) => {
        await send(probe);
      }),
      100,
    );
  });

  it('answers schema operations with the same values inlined as literals', async () => {
    await run(
      fc.asyncProperty(schemaOperation(['literal']), async (probe) => {
        await send(probe);
      }),
      150,
    );
  });

  it('stores or refuses text of any length and content in the text fields of a case', async () => {
    const officer = tokens[1];
    const membership = await activeMember(t, officer!, 'ppk-35.26.01');
    const receivedAt = new Date(TEST_NOW.getTime() - 86_400_000).toISOString();
    const paths = [
      'complaint.complainant.name',
      'complaint.complainant.idNumber',
      'complaint.complainant.address',
      'complaint.complainant.phone',
      'complaint.complainant.email',
      'complaint.eventPlace',
      'complaint.chronology',
      'complaint.sourceReference',
      'complaint.evidence.0.description',
      'complaint.evidence.0.kind',
      'parties.0.name',
    ];
    const texts = fc.record({
      path: fc.constantFrom(...paths),
      text: anyString,
      registerNumber: anyString,
      reason: anyString,
    });
    await run(
      fc.asyncProperty(
        probeOf(texts, ({ path, text, registerNumber, reason }) => {
          const input: Json = publicComplaint(membership, receivedAt);
          const keys = path.split('.');
          const parent = keys.slice(0, -1).reduce((node: Json, key) => node[key], input);
          parent[keys.at(-1)!] = text;
          return jsonProbe({ query: FILE_CASE, variables: { input }, registerNumber, reason }, officer);
        }),
        async (probe) => {
          const { query, variables, registerNumber, reason } = JSON.parse(probe.body!);
          const filed = await send(jsonProbe({ query, variables }, officer));
          const id = filed.data?.fileCase?.ethicsCase.id;
          if (!id) return;
          await send(
            jsonProbe(
              {
                query: 'mutation ($id: ID!) { startScreening(caseId: $id, expectedVersion: 1) { id } }',
                variables: { id },
              },
              officer,
            ),
          );
          await send(
            jsonProbe(
              {
                query:
                  'mutation ($id: ID!, $n: String) { registerCase(caseId: $id, expectedVersion: 2, registerNumber: $n) { id registerNumber } }',
                variables: { id, n: registerNumber },
              },
              officer,
            ),
          );
          await send(
            jsonProbe(
              {
                query:
                  'mutation ($id: ID!, $r: String!) { rejectCase(caseId: $id, expectedVersion: 2, reason: $r) { id } }',
                variables: { id, r: reason },
              },
              officer,
            ),
          );
        },
      ),
      40,
    );
  });

  it('refuses deep nesting in selections, literals, fragments and variables', async () => {
    const nesting = fc.record({
      depth: fc.integer({ min: 1, max: 3000 }),
      shape: fc.constantFrom(
        'inlineFragments',
        'listLiteral',
        'objectLiteral',
        'fragmentChain',
        'variables',
        'braces',
      ),
      token: fc.constantFrom(...tokens.slice(1, 3)),
    });
    await run(
      fc.asyncProperty(
        probeOf(nesting, ({ depth, shape, token }): Probe => {
          switch (shape) {
            case 'inlineFragments':
              return jsonProbe(
                { query: `{ ${'... on Query { '.repeat(depth)} me { userId } ${'} '.repeat(depth)}}` },
                token,
              );
            case 'listLiteral':
              return jsonProbe(
                {
                  query: `{ cases(filter: { statuses: ${'['.repeat(depth)}received${']'.repeat(depth)} }) { totalCount } }`,
                },
                token,
              );
            case 'objectLiteral':
              return jsonProbe(
                {
                  query: `{ cases(filter: ${'{ text: '.repeat(depth)}"x"${' }'.repeat(depth)}) { totalCount } }`,
                },
                token,
              );
            case 'fragmentChain': {
              const count = Math.min(depth, 400);
              const fragments = Array.from(
                { length: count },
                (_, index) =>
                  `fragment F${index} on Query { ${index + 1 < count ? `...F${index + 1}` : 'me { userId }'} }`,
              ).join(' ');
              return jsonProbe({ query: `{ ...F0 } ${fragments}` }, token);
            }
            case 'variables': {
              const deep = JSON.parse(`${'['.repeat(depth)}"received"${']'.repeat(depth)}`);
              return jsonProbe(
                {
                  query:
                    'mutation ($s: [CaseStatus!]) { startScreening(caseId: "case-demo-001", expectedVersion: 1) { id } }',
                  variables: { s: deep, extra: deep },
                },
                token,
                { 'idempotency-key': `deep-${depth}` },
              );
            }
            default:
              return jsonProbe({ query: `${'{'.repeat(depth)}${'}'.repeat(depth)}` }, token);
          }
        }),
        async (probe) => {
          await send(probe);
        },
      ),
      60,
    );
  });

  it(`refuses more than ${MAX_ALIASES} aliases, and answers up to that many`, async () => {
    const fields = [
      'me { userId }',
      'labels(kind: "caseStatus") { code }',
      'case(id: "case-demo-001") { id status }',
      'cases(first: 2) { totalCount }',
      'commissions { id }',
    ];
    const aliased = fc.record({
      picks: fc.array(fc.constantFrom(...fields), { minLength: 1, maxLength: 40 }),
      token: fc.constantFrom(...tokens.slice(1, 3)),
    });
    await run(
      fc.asyncProperty(
        probeOf(aliased, ({ picks, token }) =>
          jsonProbe({ query: `{ ${picks.map((field, index) => `a${index}: ${field}`).join(' ')} }` }, token),
        ),
        async (probe) => {
          const body = await send(probe);
          const aliases = (JSON.parse(probe.body!).query.match(/\ba\d+:/g) ?? []).length;
          expect(reasonsOf(body).includes('ALIAS_LIMIT')).toBe(aliases > MAX_ALIASES);
        },
      ),
      40,
    );
  });

  it('refuses alias-batched logins before checking any password', async () => {
    const logins = Array.from(
      { length: MAX_ALIASES + 1 },
      (_, index) => `l${index}: login(username: "officer.35.26", password: "guess-${index}") { token }`,
    ).join(' ');
    const body = await send(jsonProbe({ query: `mutation { ${logins} }` }));
    expect(reasonsOf(body)).toContain('ALIAS_LIMIT');
    expect(body.data).toBeUndefined();
  });

  it('refuses operations over the cost limit, and answers the same selection on a smaller page', async () => {
    const token = tokens[2];
    const query = (first: string) =>
      `query ($n: Int) { cases(first: ${first}) { nodes { id timeline { seq at action actorRole } } } }`.replace(
        first === '$n' ? '' : '($n: Int) ',
        '',
      );
    const refused = await send(jsonProbe({ query: query('$n'), variables: { n: 5 } }, token));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'COST_LIMIT', maxCost: MAX_QUERY_COST });
    const answered = await send(jsonProbe({ query: query('5') }, token));
    expect(answered.errors).toBeUndefined();
    expect(answered.data.cases.nodes).toHaveLength(5);
  });

  it('checks page sizes and cursors', async () => {
    const cursor = fc.oneof(
      anyString,
      fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
      fc
        .tuple(fc.oneof(dateValue, anyString), fc.oneof(idValue(), fc.integer()))
        .map((pair) => Buffer.from(JSON.stringify(pair)).toString('base64url')),
    );
    const page = fc.record({
      first: fc.oneof(intValue, fc.constant(null)),
      after: fc.option(cursor),
      token: fc.constantFrom(...tokens.slice(1)),
      // Every connection pages the same way (keyset cursors, first ≤ 100).
      field: fc.constantFrom('cases', 'adhocBodies', 'members', 'bodies', 'conflictDeclarations', 'users'),
    });
    await run(
      fc.asyncProperty(
        probeOf(page, ({ first, after, token, field }) =>
          field !== 'adhocBodies'
            ? jsonProbe(
                {
                  query: `query ($first: Int, $after: String) { ${field}(first: $first, after: $after) { totalCount nodes { id } pageInfo { endCursor } } }`,
                  variables: { first, after },
                },
                token,
              )
            : jsonProbe(
                { query: 'query ($first: Int) { adhocBodies(first: $first) { id } }', variables: { first } },
                token,
              ),
        ),
        async (probe) => {
          const body = await send(probe);
          const { first } = JSON.parse(probe.body!).variables as { first: unknown };
          const acceptable =
            first === null || (Number.isInteger(first) && (first as number) >= 1 && (first as number) <= 100);
          if (!acceptable) expect(codesOf(body).length).toBeGreaterThan(0);
        },
      ),
      200,
    );
  });
});

describe('what the fuzzing found, pinned', () => {
  const token = () => tokens[3]!; // admin.ri
  const cursor = (value: string, id: string) =>
    Buffer.from(JSON.stringify([value, id])).toString('base64url');

  it('refuses a NUL character in a variable or a literal as INVALID_INPUT naming the field (HTTP 400)', async () => {
    for (const [probe, field] of [
      [
        jsonProbe(
          { query: 'query ($id: ID!) { case(id: $id) { id } }', variables: { id: 'a\u0000b' } },
          token(),
        ),
        'id',
      ],
      [jsonProbe({ query: '{ case(id: "a\\u0000b") { id } }' }, token()), 'id'],
      [
        jsonProbe({
          query: 'mutation ($u: String!) { login(username: $u, password: "x") { token } }',
          variables: { u: '\u0000' },
        }),
        'username',
      ],
    ] as const) {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { ...probe.headers, authorization: `Bearer ${probe.token ?? ''}` },
        body: probe.body!,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as Json).errors[0].extensions).toMatchObject({
        code: 'INVALID_INPUT',
        field,
        reason: 'nulCharacter',
      });
    }
  });

  it('refuses text longer than its column, and lists longer than 100 items, naming the field', async () => {
    const input = publicComplaint('m-x', '2024-04-14T03:00:00.000Z');
    input.parties[0]!.name = 'x'.repeat(256);
    const name = await send(jsonProbe({ query: FILE_CASE, variables: { input } }, tokens[1]));
    expect(name.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.parties[0].name',
      maxLength: 255,
    });
    const id = await send(jsonProbe({ query: '{ case(id: "' + 'x'.repeat(65) + '") { id } }' }, token()));
    expect(id.errors[0].extensions).toMatchObject({ field: 'id', maxLength: 64 });
    const statuses = Array.from({ length: 101 }, () => 'received');
    const list = await send(
      jsonProbe(
        {
          query: 'query ($f: CaseFilter) { cases(filter: $f) { totalCount } }',
          variables: { f: { statuses } },
        },
        token(),
      ),
    );
    expect(list.errors[0].extensions).toMatchObject({ field: 'filter.statuses', maxItems: 100 });
  });

  it('matches no case for an unknown commission id (it used to put a NUL into the SQL)', async () => {
    const body = await send(
      jsonProbe(
        { query: '{ cases(filter: { commissionId: "no-such-commission" }) { totalCount } }' },
        token(),
      ),
    );
    expect(body.data.cases.totalCount).toBe(0);
  });

  it('refuses date-times outside years 1–9999, as input and in a cursor (PostgreSQL cannot store them)', async () => {
    for (const at of ['+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z']) {
      const filter = await send(
        jsonProbe(
          {
            query: 'query ($at: DateTimeISO) { cases(filter: { receivedFrom: $at }) { totalCount } }',
            variables: { at },
          },
          token(),
        ),
      );
      expect(codesOf(filter)).toEqual(['BAD_USER_INPUT']);
      const paged = await send(
        jsonProbe(
          {
            query: 'query ($after: String) { cases(after: $after) { totalCount } }',
            variables: { after: cursor(at, 'x') },
          },
          token(),
        ),
      );
      expect(paged.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const nulId = await send(
      jsonProbe(
        {
          query: 'query ($after: String) { cases(after: $after) { totalCount } }',
          variables: { after: cursor('2024-01-01T00:00:00Z', '\u0000') },
        },
        token(),
      ),
    );
    expect(nulId.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers an Idempotency-Key over 255 characters with HTTP 400, not 500', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[1]}`,
        'idempotency-key': 'k'.repeat(256),
      },
      body: JSON.stringify({
        query: 'mutation { startScreening(caseId: "case-demo-001", expectedVersion: 1) { id } }',
      }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unsupported charset or encoding with 415 and a code, and unknown paths with JSON 404', async () => {
    const refused: Record<string, string>[] = [
      { 'content-type': 'application/json; charset=bogus' },
      { 'content-type': 'application/json', 'content-encoding': 'zz' },
    ];
    for (const headers of refused) {
      const response = await fetch(t.url, { method: 'POST', headers, body: '{"query":"{ me { userId } }"}' });
      expect(response.status).toBe(415);
      expect(((await response.json()) as Json).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const missing = await fetch(t.url.replace(/\/graphql$/, '/no/such/path'));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Json).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

// ---- ill-formed Unicode: a NUL or a lone UTF-16 surrogate in any text input is refused, naming it ----

/** A value of the type holding only what it requires: required fields, one item in a list. */
function minimalValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [minimalValue(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, minimalValue(field.type)]),
    );
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return '2024-04-14T03:00:00.000Z';
    }
  }
  return 'x';
}

interface TextInput {
  readonly root: RootField;
  readonly arg: GraphQLArgument;
  /** Keys from the argument's value to the text (0: a list's first item). */
  readonly keys: readonly (string | number)[];
  /** As the refusal names it: `input.complaint.chronology`, `ids[0]`. */
  readonly field: string;
}

/** Every String and ID a root field takes, through input objects (4 levels) and lists. */
function textInputsOf(root: RootField): TextInput[] {
  const found: TextInput[] = [];
  const walk = (
    arg: GraphQLArgument,
    type: GraphQLInputType,
    keys: (string | number)[],
    field: string,
    level: number,
  ) => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) walk(arg, nullable.ofType, [...keys, 0], `${field}[0]`, level);
    else if (isInputObjectType(nullable) && level < 4) {
      for (const inner of Object.values(nullable.getFields()))
        walk(arg, inner.type, [...keys, inner.name], `${field}.${inner.name}`, level + 1);
    } else if (isScalarType(nullable) && (nullable.name === 'String' || nullable.name === 'ID'))
      found.push({ root, arg, keys, field });
  };
  for (const arg of root.field.args) walk(arg, arg.type, [], arg.name, 0);
  return found;
}

/** The argument's minimal value with `text` at the input's place. */
function valueWithText(input: TextInput, text: string): unknown {
  if (input.keys.length === 0) return text;
  const value = minimalValue(input.arg.type) as Record<string | number, unknown>;
  let node = value;
  let type = getNullableType(input.arg.type);
  input.keys.forEach((key, index) => {
    const last = index === input.keys.length - 1;
    const inner: GraphQLInputType = isListType(type)
      ? type.ofType
      : isInputObjectType(type)
        ? type.getFields()[key]!.type
        : type;
    if (last) node[key] = text;
    else {
      node[key] ??= minimalValue(inner);
      node = node[key] as Record<string | number, unknown>;
    }
    type = getNullableType(inner);
  });
  return value;
}

/** The operation on the input's root field, its arguments as variables or inlined. */
function textProbe(input: TextInput, text: string, inline: boolean): Probe {
  const { field, operation } = input.root;
  const values = Object.fromEntries(
    field.args
      .filter((arg) => arg === input.arg || isNonNullType(arg.type))
      .map((arg) => [arg.name, arg === input.arg ? valueWithText(input, text) : minimalValue(arg.type)]),
  );
  const args = field.args.filter((arg) => arg.name in values);
  const selection = selectionOf(field.type, 0);
  const query = inline
    ? `${operation} { ${field.name}(${args.map((arg) => `${arg.name}: ${literalOf(values[arg.name], arg.type)}`).join(', ')}) ${selection} }`
    : `${operation} (${args.map((arg) => `$${arg.name}: ${declaredType(arg)}`).join(', ')}) ` +
      `{ ${field.name}(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')}) ${selection} }`;
  return jsonProbe({ query, variables: inline ? {} : values }, tokens[3]);
}

describe('ill-formed Unicode in text inputs', { timeout: 120_000 }, () => {
  const officer = () => tokens[1]!;
  const caseCount = async () =>
    (await send(jsonProbe({ query: '{ cases { totalCount } }' }, officer()))).data.cases.totalCount as number;

  it('refuses a complaint with a lone surrogate in the name or the chronology, naming the field', async () => {
    const membership = await activeMember(t, officer(), 'ppk-35.26.01');
    const before = await caseCount();
    const filed = async (change: (input: Json) => void) => {
      const input: Json = publicComplaint(membership, '2024-04-14T03:00:00.000Z');
      change(input);
      return (await send(jsonProbe({ query: FILE_CASE, variables: { input } }, officer()))).errors?.[0]
        ?.extensions;
    };
    expect(
      await filed((input) => {
        input.complaint.complainant.name = 'Rahma\ud800wati';
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'input.complaint.complainant.name',
      reason: 'loneSurrogate',
    });
    expect(
      await filed((input) => {
        input.complaint.chronology = `Teradu menerima uang \udc00.`;
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'input.complaint.chronology', reason: 'loneSurrogate' });
    expect(
      await filed((input) => {
        input.complaint.complainant.name = '\ud800';
        input.complaint.chronology = '\ud800';
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', reason: 'loneSurrogate' });
    // A well-formed pair (an emoji) is text like any other.
    const emoji = await filed((input) => {
      input.complaint.chronology = 'Teradu tertawa 😀 di depan saksi.';
    });
    expect(emoji).toBeUndefined();
    expect(await caseCount()).toBe(before + 1);
  });

  it('refuses a NUL or a lone surrogate in every String and ID argument of the schema, naming it', async () => {
    const inputs = rootFields.flatMap(textInputsOf);
    expect(inputs.length).toBeGreaterThan(100);
    for (const input of inputs) {
      for (const [text, reason, inline] of [
        ['a\ud800', 'loneSurrogate', false],
        ['\udc00b', 'loneSurrogate', false],
        ['a\u0000b', 'nulCharacter', true],
      ] as const) {
        const body = await send(textProbe(input, text, inline));
        expect(
          body.errors?.[0]?.extensions,
          `${input.root.field.name} ${input.field} ${inline ? 'inline' : 'variable'}`,
        ).toMatchObject({ code: 'INVALID_INPUT', field: input.field, reason });
      }
    }
  });

  it('refuses a lone surrogate in an unused variable or a key, naming the variable', async () => {
    const unused = await send(
      jsonProbe({ query: '{ me { userId } }', variables: { extra: { note: '\ud800' } } }, officer()),
    );
    expect(unused.errors[0].extensions).toMatchObject({
      code: 'INVALID_INPUT',
      variable: 'extra.note',
      reason: 'loneSurrogate',
    });
  });

  /** A multipart body with one text field (its bytes in `charset`) and one file part. */
  const multipart = (parts: { head: string; bytes: Buffer }[]) =>
    Buffer.concat([
      ...parts.flatMap(({ head, bytes }) => [
        Buffer.from(`--ub\r\nContent-Disposition: form-data; ${head}\r\n\r\n`),
        bytes,
        Buffer.from('\r\n'),
      ]),
      Buffer.from('--ub--\r\n'),
    ]);
  const post = async (path: string, body: Buffer) => {
    const response = await fetch(t.url.replace(/\/graphql$/, path), {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=ub', authorization: `Bearer ${officer()}` },
      body: new Uint8Array(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };
  /** "\ud800" in UTF-16LE: what a part declaring that charset decodes to a lone surrogate. */
  const LONE_UTF16 = Buffer.from([0x00, 0xd8]);
  const PDF_PART = {
    head: 'name="file"; filename="bukti.pdf"\r\nContent-Type: application/pdf',
    bytes: Buffer.from('%PDF-1.7\nx'),
  };

  it('refuses an evidence upload whose description or file name holds a lone surrogate', async () => {
    const evidenceCount = async () =>
      Number(
        (
          await t.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*) as n from evidence')
        )[0]!.n,
      );
    const before = await evidenceCount();
    const description = await post(
      '/files/evidence?caseId=case-demo-001',
      multipart([
        { head: 'name="kind"', bytes: Buffer.from('document') },
        {
          head: 'name="description"\r\nContent-Type: text/plain; charset=utf-16le',
          bytes: Buffer.concat([Buffer.from('K\u0000'), LONE_UTF16]),
        },
        PDF_PART,
      ]),
    );
    expect(description.status).toBe(400);
    expect(description.body.errors[0].extensions).toEqual({
      code: 'INVALID_INPUT',
      field: 'description',
      reason: 'loneSurrogate',
    });
    const fileName = await post(
      '/files/evidence?caseId=case-demo-001',
      multipart([
        { head: 'name="kind"', bytes: Buffer.from('document') },
        {
          head: `name="file"; filename*=utf-16le''%00%D8.%00p%00d%00f%00\r\nContent-Type: application/pdf`,
          bytes: Buffer.from('%PDF-1.7\nx'),
        },
      ]),
    );
    expect(fileName.status).toBe(400);
    expect(fileName.body.errors[0].extensions).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'fileName',
      reason: 'loneSurrogate',
    });
    expect(await evidenceCount()).toBe(before);
  });

  it('refuses a member import whose file name or a field holds a lone surrogate, or whose CSV is not UTF-8', async () => {
    const body = (await bodiesOf(t, 'kpu-35.26'))[0]!;
    const csv = Buffer.from(toCsv([memberRow(body, 7)]));
    const path = '/files/member-imports?commissionId=kpu-35.26';
    const fileName = await post(
      path,
      multipart([{ head: `name="file"; filename*=utf-16le''%00%D8\r\nContent-Type: text/csv`, bytes: csv }]),
    );
    expect(fileName.status).toBe(400);
    expect(fileName.body.errors[0].extensions).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'fileName',
      reason: 'loneSurrogate',
    });
    const field = await post(
      path,
      multipart([
        { head: 'name="note"\r\nContent-Type: text/plain; charset=utf-16le', bytes: LONE_UTF16 },
        { head: 'name="file"; filename="anggota.csv"\r\nContent-Type: text/csv', bytes: csv },
      ]),
    );
    expect(field.status).toBe(400);
    expect(field.body.errors[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'note' });
    // A surrogate written into UTF-8 (CESU-8 bytes) is not UTF-8: the whole file is refused at upload.
    const cesu = Buffer.from(toCsv([memberRow(body, 8, { nama: 'NAMA' })]).replace('NAMA', 'NA\u0001MA'));
    const surrogate = Buffer.concat([
      cesu.subarray(0, cesu.indexOf(1)),
      Buffer.from([0xed, 0xa0, 0x80]),
      cesu.subarray(cesu.indexOf(1) + 1),
    ]);
    const encoded = await post(
      path,
      multipart([
        { head: 'name="file"; filename="anggota.csv"\r\nContent-Type: text/csv', bytes: surrogate },
      ]),
    );
    expect(encoded.status).toBe(415);
    expect(encoded.body.errors[0].extensions).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      reason: 'NOT_UTF8',
    });
  });
});

describe('fuzzing the HTTP layer', { timeout: 120_000 }, () => {
  it('answers malformed bodies, content types, methods and query strings with coded JSON errors', async () => {
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json; charset=bogus',
      'application/graphql',
      'application/graphql-response+json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
      '',
    );
    const jsonBody = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.record(
        {
          query: fc.oneof(fc.constant('{ labels(kind: "outcome") { code } }'), fc.jsonValue({ maxDepth: 2 })),
          variables: fc.jsonValue({ maxDepth: 3 }),
          operationName: fc.jsonValue({ maxDepth: 1 }),
          extensions: fc.jsonValue({ maxDepth: 3 }),
        },
        { requiredKeys: [] },
      ),
    );
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      jsonBody.map((value) => JSON.stringify(value)),
      jsonBody.map((value) => JSON.stringify(value).slice(0, -1)),
      fc.constant(`{"query":"{ labels { code } }","variables":{"pad":"${'x'.repeat(1_100_000)}"}}`),
    );
    const request = fc.oneof(
      fc.record({
        kind: fc.constant('post' as const),
        contentType,
        body,
        encoding: fc.option(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'zz'), { freq: 5 }),
        token: fc.constantFrom(...tokens),
      }),
      fc.record({
        kind: fc.constant('get' as const),
        params: fc.dictionary(
          fc.constantFrom('query', 'variables', 'operationName', 'extensions', 'x'),
          fc.oneof(
            fc.string({ maxLength: 100 }),
            fc.constant('{ labels { code } }'),
            fc.constant('mutation { me { userId } }'),
          ),
        ),
        preflight: fc.boolean(),
        token: fc.constantFrom(...tokens),
      }),
      fc.record({
        kind: fc.constant('method' as const),
        method: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS'),
        body: fc.option(fc.string({ maxLength: 50 })),
      }),
    );
    await run(
      fc.asyncProperty(
        probeOf(request, (req): Probe => {
          if (req.kind === 'post') {
            return {
              headers: {
                ...(req.contentType ? { 'content-type': req.contentType } : {}),
                ...(req.encoding ? { 'content-encoding': req.encoding } : {}),
              },
              body: req.body,
              token: req.token,
            };
          }
          if (req.kind === 'get') {
            return {
              method: 'GET',
              search: `?${new URLSearchParams(req.params).toString()}`,
              headers: req.preflight ? { 'apollo-require-preflight': 'true' } : {},
              token: req.token,
            };
          }
          return {
            method: req.method,
            headers: { 'content-type': 'application/json' },
            ...(req.body !== null && req.method !== 'OPTIONS' ? { body: req.body } : {}),
          };
        }),
        async (probe) => {
          await send(probe);
        },
      ),
      150,
    );
  });

  it('answers malformed evidence uploads with coded JSON errors', async () => {
    const boundary = 'fuzzboundary';
    const part = fc.record({
      name: fc.constantFrom('file', 'kind', 'description', 'other', ''),
      fileName: fc.option(
        fc.oneof(
          anyString.filter((name) => !/["\r\n]/.test(name) && name.length < 300),
          nastyStrings,
        ),
      ),
      type: fc.constantFrom('application/pdf', 'image/png', 'text/plain', 'application/zip', '', 'text/html'),
      content: fc.oneof(
        fc.constantFrom('%PDF-1.7 x', 'document', 'witnessStatement', '', 'Keterangan'),
        fc.string({ maxLength: 200 }),
      ),
    });
    const upload = fc.record({
      caseId: fc.option(
        fc.oneof(
          fc.constantFrom(...knownIds.case),
          anyString.filter((id) => id.length < 100),
        ),
      ),
      contentType: fc.constantFrom(
        `multipart/form-data; boundary=${boundary}`,
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'application/json',
        'text/plain',
      ),
      parts: fc.array(part, { maxLength: 5 }),
      truncate: fc.boolean(),
      token: fc.constantFrom(...tokens),
    });
    await run(
      fc.asyncProperty(
        probeOf(upload, ({ caseId, contentType, parts, truncate, token }): Probe => {
          const body =
            parts
              .map(
                (item) =>
                  `--${boundary}\r\nContent-Disposition: form-data; name="${item.name}"` +
                  (item.fileName === null ? '' : `; filename="${item.fileName}"`) +
                  (item.type ? `\r\nContent-Type: ${item.type}` : '') +
                  `\r\n\r\n${item.content}\r\n`,
              )
              .join('') + (truncate ? '' : `--${boundary}--\r\n`);
          return {
            path: '/files/evidence',
            search: caseId === null ? '' : `?caseId=${encodeURIComponent(caseId)}`,
            headers: { 'content-type': contentType },
            body,
            token,
          };
        }),
        async (probe) => {
          await send(probe);
        },
      ),
      80,
    );
  });

  it('answers malformed member CSV uploads with coded JSON errors', async () => {
    const boundary = 'fuzzboundary';
    const cell = fc.oneof(
      fc.constantFrom('', '"', '""', ';', ',', '\r\n', '3526014508900003', 'KPPS', 'AKTIF'),
      fc.string({ maxLength: 12 }),
    );
    const csvText = fc.oneof(
      fc
        .array(fc.array(cell, { maxLength: HEADER.length + 2 }), { maxLength: 6 })
        .map((rows) => `${HEADER.join(';')}\r\n${rows.map((row) => row.join(';')).join('\r\n')}`),
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    const upload = fc.record({
      commissionId: fc.option(
        fc.oneof(
          fc.constantFrom(...knownIds.commission),
          anyString.filter((id) => id.length < 100),
        ),
      ),
      contentType: fc.constantFrom(
        `multipart/form-data; boundary=${boundary}`,
        'multipart/form-data',
        'text/csv',
      ),
      name: fc.constantFrom('file', 'other'),
      type: fc.constantFrom(
        'text/csv',
        'application/vnd.ms-excel',
        'application/octet-stream',
        'image/png',
        '',
      ),
      fileName: fc.constantFrom('anggota.csv', 'x.xlsx', '', '../../etc/passwd'),
      content: csvText,
      truncate: fc.boolean(),
      token: fc.constantFrom(...tokens),
    });
    await run(
      fc.asyncProperty(
        probeOf(
          upload,
          ({ commissionId, contentType, name, type, fileName, content, truncate, token }): Probe => ({
            path: '/files/member-imports',
            search: commissionId === null ? '' : `?commissionId=${encodeURIComponent(commissionId)}`,
            headers: { 'content-type': contentType },
            body:
              `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"` +
              (type ? `\r\nContent-Type: ${type}` : '') +
              `\r\n\r\n${content}\r\n` +
              (truncate ? '' : `--${boundary}--\r\n`),
            token,
          }),
        ),
        async (probe) => {
          await send(probe);
        },
      ),
      60,
    );
    // Whatever was queued is processed without a crash: bad rows are row errors.
    const outcomes = await t.server.memberImports.drain();
    expect(outcomes.every((outcome) => outcome === 'completed')).toBe(true);
  });

  it('survives truncated and aborted multiparts on both upload routes, leaving no temporary file', async () => {
    const token = await t.login('officer.35.26');
    const base = t.url.replace(/\/graphql$/, '');
    const transfer = fc.record({
      route: fc.constantFrom(
        { path: '/files/evidence?caseId=case-demo-001' },
        { path: '/files/member-imports?commissionId=kpu-35.26' },
      ),
      fields: fc.dictionary(fc.constantFrom('kind', 'description', 'other'), fc.string({ maxLength: 40 })),
      mediaType: fc.constantFrom('application/pdf', 'text/csv', 'text/plain', 'image/png'),
      content: fc.oneof(
        fc.constant(Buffer.from(`%PDF-1.7\n${'A'.repeat(30_000)}`)),
        fc.string({ maxLength: 400 }).map((text) => Buffer.from(`${HEADER.join(';')}\n${text}`)),
        fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
      ),
      /** Where the body stops, as a share of its length. */
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      abort: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(transfer, async (value) => {
        probes += 1;
        const body = multipartBody({
          fields: value.fields,
          fileName: 'bukti.pdf',
          mediaType: value.mediaType,
          content: value.content,
        });
        const answer = await rawUpload({
          base,
          path: value.route.path,
          token,
          body: body.subarray(0, Math.floor(body.length * value.cut)),
          ...(value.abort ? { declaredLength: body.length, then: 'abort' as const, abortAfterMs: 5 } : {}),
        });
        if (answer.status !== undefined) {
          expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
          if (answer.status >= 400) expect(typeof answer.body.errors[0].extensions.code).toBe('string');
        }
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
      }),
      { seed: SEED, numRuns: 60, endOnFailure: true },
    );
    await eventually(
      () =>
        tempFilesIn(join(dataDir, 'evidence')).length +
          tempFilesIn(join(dataDir, 'member-imports')).length ===
        0,
    );
  });

  it(`sent at least 1,000 probes`, () => {
    expect(probes).toBeGreaterThanOrEqual(1000);
  });
});
