// The scale seeds: `regency` (one or two whole regencies, for quick tests and `pnpm bench`) and `national`
// (every province, regency, kecamatan and village of idn-area-data; 7,285 PPK, 83,762 PPS, 820,161 KPPS,
// ≈ 6.1 million memberships and persons, 100,000 cases). Deterministic from the seed (seeded PRNG, fixed
// dates). Written with COPY (PostgreSQL) or multi-row INSERTs (SQLite) in large transactions, one regency
// in memory at a time; secondary indexes and foreign keys are dropped for the load and restored after it.
import { changesFromHistory } from '../../adhoc-bodies/membership.service.js';
import type { Commission } from '../../commissions/commission.entity.js';
import { hashPassword } from '../../auth/password.js';
import { GENESIS_HASH, hashOf } from '../../audit/audit-chain.js';
import type { Region } from '../../regions/region.entity.js';
import { projectionOf } from '../../ethics-cases/case-projection.js';
import { canonicalJson } from '../../shared/json.js';
import type { Orm } from '../orm.js';
import { BulkWriter, type Dialect } from './bulk-writer.js';
import { DEMO_PASSWORD } from './demo-seeder.js';
import { generateRegencyCases, type CaseStats } from './scale-cases.js';
import { planScale, SCALE_SEED, type PlanOptions, type ScalePlan } from './scale-plan.js';
import { buildRegencyWorld, commissionIdOf } from './scale-world.js';
import {
  addRegionsAndCommissions,
  COMMISSION_COLUMNS,
  NATIONAL_COMMISSION,
  REGION_COLUMNS,
  regencyCommissionPath,
} from './region-rows.js';

export type SeedScale = 'regency' | 'national';

export interface ScaleSeedOptions extends PlanOptions {
  /** Called with a line of progress now and then. */
  readonly onProgress?: (line: string) => void;
  /** Rows per transaction (committed at the next regency boundary). */
  readonly rowsPerTransaction?: number;
  /** Keep every index and foreign key during the load (slower; for comparison). */
  readonly keepIndexes?: boolean;
}

export interface ScaleSeedSummary {
  readonly scale: SeedScale;
  readonly dialect: Dialect;
  readonly plan: ScalePlan['totals'];
  /** Rows written per table. */
  readonly rows: Readonly<Record<string, number>>;
  readonly users: number;
  readonly fallbacks: number;
  readonly refusals: Readonly<Record<string, number>>;
  readonly membershipChanges: number;
  /** Seconds per phase and in all. */
  readonly seconds: {
    readonly load: number;
    readonly indexes: number;
    readonly analyze: number;
    readonly total: number;
  };
}

const COLUMNS = {
  region: REGION_COLUMNS,
  commission: COMMISSION_COLUMNS,
  person: ['id', 'nik', 'name', 'address', 'phone'],
  app_user: ['id', 'username', 'display_name', 'password_hash', 'role', 'commission_id', 'person_id'],
  adhoc_body: ['id', 'type', 'name', 'region_code', 'commission_id', 'tps_number'],
  membership: [
    'id',
    'person_id',
    'body_id',
    'position',
    'status',
    'selection_rank',
    'replaces_id',
    'status_history',
  ],
  membership_status_change: [
    'membership_id',
    'at',
    'reason',
    'from_status',
    'to_status',
    'from_position',
    'to_position',
    'reference',
    'case_id',
  ],
  ethics_case: [
    'id',
    'commission_id',
    'commission_path',
    'rule_set_code',
    'status',
    'track',
    'source',
    'received_at',
    'register_number',
    'confidential',
    'version',
    'updated_at',
    'next_due_at',
    'data',
  ],
  case_participant: [
    'ethics_case_id',
    'ordinal',
    'role',
    'name',
    'person_id',
    'membership_id',
    'body_id',
    'body_type',
    'position',
    'outcome',
  ],
  respondent_principle_violated: ['ethics_case_id', 'membership_id', 'principle', 'decided_by'],
  case_milestone: ['ethics_case_id', 'kind', 'at'],
  audit_event: [
    'seq',
    'at',
    'actor_user_id',
    'actor_role',
    'action',
    'entity_type',
    'entity_id',
    'request_id',
    'before',
    'after',
    'prev_hash',
    'hash',
  ],
} as const;

