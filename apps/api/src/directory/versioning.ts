// Optimistic locking for the directory's records (declarations, users), by a version the client names.
// Every accepted change is a new version, even one that changes no value: the version is claimed with a
// conditional UPDATE inside the mutation's transaction, so two writers of the same version cannot both
// succeed (on PostgreSQL the second waits for the first's row lock, then finds the version gone).
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { apiError } from '../errors/to-graphql-error.js';

interface Versioned {
  id: string;
  version: number;
}

/** Raises `entity`'s version from `expectedVersion`, or refuses with CONFLICT (and the current version). */
export async function claimVersion<T extends Versioned>(
  em: EntityManager,
  entityName: EntityName<T>,
  entity: T,
  expectedVersion: number,
): Promise<void> {
  const conflict = () =>
    apiError('CONFLICT', { id: entity.id, expectedVersion, currentVersion: entity.version });
  if (entity.version !== expectedVersion) throw conflict();
  const claimed = await em.nativeUpdate(
    entityName,
    { id: entity.id, version: expectedVersion } as never,
    { version: expectedVersion + 1 } as never,
  );
  if (claimed !== 1) throw conflict();
  entity.version = expectedVersion + 1;
}
