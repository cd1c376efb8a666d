// Optimistic locking for the directory's records (declarations, users), by a version the client names.
// Every accepted change is a new version, even one that changes no value: the version is claimed with a
// conditional UPDATE inside the mutation's transaction, so two writers of the same version cannot both
// succeed (on PostgreSQL the second waits for the first's row lock, then finds the version gone).
import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { err, ok, type Result } from '@etik/domain';
import { codedError, type CodedError } from '../errors/coded-error.js';

interface Versioned {
  id: string;
  version: number;
}

/** CONFLICT: the record is no longer at the version the caller read (`currentVersion` says where it is). */
export const versionConflict = (entity: Versioned, expectedVersion: number): CodedError =>
  codedError('CONFLICT', { id: entity.id, expectedVersion, currentVersion: entity.version });

/** Raises `entity`'s version from `expectedVersion`, or refuses with CONFLICT (and the current version). */
export async function claimVersion<T extends Versioned>(
  em: EntityManager,
  entityName: EntityName<T>,
  entity: T,
  expectedVersion: number,
): Promise<Result<void, CodedError>> {
  if (entity.version !== expectedVersion) return err(versionConflict(entity, expectedVersion));
  const claimed = await em.nativeUpdate(
    entityName,
    { id: entity.id, version: expectedVersion } as never,
    { version: expectedVersion + 1 } as never,
  );
  if (claimed !== 1) return err(versionConflict(entity, expectedVersion));
  entity.version = expectedVersion + 1;
  return ok(undefined);
}
