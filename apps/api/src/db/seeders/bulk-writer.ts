// Bulk loading for the scale seeds: rows are buffered per table and written in large batches, never through
// the ORM's unit of work (13 million rows would not fit an identity map).
// - PostgreSQL: `COPY … FROM STDIN` (text format) on the pg client MikroORM's knex pool holds, sent with a
//   small pg "submittable" (the interface pg-cursor and pg-copy-streams use), so no extra dependency.
// - SQLite: multi-row INSERTs (100 rows each) through cached prepared statements on the libsql connection.
// One raw connection is held from `open` to `release`; nothing else may use the ORM meanwhile (SQLite has
// only the one connection anyway).
import type { Orm } from '../orm.js';

export type Cell = string | number | boolean | Date | null;
export type Dialect = 'sqlite' | 'postgresql';

/** The part of pg's Client and Connection the writer uses. */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  readonly stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}
interface PgClient {
  query(submittable: object): unknown;
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}
/** The part of libsql's (better-sqlite3-compatible) Database the writer uses. */
interface SqliteStatement {
  run(params?: unknown[]): unknown;
  all(params?: unknown[]): Record<string, unknown>[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
}
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

const quote = (name: string): string => `"${name}"`;

// ---- PostgreSQL COPY ----

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyCell(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'string')
    return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** `COPY … FROM STDIN` as a pg submittable: pg calls submit(), then the handle* methods as messages come. */
class CopyIn {
  callback?: (error: Error | null) => void;
  private error: Error | null = null;

  constructor(
    private readonly text: string,
    private readonly payload: Buffer,
  ) {}

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    // CopyData messages of at most 1 MiB; the socket buffers what it cannot send at once.
    const size = 1 << 20;
    for (let at = 0; at < this.payload.length; at += size)
      connection.sendCopyFromChunk(this.payload.subarray(at, at + size));
    connection.endCopyFrom();
  }

  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  handleError(error: Error): void {
    this.error = error;
    this.callback?.(error);
    this.callback = undefined;
  }

  handleReadyForQuery(): void {
    this.callback?.(this.error);
    this.callback = undefined;
  }
}

// ---- the writer ----

interface Table {
  readonly name: string;
  readonly columns: readonly string[];
  /** PostgreSQL: encoded COPY lines. */
  lines: string[];
  /** SQLite: full chunks of `perStatement` rows' values, flattened, and the chunk being filled. */
  chunks: unknown[][];
  values: unknown[];
  rows: number;
}

/** SQLite: rows per multi-row INSERT (at most 32,766 bound parameters; 100 rows measured fastest). */
const rowsPerStatement = (width: number) => Math.max(1, Math.min(100, Math.floor(30_000 / width)));

export interface BulkWriterOptions {
  /** Rows buffered over all tables before `maybeFlush` writes them. */
  readonly flushRows?: number;
}

export class BulkWriter {
  /** Rows written so far, per table. */
  readonly written = new Map<string, number>();
  private readonly tables = new Map<string, Table>();
  private buffered = 0;
  private readonly statements = new Map<string, SqliteStatement>();
  private readonly flushRows: number;

  private constructor(
    readonly dialect: Dialect,
    private readonly knexClient: KnexClient,
    private readonly connection: PgClient | SqliteDatabase,
    options: BulkWriterOptions,
  ) {
    this.flushRows = options.flushRows ?? 50_000;
  }

  /** Takes a raw connection from the ORM's pool; `release` gives it back. */
  static async open(orm: Orm, options: BulkWriterOptions = {}): Promise<BulkWriter> {
    const dialect: Dialect = orm.config.getPlatform().constructor.name.startsWith('PostgreSql')
      ? 'postgresql'
      : 'sqlite';
    const knex = (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex();
    const connection = (await knex.client.acquireConnection()) as PgClient | SqliteDatabase;
    return new BulkWriter(dialect, knex.client, connection, options);
  }

  private get pg(): PgClient {
    return this.connection as PgClient;
  }
  private get sqlite(): SqliteDatabase {
    return this.connection as SqliteDatabase;
  }

  /** Runs a statement (no result). */
  async execute(sql: string, params: unknown[] = []): Promise<void> {
    if (this.dialect === 'postgresql') await this.pg.query(sql, params);
    else if (params.length === 0) this.sqlite.exec(sql);
    else this.sqlite.prepare(sql).run(params);
  }

  /** Runs a query and returns its rows. */
  async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (this.dialect === 'postgresql') return (await this.pg.query(sql, params)).rows as T[];
    return this.sqlite.prepare(sql).all(params) as T[];
  }

