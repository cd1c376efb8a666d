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
  },
});
