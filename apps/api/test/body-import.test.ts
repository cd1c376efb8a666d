// Bulk import of ad hoc bodies from CSV, for a regency with no demo bodies (KPU Kabupaten Lumajang, 35.08):
// the upload route queues it, the member import's worker forms the bodies batch by batch (the domain's
// draft check per line), a refused line says its line, column and code, a file imported again changes
// nothing, a worker that died is resumed without duplicates, and another regency's officer is refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-trail.js';
import { createLogger } from '../src/logger.js';
import { startFileImport } from '../src/member-imports/file-import.js';
import { importFileStore } from '../src/member-imports/import-file.js';
import { dbTime } from '../src/member-imports/member-import.batch.js';
import { MemberImportWorker } from '../src/member-imports/member-import.worker.js';
import { IMPORT_FIELDS, toCsv, uploadCsv, type Row } from './member-csv.js';
import { startTestServer, type Json, type TestServer } from './test-server.js';

const LUMAJANG = 'kpu-35.08';
const OFFICER = 'officer.lumajang';
const PASSWORD = 'a-long-enough-passphrase';
const BATCH = 500;
const HEADER = ['jenis_badan', 'kode_wilayah', 'nomor_tps', 'nama'] as const;
const LIST = `query ($filter: BodyFilter, $first: Int) { bodies(filter: $filter, sort: regionAsc, first: $first) {
  totalCount nodes { id type name tpsNumber regionCode commissionId } } }`;

let t: TestServer;
let dataDir: string;
let districts: string[];
/** The villages of the first district. */
let villages: string[];
/** A village of the other districts, for the lines of the resume and speed tests. */
let otherVillages: string[];

const em = () => t.orm.em.fork() as unknown as EntityManager;
const rows = async <T>(sql: string, params: readonly unknown[] = []) => em().execute<T[]>(sql, [...params]);
const scalar = async (sql: string, params: readonly unknown[] = []) =>
  Number(Object.values((await rows<Record<string, unknown>>(sql, params))[0]!)[0]);

const ppk = (code: string, nama = `PPK ${code}`): Row => ({ jenis_badan: 'PPK', kode_wilayah: code, nama });
const pps = (code: string, nama = `PPS ${code}`): Row => ({ jenis_badan: 'PPS', kode_wilayah: code, nama });
const kpps = (code: string, tps: number, nama = `KPPS ${code} TPS ${tps}`): Row => ({
  jenis_badan: 'KPPS',
  kode_wilayah: code,
  nomor_tps: String(tps),
  nama,
});
const bodyCsv = (lines: readonly Row[]) => toCsv(lines, { header: HEADER });

async function upload(lines: readonly Row[], options: Parameters<typeof uploadCsv>[2] = {}) {
  return uploadCsv(t, bodyCsv(lines), {
    route: 'body-imports',
    username: OFFICER,
    password: PASSWORD,
    commissionId: LUMAJANG,
    fileName: 'badan.csv',
    ...options,
  });
}

async function queued(lines: readonly Row[]): Promise<string> {
  const { status, body } = await upload(lines);
  expect(status, JSON.stringify(body)).toBe(202);
  return body.memberImport.id as string;
}

