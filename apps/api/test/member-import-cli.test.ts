// The operators' CLI, as a child process: it imports a file and prints progress; killed mid-way (SIGKILL,
// no chance to clean up), `--resume` takes the import over once the lease has expired and finishes it with
// the same counts as an uninterrupted run and no duplicate persons or memberships.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbConfig } from '../src/config.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { seedDemo } from '../src/db/seeders/demo-seeder.js';
import { memberRow, toCsv } from './member-csv.js';
import { createTestDatabase } from './test-server.js';

const ROWS = 6000;
let db: DbConfig;
let drop: () => Promise<void>;
let dataDir: string;
let file: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'etik-cli-'));
  const created = await createTestDatabase();
  drop = created.drop;
  db = created.db.driver === 'sqlite' ? { driver: 'sqlite', path: join(dataDir, 'etik.db') } : created.db;
  const orm = await initOrm(db);
  await migrate(orm);
  await seedDemo(orm, { withCases: false });
  await orm.close();
  const body = { id: 'pps-35.26.01.1001', type: 'pps', regionCode: '35.26.01.1001' };
  const rows = Array.from({ length: ROWS }, (_, index) => memberRow(body, index + 1));
  rows.push({ ...rows[0]!, nik: '123' });
  file = join(dataDir, 'anggota.csv');
  writeFileSync(file, toCsv(rows));
});
afterAll(async () => {
  await drop?.();
});

interface Run {
  readonly lines: string[];
  readonly exit: Promise<number | null>;
  kill(): void;
  /** Resolves with the first line that matches. */
  waitFor(pattern: RegExp): Promise<string>;
}

function cli(args: readonly string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/import-members.ts', ...args], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      ETIK_DATA_DIR: dataDir,
      IMPORT_LEASE_SECONDS: '5',
      ...(db.driver === 'sqlite' ? { SQLITE_PATH: db.path, DATABASE_URL: '' } : { DATABASE_URL: db.url }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      if (code !== 0 && code !== null && stderr) console.error(stderr);
      resolve(code);
    }),
  );
  return {
    lines,
    exit,
    kill: () => child.kill('SIGKILL'),
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const found = lines.find((line) => pattern.test(line));
        if (found) return resolve(found);
        waiters.push({ pattern, resolve });
        void exit.then(() => reject(new Error(`exited before ${pattern}: ${lines.join('\n')}\n${stderr}`)));
      }),
  };
}

describe('pnpm import:members', () => {
  it('resumes a run killed mid-way, and ends with every row imported once', { timeout: 90_000 }, async () => {
    const first = cli([file, '--commission', 'kpu-35.26', '--batch-size', '200']);
    const started = await first.waitFor(/^import [0-9a-f-]{36}:/);
    const importId = /^import ([0-9a-f-]{36}):/.exec(started)![1]!;
    await first.waitFor(/rows \(\d/);
    first.kill();
    expect(await first.exit).toBeNull(); // killed, not finished

    const orm = await initOrm(db);
    const em = () => orm.em.fork() as unknown as EntityManager;
    const state = async () =>
      (
        await em().execute<Record<string, unknown>[]>(
          'select status, processed_rows, imported_rows, rejected_rows, last_committed_line from member_import where id = ?',
          [importId],
        )
      )[0]!;
    try {
      const midway = await state();
      expect(midway.status).toBe('running');
      expect(Number(midway.processed_rows)).toBeGreaterThan(0);
      expect(Number(midway.processed_rows)).toBeLessThan(ROWS);

      const resumed = cli(['--resume', importId]);
      expect(await resumed.exit).toBe(0);
      expect(resumed.lines.join('\n')).toMatch(
        /completed .* 6001 of 6001 rows: 6000 imported, 0 updated, 0 unchanged, 1 rejected/,
      );
      expect(resumed.lines.join('\n')).toMatch(/line 6002: INVALID_NIK \(nik\)/);

      expect(await state()).toMatchObject({ status: 'completed', last_committed_line: 6002 });
      const [counts] = await em().execute<Record<string, unknown>[]>(
        `select count(*) as memberships, count(distinct m.person_id) as persons from membership m where m.body_id = 'pps-35.26.01.1001' and m.person_id in (select id from person where nik like '352601%' and name like 'Anggota Impor %')`,
      );
      expect(Number(counts!.memberships)).toBe(ROWS);
      expect(Number(counts!.persons)).toBe(ROWS);
      const [errors] = await em().execute<Record<string, unknown>[]>(
        'select count(*) as n from member_import_error where member_import_id = ?',
        [importId],
      );
      expect(Number(errors!.n)).toBe(1);
    } finally {
      await orm.close();
    }
  });
});
