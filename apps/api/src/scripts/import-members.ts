// pnpm --filter @etik/api import:members <file.csv> --commission <id> [--bodies] [--batch-size N]
// pnpm --filter @etik/api import:members --resume <import id>
// Imports a member CSV (with --bodies: a CSV of ad hoc bodies to form) without HTTP, with the same code as an upload, printing progress per batch. Ctrl-C
// stops after the current batch; a killed run is carried on with --resume (or by a running API's worker
// once the lease has expired). Exit code 0 when the import completed (rejected rows are listed), 1 if not.
import 'reflect-metadata';
import { userInfo } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/knex';
import { ConfigError, loadConfig } from '../config.js';
import { systemClock } from '../context.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import {
  FileImportError,
  resumeFileImport,
  startFileImport,
  type FileImportRun,
} from '../member-imports/file-import.js';
import { MemberImport } from '../member-imports/member-import.entity.js';
import { listImportErrors } from '../member-imports/member-import.service.js';

const usage = `usage: pnpm --filter @etik/api import:members <file.csv> --commission <id> [--bodies] [--batch-size N]
       pnpm --filter @etik/api import:members --resume <import id>`;

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    commission: { type: 'string' },
    'batch-size': { type: 'string' },
    resume: { type: 'string' },
    bodies: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const fail = (message: string): never => {
  console.error(`${message}\n${usage}`);
  process.exit(2);
};
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.resume && (positionals.length !== 1 || !values.commission))
  fail('give one file and --commission');

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
const batchSize = values['batch-size'] === undefined ? config.importBatchSize : Number(values['batch-size']);
if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
  fail('--batch-size is 1 to 10000');

const orm = await initOrm(config.db);
await migrate(orm);
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1).padStart(6);
const options = {
  orm,
  dataDir: config.dataDir,
  clock: systemClock,
  logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
  batchSize,
  leaseMs: config.importLeaseSeconds * 1000,
  by: { userId: `cli:${userInfo().username}`.slice(0, 64), role: null },
  onProgress: ({
    lastCommittedLine,
    processedRows,
    totalRows,
    batch,
  }: Parameters<NonNullable<Parameters<typeof startFileImport>[0]['onProgress']>>[0]) => {
    const share = totalRows ? ` (${((100 * processedRows) / totalRows).toFixed(1)} %)` : '';
    console.log(
      `[${seconds()} s] ${processedRows.toLocaleString('en')}/${totalRows?.toLocaleString('en') ?? '?'} rows${share}, ` +
        `up to line ${lastCommittedLine.toLocaleString('en')} · batch: ${batch.imported} imported, ${batch.updated} updated, ` +
        `${batch.unchanged} unchanged, ${batch.rejected} rejected`,
    );
  },
};

let run: FileImportRun;
try {
  if (values.resume) {
    run = await resumeFileImport(options, values.resume, (until) =>
      console.log(
        `import ${values.resume} is leased to another process until ${until.toISOString()}: waiting`,
      ),
    );
    console.log(`resuming import ${run.importId}`);
  } else {
    const path = positionals[0]!;
    const file = isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
    const kind = values.bodies ? 'bodies' : 'members';
    run = await startFileImport(options, file, values.commission!, kind);
    console.log(
      `import ${run.importId}: ${file} into ${values.commission}${values.bodies ? ' (ad hoc bodies)' : ''}, batches of ${batchSize}`,
    );
  }
} catch (error) {
  await orm.close();
  if (error instanceof FileImportError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

let interrupted = false;
process.once('SIGINT', () => {
  interrupted = true;
  console.log('stopping after the current batch…');
  void run.worker.stop();
});
const outcome = await run.outcome;
const em = orm.em.fork() as unknown as EntityManager;
const row = await em.findOneOrFail(MemberImport, { id: run.importId });
console.log(
  `\nimport ${row.id}: ${row.status} in ${seconds().trim()} s — ${row.processedRows} of ${row.totalRows ?? '?'} rows: ` +
    `${row.importedRows} imported, ${row.updatedRows} updated, ${row.unchangedRows} unchanged, ${row.rejectedRows} rejected`,
);
const listed = await listImportErrors(em, row.id, { first: 20 });
// A page of 20 with no cursor is always a valid request: a refusal here would be a bug.
if (!listed.ok) throw new Error(`listing the import's errors: ${JSON.stringify(listed.error)}`);
const errors = listed.value;
for (const error of errors.nodes)
  console.log(
    `  line ${error.line}: ${error.code}${error.field ? ` (${error.field})` : ''} — ${error.message}`,
  );
if (errors.totalCount > errors.nodes.length) {
  console.log(
    `  … ${errors.totalCount - errors.nodes.length} more: memberImport(id: "${row.id}") { errors(first, after) { … } }`,
  );
}
if (outcome !== 'completed') {
  console.log(
    interrupted || outcome === 'stopped' || outcome === 'retry'
      ? `not finished (${outcome}): carry on with  pnpm --filter @etik/api import:members --resume ${row.id}`
      : `not finished (${outcome})${row.lastError ? `: ${row.lastError}` : ''}`,
  );
}
await orm.close();
process.exit(outcome === 'completed' ? 0 : 1);