  /** Fixes the order tables are written in (parents before children); else it is the order of first use. */
  declare(table: string, columns: readonly string[]): void {
    if (!this.tables.has(table))
      this.tables.set(table, { name: table, columns, lines: [], chunks: [], values: [], rows: 0 });
  }

  /** Buffers one row. */
  add(table: string, columns: readonly string[], row: readonly Cell[]): void {
    this.declare(table, columns);
    const buffer = this.tables.get(table)!;
    if (this.dialect === 'postgresql') {
      let line = copyCell(row[0]!);
      for (let index = 1; index < row.length; index += 1) line += `\t${copyCell(row[index]!)}`;
      buffer.lines.push(line);
    } else {
      const { values } = buffer;
      for (const value of row)
        values.push(
          value instanceof Date ? value.getTime() : typeof value === 'boolean' ? (value ? 1 : 0) : value,
        );
      if (values.length === rowsPerStatement(columns.length) * columns.length) {
        buffer.chunks.push(values);
        buffer.values = [];
      }
    }
    buffer.rows += 1;
    this.buffered += 1;
  }

  /** Writes the buffers when they hold at least `flushRows` rows. */
  async maybeFlush(): Promise<void> {
    if (this.buffered >= this.flushRows) await this.flush();
  }

  /** Writes every buffered row, table by table in first-use order. */
  async flush(): Promise<void> {
    for (const table of this.tables.values()) {
      if (table.rows === 0) continue;
      if (this.dialect === 'postgresql') await this.copy(table);
      else this.insert(table);
      this.written.set(table.name, (this.written.get(table.name) ?? 0) + table.rows);
      table.lines = [];
      table.chunks = [];
      table.values = [];
      table.rows = 0;
    }
    this.buffered = 0;
  }

  private async copy(table: Table): Promise<void> {
    const text = `copy ${quote(table.name)} (${table.columns.map(quote).join(', ')}) from stdin`;
    const payload = Buffer.from(`${table.lines.join('\n')}\n`, 'utf8');
    const copy = new CopyIn(text, payload);
    await new Promise<void>((resolve, reject) => {
      copy.callback = (error) => (error ? reject(error) : resolve());
      this.pg.query(copy);
    });
  }

  private statementFor(table: Table, rows: number): SqliteStatement {
    const key = `${table.name}:${rows}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const tuple = `(${table.columns.map(() => '?').join(', ')})`;
      statement = this.sqlite.prepare(
        `insert into ${quote(table.name)} (${table.columns.map(quote).join(', ')}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`,
      );
      this.statements.set(key, statement);
    }
    return statement;
  }

  private insert(table: Table): void {
    const width = table.columns.length;
    if (table.chunks.length > 0) {
      const statement = this.statementFor(table, rowsPerStatement(width));
      for (const chunk of table.chunks) statement.run(chunk);
    }
    if (table.values.length > 0) this.statementFor(table, table.values.length / width).run(table.values);
  }

  async begin(): Promise<void> {
    await this.execute('begin');
  }

  /** Writes what is buffered, then commits. */
  async commit(): Promise<void> {
    await this.flush();
    await this.execute('commit');
  }

  async rollback(): Promise<void> {
    for (const table of this.tables.values())
      Object.assign(table, { lines: [], chunks: [], values: [], rows: 0 });
    this.buffered = 0;
    await this.execute('rollback');
  }

  async release(): Promise<void> {
    this.statements.clear();
    await this.knexClient.releaseConnection(this.connection);
  }
}
