// Member import at scale: N member rows (ETIK_BENCH_IMPORT_ROWS, default 100,000) for the bodies of KPU
// Kabupaten Bangkalan in the seeded world, written as a SIAKBA-shaped CSV and imported through the real
// import code (`startFileImport`: the store, the checks, the worker's batches with their audit events, as
// the CLI and an upload run them), beside the same rows — a person and a membership each — inserted raw
// with the scale seed's bulk writer (PostgreSQL: COPY … FROM STDIN; SQLite: multi-row INSERTs), in one
// transaction. The raw rows go first and are deleted again, so the import then finds the same empty seats.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@etik/api/dist/context.js';
import type { Orm } from '@etik/api/dist/db/orm.js';
import { BulkWriter } from '@etik/api/dist/db/seeders/bulk-writer.js';
import { createLogger } from '@etik/api/dist/logger.js';
import { startFileImport } from '@etik/api/dist/member-imports/file-import.js';
import type { Dialect } from './databases.js';
import { count, ratio } from './measure.js';

export const IMPORT_ROWS = Number(process.env.ETIK_BENCH_IMPORT_ROWS ?? 100_000);
export const IMPORT_BATCH = Number(process.env.ETIK_BENCH_IMPORT_BATCH ?? 1000);
const COMMISSION = 'kpu-35.26';

export interface ImportResult {
  readonly rows: number;
  readonly bytes: number;
  readonly importSeconds: number;
  readonly rawSeconds: number;
  readonly importRowsPerSecond: number;
  readonly rawRowsPerSecond: number;
}

