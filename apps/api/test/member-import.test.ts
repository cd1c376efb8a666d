// Member import from CSV: upload, batch processing by the worker, bad rows by line, resume after an
// interruption without duplicates, re-import as updates, progress, cancellation and the upload's limits.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-trail.js';
import { createLogger } from '../src/logger.js';
import { importFileStore } from '../src/member-imports/import-file.js';
import { MemberImportWorker } from '../src/member-imports/member-import.worker.js';
import {
  bodiesOf,
  importOf,
  memberRow,
  nikFor,
  toCsv,
  uploadCsv,
  type DemoBody,
  type Row,
} from './member-csv.js';
import { startTestServer, type TestServer } from './test-server.js';

const BATCH = 40;
const MAX_IMPORT_BYTES = 100_000;
let t: TestServer;
let dataDir: string;
let bodies: DemoBody[];
let serial = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'etik-import-'));
  t = await startTestServer({
    withCases: false,
    config: { dataDir, importBatchSize: BATCH, maxImportBytes: MAX_IMPORT_BYTES, importLeaseSeconds: 60 },
  });
  bodies = await bodiesOf(t, 'kpu-35.26');
});
afterAll(async () => {
  await t?.stop();
});

const em = () => t.orm.em.fork() as unknown as EntityManager;
const scalar = async (sql: string, params: readonly unknown[] = []) =>
  Number(Object.values((await em().execute<Record<string, unknown>[]>(sql, [...params]))[0]!)[0]);

/** `count` good rows for new people, spread over the commission's bodies. */
const goodRows = (count: number): Row[] =>
  Array.from({ length: count }, () => {
    serial += 1;
    return memberRow(bodies[serial % bodies.length]!, serial);
  });

/** A second worker, as another API process on the same database would run one. */
const otherWorker = (
  owner: string,
  extra: Partial<ConstructorParameters<typeof MemberImportWorker>[0]> = {},
) =>
  new MemberImportWorker({
    orm: t.orm,
    store: importFileStore(join(dataDir, 'member-imports')),
    clock: t.clock,
    logger: createLogger('silent'),
    pollMs: 50,
    leaseMs: 60_000,
    owner,
    ...extra,
  });

async function upload(rows: readonly Row[], options: Parameters<typeof toCsv>[1] = {}) {
  const { status, body } = await uploadCsv(t, toCsv(rows, options));
  expect(status, JSON.stringify(body)).toBe(202);
  return body.memberImport.id as string;
}

/** Ends the term of one active member of the body a row names, so that it has a free seat. */
async function freeSeatOf(row: Row) {
  const body = bodies.find(
    (candidate) =>
      candidate.regionCode === row.kode_wilayah &&
      candidate.type === row.jenis_badan!.toLowerCase() &&
      (candidate.tps ?? '') === row.nomor_tps,
  )!;
  const [seat] = await em().execute<{ id: string }[]>(
    `select id from membership where body_id = ? and status = 'active' order by id`,
    [body.id],
  );
  if (seat) await em().execute(`update membership set status = 'termEnded' where id = ?`, [seat.id]);
}

const membershipsOfNiks = (niks: readonly string[]) =>
  scalar(
    `select count(*) from membership m join person p on p.id = m.person_id where p.nik in (${niks.map(() => '?').join(', ')})`,
    niks,
  );