async function importAs(id: string): Promise<Json> {
  const result = await t.gql(
    `query ($id: ID!) { memberImport(id: $id) { ${IMPORT_FIELDS}
      errors(first: 100) { totalCount nodes { line code field message } } } }`,
    { id },
    { token: await t.login(OFFICER, PASSWORD) },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.memberImport;
}

async function bodiesOf(filter: Record<string, unknown>, first = 100): Promise<Json> {
  const result = await t.gql(
    LIST,
    { filter: { commissionId: LUMAJANG, ...filter }, first },
    {
      token: await t.login(OFFICER, PASSWORD),
    },
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.bodies;
}

/** A second worker, as another API process on the same database would run one. */
const otherWorker = (owner: string) =>
  new MemberImportWorker({
    orm: t.orm,
    store: importFileStore(join(dataDir, 'member-imports')),
    clock: t.clock,
    logger: createLogger('silent'),
    pollMs: 50,
    leaseMs: 60_000,
    owner,
  });

const lineCodes = (done: Json) =>
  done.errors.nodes.map((error: Json) => [error.line, error.field, error.code] as const);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'etik-body-import-'));
  t = await startTestServer({
    withCases: false,
    config: { dataDir, importBatchSize: BATCH, importLeaseSeconds: 60 },
  });
  const created = await t.gql(
    `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        username: OFFICER,
        displayName: 'Operator KPU Lumajang',
        role: 'officer',
        commissionId: LUMAJANG,
        password: PASSWORD,
      },
    },
    { token: await t.login('admin.ri') },
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  const codes = async (parent: string) =>
    (
      await rows<{ code: string }>('select code from region where parent_code = ? order by code', [parent])
    ).map((row) => row.code);
  districts = await codes('35.08');
  villages = await codes(districts[0]!);
  otherVillages = [];
  for (const district of districts.slice(1)) otherVillages.push(...(await codes(district)));
  expect(villages.length).toBeGreaterThan(5);
  expect(otherVillages.length).toBeGreaterThan(20);
});
afterAll(async () => {
  await t?.stop();
});

describe('importing a CSV of ad hoc bodies', () => {
  let firstImport: string;
  const firstFile = () => [
    ppk(districts[0]!),
    pps(villages[0]!),
    pps(villages[1]!, '  PPS   Desa Dua '),
    kpps(villages[0]!, 1),
    kpps(villages[0]!, 2),
    { jenis_badan: 'kpps', kode_wilayah: villages[1]!.replaceAll('.', ''), nomor_tps: '007', nama: 'KPPS 7' },
  ];

  it('forms the PPK, PPS and KPPS of the file, which the bodies query then shows with their TPS numbers', async () => {
    const { status, body } = await upload(firstFile());
    expect(status, JSON.stringify(body)).toBe(202);
    expect(body.memberImport).toMatchObject({
      kind: 'bodies',
      status: 'queued',
      totalRows: 6,
      commissionId: LUMAJANG,
    });
    firstImport = body.memberImport.id as string;
    expect(await t.server.memberImports.drain()).toEqual(['completed']);

    expect(await importAs(firstImport)).toMatchObject({
      kind: 'bodies',
      status: 'completed',
      processedRows: 6,
      importedRows: 6,
      unchangedRows: 0,
      rejectedRows: 0,
      progress: 1,
      errors: { totalCount: 0 },
    });
    const listed = await bodiesOf({});
    expect(listed.totalCount).toBe(6);
    expect(listed.nodes).toEqual(
      expect.arrayContaining([
        {
          id: `ppk-${districts[0]}`,
          type: 'ppk',
          name: `PPK ${districts[0]}`,
          tpsNumber: null,
          regionCode: districts[0],
          commissionId: LUMAJANG,
        },
        {
          id: `pps-${villages[1]}`,
          type: 'pps',
          name: 'PPS Desa Dua',
          tpsNumber: null,
          regionCode: villages[1],
          commissionId: LUMAJANG,
        },
        {
          id: `kpps-${villages[0]}-tps002`,
          type: 'kpps',
          name: `KPPS ${villages[0]} TPS 2`,
          tpsNumber: 2,
          regionCode: villages[0],
          commissionId: LUMAJANG,
        },
        {
          id: `kpps-${villages[1]}-tps007`,
          type: 'kpps',
          name: 'KPPS 7',
          tpsNumber: 7,
          regionCode: villages[1],
          commissionId: LUMAJANG,
        },
      ]),
    );
    const kppsOnly = await bodiesOf({ types: ['kpps'] });
    expect(kppsOnly.nodes.map((node: Json) => node.tpsNumber).sort()).toEqual([1, 2, 7]);
  });

  it('audits the import on the commission’s chain: queued, each batch with the bodies it formed, completed', async () => {
    const audited = await rows<{ action: string; chain: string; after: string }>(
      'select action, chain, after from audit_event where entity_id = ? order by seq',
      [firstImport],
    );
    expect(audited.map((row) => [row.action, row.chain])).toEqual([
      ['memberImportQueued', LUMAJANG],
      ['memberImportBatchCommitted', LUMAJANG],
      ['memberImportCompleted', LUMAJANG],
    ]);
    const queuedAfter = JSON.parse(audited[0]!.after) as Json;
    expect(queuedAfter).toMatchObject({ kind: 'bodies', totalRows: 6 });
    const batchAfter = JSON.parse(audited[1]!.after) as Json;
    expect(batchAfter).toMatchObject({ imported: 6, rejected: 0 });
    expect(batchAfter.formedBodyIds).toContain(`kpps-${villages[1]}-tps007`);
    expect((await verifyAuditChain(em())).ok).toBe(true);
  });

  it('changes nothing when the same file is imported again, and says its lines are unchanged', async () => {
    const id = await queued(firstFile());
    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    expect(await importAs(id)).toMatchObject({
      status: 'completed',
      processedRows: 6,
      importedRows: 0,
      unchangedRows: 6,
      rejectedRows: 0,
    });
    expect((await bodiesOf({})).totalCount).toBe(6);
  });

  it('refuses bad lines with their line number, column and code while the good lines land', async () => {
    const otherRegencyVillage = (
      await rows<{ code: string }>(
        "select code from region where level = 'village' and code like '35.26.%' order by code limit 1",
      )
    )[0]!.code;
    const id = await queued([
      pps(villages[2]!), // line 2: good
      pps('35.08.99.9999'), // line 3: no such region
      { jenis_badan: 'KPPS', kode_wilayah: villages[2]!, nama: 'KPPS tanpa TPS' }, // 4
      pps(otherRegencyVillage), // 5: another regency's village
      pps(districts[1]!), // 6: a PPS at a kecamatan code
      kpps(villages[2]!, 3), // 7: good
      { jenis_badan: 'KPU', kode_wilayah: villages[2]!, nama: 'x' }, // 8
      pps(villages[3]!, '   '), // 9: no name
      { ...ppk(districts[1]!), nomor_tps: '4' }, // 10: a TPS for a PPK
      kpps(villages[2]!, 3, 'again'), // 11: line 7's spot again
      kpps(villages[2]!, 1000), // 12: TPS out of range
      { ...pps(villages[3]!), kode_wilayah: '35.08.x' }, // 13
    ]);
    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    const done = await importAs(id);
    expect(done).toMatchObject({ status: 'completed', processedRows: 12, importedRows: 2, rejectedRows: 10 });
    expect(lineCodes(done)).toEqual([
      [3, 'kode_wilayah', 'UNKNOWN_REGION'],
      [4, 'nomor_tps', 'TPS_NUMBER_REQUIRED'],
      [5, 'kode_wilayah', 'REGION_OUTSIDE_COMMISSION'],
      [6, 'kode_wilayah', 'REGION_LEVEL_MISMATCH'],
      [8, 'jenis_badan', 'UNKNOWN_BODY_TYPE'],
      [9, 'nama', 'BODY_NAME_REQUIRED'],
      [10, 'nomor_tps', 'TPS_NUMBER_UNEXPECTED'],
      [11, 'kode_wilayah', 'DUPLICATE_BODY_IN_FILE'],
      [12, 'nomor_tps', 'INVALID_TPS_NUMBER'],
      [13, 'kode_wilayah', 'INVALID_REGION_CODE'],
    ]);
    expect(done.errors.nodes[7].message).toMatch(/line 7/);
    const formed = await bodiesOf({ regionCode: villages[2] });
    expect(formed.nodes.map((node: Json) => node.id).sort()).toEqual(
      [`kpps-${villages[2]}-tps003`, `pps-${villages[2]}`].sort(),
    );
    expect((await bodiesOf({})).totalCount).toBe(8);
  });

  it('forms a body again on the spot of a dissolved one, with the next readable id', async () => {
    const tx = em();
    await tx.execute(`update adhoc_body set dissolved_at = ?, dissolve_reason = 'SK' where id = ?`, [
      dbTime(tx, t.clock.now()),
      `pps-${villages[0]}`,
    ]);
    const id = await queued([pps(villages[0]!, 'PPS baru'), pps(villages[1]!)]);
    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    expect(await importAs(id)).toMatchObject({ importedRows: 1, unchangedRows: 1, rejectedRows: 0 });
    const [again] = await rows<{ id: string; name: string }>(
      'select id, name from adhoc_body where region_code = ? and type = ? and dissolved_at is null',
      [villages[0], 'pps'],
    );
    expect(again).toEqual({ id: `pps-${villages[0]}-2`, name: 'PPS baru' });
  });

  it('forms the bodies of a line naming an election for it, with the election’s dates as their term', async () => {
    const created = await t.gql(
      `mutation ($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
      {
        input: {
          kind: 'regional',
          name: 'Pemilihan Serentak 2024 (uji impor)',
          startsOn: '2024-01-27',
          endsOn: '2024-12-31',
          stages: [],
        },
      },
      { token: await t.login('admin.ri') },
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const electionId = created.data!.createElection.id as string;
    const village = otherVillages[0]!;
    const header = [...HEADER, 'kode_pemilu'];
    const { status, body } = await uploadCsv(
      t,
      toCsv(
        [
          { ...pps(village), kode_pemilu: electionId } as Row,
          { ...kpps(village, 3), kode_pemilu: 'pemilu-tidak-ada' } as Row,
        ],
        { header },
      ),
      { route: 'body-imports', username: OFFICER, password: PASSWORD, commissionId: LUMAJANG },
    );
    expect(status, JSON.stringify(body)).toBe(202);
    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    const done = await importAs(body.memberImport.id as string);
    expect(done).toMatchObject({ importedRows: 1, rejectedRows: 1 });
    expect(lineCodes(done)).toEqual([[3, 'kode_pemilu', 'UNKNOWN_ELECTION']]);
    const formed = await t.gql(
      'query ($id: ID!) { adhocBody(id: $id) { election { id } termStartsOn termEndsOn } }',
      { id: `pps-${village}` },
      { token: await t.login(OFFICER, PASSWORD) },
    );
    expect(formed.data!.adhocBody).toEqual({
      election: { id: electionId },
      termStartsOn: '2024-01-27',
      termEndsOn: '2024-12-31',
    });
  });

  it('lists body imports apart from member imports', async () => {
    const token = await t.login(OFFICER, PASSWORD);
    const list = async (kind?: string) => {
      const result = await t.gql(
        'query ($kind: ImportKind) { memberImports(kind: $kind, first: 100) { totalCount nodes { id kind } } }',
        { kind },
        { token },
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      return result.data!.memberImports;
    };
    const bodies = await list('bodies');
    expect(bodies.totalCount).toBe(5);
    expect(bodies.nodes.every((node: Json) => node.kind === 'bodies')).toBe(true);
    expect((await list('members')).totalCount).toBe(0);
    expect((await list()).totalCount).toBe(5);
  });

  it('resumes an import whose worker died between batches, without forming a body twice', async () => {
    // 1,200 KPPS in three batches of 500; the last line repeats the first.
    const lines = Array.from({ length: 1200 }, (_, index) =>
      kpps(otherVillages[index % 40]!, 1 + Math.floor(index / 40)),
    );
    lines.push({ ...lines[0]! });
    const id = await queued(lines);

    const first = otherWorker('process-a');
    expect(await first.processNext({ maxBatches: 1 })).toBe('paused');
    expect(await importAs(id)).toMatchObject({
      status: 'running',
      processedRows: 500,
      importedRows: 500,
      lastCommittedLine: 501,
      progress: 500 / 1201,
    });

    const second = otherWorker('process-b');
    expect(await second.processNext()).toBeUndefined();
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    expect(await second.processNext()).toBe('completed');

    const done = await importAs(id);
    expect(done).toMatchObject({
      status: 'completed',
      processedRows: 1201,
      importedRows: 1200,
      rejectedRows: 1,
    });
    expect(lineCodes(done)).toEqual([[1202, 'kode_wilayah', 'DUPLICATE_BODY_IN_FILE']]);
    expect(
      await scalar(
        `select count(*) from adhoc_body where type = 'kpps' and commission_id = ? and region_code in (${otherVillages
          .slice(0, 40)
          .map(() => '?')
          .join(', ')})`,
        [LUMAJANG, ...otherVillages.slice(0, 40)],
      ),
    ).toBe(1200);
    expect(
      await scalar(
        `select count(*) from audit_event where entity_id = ? and action = 'memberImportBatchCommitted'`,
        [id],
      ),
    ).toBe(3);
  });

  it('imports a body file from disk as import:members --bodies does', async () => {
    const path = join(dataDir, 'badan-cli.csv');
    writeFileSync(path, bodyCsv([pps(villages[4]!), kpps(villages[4]!, 9)]));
    const run = await startFileImport(
      {
        orm: t.orm,
        dataDir,
        clock: t.clock,
        logger: createLogger('silent'),
        batchSize: BATCH,
        leaseMs: 60_000,
        by: { userId: 'cli:operator', role: null },
      },
      path,
      LUMAJANG,
      'bodies',
    );
    expect(await run.outcome).toBe('completed');
    expect(await importAs(run.importId)).toMatchObject({ kind: 'bodies', importedRows: 2, rejectedRows: 0 });
    expect((await bodiesOf({ regionCode: villages[4] })).totalCount).toBe(2);
  });

  it('imports 3,000 KPPS lines in seconds', async () => {
    const lines = Array.from({ length: 3000 }, (_, index) =>
      kpps(otherVillages[40 + (index % 20)]!, 1 + Math.floor(index / 20)),
    );
    const id = await queued(lines);
    const started = performance.now();
    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    const seconds = (performance.now() - started) / 1000;
    expect(await importAs(id)).toMatchObject({ importedRows: 3000, rejectedRows: 0 });
    expect(seconds).toBeLessThan(30);
  });
});

