// Environment → typed Config, validated once at start. Every problem is reported at once, in words.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type DbConfig = (
  | { readonly driver: 'sqlite'; readonly path: string }
  | { readonly driver: 'postgresql'; readonly url: string }
) & {
  /**
   * The HMAC key of the audit trail's checkpoints (audit-checkpoint.ts), kept outside the database; without
   * it appends write no checkpoint and verification cannot check them.
   */
  readonly auditKey?: Uint8Array;
};

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly db: DbConfig;
  /** HMAC key for access tokens (≥ 32 bytes). */
  readonly jwtSecret: Uint8Array;
  readonly tokenTtlSeconds: number;
  readonly introspection: boolean;
  readonly logLevel: string;
  readonly dataDir: string;
  /** Seed the demo data (accounts with the published demo password) into an empty database. */
  readonly seedDemo: boolean;
  readonly maxBodyBytes: number;
  /** Largest evidence file accepted (413 above it). */
  readonly maxUploadBytes: number;
  /** The admin's build (`index.html` and its assets), served at / in production when it exists. */
  readonly adminDir: string;
  /** Largest member CSV accepted (413 above it). */
  readonly maxImportBytes: number;
  /** How long an upload may send nothing before it is cut (408 UPLOAD_TIMEOUT) and its partial file removed. */
  readonly uploadIdleTimeoutMs: number;
  /** Member import: rows per transaction. */
  readonly importBatchSize: number;
  /** Member import: whether this process runs a worker, how often it looks for work, how long its lease lasts. */
  readonly importWorker: boolean;
  readonly importPollMs: number;
  readonly importLeaseSeconds: number;
  /** Failed logins per client address, and per username, within the window before refusing. */
  readonly loginMaxFailures: number;
  readonly loginWindowSeconds: number;
  /** Requests to /graphql and /files per window, per client address and per user (0: no limit); per instance. */
  readonly rateLimitPerAddress: number;
  readonly rateLimitPerUser: number;
  readonly rateLimitWindowSeconds: number;
  /** How long an Idempotency-Key's stored response is kept and replayed; after that the key may be reused. */
  readonly idempotencyTtlHours: number;
  /** PostgreSQL `statement_timeout` of every connection (0: none). */
  readonly statementTimeoutMs: number;
  /** SQLite `busy_timeout`: how long a writer waits for the file's lock before failing. */
  readonly sqliteBusyTimeoutMs: number;
  /** PostgreSQL: the owner's connection for migrations and db:setup-roles (MIGRATION_DATABASE_URL), when the app's is least-privilege. */
  readonly migrationDb?: DbConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const NODE_ENVS = ['development', 'production', 'test'] as const;
/** apps/admin/dist, from src/config.ts and from dist/config.js alike. */
const DEFAULT_ADMIN_DIR = fileURLToPath(new URL('../../admin/dist', import.meta.url));
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseBoolean(
  name: string,
  value: string | undefined,
  fallback: boolean,
  problems: string[],
): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${value}")`);
  return fallback;
}

function parseInteger(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${value}")`);
    return fallback;
  }
  return parsed;
}

