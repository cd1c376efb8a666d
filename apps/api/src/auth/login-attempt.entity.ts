import { EntitySchema } from '@mikro-orm/core';

/**
 * Login attempts within the current window, one row per client address and one per username, so the
 * limit holds across API instances and restarts. An attempt is counted before its password is checked
 * (login-rate-limiter.ts); a successful login deletes its rows. `keyHash` is sha256("address:<ip>" |
 * "username:<name>"): what was typed as a username (sometimes a password) is not stored. Rows whose
 * window has passed are purged.
 */
export class LoginAttempt {
  keyHash!: string;
  attempts!: number;
  windowStart!: Date;
}

export const LoginAttemptSchema = new EntitySchema<LoginAttempt>({
  class: LoginAttempt,
  tableName: 'login_attempt',
  properties: {
    keyHash: { type: 'string', length: 64, primary: true },
    attempts: { type: 'integer' },
    windowStart: { type: 'datetime', index: true },
  },
});