interface Member {
  readonly personId: string;
  readonly nik: string;
  readonly name: string;
  readonly sex: 'male' | 'female';
  readonly birthDate: string;
  readonly address: string;
  readonly phone: string;
  readonly bodyId: string;
  readonly bodyType: string;
  readonly regionCode: string;
  readonly tps: string;
  readonly status: 'active' | 'candidate';
  readonly rank: number;
  readonly decree: string;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * Members for the given bodies, round robin; NIK serials from `firstSerial` (5000 or more, which the scale
 * seed never reaches) up.
 */
function members(bodies: readonly string[], rows: number, firstSerial: number): Member[] {
  const perKecamatan = new Map<string, number>();
  return Array.from({ length: rows }, (_, index) => {
    const bodyId = bodies[index % bodies.length]!;
    const [, type, code, tps] = /^(ppk|pps|kpps)-([\d.]+?)(?:-tps(\d+))?$/.exec(bodyId)!;
    const kecamatan = code!.replaceAll('.', '').slice(0, 6);
    const n = perKecamatan.get(kecamatan) ?? 0;
    perKecamatan.set(kecamatan, n + 1);
    const female = n % 2 === 1;
    const day = 1 + (n % 28);
    const month = 1 + (Math.floor(n / 28) % 12);
    const year = 60 + (Math.floor(n / 336) % 40);
    const serial = firstSerial + Math.floor(n / 13_440);
    const active = index % 4 !== 0;
    return {
      personId: `bench-p-${index}`,
      nik: `${kecamatan}${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(year, 2)}${pad(serial, 4)}`,
      name: `Anggota Uji ${index}`,
      sex: female ? 'female' : 'male',
      birthDate: `19${pad(year, 2)}-${pad(month, 2)}-${pad(day, 2)}`,
      address: `Dusun Uji RT ${pad(1 + (index % 12), 3)}/RW ${pad(1 + (index % 6), 3)}`,
      phone: `08${pad(11 + (index % 49), 2)}${pad(index, 8)}`,
      bodyId,
      bodyType: type!,
      regionCode: code!,
      tps: tps ? String(Number(tps)) : '',
      status: active ? 'active' : 'candidate',
      rank: 1 + (index % 20),
      decree: `${index}/PP.04.1-Kpt/3526/2024`,
    };
  });
}

const csvOf = (rows: readonly Member[]): string => {
  const header =
    'nik;nama;jenis_kelamin;tanggal_lahir;alamat;no_hp;jenis_badan;kode_wilayah;nomor_tps;jabatan;status;peringkat;no_sk;tanggal_sk';
  const lines = rows.map((m) =>
    [
      m.nik,
      m.name,
      m.sex === 'female' ? 'P' : 'L',
      m.birthDate,
      m.address,
      m.phone,
      m.bodyType.toUpperCase(),
      m.regionCode,
      m.tps,
      'ANGGOTA',
      m.status === 'active' ? 'AKTIF' : 'CALON',
      m.rank,
      m.status === 'active' ? m.decree : '',
      m.status === 'active' ? '2024-01-25' : '',
    ].join(';'),
  );
  return `\ufeff${header}\r\n${lines.join('\r\n')}\r\n`;
};

const APPOINTED_AT = new Date('2024-01-25T00:00:00.000+07:00').toISOString();

async function rawInsert(orm: Orm, rows: readonly Member[]): Promise<number> {
  const writer = await BulkWriter.open(orm, { flushRows: 50_000 });
  const personColumns = ['id', 'nik', 'name', 'sex', 'birth_date', 'address', 'phone'];
  const membershipColumns = [
    'id',
    'person_id',
    'body_id',
    'position',
    'status',
    'selection_rank',
    'status_history',
  ];
  try {
    const started = performance.now();
    await writer.begin();
    for (const m of rows) {
      writer.add('person', personColumns, [
        m.personId,
        m.nik,
        m.name,
        m.sex,
        m.birthDate,
        m.address,
        m.phone,
      ]);
      writer.add('membership', membershipColumns, [
        `bench-m-${m.personId}`,
        m.personId,
        m.bodyId,
        'member',
        m.status,
        m.rank,
        JSON.stringify(
          m.status === 'active'
            ? [{ status: 'active', at: APPOINTED_AT, reason: 'appoint', reference: m.decree }]
            : [],
        ),
      ]);
      await writer.maybeFlush();
    }
    await writer.commit();
    const seconds = (performance.now() - started) / 1000;
    // Gone again, so the import finds the same empty seats.
    await writer.begin();
    await writer.execute(`delete from membership where id like 'bench-m-%'`);
    await writer.execute(`delete from person where id like 'bench-p-%'`);
    await writer.commit();
    return seconds;
  } finally {
    await writer.release();
  }
}

/**
 * The first NIK serial no earlier run left behind: the import's rows stay in the database (the audit trail
 * refers to them), so a reused database already holds those of the runs before.
 */
async function freeSerial(em: ReturnType<Orm['em']['fork']>, bodies: readonly string[]): Promise<number> {
  const step = 1 + Math.floor(IMPORT_ROWS / 13_440);
  for (let serial = 5000; serial + step <= 9999; serial += step) {
    const [probe] = members(bodies, 1, serial);
    const taken = await em.getConnection().execute(`select 1 from person where nik = ?`, [probe!.nik]);
    if (taken.length === 0) return serial;
  }
  throw new Error('every NIK serial of the bench range is taken: seed a fresh database');
}

export async function benchImport(
  dialect: Dialect,
  orm: Orm,
  say: (line: string) => void,
): Promise<ImportResult> {
  const em = orm.em.fork();
  const bodies = (
    await em
      .getConnection()
      .execute<{ id: string }[]>(`select id from adhoc_body where commission_id = ? order by id`, [
        COMMISSION,
      ])
  ).map((row: { id: string }) => row.id);
  if (bodies.length === 0) throw new Error(`the seeded world has no bodies of ${COMMISSION}`);
  const rows = members(bodies, IMPORT_ROWS, await freeSerial(em, bodies));
  const dir = mkdtempSync(join(os.tmpdir(), 'etik-bench-import-'));
  try {
    const file = join(dir, 'anggota.csv');
    writeFileSync(file, csvOf(rows));
    const bytes = statSync(file).size;
    say(
      `   member import: ${count(rows.length)} rows (${(bytes / 1e6).toFixed(1)} MB CSV) over ${count(bodies.length)} bodies of ${COMMISSION}, batches of ${IMPORT_BATCH}`,
    );

    const rawSeconds = await rawInsert(orm, rows);
    say(
      `   raw ${dialect === 'postgresql' ? 'COPY' : 'multi-row INSERT'} of the same rows (person + membership): ${rawSeconds.toFixed(2)} s, ${count(rows.length / rawSeconds)} rows/s`,
    );

    const started = performance.now();
    let lastSaid = started;
    const run = await startFileImport(
      {
        orm,
        dataDir: dir,
        clock: systemClock,
        logger: createLogger('silent'),
        batchSize: IMPORT_BATCH,
        leaseMs: 60_000,
        by: { userId: 'bench', role: null },
        onProgress: ({ processedRows, totalRows }) => {
          if (performance.now() - lastSaid < 10_000) return;
          lastSaid = performance.now();
          say(
            `     … ${count(processedRows)}/${count(totalRows ?? 0)} rows after ${((lastSaid - started) / 1000).toFixed(0)} s`,
          );
        },
      },
      file,
      COMMISSION,
    );
    const outcome = await run.outcome;
    const importSeconds = (performance.now() - started) / 1000;
    const [state] = await orm.em
      .fork()
      .getConnection()
      .execute<{ imported_rows: number; rejected_rows: number }[]>(
        'select imported_rows, rejected_rows from member_import where id = ?',
        [run.importId],
      );
    if (outcome !== 'completed' || Number(state!.imported_rows) !== rows.length) {
      throw new Error(`member import ${outcome}: ${JSON.stringify(state)}`);
    }
    const result: ImportResult = {
      rows: rows.length,
      bytes,
      importSeconds,
      rawSeconds,
      importRowsPerSecond: rows.length / importSeconds,
      rawRowsPerSecond: rows.length / rawSeconds,
    };
    say(
      `   import through the API's code: ${importSeconds.toFixed(2)} s, ${count(result.importRowsPerSecond)} rows/s ` +
        `(store, check, ${Math.ceil(rows.length / IMPORT_BATCH)} batches with audit events); raw is ${ratio(result.rawRowsPerSecond / result.importRowsPerSecond)} faster`,
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
