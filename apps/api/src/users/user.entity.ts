import { EntitySchema } from '@mikro-orm/core';
import type { Role } from '@etik/domain';
import { Commission } from '../commissions/commission.entity.js';

export class User {
  id!: string;
  username!: string;
  displayName!: string;
  /** scrypt$N$r$p$salt$hash (see auth/password.ts). */
  passwordHash!: string;
  role!: Role;
  commission!: Commission;
  /** The person behind the account: how an examiner is matched to an examination team. */
  personId?: string | null;
  /** A deactivated user cannot sign in, and the tokens they hold stop working at their next request. */
  active = true;
  /** Optimistic lock for account changes. */
  version = 1;
  /**
   * Carried in every token as `sv`: raising it (password reset, deactivation) invalidates the tokens
   * issued before, without any server-side token store.
   */
  sessionVersion = 1;
  createdAt?: Date | null;
  updatedAt?: Date | null;
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'app_user',
  properties: {
    id: { type: 'string', length: 64, primary: true },
    username: { type: 'string', length: 64, unique: true },
    displayName: { type: 'string', length: 255 },
    passwordHash: { type: 'string', length: 255 },
    role: { type: 'string', length: 32 },
    commission: { kind: 'm:1', entity: () => Commission, index: true },
    personId: { type: 'string', length: 64, nullable: true },
    active: { type: 'boolean', default: true },
    // Claimed by directory/versioning.ts, not the ORM: every accepted change raises it.
    version: { type: 'integer', default: 1 },
    sessionVersion: { type: 'integer', default: 1 },
    createdAt: { type: 'datetime', nullable: true },
    updatedAt: { type: 'datetime', nullable: true },
  },
});