describe('who may import bodies', () => {
  it('refuses another regency’s officer, and a commissioner, before reading the file', async () => {
    const other = await upload([pps(villages[5]!)], { username: 'officer.35.26', password: undefined });
    expect(other.status).toBe(404);
    expect(other.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const intoOther = await upload([pps(villages[5]!)], { commissionId: 'kpu-35.26' });
    expect(intoOther.status).toBe(404);
    const commissioner = await upload([pps(villages[5]!)], {
      username: 'commissioner.35.26',
      password: undefined,
      commissionId: 'kpu-35.26',
    });
    expect(commissioner.status).toBe(403);
    expect(commissioner.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await bodiesOf({ regionCode: villages[5] })).totalCount).toBe(0);
  });

  it('hides an import from another regency’s officer', async () => {
    const [row] = await rows<{ id: string }>(
      "select id from member_import where kind = 'bodies' order by created_at limit 1",
    );
    const result = await t.gql(
      'query ($id: ID!) { memberImport(id: $id) { id } }',
      { id: row!.id },
      {
        token: await t.login('officer.35.26'),
      },
    );
    expect(result.data?.memberImport).toBeNull();
  });

  it('refuses a body file without the body columns, listing them', async () => {
    const { status, body } = await uploadCsv(t, 'jenis_badan;nama\r\nPPS;x\r\n', {
      route: 'body-imports',
      username: OFFICER,
      password: PASSWORD,
      commissionId: LUMAJANG,
    });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MISSING_COLUMNS',
      missing: ['kode_wilayah'],
      columns: ['jenis_badan', 'kode_wilayah', 'nomor_tps', 'nama', 'kode_pemilu'],
    });
  });
});