/** Tables whose secondary indexes and foreign keys are dropped for the load and restored after it. */
const BULK_TABLES = [
  'person',
  'adhoc_body',
  'membership',
  'membership_status_change',
  'ethics_case',
  'case_participant',
  'respondent_principle_violated',
  'case_milestone',
  'audit_event',
];

/** What the load set aside: statements that put it back. */
interface Deferred {
  readonly indexes: readonly { readonly name: string; readonly sql: string }[];
  readonly foreignKeys: readonly {
    readonly table: string;
    readonly name: string;
    readonly definition: string;
  }[];
}

/**
 * Session settings for a bulk load, and (unless `keep`) the bulk tables' secondary indexes and foreign keys
 * dropped: building an index once over sorted keys, and checking every reference in one pass afterwards,
 * beats maintaining them row by row. Primary keys (and PostgreSQL's unique constraints) stay.
 */
async function deferConstraints(writer: BulkWriter, keep: boolean): Promise<Deferred> {
  const list = BULK_TABLES.map((table) => `'${table}'`).join(', ');
  if (writer.dialect === 'sqlite') {
    // A bigger page cache, no fsync until the end, foreign keys checked after (this connection only), and
    // a rollback journal in memory instead of the WAL while loading: pages are written once, not twice.
    // The load holds the only connection; `restoreConstraints` puts WAL back.
    await writer.execute('pragma cache_size = -524288');
    await writer.execute('pragma synchronous = off');
    await writer.execute('pragma journal_mode = memory');
    if (keep) return { indexes: [], foreignKeys: [] };
    await writer.execute('pragma foreign_keys = off');
    const indexes = await writer.query<{ name: string; sql: string }>(
      `select name, sql from sqlite_master where type = 'index' and tbl_name in (${list}) and sql is not null`,
    );
    for (const index of indexes) await writer.execute(`drop index "${index.name}"`);
    return { indexes, foreignKeys: [] };
  }
  await writer.execute('set synchronous_commit = off');
  await writer.execute("set maintenance_work_mem = '512MB'");
  if (keep) return { indexes: [], foreignKeys: [] };
  const foreignKeys = await writer.query<{ table: string; name: string; definition: string }>(
    `select t.relname as "table", c.conname as name, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c join pg_class t on t.oid = c.conrelid
      where c.contype = 'f' and t.relnamespace = current_schema()::regnamespace and t.relname in (${list})`,
  );
  for (const key of foreignKeys)
    await writer.execute(`alter table "${key.table}" drop constraint "${key.name}"`);
  const indexes = await writer.query<{ name: string; sql: string }>(
    `select i.indexname as name, i.indexdef as sql from pg_indexes i
       join pg_class c on c.relname = i.indexname and c.relnamespace = current_schema()::regnamespace
       join pg_index x on x.indexrelid = c.oid
      where i.schemaname = current_schema() and i.tablename in (${list})
        and not x.indisunique and not x.indisprimary`,
  );
  for (const index of indexes) await writer.execute(`drop index "${index.name}"`);
  return { indexes, foreignKeys };
}

/** Rebuilds what `deferConstraints` dropped; throws if a reference does not resolve. */
async function restoreConstraints(writer: BulkWriter, deferred: Deferred, say: (line: string) => void) {
  for (const index of deferred.indexes) {
    say(`building index ${index.name}`);
    await writer.execute(index.sql);
  }
  if (writer.dialect === 'sqlite') {
    say('checking foreign keys');
    const broken = await writer.query('pragma foreign_key_check');
    if (broken.length > 0)
      throw new Error(
        `${broken.length} rows break a foreign key, e.g. ${JSON.stringify(broken.slice(0, 3))}`,
      );
    await writer.execute('pragma foreign_keys = on');
    await writer.execute('pragma journal_mode = wal');
    return;
  }
  for (const key of deferred.foreignKeys) {
    say(`adding foreign key ${key.name}`);
    await writer.execute(`alter table "${key.table}" add constraint "${key.name}" ${key.definition}`);
  }
}

const elapsed = (since: number) => (performance.now() - since) / 1000;
const thousands = (value: number) => value.toLocaleString('en-US');

/**
 * Seeds the scale data into an empty, migrated database. Throws when the database already has regions or
 * users, so it never mixes with the demo data.
 */
