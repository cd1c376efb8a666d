// The set-based statements of one import batch, with bound parameters, on the transaction's own driver
// connection. MikroORM's `em.execute` inlines every value into the SQL text (quoting each in JavaScript, the
// database then parsing thousands of literals per batch): measured, a fifth of the import's time. Here:
// - PostgreSQL: one statement per table and batch, the columns passed as arrays and `unnest`ed;
// - SQLite: multi-row INSERTs of a fixed number of rows, prepared once per connection and reused.
import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from '../db/dialect.js';

interface PgClient {
  query(
    text: string,
    values: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}
interface SqliteStatement {
  all(params: unknown[]): Record<string, unknown>[];
  run(params: unknown[]): { changes: number };
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
}
interface TransactionClient {
  acquireConnection(): Promise<unknown>;
}

/** SQLite: rows per multi-row INSERT (the seed's bulk writer measured 100 fastest). */
const SQLITE_ROWS_PER_STATEMENT = 100;
/** Prepared statements per SQLite connection: a batch's full chunks all share one statement. */
const prepared = new WeakMap<SqliteDatabase, Map<string, SqliteStatement>>();

/** A column of a table the batch inserts into, with its PostgreSQL array type for `unnest`. */
export interface Column {
  readonly name: string;
  readonly pgType: 'varchar' | 'text' | 'int' | 'jsonb' | 'timestamptz';
}

export class BatchSql {
  private constructor(
    private readonly postgres: boolean,
    private readonly connection: PgClient | SqliteDatabase,
  ) {}

  /** The SQL of the transaction `em` runs in (knex's transaction client hands out its one connection). */
  static async of(em: EntityManager): Promise<BatchSql> {
    const transaction = em.getTransactionContext<{ client: TransactionClient }>();
    if (!transaction) throw new Error('BatchSql needs a transaction');
    return new BatchSql(
      isPostgres(em),
      (await transaction.client.acquireConnection()) as PgClient | SqliteDatabase,
    );
  }

  get isPostgres(): boolean {
    return this.postgres;
  }

  /** Rows of a statement whose parameters are written `?`. */
  async rows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    if (this.postgres)
      return (await (this.connection as PgClient).query(numbered(sql), [...params])).rows as T[];
    return this.statement(sql).all([...params]) as T[];
  }

  /**
   * Inserts rows, `suffix` after the values (`on conflict …`, `returning …`); returns what RETURNING gives.
   * Each row's cells are in the order of `columns`.
   */
  async insert<T = never>(
    table: string,
    columns: readonly Column[],
    rows: readonly (readonly unknown[])[],
    suffix = '',
  ): Promise<T[]> {
    if (rows.length === 0) return [];
    const names = columns.map((column) => column.name).join(', ');
    if (this.postgres) {
      const arrays = columns.map((_, index) => rows.map((row) => row[index]));
      const unnested = columns
        .map((column, index) => `$${index + 1}::${column.pgType === 'jsonb' ? 'text' : column.pgType}[]`)
        .join(', ');
      const casts = columns
        .map((column, index) => (column.pgType === 'jsonb' ? `c${index}::jsonb` : `c${index}`))
        .join(', ');
      const aliases = columns.map((_, index) => `c${index}`).join(', ');
      const sql = `insert into ${table} (${names}) select ${casts} from unnest(${unnested}) as t(${aliases}) ${suffix}`;
      return (await (this.connection as PgClient).query(sql, arrays)).rows as T[];
    }
    const returned: T[] = [];
    const row = `(${columns.map(() => '?').join(', ')})`;
    for (let at = 0; at < rows.length; at += SQLITE_ROWS_PER_STATEMENT) {
      const chunk = rows.slice(at, at + SQLITE_ROWS_PER_STATEMENT);
      const sql = `insert into ${table} (${names}) values ${Array(chunk.length).fill(row).join(', ')} ${suffix}`;
      const statement = this.statement(sql);
      const params = chunk.flat();
      if (/\breturning\b/i.test(suffix)) returned.push(...(statement.all(params) as T[]));
      else statement.run(params);
    }
    return returned;
  }

  /**
   * Sets `columns` on the rows whose `key` matches, each row's cells being its key then its columns:
   * one statement on PostgreSQL (`update … from unnest(…)`), one prepared statement run per row on SQLite.
   */
  async update(
    table: string,
    key: Column,
    columns: readonly Column[],
    rows: readonly (readonly unknown[])[],
  ): Promise<void> {
    if (rows.length === 0) return;
    if (this.postgres) {
      const all = [key, ...columns];
      const arrays = all.map((_, index) => rows.map((row) => row[index]));
      const unnested = all
        .map((column, index) => `$${index + 1}::${column.pgType === 'jsonb' ? 'text' : column.pgType}[]`)
        .join(', ');
      const assignments = columns
        .map(
          (column, index) => `${column.name} = u.c${index + 1}${column.pgType === 'jsonb' ? '::jsonb' : ''}`,
        )
        .join(', ');
      const aliases = all.map((_, index) => `c${index}`).join(', ');
      await (this.connection as PgClient).query(
        `update ${table} set ${assignments} from unnest(${unnested}) as u(${aliases}) where ${table}.${key.name} = u.c0`,
        arrays,
      );
      return;
    }
    const statement = this.statement(
      `update ${table} set ${columns.map((column) => `${column.name} = ?`).join(', ')} where ${key.name} = ?`,
    );
    for (const [keyValue, ...values] of rows) statement.run([...values, keyValue]);
  }

  private statement(sql: string): SqliteStatement {
    const database = this.connection as SqliteDatabase;
    let statements = prepared.get(database);
    if (!statements) prepared.set(database, (statements = new Map()));
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = database.prepare(sql)));
    return statement;
  }
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the batch's SQL has no other question mark). */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
