import type { EntityManager } from '@mikro-orm/knex';

/** The ORM is connected to PostgreSQL (otherwise SQLite): for the few statements written per dialect. */
export const isPostgres = (em: EntityManager): boolean =>
  em.getPlatform().constructor.name.startsWith('PostgreSql');