/** The JWT secret: JWT_SECRET if given, else the one kept in <dataDir>/secret, created on first start. */
function jwtSecretOf(env: Env, dataDir: string, problems: string[]): Uint8Array {
  const given = env.JWT_SECRET;
  if (given !== undefined && given !== '') {
    if (Buffer.byteLength(given) < 32) problems.push('JWT_SECRET must be at least 32 bytes long');
    return new TextEncoder().encode(given);
  }
  const file = resolve(dataDir, 'secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

/**
 * The audit checkpoint key: ETIK_AUDIT_KEY, else the file ETIK_AUDIT_KEY_FILE, else <dataDir>/audit-key
 * (created on first start when `create`, as the token secret is). Undefined when there is none to read.
 */
export function auditKeyOf(
  env: Env,
  dataDir: string,
  create: boolean,
  problems: string[],
): Uint8Array | undefined {
  const given = env.ETIK_AUDIT_KEY;
  if (given !== undefined && given !== '') {
    if (Buffer.byteLength(given) < 32) problems.push('ETIK_AUDIT_KEY must be at least 32 bytes long');
    return new TextEncoder().encode(given);
  }
  const named = env.ETIK_AUDIT_KEY_FILE;
  const file = resolve(named || resolve(dataDir, 'audit-key'));
  if (!existsSync(file)) {
    if (named) {
      problems.push(`ETIK_AUDIT_KEY_FILE names a file that does not exist (${file})`);
      return undefined;
    }
    if (!create) return undefined;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  const key = readFileSync(file, 'utf8').trim();
  if (Buffer.byteLength(key) < 32) problems.push(`the audit key in ${file} must be at least 32 bytes long`);
  return new TextEncoder().encode(key);
}

export interface LoadOptions {
  /** Create <dataDir>/audit-key when there is no key (default true; audit:verify must not invent one). */
  readonly createAuditKey?: boolean;
}

export function loadConfig(env: Env = process.env, options: LoadOptions = {}): Config {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  const nodeEnv = (NODE_ENVS as readonly string[]).includes(nodeEnvRaw)
    ? (nodeEnvRaw as Config['nodeEnv'])
    : (problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (got "${nodeEnvRaw}")`), 'development');
  const dataDir = resolve(env.ETIK_DATA_DIR ?? './data');

  let db: DbConfig;
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for SQLite)');
    }
    db = { driver: 'postgresql', url };
  } else {
    db = { driver: 'sqlite', path: resolve(env.SQLITE_PATH ?? resolve(dataDir, 'etik.db')) };
  }
  let migrationDb: DbConfig | undefined;
  const migrationUrl = env.MIGRATION_DATABASE_URL;
  if (migrationUrl !== undefined && migrationUrl !== '') {
    if (db.driver !== 'postgresql' || !/^postgres(ql)?:\/\//.test(migrationUrl)) {
      problems.push('MIGRATION_DATABASE_URL must be a postgres:// URL, and DATABASE_URL set too');
    }
    migrationDb = { driver: 'postgresql', url: migrationUrl };
  }
  if (problems.length === 0) {
    const auditKey = auditKeyOf(env, dataDir, options.createAuditKey ?? true, problems);
    if (auditKey) {
      db = { ...db, auditKey };
      if (migrationDb) migrationDb = { ...migrationDb, auditKey };
    }
  }

  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: Config = {
    port: parseInteger('PORT', env.PORT, 4000, 0, 65535, problems),
    host: env.HOST ?? '0.0.0.0',
    nodeEnv,
    db,
    jwtSecret:
      env.JWT_SECRET || problems.length === 0 ? jwtSecretOf(env, dataDir, problems) : new Uint8Array(),
    tokenTtlSeconds: parseInteger(
      'TOKEN_TTL_SECONDS',
      env.TOKEN_TTL_SECONDS,
      8 * 3600,
      60,
      7 * 24 * 3600,
      problems,
    ),
    introspection: parseBoolean(
      'GRAPHQL_INTROSPECTION',
      env.GRAPHQL_INTROSPECTION,
      nodeEnv !== 'production',
      problems,
    ),
    logLevel,
    dataDir,
    // Demo accounts share a published password: production seeds them only when asked (SEED_DEMO=true).
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, nodeEnv !== 'production', problems),
    maxBodyBytes: parseInteger('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 1_000_000, 1_000, 50_000_000, problems),
    maxUploadBytes: parseInteger(
      'MAX_UPLOAD_BYTES',
      env.MAX_UPLOAD_BYTES,
      10 * 1024 * 1024,
      1_000,
      1024 * 1024 * 1024,
      problems,
    ),
    adminDir: resolve(env.ADMIN_DIST_DIR || DEFAULT_ADMIN_DIR),
    maxImportBytes: parseInteger(
      'MAX_IMPORT_BYTES',
      env.MAX_IMPORT_BYTES,
      50 * 1024 * 1024,
      1_000,
      1024 * 1024 * 1024,
      problems,
    ),
    uploadIdleTimeoutMs: parseInteger(
      'UPLOAD_IDLE_TIMEOUT_MS',
      env.UPLOAD_IDLE_TIMEOUT_MS,
      30_000,
      100,
      600_000,
      problems,
    ),
    importBatchSize: parseInteger('IMPORT_BATCH_SIZE', env.IMPORT_BATCH_SIZE, 1000, 1, 10_000, problems),
    importWorker: parseBoolean('IMPORT_WORKER', env.IMPORT_WORKER, true, problems),
    importPollMs: parseInteger('IMPORT_POLL_MS', env.IMPORT_POLL_MS, 2000, 10, 600_000, problems),
    importLeaseSeconds: parseInteger('IMPORT_LEASE_SECONDS', env.IMPORT_LEASE_SECONDS, 60, 5, 3600, problems),
    loginMaxFailures: parseInteger('LOGIN_MAX_FAILURES', env.LOGIN_MAX_FAILURES, 5, 1, 1000, problems),
    loginWindowSeconds: parseInteger(
      'LOGIN_WINDOW_SECONDS',
      env.LOGIN_WINDOW_SECONDS,
      15 * 60,
      1,
      24 * 3600,
      problems,
    ),
    rateLimitPerAddress: parseInteger(
      'RATE_LIMIT_PER_ADDRESS',
      env.RATE_LIMIT_PER_ADDRESS,
      1200,
      0,
      10_000_000,
      problems,
    ),
    rateLimitPerUser: parseInteger(
      'RATE_LIMIT_PER_USER',
      env.RATE_LIMIT_PER_USER,
      600,
      0,
      10_000_000,
      problems,
    ),
    rateLimitWindowSeconds: parseInteger(
      'RATE_LIMIT_WINDOW_SECONDS',
      env.RATE_LIMIT_WINDOW_SECONDS,
      60,
      1,
      24 * 3600,
      problems,
    ),
    idempotencyTtlHours: parseInteger(
      'IDEMPOTENCY_TTL_HOURS',
      env.IDEMPOTENCY_TTL_HOURS,
      24,
      1,
      24 * 365,
      problems,
    ),
    statementTimeoutMs: parseInteger(
      'DB_STATEMENT_TIMEOUT_MS',
      env.DB_STATEMENT_TIMEOUT_MS,
      15_000,
      0,
      3_600_000,
      problems,
    ),
    sqliteBusyTimeoutMs: parseInteger(
      'SQLITE_BUSY_TIMEOUT_MS',
      env.SQLITE_BUSY_TIMEOUT_MS,
      5_000,
      0,
      600_000,
      problems,
    ),
    ...(migrationDb ? { migrationDb } : {}),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