export async function seedScale(orm: Orm, options: ScaleSeedOptions): Promise<ScaleSeedSummary> {
  const started = performance.now();
  const seed = options.seed ?? SCALE_SEED;
  const say = options.onProgress ?? (() => {});
  const plan = await planScale({ ...options, seed });
  const { totals } = plan;
  say(
    `plan: ${plan.provinces.length} provinces, ${totals.regencies} regencies, ${thousands(totals.districts)} PPK, ` +
      `${thousands(totals.villages)} PPS, ${thousands(totals.tps)} KPPS, ≈ ${thousands(totals.memberships)} memberships, ` +
      `${thousands(totals.cases)} cases`,
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const writer = await BulkWriter.open(orm);
  const { dialect } = writer;
  const stats: CaseStats = { fallbacks: 0, refusals: {}, membershipChanges: 0 };
  let users = 0;
  let indexSeconds: number;
  let analyzeSeconds: number;
  let loadSeconds: number;
  try {
    const [{ count }] = (await writer.query<{ count: number | string }>(
      'select (select count(*) from region) + (select count(*) from app_user) as count',
    )) as [{ count: number | string }];
    if (Number(count) > 0)
      throw new Error('The database already has regions or users: seed into an empty one.');

    const deferred = await deferConstraints(writer, options.keepIndexes === true);

    for (const [table, columns] of Object.entries(COLUMNS)) writer.declare(table, columns);
    await writer.begin();
    addRegionsAndCommissions(writer, plan.provinces, plan.regencies);
    const national = NATIONAL_COMMISSION;
    const commissions = new Map<string, Commission>(
      plan.regencies.map((regency) => [
        regency.code,
        {
          id: commissionIdOf(regency.code),
          level: 'regency',
          name: regency.name,
          path: regencyCommissionPath(regency),
          region: { code: regency.code } as Region,
        } as Commission,
      ]),
    );
    // Logins as in the demo (password DEMO_PASSWORD; one scrypt hash shared by all, as hashing 2,600
    // passwords would take minutes): admin.ri, supervisor/analyst per province, officer, commissioner and
    // examiner1..3 per regency.
    const addUser = (
      username: string,
      role: string,
      commissionId: string,
      personId: string | null = null,
    ) => {
      writer.add('app_user', COLUMNS.app_user, [
        `user-${username}`,
        username,
        username,
        passwordHash,
        role,
        commissionId,
        personId,
      ]);
      users += 1;
    };
    addUser('admin.ri', 'nationalAdmin', national.id);
    for (const province of plan.provinces) {
      addUser(`supervisor.${province.code}`, 'provincialSupervisor', commissionIdOf(province.code));
      addUser(`analyst.${province.code}`, 'analyst', commissionIdOf(province.code));
    }
    await writer.flush();

    let chain = { seq: 1, prevHash: GENESIS_HASH };
    let sinceCommit = 0;
    let lastReport = performance.now();
    let membershipsWritten = 0;
    let casesWritten = 0;
    const loadStarted = performance.now();
    for (const [regencyIndex, regency] of plan.regencies.entries()) {
      const commission = commissions.get(regency.code)!;
      const world = buildRegencyWorld(regency, commission, seed);
      const cases = [...generateRegencyCases(world, regency.cases, stats)];
      // Staff persons before the users that name them.
      for (const person of world.persons)
        writer.add('person', COLUMNS.person, [
          person.id,
          person.nik,
          person.name,
          person.address ?? null,
          person.phone ?? null,
        ]);
      addUser(`officer.${regency.code}`, 'officer', commission.id);
      addUser(`commissioner.${regency.code}`, 'commissioner', commission.id);
      world.examiners.forEach((examiner, index) =>
        addUser(`examiner${index + 1}.${regency.code}`, 'examiner', commission.id, examiner.personId),
      );
      for (const { body, members } of world.bodies) {
        writer.add('adhoc_body', COLUMNS.adhoc_body, [
          body.id,
          body.type,
          body.name,
          body.region.code,
          commission.id,
          body.tpsNumber ?? null,
        ]);
        for (const m of members) {
          writer.add('membership', COLUMNS.membership, [
            m.id,
            m.person.id,
            body.id,
            m.position,
            m.status,
            m.selectionRank ?? null,
            m.replaces?.id ?? null,
            JSON.stringify(m.statusHistory),
          ]);
          // The cases were generated above, so the history is final: appointment and case-ordered changes.
          for (const change of changesFromHistory(m))
            writer.add('membership_status_change', COLUMNS.membership_status_change, [
              m.id,
              change.at,
              change.reason,
              change.fromStatus ?? null,
              change.toStatus,
              change.fromPosition ?? null,
              change.toPosition ?? null,
              change.reference ?? null,
              change.caseId ?? null,
            ]);
        }
        membershipsWritten += members.length;
        await writer.maybeFlush();
      }
      for (const seeded of cases) {
        const r = seeded.record;
        writer.add('ethics_case', COLUMNS.ethics_case, [
          r.id,
          commission.id,
          r.commissionPath,
          r.ruleSetCode,
          r.status,
          r.track,
          r.source,
          r.receivedAt,
          r.registerNumber ?? null,
          r.confidential,
          r.version,
          r.updatedAt,
          r.nextDueAt ?? null,
          r.data,
        ]);
        seeded.participants.forEach((p, ordinal) =>
          writer.add('case_participant', COLUMNS.case_participant, [
            r.id,
            ordinal,
            p.role,
            p.name,
            p.personId,
            p.membershipId,
            p.bodyId,
            p.bodyType ?? null,
            p.position ?? null,
            p.outcome,
          ]),
        );
        const projection = projectionOf(seeded.ethicsCase);
        for (const v of projection.principlesViolated)
          writer.add('respondent_principle_violated', COLUMNS.respondent_principle_violated, [
            r.id,
            v.membershipId,
            v.principle,
            v.decidedBy,
          ]);
        for (const m of projection.milestones)
          writer.add('case_milestone', COLUMNS.case_milestone, [r.id, m.kind, m.at]);
        for (const { entry, meta } of seeded.audit) {
          const row = {
            seq: chain.seq,
            at: meta.at,
            actorUserId: meta.actorUserId ?? null,
            actorRole: meta.actorRole ?? null,
            action: entry.action,
            entityType: entry.entityType,
            entityId: entry.entityId,
            requestId: null,
            before: entry.before === undefined ? null : canonicalJson(entry.before),
            after: entry.after === undefined ? null : canonicalJson(entry.after),
            prevHash: chain.prevHash,
          };
          const hash = hashOf(row);
          writer.add('audit_event', COLUMNS.audit_event, [
            row.seq,
            row.at,
            row.actorUserId,
            row.actorRole,
            row.action,
            row.entityType,
            row.entityId,
            null,
            row.before,
            row.after,
            row.prevHash,
            hash,
          ]);
          chain = { seq: chain.seq + 1, prevHash: hash };
        }
        casesWritten += 1;
        await writer.maybeFlush();
      }
      sinceCommit +=
        world.persons.length + world.membershipsById.size + world.bodies.length + cases.length * 10;
      if (sinceCommit >= (options.rowsPerTransaction ?? 1_000_000)) {
        await writer.commit();
        await writer.begin();
        sinceCommit = 0;
      }
      const last = regencyIndex === plan.regencies.length - 1;
      if (last || performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        const seconds = elapsed(loadStarted);
        say(
          `[${elapsed(started).toFixed(0).padStart(4)} s] ${regencyIndex + 1}/${plan.regencies.length} regencies · ` +
            `${thousands(membershipsWritten)} memberships · ${thousands(casesWritten)} cases · ` +
            `${thousands(Math.round((2 * membershipsWritten) / seconds))} member+person rows/s`,
        );
      }
    }
    await writer.commit();
    loadSeconds = elapsed(loadStarted);

    const indexStarted = performance.now();
    await restoreConstraints(writer, deferred, say);
    indexSeconds = elapsed(indexStarted);
    const analyzeStarted = performance.now();
    say('analyze');
    if (dialect === 'sqlite') {
      await writer.execute('pragma analysis_limit = 1000');
      await writer.execute('analyze');
      await writer.execute('pragma synchronous = normal');
      await writer.execute('pragma wal_checkpoint(truncate)');
    } else {
      await writer.execute('analyze');
    }
    analyzeSeconds = elapsed(analyzeStarted);
  } catch (error) {
    await writer.execute('rollback').catch(() => {});
    throw error;
  } finally {
    await writer.release();
  }
  return {
    scale: options.scale,
    dialect,
    plan: totals,
    rows: Object.fromEntries(writer.written),
    users,
    fallbacks: stats.fallbacks,
    refusals: stats.refusals,
    membershipChanges: stats.membershipChanges,
    seconds: { load: loadSeconds, indexes: indexSeconds, analyze: analyzeSeconds, total: elapsed(started) },
  };
}