describe('importing a member CSV', () => {
  it('queues the upload, then commits every row in batches with one audit event each', async () => {
    const rows = goodRows(100);
    rows[0] = { ...rows[0]!, alamat: 'Jl. "Mawar" 5;\r\nBurneh', nama: 'Siti  Aminah' };
    const { status, body } = await uploadCsv(t, toCsv(rows));
    expect(status).toBe(202);
    expect(body.memberImport).toMatchObject({ status: 'queued', totalRows: 100, commissionId: 'kpu-35.26' });
    const id = body.memberImport.id as string;
    expect(await importOf(t, id)).toMatchObject({ status: 'queued', processedRows: 0, progress: 0 });

    expect(await t.server.memberImports.drain()).toEqual(['completed']);
    const done = await importOf(t, id);
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: 100,
      processedRows: 100,
      importedRows: 100,
      updatedRows: 0,
      rejectedRows: 0,
      lastCommittedLine: 102, // the header, 100 rows, and the address's line break
      progress: 1,
    });
    expect(done.errors.totalCount).toBe(0);
    expect(await membershipsOfNiks(rows.map((row) => row.nik!))).toBe(100);
    expect(
      await scalar(
        `select count(*) from audit_event where entity_id = ? and action = 'memberImportBatchCommitted'`,
        [id],
      ),
    ).toBe(3);
    expect((await verifyAuditChain(em())).ok).toBe(true);

    // The first member, as the body's list shows it.
    const body0 = bodies.find(
      (candidate) =>
        candidate.regionCode === rows[0]!.kode_wilayah &&
        candidate.type === rows[0]!.jenis_badan!.toLowerCase() &&
        (candidate.tps ?? '') === rows[0]!.nomor_tps,
    )!;
    const members = await t.gql(
      'query ($b: ID!) { memberships(bodyId: $b) { status position selectionRank person { nik name address sex email birthDate } } }',
      { b: body0.id },
      { token: await t.login('officer.35.26') },
    );
    expect(members.data!.memberships).toContainEqual({
      status: rows[0]!.status === 'AKTIF' ? 'active' : 'candidate',
      position: 'member',
      selectionRank: Number(rows[0]!.peringkat),
      person: {
        nik: rows[0]!.nik,
        name: 'Siti Aminah',
        address: 'Jl. "Mawar" 5;\r\nBurneh',
        sex: rows[0]!.jenis_kelamin === 'P' ? 'female' : 'male',
        email: rows[0]!.email,
        birthDate: expect.stringMatching(/^1990-/),
      },
    });
  });

  it('reports bad rows by line and code while the good ones land', async () => {
    const [good1, good2, good3] = goodRows(3);
    const foreign = (await bodiesOf(t, 'kpu-35.28')).find((body) => body.type === 'pps')!;
    serial += 1;
    const rows: Row[] = [
      good1!, // line 2
      { ...goodRows(1)[0]!, nik: '3.52601E+15', tanggal_lahir: '31-02-1990' }, // 3
      {
        ...memberRow(
          bodies.find((b) => b.type === 'pps')!,
          (serial += 1),
        ),
        kode_wilayah: '35.26.03.9999',
      }, // 4: no such body
      memberRow(foreign, serial), // 5: formed by kpu-35.28
      good2!, // 6
      { ...good1!, nama: 'Sama Lagi' }, // 7: same NIK and body as line 2
      { ...goodRows(1)[0]!, status: 'DIBERHENTIKAN_TIDAK_HORMAT' }, // 8
      {
        ...memberRow(
          bodies.find((b) => b.type === 'pps')!,
          (serial += 1),
        ),
        jenis_badan: 'KPPS',
      }, // 9: no TPS
      good3!, // 10
    ];
    const csv = toCsv(rows, { separator: ',', bom: false, crlf: false }) + '3526011203850001,Ahmad\n'; // 11
    const { status, body } = await uploadCsv(t, csv);
    expect(status).toBe(202);
    await t.server.memberImports.drain();
    const done = await importOf(t, body.memberImport.id);
    expect(done).toMatchObject({ status: 'completed', processedRows: 10, importedRows: 3, rejectedRows: 7 });
    expect(
      done.errors.nodes.map((e: { line: number; code: string; field: string | null }) => [
        e.line,
        e.code,
        e.field,
      ]),
    ).toEqual([
      [3, 'INVALID_NIK', 'nik'],
      [3, 'INVALID_DATE', 'tanggal_lahir'],
      [4, 'UNKNOWN_BODY', 'kode_wilayah'],
      [5, 'BODY_OUTSIDE_COMMISSION', 'kode_wilayah'],
      [7, 'DUPLICATE_IN_FILE', 'nik'],
      [8, 'STATUS_NOT_IMPORTABLE', 'status'],
      [9, 'VALUE_MISSING', 'nomor_tps'],
      [11, 'MALFORMED_ROW', null],
    ]);
    expect(done.errors.nodes.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    expect(await membershipsOfNiks([good1!.nik!, good2!.nik!, good3!.nik!])).toBe(3);
  });

  it('refuses a row for a dissolved body, and places it in the body formed again on its spot', async () => {
    const body = bodies[0]!;
    const importOne = async () => {
      serial += 1;
      const id = await upload([memberRow(body, serial)]);
      await t.server.memberImports.drain();
      return importOf(t, id);
    };
    await em().execute('update adhoc_body set dissolved_at = ? where id = ?', [new Date(), body.id]);
    let successor: string | undefined;
    try {
      const refused = await importOne();
      expect(refused).toMatchObject({ status: 'completed', importedRows: 0, rejectedRows: 1 });
      expect(refused.errors.nodes.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([
        ['BODY_DISSOLVED', 'kode_wilayah'],
      ]);

      const formed = await t.gql<{ createAdhocBody: { id: string } }>(
        `mutation ($input: CreateAdhocBodyInput!) { createAdhocBody(input: $input) { id } }`,
        {
          input: {
            type: body.type,
            name: 'Dibentuk ulang',
            regionCode: body.regionCode,
            tpsNumber: body.tps === undefined ? null : Number(body.tps),
            commissionId: 'kpu-35.26',
          },
        },
        { token: await t.login('admin.ri') },
      );
      successor = formed.data!.createAdhocBody.id;
      expect(successor).not.toBe(body.id);
      const placed = await importOne();
      expect(placed).toMatchObject({ status: 'completed', importedRows: 1, rejectedRows: 0 });
      expect(await scalar('select count(*) from membership where body_id = ?', [successor])).toBe(1);
    } finally {
      // Later tests import into the demo body again.
      if (successor)
        await em().execute('update adhoc_body set dissolved_at = ? where id = ?', [new Date(), successor]);
      await em().execute('update adhoc_body set dissolved_at = null where id = ?', [body.id]);
    }
  });

  it('refuses an active row past the seats of its body (SEATS_FULL), counting the file’s own rows', async () => {
    const admin = await t.login('admin.ri');
    const regions = async (parent: string) =>
      (
        await t.gql<{ regions: { code: string }[] }>(
          'query ($p: ID) { regions(parentCode: $p) { code } }',
          {
            p: parent,
          },
          { token: admin },
        )
      ).data!.regions.map((region) => region.code);
    // A village of the regency whose PPS is not formed yet.
    let village: string | undefined;
    for (const district of await regions('35.26')) {
      village = (await regions(district)).find(
        (code) => !bodies.some((body) => body.type === 'pps' && body.regionCode === code),
      );
      if (village) break;
    }
    const formed = await t.gql<{ createAdhocBody: { id: string; seats: number } }>(
      `mutation ($input: CreateAdhocBodyInput!) { createAdhocBody(input: $input) { id seats } }`,
      { input: { type: 'pps', name: 'PPS Desa Kursi', regionCode: village!, commissionId: 'kpu-35.26' } },
      { token: admin },
    );
    expect(formed.errors).toBeUndefined();
    const pps = { id: formed.data!.createAdhocBody.id, type: 'pps', regionCode: village! };
    expect(formed.data!.createAdhocBody.seats).toBe(3);

    const rows = [1, 2, 3, 4].map(() => memberRow(pps, (serial += 1), {}, true));
    rows.push(memberRow(pps, (serial += 1))); // a ranked candidate holds no seat
    const id = await upload(rows);
    await t.server.memberImports.drain();
    const done = await importOf(t, id);
    expect(done).toMatchObject({ status: 'completed', importedRows: 4, rejectedRows: 1 });
    expect(done.errors.nodes).toEqual([
      expect.objectContaining({ line: 5, code: 'SEATS_FULL', field: 'status' }),
    ]);
    expect(done.errors.nodes[0].message).toMatch(/seat/);
    const members = await t.gql<{ memberships: { status: string }[] }>(
      'query ($b: ID!) { memberships(bodyId: $b) { status } }',
      { b: pps.id },
      { token: admin },
    );
    expect(members.data!.memberships.map((m) => m.status).sort()).toEqual([
      'active',
      'active',
      'active',
      'candidate',
    ]);

    // A later file finds the seats taken too.
    const later = await upload([memberRow(pps, (serial += 1), {}, true)]);
    await t.server.memberImports.drain();
    expect((await importOf(t, later)).errors.nodes.map((e: { code: string }) => e.code)).toEqual([
      'SEATS_FULL',
    ]);
  });

  it('finds a duplicate of a row in the batch just before', async () => {
    const rows = goodRows(BATCH + 2);
    // Line 43 (the second batch's second row) repeats line 41 (the first batch's last, committed by now).
    rows[BATCH + 1] = { ...rows[BATCH - 1]!, nama: 'Sama Lagi' };
    const id = await upload(rows);
    await t.server.memberImports.drain();
    const done = await importOf(t, id);
    expect(done).toMatchObject({ status: 'completed', importedRows: BATCH + 1, rejectedRows: 1 });
    expect(done.errors.nodes.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [BATCH + 3, 'DUPLICATE_IN_FILE'],
    ]);
    expect(done.errors.nodes[0].message).toMatch(new RegExp(`line ${BATCH + 1}\\b`));
  });

  it('pages the errors by line', async () => {
    const rows = Array.from({ length: 7 }, () => ({ ...goodRows(1)[0]!, nik: '123' }));
    const id = await upload(rows);
    await t.server.memberImports.drain();
    const token = await t.login('officer.35.26');
    const page = async (after?: string) =>
      (
        await t.gql(
          'query ($id: ID!, $after: String) { memberImport(id: $id) { errors(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { line } } } }',
          { id, after },
          { token },
        )
      ).data!.memberImport.errors;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    const third = await page(second.pageInfo.endCursor);
    expect([first, second, third].map((p) => p.nodes.map((n: { line: number }) => n.line))).toEqual([
      [2, 3, 4],
      [5, 6, 7],
      [8],
    ]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(first.totalCount).toBe(7);
  });

  it('resumes an import whose worker died between batches, without duplicates', async () => {
    const rows = goodRows(200);
    // A duplicate across the interruption (line 252 repeats line 12) and bad rows on both sides of it.
    rows.push({ ...rows[10]! });
    rows[20] = { ...rows[20]!, nik: 'x' };
    rows[150] = { ...rows[150]!, jabatan: 'BENDAHARA' };
    const id = await upload(rows);

    // First process: two batches, then it dies (the lease is left to expire).
    const first = otherWorker('process-a');
    expect(await first.processNext({ maxBatches: 2 })).toBe('paused');
    const midway = await importOf(t, id);
    expect(midway).toMatchObject({
      status: 'running',
      processedRows: 80,
      lastCommittedLine: 81,
      progress: 80 / 201,
    });

    // Another process cannot take it while the lease lasts, and can once it has expired.
    const second = otherWorker('process-b');
    expect(await second.processNext()).toBeUndefined();
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    expect(await second.processNext()).toBe('completed');

    const done = await importOf(t, id);
    expect(done).toMatchObject({
      status: 'completed',
      processedRows: 201,
      importedRows: 198,
      rejectedRows: 3,
    });
    expect(done.errors.nodes.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [22, 'INVALID_NIK'],
      [152, 'UNKNOWN_POSITION'],
      [202, 'DUPLICATE_IN_FILE'],
    ]);
    expect(done.errors.nodes[2].message).toMatch(/line 12/);
    const niks = rows.map((row) => row.nik!).filter((nik) => nik !== 'x');
    expect(await membershipsOfNiks(niks)).toBe(198);
    expect(await scalar(`select count(*) from member_import_error where member_import_id = ?`, [id])).toBe(3);
    expect(
      await scalar(
        `select count(*) from audit_event where entity_id = ? and action = 'memberImportBatchCommitted'`,
        [id],
      ),
    ).toBe(6);
  });

  it('runs one import of a commission at a time, whichever process claims them', async () => {
    const first = await upload(goodRows(60));
    t.clock.set(new Date(t.clock.now().getTime() + 1000)); // the older one is claimed first
    const second = await upload(goodRows(10));
    const a = otherWorker('instance-a');
    const b = otherWorker('instance-b');
    expect(await a.processNext({ maxBatches: 1 })).toBe('paused');
    // The second import is of the same commission: it waits while the first one's lease lasts.
    expect(await b.processNext()).toBeUndefined();
    expect(await a.process(first)).toBe('completed');
    expect(await b.processNext()).toBe('completed');
    expect(await importOf(t, second)).toMatchObject({ status: 'completed', importedRows: 10 });
  });

  it('rolls a failed batch back entirely and retries it, whoever resumes', async () => {
    const rows = goodRows(120);
    rows[50] = { ...rows[50]!, peringkat: 'satu' };
    const id = await upload(rows);
    const before = await scalar('select count(*) from membership');
    let failures = 0;
    const flaky = otherWorker('flaky', {
      beforeCommit: ({ batch }) => {
        // The second batch's writes are all made, then the "crash" before the commit.
        if (batch === 2 && failures++ === 0) throw new Error('connection reset');
      },
    });
    expect(await flaky.processNext()).toBe('retry');
    expect(await scalar('select count(*) from membership')).toBe(before + 40);
    const row = await em().execute<{ failed_attempts: number; last_error: string }[]>(
      'select failed_attempts, last_error from member_import where id = ?',
      [id],
    );
    expect(row[0]).toMatchObject({ failed_attempts: 1, last_error: 'connection reset' });
    expect(await importOf(t, id)).toMatchObject({
      status: 'running',
      processedRows: 40,
      lastCommittedLine: 41,
    });

    t.clock.set(new Date(t.clock.now().getTime() + 10_000));
    expect(await flaky.processNext()).toBe('completed');
    expect(await importOf(t, id)).toMatchObject({ processedRows: 120, importedRows: 119, rejectedRows: 1 });
    expect(await scalar('select count(*) from membership')).toBe(before + 119);
    expect(await scalar(`select count(*) from member_import_error where member_import_id = ?`, [id])).toBe(1);
  });

  it('fails an import whose batches keep failing, and says so', async () => {
    const id = await upload(goodRows(5));
    const broken = otherWorker('broken', {
      beforeCommit: () => {
        throw new Error('disk full');
      },
    });
    const outcomes: (string | undefined)[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      outcomes.push(await broken.processNext());
      t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    }
    expect(outcomes).toEqual(['retry', 'retry', 'retry', 'retry', 'failed']);
    expect(await importOf(t, id)).toMatchObject({ status: 'failed', processedRows: 0 });
    expect(
      await scalar(`select count(*) from audit_event where entity_id = ? and action = 'memberImportFailed'`, [
        id,
      ]),
    ).toBe(1);
  });

  it('refuses a row over the record cap by its line, keeps the rows before it and fails the import', async () => {
    const [before, long, after] = goodRows(3);
    // 70 000 characters in one quoted address: over the 64 Ki record cap, under the upload limit.
    const id = await upload([before!, { ...long!, alamat: `"${'x'.repeat(70_000)}\n` }, after!]);
    expect(await t.server.memberImports.drain()).toEqual(['failed']);
    const done = await importOf(t, id);
    expect(done).toMatchObject({ status: 'failed', importedRows: 1, rejectedRows: 1 });
    expect(done.errors.nodes).toEqual([
      { line: 3, code: 'ROW_TOO_LONG', field: null, message: expect.stringContaining('too long') },
    ]);
    expect(await membershipsOfNiks([before!.nik!, long!.nik!, after!.nik!])).toBe(1);
    const [row] = await em().execute<{ last_error: string }[]>(
      'select last_error from member_import where id = ?',
      [id],
    );
    expect(row!.last_error).toMatch(/^line 3: .*the rest of the file was not read$/);
  });

  it('lists the imports newest first, page by page', async () => {
    const token = await t.login('officer.35.26');
    const page = async (after?: string) =>
      (
        await t.gql(
          'query ($after: String) { memberImports(first: 2, after: $after, commissionId: "kpu-35.26") { totalCount pageInfo { hasNextPage endCursor } nodes { id createdAt } } }',
          { after },
          { token },
        )
      ).data!.memberImports;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(first.totalCount).toBeGreaterThan(4);
    expect(first.nodes).toHaveLength(2);
    expect(second.nodes).toHaveLength(2);
    const ids = [...first.nodes, ...second.nodes].map((node: { id: string }) => node.id);
    expect(new Set(ids).size).toBe(4);
    const times = [...first.nodes, ...second.nodes].map((node: { createdAt: string }) => node.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const bad = await t.gql('{ memberImports(first: 2, after: "nope") { totalCount } }', {}, { token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('updates on a second import of the same people rather than duplicating them', async () => {
    const rows = goodRows(30).map((row) => ({ ...row, status: 'CALON', no_sk: '', tanggal_sk: '' }));
    const first = await upload(rows);
    await t.server.memberImports.drain();
    expect(await importOf(t, first)).toMatchObject({ importedRows: 30, updatedRows: 0 });
    const persons = await scalar('select count(*) from person');
    const memberships = await scalar('select count(*) from membership');

    const again = await upload(rows);
    await t.server.memberImports.drain();
    expect(await importOf(t, again)).toMatchObject({
      importedRows: 0,
      updatedRows: 0,
      unchangedRows: 30,
      rejectedRows: 0,
    });

    // A later export: one candidate appointed, one new phone number, one blank address (which erases nothing).
    const later = rows.map((row) => ({ ...row }));
    later[0] = { ...later[0]!, status: 'AKTIF', no_sk: '7/PP.04.1-Kpt/3526/2024', tanggal_sk: '2024-02-01' };
    // The demo body's seats are all taken: one member's term ends, so the appointment has a seat.
    await freeSeatOf(later[0]);
    later[1] = { ...later[1]!, no_hp: '081399998888' };
    later[2] = { ...later[2]!, alamat: '' };
    const third = await upload(later);
    await t.server.memberImports.drain();
    expect(await importOf(t, third)).toMatchObject({ importedRows: 0, updatedRows: 2, unchangedRows: 28 });
    expect(await scalar('select count(*) from person')).toBe(persons);
    expect(await scalar('select count(*) from membership')).toBe(memberships);
    const appointed = await em().execute<{ status: string; status_history: unknown }[]>(
      'select m.status, m.status_history from membership m join person p on p.id = m.person_id where p.nik = ?',
      [rows[0]!.nik],
    );
    expect(appointed[0]!.status).toBe('active');
    const history =
      typeof appointed[0]!.status_history === 'string'
        ? JSON.parse(appointed[0]!.status_history)
        : appointed[0]!.status_history;
    expect(history).toEqual([
      {
        status: 'active',
        at: '2024-01-31T17:00:00.000Z',
        reason: 'appoint',
        reference: '7/PP.04.1-Kpt/3526/2024',
      },
    ]);
    // The appointment is in the member's history as the directory shows it.
    const personId = (
      await em().execute<{ id: string }[]>('select id from person where nik = ?', [rows[0]!.nik])
    )[0]!.id;
    const read = await t.gql(
      'query ($id: ID!) { person(id: $id) { memberships { status statusHistory { reason fromStatus toStatus at reference } } } }',
      { id: personId },
      { token: await t.login('officer.35.26') },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.person.memberships).toEqual([
      {
        status: 'active',
        statusHistory: [
          {
            reason: 'appoint',
            fromStatus: 'candidate',
            toStatus: 'active',
            at: '2024-01-31T17:00:00.000Z',
            reference: '7/PP.04.1-Kpt/3526/2024',
          },
        ],
      },
    ]);
    const kept = await em().execute<{ address: string; phone: string }[]>(
      'select address, phone from person where nik in (?, ?) order by nik',
      [rows[1]!.nik, rows[2]!.nik],
    );
    expect(kept.map((p) => [p.address, p.phone]).sort()).toEqual(
      [
        [rows[1]!.alamat, '081399998888'],
        [rows[2]!.alamat, rows[2]!.no_hp],
      ].sort(),
    );

    // What a case decided is not undone by a file: an active member does not go back to candidate.
    const fourth = await upload([{ ...later[0]!, status: 'CALON', peringkat: '3' }]);
    await t.server.memberImports.drain();
    expect((await importOf(t, fourth)).errors.nodes).toEqual([
      expect.objectContaining({ line: 2, code: 'MEMBERSHIP_STATUS_CONFLICT', field: 'status' }),
    ]);
  });

  it('refuses to restore a member dismissed by a case', async () => {
    const [row] = goodRows(1);
    const id = await upload([row!]);
    await t.server.memberImports.drain();
    expect(await importOf(t, id)).toMatchObject({ importedRows: 1 });
    await em().execute(
      `update membership set status = 'dismissed' where person_id = (select id from person where nik = ?)`,
      [row!.nik],
    );
    const again = await upload([{ ...row!, status: 'AKTIF', no_sk: '1/X', tanggal_sk: '2024-01-25' }]);
    await t.server.memberImports.drain();
    expect(await importOf(t, again)).toMatchObject({ rejectedRows: 1, updatedRows: 0 });
    const status = await em().execute<{ status: string }[]>(
      'select status from membership where person_id = (select id from person where nik = ?)',
      [row!.nik],
    );
    expect(status[0]!.status).toBe('dismissed');
  });

  it('shows progress while the polling worker runs, and finishes on its own', async () => {
    const id = await upload(goodRows(150));
    const seen: number[] = [];
    const worker = otherWorker('poller', {
      onProgress: (progress) => {
        seen.push(progress.processedRows);
      },
    });
    worker.start();
    try {
      for (let tries = 0; tries < 200; tries += 1) {
        const state = await importOf(t, id);
        if (state.status === 'completed') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await worker.stop();
    }
    expect(seen).toEqual([40, 80, 120, 150]);
    expect(await importOf(t, id)).toMatchObject({
      status: 'completed',
      processedRows: 150,
      importedRows: 150,
    });
  });

  it('cancels a queued import before it starts, and a running one at its next batch', async () => {
    const token = await t.login('officer.35.26');
    const cancel = (id: string) =>
      t.gql('mutation ($id: ID!) { cancelMemberImport(id: $id) { id status } }', { id }, { token });
    const queued = await upload(goodRows(10));
    expect((await cancel(queued)).data!.cancelMemberImport).toEqual({ id: queued, status: 'cancelled' });
    expect(await t.server.memberImports.drain()).toEqual([]);
    expect((await cancel(queued)).errors?.[0]?.extensions?.code).toBe('IMPORT_NOT_CANCELLABLE');

    const running = await upload(goodRows(100));
    const worker = otherWorker('to-cancel');
    expect(await worker.processNext({ maxBatches: 1 })).toBe('paused');
    expect((await cancel(running)).data!.cancelMemberImport.status).toBe('cancelled');
    expect(await worker.process(running)).toBe('lost');
    expect(await importOf(t, running)).toMatchObject({ status: 'cancelled', processedRows: 40 });
  });

  it('masks the imported personal data for an analyst', async () => {
    const member = await t.gql(
      'query ($b: ID!) { memberships(bodyId: $b) { person { nik email birthDate birthPlace sex personalDataMasked } } }',
      { b: bodies[1]!.id },
      { token: await t.login('analyst.35') },
    );
    const imported = member.data!.memberships.find(
      (m: { person: { sex: string | null } }) => m.person.sex !== null,
    );
    expect(imported.person).toEqual({
      nik: null,
      email: null,
      birthDate: null,
      birthPlace: null,
      sex: expect.stringMatching(/^(male|female)$/),
      personalDataMasked: true,
    });
  });
});

describe('uploading a member CSV', () => {
  const refused = async (content: string | Buffer, options: Parameters<typeof uploadCsv>[2] = {}) => {
    const { status, body } = await uploadCsv(t, content, options);
    return { status, ...body.errors?.[0]?.extensions };
  };

  it('refuses a file over the size limit with 413', async () => {
    const rows = Array.from({ length: 600 }, (_, index) => memberRow(bodies[0]!, 9000 + index, {}, true));
    expect(await refused(toCsv(rows))).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      maxBytes: MAX_IMPORT_BYTES,
    });
  });

  it('refuses what is not CSV text with 415', async () => {
    expect(
      await refused(Buffer.from([0x89, 0x50, 0x4e, 0x47]), { mediaType: 'image/png', fileName: 'x.png' }),
    ).toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
    const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(20)]);
    expect(await refused(xlsx, { mediaType: 'application/vnd.ms-excel' })).toMatchObject({
      status: 415,
      reason: 'CONTENT_MISMATCH',
    });
    const latin1 = Buffer.from(
      `${toCsv([memberRow(bodies[0]!, 9999, { nama: 'José' })], { bom: false })}`,
      'latin1',
    );
    expect(await refused(latin1)).toMatchObject({ status: 415, reason: 'NOT_UTF8' });
  });

  it('refuses a file without the required columns, or without rows, with 400', async () => {
    expect(await refused('nik;nama\r\n3526011203850001;Ahmad\r\n')).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
      reason: 'MISSING_COLUMNS',
      missing: ['jenis_badan', 'kode_wilayah', 'jabatan', 'status'],
    });
    expect(await refused(toCsv([]))).toMatchObject({ status: 400, reason: 'NO_ROWS' });
    expect(await refused('')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'file' });
    expect(await refused('nik;nik;nama\n1;2;3\n')).toMatchObject({
      status: 400,
      reason: 'DUPLICATE_COLUMNS',
    });
  });

  it('takes a province commission for nothing: members belong to a regency', async () => {
    expect(await refused(toCsv(goodRows(1)), { username: 'admin.ri', commissionId: 'kpu-35' })).toMatchObject(
      {
        status: 400,
        reason: 'NOT_A_REGENCY_COMMISSION',
      },
    );
  });

  it('accepts the header in any order, with aliases and extra columns it ignores', async () => {
    const row = goodRows(1)[0]!;
    const header = [
      'status',
      'NAMA_LENGKAP',
      'Kode Wilayah',
      'catatan',
      'nik',
      'jabatan',
      'jenis_badan',
      'no_tps',
      'peringkat',
      'no_sk',
      'tanggal_sk',
    ];
    const values = [
      row.status,
      row.nama,
      row.kode_wilayah,
      'x',
      row.nik,
      row.jabatan,
      row.jenis_badan,
      row.nomor_tps,
      row.peringkat,
      row.no_sk,
      row.tanggal_sk,
    ];
    const { status, body } = await uploadCsv(t, `${header.join(',')}\n${values.join(',')}\n`);
    expect(status).toBe(202);
    expect(body.ignoredColumns).toEqual(['catatan']);
    await t.server.memberImports.drain();
    expect(await importOf(t, body.memberImport.id)).toMatchObject({ importedRows: 1, rejectedRows: 0 });
    expect(nikFor('35.26.01', 1)).toHaveLength(16);
  });
});
