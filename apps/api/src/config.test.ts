import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'etik-config-'));

describe('loadConfig', () => {
  it('defaults to port 4000 and SQLite in the data directory', () => {
    const dir = dataDir();
    const config = loadConfig({ ETIK_DATA_DIR: dir });
    expect(config.port).toBe(4000);
    expect(config.db).toMatchObject({ driver: 'sqlite', path: join(dir, 'etik.db') });
    expect(config.introspection).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ ETIK_DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@h:5432/etik' });
    expect(config.db).toMatchObject({ driver: 'postgresql', url: 'postgres://u@h:5432/etik' });
  });

  it('generates a JWT secret on first start and keeps it', () => {
    const dir = dataDir();
    const first = loadConfig({ ETIK_DATA_DIR: dir });
    const again = loadConfig({ ETIK_DATA_DIR: dir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(again.jwtSecret).toString()).toBe(readFileSync(join(dir, 'secret'), 'utf8').trim());
  });

  it('generates the audit checkpoint key beside the secret on first start, unless told not to', () => {
    const dir = dataDir();
    expect(loadConfig({ ETIK_DATA_DIR: dir }, { createAuditKey: false }).db.auditKey).toBeUndefined();
    const first = loadConfig({ ETIK_DATA_DIR: dir });
    expect(Buffer.from(first.db.auditKey!).toString()).toBe(
      readFileSync(join(dir, 'audit-key'), 'utf8').trim(),
    );
    expect(loadConfig({ ETIK_DATA_DIR: dir }, { createAuditKey: false }).db.auditKey).toEqual(
      first.db.auditKey,
    );
    const given = 'k'.repeat(40);
    expect(
      Buffer.from(loadConfig({ ETIK_DATA_DIR: dir, ETIK_AUDIT_KEY: given }).db.auditKey!).toString(),
    ).toBe(given);
  });

  it('refuses a short ETIK_AUDIT_KEY and a missing ETIK_AUDIT_KEY_FILE', () => {
    expect(() => loadConfig({ ETIK_DATA_DIR: dataDir(), ETIK_AUDIT_KEY: 'short' })).toThrow(/ETIK_AUDIT_KEY/);
    expect(() =>
      loadConfig({ ETIK_DATA_DIR: dataDir(), ETIK_AUDIT_KEY_FILE: '/nonexistent/audit-key' }),
    ).toThrow(/ETIK_AUDIT_KEY_FILE/);
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ ETIK_DATA_DIR: dataDir(), NODE_ENV: 'production' }).introspection).toBe(false);
  });

  it('seeds no demo data in production unless asked for, and does in development', () => {
    expect(loadConfig({ ETIK_DATA_DIR: dataDir(), NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ ETIK_DATA_DIR: dataDir(), NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(
      true,
    );
    expect(loadConfig({ ETIK_DATA_DIR: dataDir() }).seedDemo).toBe(true);
  });

  it('reports every invalid variable at once, in words', () => {
    let error: unknown;
    try {
      loadConfig({
        ETIK_DATA_DIR: dataDir(),
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        NODE_ENV: 'staging',
        JWT_SECRET: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT must be an integer/);
    expect(problems).toMatch(/DATABASE_URL must be a postgres/);
    expect(problems).toMatch(/NODE_ENV must be one of/);
    expect(problems).toMatch(/JWT_SECRET must be at least 32 bytes/);
  });

  it('has defaults for the login limit, idempotency TTL and database timeouts, and takes other values', () => {
    const defaults = loadConfig({ ETIK_DATA_DIR: dataDir() });
    expect(defaults).toMatchObject({
      loginMaxFailures: 5,
      loginWindowSeconds: 900,
      idempotencyTtlHours: 24,
      statementTimeoutMs: 15_000,
      sqliteBusyTimeoutMs: 5_000,
    });
    const given = loadConfig({
      ETIK_DATA_DIR: dataDir(),
      LOGIN_MAX_FAILURES: '10',
      LOGIN_WINDOW_SECONDS: '60',
      IDEMPOTENCY_TTL_HOURS: '48',
      DB_STATEMENT_TIMEOUT_MS: '0',
      SQLITE_BUSY_TIMEOUT_MS: '1000',
    });
    expect(given).toMatchObject({
      loginMaxFailures: 10,
      loginWindowSeconds: 60,
      idempotencyTtlHours: 48,
      statementTimeoutMs: 0,
      sqliteBusyTimeoutMs: 1000,
    });
    expect(() =>
      loadConfig({ ETIK_DATA_DIR: dataDir(), IDEMPOTENCY_TTL_HOURS: '0', LOGIN_MAX_FAILURES: 'x' }),
    ).toThrow(/IDEMPOTENCY_TTL_HOURS must be an integer[\s\S]*|LOGIN_MAX_FAILURES/);
  });
});
