import { EntitySchema } from '@mikro-orm/core';

/**
 * One failed login, per client address and per username (two rows per failure), so the limit holds
 * across API instances and restarts. `keyHash` is sha256("address:<ip>" | "username:<name>"): what was
 * typed as a username (sometimes a password) is not stored. Rows older than the window are purged.
 */
export class LoginFailure {
  id!: number;
  keyHash!: string;
  failedAt!: Date;
}

export const LoginFailureSchema = new EntitySchema<LoginFailure>({
  class: LoginFailure,
  tableName: 'login_failure',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    keyHash: { type: 'string', length: 64 },
    failedAt: { type: 'datetime', index: true },
  },
  indexes: [{ properties: ['keyHash', 'failedAt'] }],
});
